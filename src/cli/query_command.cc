// duikou query: SPARQL over a store, or over RDF files (--data/--named) without one.
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/commands.h"
#include "query/query_engine.h"
#include "query/result_writer.h"
#include "store/store.h"

namespace duikou::cli {
namespace {

struct QueryOptions {
  std::string store_dir = store::DefaultStoreDir();
  std::string text;
  std::string file;
  std::string format = "table";
  std::string base;
};

int RunQuery(const QueryOptions& o) {
  std::string sparql = o.text;
  if (!o.file.empty()) {
    std::ifstream in(o.file);
    if (!in) {
      std::cerr << "duikou query: " << o.file << ": cannot open file\n";
      return kExitFailure;
    }
    std::ostringstream buf;
    buf << in.rdbuf();
    sparql = buf.str();
  }
  query::ResultFormat format;
  if (!query::ParseResultFormat(o.format, &format)) {
    std::cerr << "duikou query: unknown format '" << o.format << "' (expected table, csv, tsv, json or xml)\n";
    return kExitUsage;
  }
  std::unique_ptr<store::StoreReader> reader;
  if (Status s = store::StoreReader::Open(o.store_dir, &reader); !s.ok()) {
    std::cerr << "duikou query: " << s.message() << "\n";
    return kExitFailure;
  }
  std::unique_ptr<query::QueryEngine> engine;
  query::QueryResult result;
  Status s = query::QueryEngine::Create(&engine);
  if (s.ok()) s = engine->Load(reader->dataset());
  if (s.ok()) s = engine->Execute(sparql, o.base, &result);
  if (s.ok()) s = query::WriteResult(result, format, {}, std::cout);
  if (!s.ok()) {
    std::cerr << "duikou query: " << s.message() << "\n";
    return kExitFailure;
  }
  return kExitOk;
}

}  // namespace

void RegisterQuery(CLI::App& app, Outcome& outcome) {
  auto o = std::make_shared<QueryOptions>();
  CLI::App* cmd = app.add_subcommand("query", "Run a SPARQL query over the store");
  cmd->add_option("sparql", o->text, "Query text");
  cmd->add_option("-f,--file", o->file, "Read the query from FILE");
  cmd->add_option("--store", o->store_dir, "Store directory");
  cmd->add_option("--format", o->format, "table | csv | tsv | json | xml");
  cmd->add_option("--base", o->base, "Base IRI for the query");
  cmd->callback([o, &outcome] { outcome.exit_code = RunQuery(*o); });
}

}  // namespace duikou::cli
