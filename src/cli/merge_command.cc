// duikou merge FILE... : add RDF files from elsewhere to a store, reconciling shared entities.
#include <iostream>

#include "cli/commands.h"

namespace duikou::cli {

void RegisterMerge(CLI::App& app, Outcome& outcome) {
  CLI::App* cmd = app.add_subcommand("merge", "Add RDF files (Turtle, N-Triples, TriG, N-Quads) to a store");
  cmd->allow_extras();
  cmd->callback([&outcome] {
    std::cerr << "duikou merge: not built yet (issue 7)\n";
    outcome.exit_code = kExitFailure;
  });
}

}  // namespace duikou::cli
