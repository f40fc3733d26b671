// QuadSink: what the Serd and Raptor front ends of the RdfReader feed, and how they report errors.
// Internal to src/rdfio.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "base/status.h"
#include "graph/dataset.h"
#include "rdfio/rdf_reader.h"

namespace duikou::rdfio::internal {

// Collects quads (in any order, duplicates allowed) and the first error.
struct QuadSink {
  const ReadOptions* options = nullptr;
  std::string path;                 // as given by the user, for messages
  std::vector<graph::Quad> quads;
  std::string error;                // first error, already "FILE:LINE:COL: message"

  void Emit(graph::Quad q) {
    quads.push_back(std::move(q));
    if (options->on_progress && quads.size() % options->progress_every == 0) {
      options->on_progress(quads.size());
    }
  }
  // An error Serd cannot place (a statement it parsed but we refuse): the first occurrence of
  // `token` in the file gives its position.
  std::string unplaced_token;
  std::string unplaced_message;

  void Fail(unsigned line, int col, const std::string& message) {
    if (!error.empty()) return;
    error = path + ":" + std::to_string(line) + (col >= 0 ? ":" + std::to_string(col) : "") + ": " + message;
  }
};

// Literal terms with the RdfReader's normalizations (xsd:string dropped, language lower-cased).
std::string LiteralTerm(std::string_view lexical, std::string_view datatype_iri, std::string_view lang);

// Parse one file with Serd (Turtle family) / Raptor (RDF/XML). They fill `sink` and return
// normally; a non-empty sink->error means failure.
void ParseWithSerd(RdfFormat format, QuadSink* sink);
void ParseWithRaptor(QuadSink* sink);

}  // namespace duikou::rdfio::internal
