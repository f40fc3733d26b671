// Result writers: QueryResult -> table | csv | tsv | json | xml (SPARQL 1.1 result formats).
#pragma once

#include <ostream>
#include <string>

#include "base/status.h"
#include "query/query_engine.h"

namespace duikou::query {

enum class ResultFormat { kTable, kCsv, kTsv, kJson, kXml };
// Parses "table", "csv", … ; false on an unknown name.
bool ParseResultFormat(const std::string& name, ResultFormat* out);

struct ResultWriterOptions {
  bool show_labels = false;  // table mode: print rdfs:label instead of IRIs where known
};

Status WriteResult(const QueryResult& result, ResultFormat format, const ResultWriterOptions& options,
                   std::ostream& out);

}  // namespace duikou::query
