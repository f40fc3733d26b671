// duikou query: SPARQL over a store, or over RDF files (--data/--named) without one.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>

#include "cli/commands.h"
#include "cli/paths.h"
#include "cli/place_names.h"
#include "gazetteer/gazetteer.h"
#include "query/canned_query.h"
#include "query/file_query.h"
#include "query/labels.h"
#include "query/query_engine.h"
#include "query/result_writer.h"
#include "store/store.h"

namespace duikou::cli {
namespace {

struct QueryOptions {
  std::string store_dir = store::DefaultStoreDir();
  std::string text;  // query text or a canned query's name
  std::string file;
  std::vector<std::string> params;  // name=value
  std::string format = "table";
  bool labels = false;
  std::vector<std::string> data;
  std::vector<std::string> named;
  std::string base;
  bool check = false;
};

int Fail(const std::string& message, int code = kExitFailure) {
  std::cerr << "duikou query: " << message << "\n";
  return code;
}

// Resolves the query text: -f FILE, a canned query name, or the text itself; then binds
// --param values.
Status ResolveQuery(const QueryOptions& o, std::string* sparql) {
  query::CannedQuery canned;
  // A path to a .rq file given as the query reads like -f: nobody means it as SPARQL text.
  std::string file = o.file;
  if (file.empty() && o.text.find_first_of("{ \n") == std::string::npos &&
      (o.text.ends_with(".rq") || o.text.ends_with(".sparql")))
    file = o.text;
  if (!file.empty()) {
    std::ifstream in(file);
    if (!in) return Status::Error(file + ": cannot open file");
    std::ostringstream buf;
    buf << in.rdbuf();
    canned = query::ParseCannedQuery(std::filesystem::path(file).stem().string(), buf.str());
  } else if (query::IsCannedQueryName(QueriesDir(), o.text)) {
    if (Status s = query::LoadCannedQuery(QueriesDir(), o.text, &canned); !s.ok()) return s;
  } else if (!o.text.empty()) {
    canned = query::ParseCannedQuery("(command line)", o.text);
  } else {
    return Status::Error("no query given (pass query text, a canned query name, or -f FILE)");
  }
  std::map<std::string, std::string> values;
  for (const auto& p : o.params) {
    size_t eq = p.find('=');
    if (eq == std::string::npos || eq == 0) return Status::Error("--param expects NAME=VALUE, got '" + p + "'");
    values[p.substr(0, eq)] = p.substr(eq + 1);
  }
  if (!values.empty()) {
    std::unique_ptr<gazetteer::Gazetteer> gaz;
    if (Status s = gazetteer::Gazetteer::Load(GazetteerPath(), &gaz); !s.ok()) return s;
    UseOfficialPlaceNames(*gaz, &values);
  }
  return query::BindParameters(canned, values, sparql);
}

// Fills the engine from --data/--named files, or else from the store.
Status LoadEngine(const QueryOptions& o, query::QueryEngine* engine) {
  if (!o.data.empty() || !o.named.empty()) {
    engine->set_w3c_dataset(true);
    for (const auto& f : o.data) {
      if (Status s = engine->LoadFile(f, ""); !s.ok()) return s;
    }
    for (const auto& f : o.named) {
      if (Status s = engine->LoadFile(f, query::FileIri(f)); !s.ok()) return s;
    }
    return Status::Ok();
  }
  std::unique_ptr<store::StoreReader> reader;
  if (Status s = store::StoreReader::Open(o.store_dir, &reader); !s.ok()) return s;
  for (const auto& q : reader->quads()) {
    if (Status s = engine->AddQuad(q.subject, q.predicate, q.object, q.graph); !s.ok()) return s;
  }
  return Status::Ok();
}

int RunQuery(const QueryOptions& o) {
  query::ResultFormat format;
  if (!query::ParseResultFormat(o.format, &format)) {
    return Fail("unknown format '" + o.format + "' (expected table, csv, tsv, json, xml, ntriples or turtle)",
                kExitUsage);
  }
  std::string sparql;
  if (Status s = ResolveQuery(o, &sparql); !s.ok()) return Fail(s.message());
  std::unique_ptr<query::QueryEngine> engine;
  if (Status s = query::QueryEngine::Create(&engine); !s.ok()) return Fail(s.message());
  engine->set_implicit_prefixes(true);
  if (o.check) {
    if (Status s = engine->Check(sparql, o.base); !s.ok()) return Fail(s.message());
    std::cout << "ok\n";
    return kExitOk;
  }
  if (Status s = LoadEngine(o, engine.get()); !s.ok()) return Fail(s.message());
  query::QueryResult result;
  if (Status s = engine->Execute(sparql, o.base, &result); !s.ok()) return Fail(s.message());
  std::map<query::Term, std::string> labels;
  query::ResultWriterOptions writer_options;
  if (o.labels) {
    if (Status s = query::CollectLabels(engine.get(), &labels); !s.ok()) return Fail(s.message());
    writer_options.show_labels = true;
    writer_options.labels = &labels;
  }
  std::ostringstream out;  // all or nothing: a writer error leaves stdout empty
  if (Status s = query::WriteResult(result, format, writer_options, out); !s.ok()) return Fail(s.message());
  std::cout << out.str() << std::flush;
  return kExitOk;
}

}  // namespace

void RegisterQuery(CLI::App& app, Outcome& outcome) {
  auto o = std::make_shared<QueryOptions>();
  CLI::App* cmd = app.add_subcommand(
      "query",
      "Run a SPARQL query over the store, or over RDF files with --data/--named.\n"
      "QUERY is SPARQL text, a .rq file, or the name of a canned query in queries/ (e.g. pairings --param place=NAME).\n"
      "The prefixes dk: rdfs: skos: schema: org: prov: qb: xsd: owl: rdf: dcterms: void: id: need no PREFIX line.");
  cmd->add_option("query", o->text, "SPARQL text, or a canned query's name");
  cmd->add_option("-f,--file", o->file, "Read the query from FILE");
  cmd->add_option("--param", o->params, "NAME=VALUE for a canned query's parameter (repeatable)")->allow_extra_args(false);
  cmd->add_option("--store", o->store_dir, "Store directory (default: $DUIKOU_STORE or ./duikou.store)");
  cmd->add_option("--format", o->format, "table | csv | tsv | json | xml; ntriples | turtle for CONSTRUCT/DESCRIBE");
  cmd->add_flag("--labels", o->labels, "table: show rdfs:label instead of IRIs where known");
  cmd->add_option("--data", o->data, "Query this RDF file (default graph) instead of the store (repeatable)")
      ->allow_extra_args(false);
  cmd->add_option("--named", o->named, "Add this RDF file as a named graph called by its file:// IRI (repeatable)")
      ->allow_extra_args(false);
  cmd->add_option("--base", o->base, "Base IRI for the query");
  cmd->add_flag("--check", o->check, "Only parse the query: exit 0 if it is valid");
  cmd->callback([o, &outcome] { outcome.exit_code = RunQuery(*o); });
}

}  // namespace duikou::cli
