// Exporter: Dataset -> Turtle | N-Triples | TriG | N-Quads | DOT | SVG (through Graphviz).
//
// Output is a function of the dataset (and options) alone: byte-identical for the same graph,
// whatever order it was built in. Turtle and N-Triples write the union of the named graphs;
// TriG and N-Quads keep one named graph per source document (and the ontology's own graph).
// DOT and SVG draw the pairing network. Nothing is written to `out` unless the whole export
// succeeded.
//
// JSON-LD is not offered: Debian has no maintained C or C++ JSON-LD library, and a hand-made
// writer would not be the honest, conformant JSON-LD other tools expect. Convert the N-Quads
// export with a JSON-LD processor (e.g. rdflib, jsonld.js) when JSON-LD is needed.
#pragma once

#include <ostream>
#include <string>

#include "base/status.h"
#include "graph/dataset.h"

namespace duikou::exporter {

enum class ExportFormat { kTurtle, kNTriples, kTrig, kNQuads, kDot, kSvg };
// Accepts turtle|ttl, ntriples|nt, trig, nquads|nq, dot, svg.
bool ParseExportFormat(const std::string& name, ExportFormat* out);

struct ExportOptions {
  bool with_void = false;  // add a VoID/DCAT description of the dataset (RDF formats only)
  std::string base = "https://w3id.org/duikou/id/";
  // dcterms:license of the VoID description. duikou cannot know the terms of the yearbooks a
  // graph was read from, so none is assumed: empty writes a dcterms:rights note saying so.
  std::string license;
  bool with_ontology = true;  // false: leave out the ontology's named graph
};

// The instance base a dataset was built with, read from its first dk:SourceDocument
// ({base}source/{file}); `fallback` when it has none.
std::string InferBase(const graph::Dataset& dataset, const std::string& fallback);

Status Export(const graph::Dataset& dataset, ExportFormat format, const ExportOptions& options,
              std::ostream& out);
// The same, into a string.
Status ExportToString(const graph::Dataset& dataset, ExportFormat format, const ExportOptions& options,
                      std::string* out);

}  // namespace duikou::exporter
