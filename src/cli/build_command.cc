// duikou build FILE... : read chapters, extract, map to RDF, commit to the store.
#include <algorithm>
#include <iostream>
#include <memory>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "cli/commands.h"
#include "cli/paths.h"
#include "document/passage_reader.h"
#include "extract/extractor.h"
#include "gazetteer/gazetteer.h"
#include "graph/graph_mapper.h"
#include "graph/identifiers.h"
#include "rdfio/ontology.h"
#include "store/store.h"
#include "text/normalizer.h"

namespace duikou::cli {
namespace {

struct BuildOptions {
  std::vector<std::string> files;
  std::string store_dir = store::DefaultStoreDir();
  std::string base = "https://w3id.org/duikou/id/";
  unsigned threads = 0;  // 0: one per core
  bool append = false;
};

// Reads and extracts every file, one document per task. Results land in per-file slots and
// are mapped in input order sorted by name, so output never depends on scheduling.
Status BuildDataset(const BuildOptions& options, graph::Dataset* out) {
  std::unique_ptr<text::Normalizer> normalizer;
  if (Status s = text::Normalizer::Create(DUIKOU_OPENCC_DIR, &normalizer); !s.ok()) return s;
  std::unique_ptr<gazetteer::Gazetteer> gaz;
  if (Status s = gazetteer::Gazetteer::Load(GazetteerPath(), &gaz); !s.ok()) return s;
  document::PassageReader reader(normalizer.get());
  extract::Extractor extractor(gaz.get());
  graph::GraphMapper mapper(gaz.get(), graph::GraphOptions{options.base});

  std::vector<std::string> files = options.files;
  std::sort(files.begin(), files.end());
  files.erase(std::unique(files.begin(), files.end()), files.end());
  std::vector<document::Document> docs(files.size());
  std::vector<extract::Extraction> extractions(files.size());
  std::vector<Status> statuses(files.size());

  unsigned threads = options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
  threads = std::min<unsigned>(threads, std::max<size_t>(files.size(), 1));
  std::vector<std::thread> pool;
  for (unsigned t = 0; t < threads; ++t) {
    pool.emplace_back([&, t] {
      for (size_t i = t; i < files.size(); i += threads) {
        statuses[i] = reader.ReadFile(files[i], &docs[i]);
        if (statuses[i].ok()) extractions[i] = extractor.Extract(docs[i]);
      }
    });
  }
  for (auto& th : pool) th.join();
  for (const Status& s : statuses) {
    if (!s.ok()) return s;
  }
  for (size_t i = 0; i < files.size(); ++i) mapper.Map(docs[i], extractions[i], out);
  return Status::Ok();
}

int RunBuild(const BuildOptions& options) {
  // Checked before any file is read: a bad base would be written into every IRI of the store.
  if (std::string why; !graph::IsValidBase(options.base, &why)) {
    std::cerr << "duikou build: --base '" << options.base << "': " << why << "\n";
    return kExitUsage;
  }
  graph::Dataset dataset;
  if (options.append) {
    std::unique_ptr<store::StoreReader> existing;
    if (store::StoreReader::Open(options.store_dir, &existing).ok()) dataset = existing->dataset();
  }
  graph::Dataset built;
  if (Status s = BuildDataset(options, &built); !s.ok()) {
    std::cerr << "duikou build: " << s.message() << "\n";
    return kExitFailure;
  }
  // A chapter built again replaces its own named graph; other chapters stay.
  std::set<std::string> rebuilt;
  for (const auto& q : built.quads()) rebuilt.insert(q.graph);
  for (const auto& g : rebuilt) dataset.DropGraph(g);
  dataset.AddAll(built);
  // The ontology rides in every store, so queries can use the labels of terms.
  if (Status s = rdfio::LoadOntology(OntologyPath(), &dataset); !s.ok()) {
    std::cerr << "duikou build: " << s.message() << "\n";
    return kExitFailure;
  }
  std::unique_ptr<store::StoreWriter> writer;
  if (Status s = store::StoreWriter::Begin(options.store_dir, &writer); !s.ok()) {
    std::cerr << "duikou build: " << s.message() << "\n";
    return kExitFailure;
  }
  if (Status s = writer->Commit(dataset); !s.ok()) {
    std::cerr << "duikou build: " << s.message() << "\n";
    return kExitFailure;
  }
  std::cerr << "duikou build: " << options.files.size() << " file(s), " << dataset.size() << " quads -> "
            << options.store_dir << "\n";
  return kExitOk;
}

}  // namespace

void RegisterBuild(CLI::App& app, Outcome& outcome) {
  auto options = std::make_shared<BuildOptions>();
  CLI::App* cmd = app.add_subcommand(
      "build", "Read yearbook chapters (UTF-8, GB18030 or UTF-16, simplified or traditional), extract entities and\n"
               "facts, and write the graph to the store. All files are read before the store is touched:\n"
               "one bad file leaves the store as it was.");
  cmd->add_option("files", options->files, "Chapter text files")->required();
  cmd->add_option("--store", options->store_dir, "Store directory (default: $DUIKOU_STORE or ./duikou.store)");
  cmd->add_option("--base", options->base, "Base IRI of instance data");
  cmd->add_option("--threads", options->threads, "Worker threads (default: one per core); output does not depend on it");
  cmd->add_flag("--append", options->append, "Keep what the store holds and add these chapters (default: replace)");
  cmd->callback([options, &outcome] { outcome.exit_code = RunBuild(*options); });
}

}  // namespace duikou::cli
