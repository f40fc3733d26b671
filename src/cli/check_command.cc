// duikou check: run the consistency queries of queries/checks/ on a store.
//
// Each *.rq file is a SPARQL 1.0 SELECT that lists violations: it must return no rows. The
// checks run in file-name order; every failing check is reported with its first rows, and the
// exit status is non-zero when any check returned rows or could not run. The ontology is added
// when the store lacks it, since some checks rely on the concept schemes it defines.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <vector>

#include "cli/commands.h"
#include "cli/paths.h"
#include "graph/vocabulary.h"
#include "query/query_engine.h"
#include "rdfio/ontology.h"
#include "store/store.h"

namespace duikou::cli {
namespace {

namespace fs = std::filesystem;

struct CheckOptions {
  std::string store_dir = store::DefaultStoreDir();
  std::string checks_dir;  // empty: {QueriesDir()}/checks
  size_t show_rows = 5;
};

// The *.rq files of `dir`, sorted by name.
Status CheckFiles(const std::string& dir, std::vector<fs::path>* out) {
  std::error_code ec;
  fs::directory_iterator it(dir, ec);
  if (ec) return Status::Error(dir + ": cannot read the checks directory: " + ec.message());
  for (const auto& entry : it) {
    if (entry.is_regular_file() && entry.path().extension() == ".rq") out->push_back(entry.path());
  }
  std::sort(out->begin(), out->end());
  if (out->empty()) return Status::Error(dir + ": no *.rq checks found");
  return Status::Ok();
}

bool HasGraph(const graph::Dataset& ds, const std::string& g) {
  return std::any_of(ds.quads().begin(), ds.quads().end(), [&](const graph::Quad& q) { return q.graph == g; });
}

int RunCheck(const CheckOptions& o) {
  std::string dir = o.checks_dir.empty() ? QueriesDir() + "/checks" : o.checks_dir;
  std::vector<fs::path> files;
  if (Status s = CheckFiles(dir, &files); !s.ok()) {
    std::cerr << "duikou check: " << s.message() << "\n";
    return kExitFailure;
  }
  std::unique_ptr<store::StoreReader> reader;
  if (Status s = store::StoreReader::Open(o.store_dir, &reader); !s.ok()) {
    std::cerr << "duikou check: " << s.message() << "\n";
    return kExitFailure;
  }
  graph::Dataset dataset = reader->dataset();
  if (!HasGraph(dataset, graph::Iri(graph::ns::kOntologyGraph))) {
    if (Status s = rdfio::LoadOntology(OntologyPath(), &dataset); !s.ok()) {
      std::cerr << "duikou check: " << s.message() << "\n";
      return kExitFailure;
    }
  }
  std::unique_ptr<query::QueryEngine> engine;
  Status s = query::QueryEngine::Create(&engine);
  if (s.ok()) s = engine->Load(dataset);
  if (!s.ok()) {
    std::cerr << "duikou check: " << s.message() << "\n";
    return kExitFailure;
  }

  size_t failed = 0;
  for (const fs::path& file : files) {
    std::ifstream in(file);
    std::ostringstream text;
    text << in.rdbuf();
    std::string name = file.stem().string();
    query::QueryResult result;
    if (Status e = engine->Execute(text.str(), "", &result); !e.ok()) {
      std::cout << "ERROR " << name << ": " << file.string() << ": " << e.message() << "\n";
      ++failed;
      continue;
    }
    if (result.rows.empty()) {
      std::cout << "ok    " << name << "\n";
      continue;
    }
    ++failed;
    std::cout << "FAIL  " << name << ": " << result.rows.size() << " row(s)\n";
    for (size_t i = 0; i < result.rows.size() && i < o.show_rows; ++i) {
      std::cout << "     ";
      for (size_t v = 0; v < result.rows[i].size(); ++v) {
        std::cout << " " << (v < result.variables.size() ? "?" + result.variables[v] + "=" : "")
                  << (result.rows[i][v].empty() ? "(unbound)" : result.rows[i][v]);
      }
      std::cout << "\n";
    }
    if (result.rows.size() > o.show_rows) std::cout << "      … " << result.rows.size() - o.show_rows << " more\n";
  }
  std::cout << (files.size() - failed) << " of " << files.size() << " checks passed\n";
  return failed == 0 ? kExitOk : kExitFailure;
}

}  // namespace

void RegisterCheck(CLI::App& app, Outcome& outcome) {
  auto o = std::make_shared<CheckOptions>();
  CLI::App* cmd = app.add_subcommand(
      "check",
      "Run the consistency checks (queries/checks/*.rq) on a store. Each check is a SPARQL query that\n"
      "lists violations (a figure without a source passage, a place without a code, a dangling link…);\n"
      "exits non-zero when any returns rows.");
  cmd->add_option("--store", o->store_dir, "Store directory (default: $DUIKOU_STORE or ./duikou.store)");
  cmd->add_option("--checks", o->checks_dir, "Directory of *.rq checks (default: the ones shipped with duikou)");
  cmd->add_option("--show", o->show_rows, "Rows to show per failing check");
  cmd->callback([o, &outcome] { outcome.exit_code = RunCheck(*o); });
}

}  // namespace duikou::cli
