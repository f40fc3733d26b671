// duikou shell: the interactive SPARQL prompt.
#include <map>
#include <memory>

#include "cli/commands.h"
#include "cli/paths.h"
#include "cli/place_names.h"
#include "gazetteer/gazetteer.h"
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
    // .run takes a place by any alias, as `duikou query --param` does. The gazetteer is
    // loaded on first use only, so the prompt comes up at once; without it names stay as typed.
    auto gazetteer = std::make_shared<std::unique_ptr<gazetteer::Gazetteer>>();
    o->rewrite_params = [gazetteer](std::map<std::string, std::string>* params) {
      if (params->empty()) return;
      if (!*gazetteer && !gazetteer::Gazetteer::Load(GazetteerPath(), gazetteer.get()).ok()) return;
      UseOfficialPlaceNames(**gazetteer, params);
    };
    outcome.exit_code = shell::RunShell(*o);
  });
}

}  // namespace duikou::cli
