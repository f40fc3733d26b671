// duikou check: run the consistency queries of queries/checks/ on a store.
#include <iostream>

#include "cli/commands.h"

namespace duikou::cli {

void RegisterCheck(CLI::App& app, Outcome& outcome) {
  CLI::App* cmd = app.add_subcommand("check", "Run the consistency checks (queries/checks/*.rq) on a store");
  cmd->callback([&outcome] {
    std::cerr << "duikou check: not built yet (issue 5)\n";
    outcome.exit_code = kExitFailure;
  });
}

}  // namespace duikou::cli
