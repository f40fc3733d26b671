// duikou: yearbook chapters on paired assistance -> an RDF knowledge graph you can query.
#include <CLI/CLI.hpp>

#include "cli/commands.h"

int main(int argc, char** argv) {
  CLI::App app{
      "duikou: builds an RDF knowledge graph from Chinese yearbook chapters on paired assistance\n"
      "(对口支援, 东西部扶贫协作, 对口合作, 山海协作) and answers SPARQL queries over it."};
  app.require_subcommand(1);
  app.set_version_flag("--version", "duikou 0.1.0");
  duikou::cli::Outcome outcome;
  duikou::cli::RegisterBuild(app, outcome);
  duikou::cli::RegisterQuery(app, outcome);
  duikou::cli::RegisterShell(app, outcome);
  duikou::cli::RegisterExport(app, outcome);
  duikou::cli::RegisterCheck(app, outcome);
  duikou::cli::RegisterMerge(app, outcome);
  duikou::cli::RegisterStats(app, outcome);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : duikou::cli::kExitUsage;
  }
  return outcome.exit_code;
}
