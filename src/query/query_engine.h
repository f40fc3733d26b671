// QueryEngine: SPARQL over a dataset, through Redland (librdf) and Rasqal.
//
// The engine holds one in-memory librdf model with contexts (named graphs). Queries see the
// union of all graphs by default; W3C default-graph semantics apply to --data/--named loads.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "base/status.h"
#include "graph/dataset.h"

namespace duikou::query {

// One RDF term of a result, in N-Triples syntax (as in graph::Quad); empty when unbound.
using Term = std::string;

struct QueryResult {
  enum class Kind { kBindings, kBoolean, kGraph };
  Kind kind = Kind::kBindings;
  std::vector<std::string> variables;
  std::vector<std::vector<Term>> rows;
  bool boolean = false;
  graph::Dataset graph;  // CONSTRUCT / DESCRIBE
};

class QueryEngine {
 public:
  static Status Create(std::unique_ptr<QueryEngine>* out);
  ~QueryEngine();

  Status Load(const graph::Dataset& dataset);
  // Loads an RDF file into the default graph (named_graph empty) or a named graph.
  Status LoadFile(const std::string& path, const std::string& named_graph);
  // Parses and runs `sparql`. A syntax error's message gives its line and column.
  Status Execute(const std::string& sparql, const std::string& base_iri, QueryResult* out);
  // Only parses (for `query --check`).
  Status Check(const std::string& sparql, const std::string& base_iri);

 private:
  QueryEngine();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace duikou::query
