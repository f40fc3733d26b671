// duikou shell: the interactive SPARQL prompt.
#include "cli/commands.h"
#include "cli/paths.h"
#include "shell/shell.h"
#include "store/store.h"

namespace duikou::cli {

void RegisterShell(CLI::App& app, Outcome& outcome) {
  auto o = std::make_shared<shell::ShellOptions>();
  o->store_dir = store::DefaultStoreDir();
  CLI::App* cmd = app.add_subcommand("shell", "Interactive SPARQL shell over the store (.help inside)");
  cmd->add_option("--store", o->store_dir, "Store directory");
  cmd->callback([o, &outcome] {
    o->queries_dir = QueriesDir();
    outcome.exit_code = shell::RunShell(*o);
  });
}

}  // namespace duikou::cli
