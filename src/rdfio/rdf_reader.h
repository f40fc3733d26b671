// RdfReader: RDF files (Turtle, N-Triples, TriG, N-Quads, RDF/XML) -> graph::Dataset.
//
// The format comes from the file name's extension. Turtle, N-Triples, TriG and N-Quads are
// parsed by Serd, RDF/XML by Raptor. Terms arrive in the Dataset's N-Triples syntax, fully
// expanded (prefixes and relative IRIs resolved against the file), with two RDF 1.1
// normalizations so that equal terms compare equal as text: "x"^^xsd:string is written "x",
// and language tags are lower-cased.
//
// Blank nodes are renamed _:{blank_prefix}{label}, so two files never share a blank node and the
// same file always gives the same names (reading a file twice yields the same quads).
//
// Errors read "FILE:LINE:COL: message" (RDF/XML gives "FILE:LINE: message" when the XML parser
// does not know the column). Reading is all or nothing: on error `out` is unchanged.
#pragma once

#include <cstdint>
#include <functional>
#include <set>
#include <string>

#include "base/status.h"
#include "graph/dataset.h"

namespace duikou::rdfio {

enum class RdfFormat { kTurtle, kNTriples, kTrig, kNQuads, kRdfXml };

// .ttl .turtle | .nt .ntriples | .trig | .nq .nquads | .rdf .owl .xml (case-insensitive).
bool FormatFromPath(const std::string& path, RdfFormat* out);
const char* FormatName(RdfFormat format);  // "Turtle", "N-Triples", …
// The extensions FormatFromPath knows, for error messages.
const char* KnownExtensions();

struct ReadOptions {
  // Graph of triples outside any named graph (an N-Triples IRI term, or empty = default graph).
  std::string default_graph;
  // Base IRI for relative IRIs; empty: the file's own file:// URI.
  std::string base_iri;
  // Prefix of blank node labels; empty: derived from the file's base name.
  std::string blank_prefix;
  // Called every `progress_every` triples with the count so far (for progress lines).
  std::function<void(uint64_t triples)> on_progress;
  uint64_t progress_every = 1u << 18;
};

struct ReadStats {
  uint64_t triples = 0;              // statements read (before duplicates are removed)
  std::set<std::string> graphs;      // every graph a quad was put in ("" = default graph)
};

// Parses `path` into `out`. `stats`, if given, is filled on success.
Status ReadRdf(const std::string& path, const ReadOptions& options, graph::Dataset* out,
               ReadStats* stats = nullptr);

// Shorthand: triples without a graph go to `default_graph`.
Status ReadRdfFile(const std::string& path, const std::string& default_graph, graph::Dataset* out);

}  // namespace duikou::rdfio
