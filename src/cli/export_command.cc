// duikou export: the store's graph as Turtle, N-Triples, TriG, N-Quads, DOT or SVG.
#include <iostream>

#include "cli/commands.h"
#include "export/exporter.h"
#include "store/store.h"

namespace duikou::cli {
namespace {

struct ExportCommandOptions {
  std::string store_dir = store::DefaultStoreDir();
  std::string format = "turtle";
  bool with_void = false;
};

int RunExport(const ExportCommandOptions& o) {
  exporter::ExportFormat format;
  if (!exporter::ParseExportFormat(o.format, &format)) {
    std::cerr << "duikou export: unknown format '" << o.format << "' (expected turtle, ntriples, trig, nquads, dot or svg)\n";
    return kExitUsage;
  }
  std::unique_ptr<store::StoreReader> reader;
  if (Status s = store::StoreReader::Open(o.store_dir, &reader); !s.ok()) {
    std::cerr << "duikou export: " << s.message() << "\n";
    return kExitFailure;
  }
  exporter::ExportOptions options;
  options.with_void = o.with_void;
  if (Status s = exporter::Export(reader->dataset(), format, options, std::cout); !s.ok()) {
    std::cerr << "duikou export: " << s.message() << "\n";
    return kExitFailure;
  }
  return kExitOk;
}

}  // namespace

void RegisterExport(CLI::App& app, Outcome& outcome) {
  auto o = std::make_shared<ExportCommandOptions>();
  CLI::App* cmd = app.add_subcommand("export", "Write the store's graph to stdout");
  cmd->add_option("--store", o->store_dir, "Store directory");
  cmd->add_option("--format", o->format, "turtle | ntriples | trig | nquads | dot | svg");
  cmd->add_flag("--with-void", o->with_void, "Append a VoID/DCAT description of the dataset");
  cmd->callback([o, &outcome] { outcome.exit_code = RunExport(*o); });
}

}  // namespace duikou::cli
