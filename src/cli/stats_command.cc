// duikou stats: what the store holds — quads, graphs, entities per class.
#include <iostream>
#include <map>
#include <string_view>

#include "cli/commands.h"
#include "graph/vocabulary.h"
#include "store/store.h"

namespace duikou::cli {
namespace {

int RunStats(const std::string& store_dir) {
  std::unique_ptr<store::StoreReader> reader;
  if (Status s = store::StoreReader::Open(store_dir, &reader); !s.ok()) {
    std::cerr << "duikou stats: " << s.message() << "\n";
    return kExitFailure;
  }
  const std::string rdf_type = graph::Iri(std::string(graph::ns::kRdf) + "type");
  // Views over the snapshot: no Dataset is built, so stats stays fast on large stores.
  std::map<std::string_view, size_t> graphs;
  std::map<std::string_view, size_t> classes;
  size_t subjects = 0;
  std::string_view previous_subject;
  for (const auto& q : reader->quads()) {
    if (q.subject != previous_subject) ++subjects;  // the snapshot is sorted by subject first
    previous_subject = q.subject;
    ++graphs[q.graph.empty() ? std::string_view("(default graph)") : q.graph];
    if (q.predicate == rdf_type) ++classes[q.object];
  }
  std::cout << "store     " << store_dir << "\n"
            << "quads     " << reader->size() << "\n"
            << "subjects  " << subjects << "\n"
            << "graphs    " << graphs.size() << "\n";
  for (const auto& [g, n] : graphs) std::cout << "  " << g << "  " << n << "\n";
  std::cout << "instances per class\n";
  for (const auto& [c, n] : classes) std::cout << "  " << c << "  " << n << "\n";
  return kExitOk;
}

}  // namespace

void RegisterStats(CLI::App& app, Outcome& outcome) {
  auto dir = std::make_shared<std::string>(store::DefaultStoreDir());
  CLI::App* cmd = app.add_subcommand("stats", "Summarize the store: quads, named graphs, instances per class");
  cmd->add_option("--store", *dir, "Store directory");
  cmd->callback([dir, &outcome] { outcome.exit_code = RunStats(*dir); });
}

}  // namespace duikou::cli
