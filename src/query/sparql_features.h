// SparqlFeatures: finds the SPARQL 1.1 features Rasqal cannot run, to explain a failure.
//
// Rasqal 0.9.33 rejects property paths and EXISTS / NOT EXISTS with a bare "syntax error",
// and accepts MINUS but fails to execute it. When a query fails, the engine asks this module
// whether the text uses one of those features, and if so says so, where, and what to write
// instead. It scans tokens (skipping comments, strings and IRIs), it does not parse.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace duikou::query {

struct UnsupportedFeature {
  int line = 0;    // 1-based
  int column = 0;  // 1-based, in characters
  std::string message;  // "property paths are not supported by Rasqal …"
};

std::optional<UnsupportedFeature> FindUnsupportedFeature(std::string_view sparql);

// A Rasqal failure message made readable: names the unsupported feature the query uses, if
// any; otherwise turns Rasqal's position into "line L[, column C]: …", and quotes the line it
// points at (with a caret under the column when known).
std::string ExplainQueryError(const std::string& sparql, const std::string& rasqal_message);

}  // namespace duikou::query
