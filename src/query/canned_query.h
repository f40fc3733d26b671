// CannedQuery: a named SPARQL query shipped in queries/NAME.rq, and safe parameter binding.
//
// A canned query file starts with a header of comment lines:
//
//   # Purpose: Pairings (对口 relations) with supporter, recipient, type and year.
//   # Param: place (optional) - a place name as written (萧山区) or the place's IRI
//   # Example: duikou query pairings --param place=萧山区
//
// and holds the line `#@VALUES` inside its WHERE clause where the parameters' bindings go.
// Lines between "#@IF NAME" and "#@END" are kept only when parameter NAME is given, so an
// optional parameter's filtering patterns disappear when it is not.
//
// Binding never splices a value into the query text: each value becomes one RDF term, built
// and escaped here, in a VALUES block. A parameter NAME binds ?NAME when the value is an IRI
// (http://…, https://…, urn:…, or <…>), and ?NAMEName as a "value"@zh literal otherwise, so
// the query can match the name against rdfs:label / skos:altLabel. A parameter declared with
// "(year)" binds ?NAME as "value"^^xsd:gYear. A value with quotes, braces or '}' stays a
// single term and cannot change the query's structure.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "base/status.h"

namespace duikou::query {

struct CannedParam {
  std::string name;
  bool optional = false;
  bool year = false;  // binds an xsd:gYear literal instead of an IRI or a name
  std::string description;
};

struct CannedQuery {
  std::string name;  // file name without .rq
  std::string purpose;
  std::vector<CannedParam> params;
  std::string example;
  std::string text;  // the whole file
};

// Reads the header of `text` (any query text; a query without a header has no params).
CannedQuery ParseCannedQuery(const std::string& name, const std::string& text);
// Loads {dir}/{name}.rq; an error names the available queries when there is no such file.
Status LoadCannedQuery(const std::string& dir, const std::string& name, CannedQuery* out);
// True when {dir}/{name}.rq exists and `name` is a plain query name ([A-Za-z0-9_-]+).
bool IsCannedQueryName(const std::string& dir, const std::string& name);
// Names of the queries in `dir`, sorted.
std::vector<std::string> ListCannedQueries(const std::string& dir);

// Returns the query text with the VALUES block for `values` at the `#@VALUES` marker. Fails on
// an unknown parameter, a missing required one, a value that is not a valid IRI or year, or a
// query without a marker when values are given.
Status BindParameters(const CannedQuery& query, const std::map<std::string, std::string>& values,
                      std::string* sparql);

}  // namespace duikou::query
