// duikou export: the store's graph as Turtle, N-Triples, TriG, N-Quads, DOT or SVG.
#include <cstdio>
#include <fstream>
#include <iostream>

#include "cli/commands.h"
#include "export/exporter.h"
#include "graph/identifiers.h"
#include "graph/vocabulary.h"
#include "store/store.h"

namespace duikou::cli {
namespace {

struct ExportCommandOptions {
  std::string store_dir = store::DefaultStoreDir();
  std::string format = "turtle";
  std::string output;  // empty: stdout
  std::string base;  // empty: the base the store was built with
  std::string license;
  bool with_void = false;
  bool without_ontology = false;
};

// Writes `text` to `path` through a temporary file renamed into place: a failed export never
// leaves a half-written file.
Status WriteFileAtomically(const std::string& path, const std::string& text) {
  std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return Status::Error(path + ": cannot write");
    out << text;
    out.flush();
    if (!out) {
      std::remove(tmp.c_str());
      return Status::Error(path + ": write failed");
    }
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    std::remove(tmp.c_str());
    return Status::Error(path + ": cannot replace");
  }
  return Status::Ok();
}

int RunExport(const ExportCommandOptions& o) {
  exporter::ExportFormat format;
  if (!exporter::ParseExportFormat(o.format, &format)) {
    std::cerr << "duikou export: unknown format '" << o.format
              << "' (expected turtle, ntriples, trig, nquads, dot or svg; JSON-LD is not offered)\n";
    return kExitUsage;
  }
  std::string why;
  if (!o.base.empty() && !graph::IsValidBase(o.base, &why)) {
    std::cerr << "duikou export: --base: " << why << "\n";
    return kExitUsage;
  }
  std::unique_ptr<store::StoreReader> reader;
  if (Status s = store::StoreReader::Open(o.store_dir, &reader); !s.ok()) {
    std::cerr << "duikou export: " << s.message() << "\n";
    return kExitFailure;
  }
  exporter::ExportOptions options;
  options.with_void = o.with_void;
  options.base = o.base.empty() ? exporter::InferBase(reader->dataset(), graph::ns::kDefaultBase) : o.base;
  options.license = o.license;
  options.with_ontology = !o.without_ontology;
  std::string text;
  Status s = exporter::ExportToString(reader->dataset(), format, options, &text);
  if (s.ok()) {
    if (o.output.empty() || o.output == "-") {
      std::cout << text;
      std::cout.flush();
      if (!std::cout) s = Status::Error("cannot write to standard output");
    } else {
      s = WriteFileAtomically(o.output, text);
    }
  }
  if (!s.ok()) {
    std::cerr << "duikou export: " << s.message() << "\n";
    return kExitFailure;
  }
  return kExitOk;
}

}  // namespace

void RegisterExport(CLI::App& app, Outcome& outcome) {
  auto o = std::make_shared<ExportCommandOptions>();
  CLI::App* cmd = app.add_subcommand(
      "export",
      "Write the store's graph. Output is byte-identical for the same graph. Turtle and N-Triples hold\n"
      "the union of all graphs; TriG and N-Quads keep one named graph per source document (and one for\n"
      "the ontology). dot/svg draw the pairing network (supporter -> recipient, one colour per type).\n"
      "JSON-LD is not offered: Debian has no maintained C/C++ JSON-LD library; convert the N-Quads\n"
      "export with a JSON-LD processor (e.g. rdflib) if you need it.");
  cmd->add_option("--store", o->store_dir, "Store directory (default: $DUIKOU_STORE or ./duikou.store)");
  cmd->add_option("--format", o->format, "turtle | ntriples | trig | nquads | dot | svg (svg needs Graphviz's dot)");
  cmd->add_option("-o,--output", o->output, "Write to this file (atomically) instead of standard output");
  cmd->add_option("--base", o->base, "Base IRI of instance data, for prefixes and the VoID description\n(default: the base the store was built with)");
  cmd->add_flag("--with-void", o->with_void,
                "Add a VoID/DCAT description: triple count, entities per class, sources, licence");
  cmd->add_option("--license", o->license, "Licence IRI of the data, stated in the VoID description (default: none\nstated, with a dcterms:rights note that the source yearbooks' terms apply)");
  cmd->add_flag("--without-ontology", o->without_ontology, "Leave out the ontology's named graph");
  cmd->callback([o, &outcome] { outcome.exit_code = RunExport(*o); });
}

}  // namespace duikou::cli
