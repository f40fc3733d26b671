// Result writers: QueryResult -> table | csv | tsv | json | xml (SPARQL 1.1 result formats),
// and graph results (CONSTRUCT / DESCRIBE) -> N-Triples | Turtle.
//
// csv, tsv, json and xml follow the W3C "SPARQL 1.1 Query Results" CSV/TSV, JSON and XML
// recommendations exactly. table is for people: columns aligned by display width (a CJK
// character is two columns wide), IRIs shortened with the usual prefixes, and with
// show_labels, an IRI replaced by its rdfs:label where one is known.
#pragma once

#include <map>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

#include "base/status.h"
#include "query/query_engine.h"

namespace duikou::query {

enum class ResultFormat { kTable, kCsv, kTsv, kJson, kXml, kNTriples, kTurtle };
// Parses "table", "csv", "tsv", "json", "xml", "ntriples", "turtle"; false on an unknown name.
bool ParseResultFormat(const std::string& name, ResultFormat* out);

struct ResultWriterOptions {
  bool show_labels = false;  // table mode: print rdfs:label instead of IRIs where known
  // Term (N-Triples IRI) -> label, consulted when show_labels is set. Not owned.
  const std::map<Term, std::string>* labels = nullptr;
  bool show_row_count = true;  // table mode: "(N rows)" footer
};

// Writes `result`. Graph results are written as N-Triples, or as Turtle with kTurtle; a
// bindings or boolean result asked for as ntriples/turtle is an error.
Status WriteResult(const QueryResult& result, ResultFormat format, const ResultWriterOptions& options,
                   std::ostream& out);

// The prefixes table mode abbreviates with, and the shell lists with .prefixes: (prefix, IRI).
const std::vector<std::pair<std::string, std::string>>& KnownPrefixes();

// Terminal columns `text` (UTF-8) takes: East Asian wide and fullwidth characters count 2,
// combining marks 0.
size_t DisplayWidth(const std::string& text);

}  // namespace duikou::query
