#include "query/result_writer.h"

namespace duikou::query {

bool ParseResultFormat(const std::string& name, ResultFormat* out) {
  if (name == "table") *out = ResultFormat::kTable;
  else if (name == "csv") *out = ResultFormat::kCsv;
  else if (name == "tsv") *out = ResultFormat::kTsv;
  else if (name == "json") *out = ResultFormat::kJson;
  else if (name == "xml") *out = ResultFormat::kXml;
  else return false;
  return true;
}

// Skeleton (issue 2/6 replace this).
Status WriteResult(const QueryResult&, ResultFormat, const ResultWriterOptions&, std::ostream&) {
  return Status::Error("not built yet");
}

}  // namespace duikou::query
