// QueryEngine: SPARQL over a dataset, through Redland (librdf) and Rasqal.
//
// The engine holds one in-memory librdf model with contexts (named graphs): storage "hashes"
// with hash-type "memory". Quads of a named graph are added with that graph as context, so
// GRAPH ?g { … } sees them; a pattern outside GRAPH matches every triple of the model, i.e.
// the default graph is the union of all graphs (what users of a store want). Quads without a
// graph are kept in the graph <urn:x-duikou:default-graph> (kDefaultGraphIri), because librdf
// adds context-less statements in quadratic time; result rows binding that graph are dropped,
// so GRAPH ?g lists only real named graphs (an aggregate over GRAPH ?g still counts it). Files loaded with
// LoadFile(path, "") join the default graph; with a graph IRI they form that named graph.
//
// Rasqal implements SPARQL 1.0 and part of 1.1 (aggregates, BIND, VALUES, subqueries …) but
// not property paths, EXISTS / NOT EXISTS or MINUS: a query using one fails with a message that
// says so, where, and what to write instead (for paths over places: dk:inRegion).
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "graph/dataset.h"

namespace duikou::query {

// The graph that holds the default graph's triples inside the engine (see above).
extern const char* const kDefaultGraphIri;

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
  // Adds one quad given as N-Triples terms (`graph` empty: the default graph). Lets a caller
  // stream a store's snapshot in without building a Dataset first.
  Status AddQuad(std::string_view subject, std::string_view predicate, std::string_view object,
                 std::string_view graph);
  // Loads an RDF file (format from its extension: .ttl .nt .nq .trig .rdf .owl .xml) into the
  // default graph (named_graph empty) or into the named graph with IRI `named_graph`. With
  // W3C dataset semantics on, the file is only checked here and read by Rasqal at Execute.
  Status LoadFile(const std::string& path, const std::string& named_graph);
  // Number of triples in the model.
  size_t size() const;

  // With implicit prefixes on, a query may use the prefixes of KnownPrefixes() (dk:, rdfs:,
  // skos:, schema: …; see result_writer.h) without declaring them; a prefix the query declares
  // itself wins. The declarations are added on the query's first line, so error line numbers
  // still match what the user wrote. Off by default.
  void set_implicit_prefixes(bool on) { implicit_prefixes_ = on; }

  // W3C dataset semantics for an engine that holds only files (duikou query --data/--named,
  // the W3C suites): the default graph is just the files loaded without a graph name, not the
  // union of all graphs, and the query's FROM / FROM NAMED apply when no file is loaded. Set
  // before loading anything; Load/AddQuad are then refused. See file_query.h.
  void set_w3c_dataset(bool on) { w3c_dataset_ = on; }

  // Parses and runs `sparql`. A syntax error's message gives its line (and column where known).
  Status Execute(const std::string& sparql, const std::string& base_iri, QueryResult* out);
  // Only parses (for `query --check`).
  Status Check(const std::string& sparql, const std::string& base_iri);

 private:
  QueryEngine();
  struct Impl;
  std::unique_ptr<Impl> impl_;
  bool implicit_prefixes_ = false;
  bool w3c_dataset_ = false;
  std::vector<std::pair<std::string, std::string>> files_;  // W3C mode: (path, graph IRI)
  std::string WithImplicitPrefixes(const std::string& sparql) const;
};

}  // namespace duikou::query
