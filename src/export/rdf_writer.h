// RDF serialization of a Dataset through Serd's writer: Turtle, N-Triples, TriG, N-Quads.
//
// The output is canonical for the dataset: statements are sorted (subjects in order; within a
// subject rdf:type first, then rdfs:label, then the other predicates in order), so the same
// graph always gives the same bytes. Turtle and TriG are abbreviated and use the prefixes of
// the contract's vocabularies and of the instance base.
#pragma once

#include <string>

#include "base/status.h"
#include "graph/dataset.h"

namespace duikou::exporter {

enum class RdfSyntax { kTurtle, kNTriples, kTrig, kNQuads };

// Triple syntaxes (Turtle, N-Triples) write the union of all graphs, each triple once; quad
// syntaxes (TriG, N-Quads) keep every named graph. `base` is the instance base, used only for
// prefixes.
Status WriteRdf(const graph::Dataset& dataset, RdfSyntax syntax, const std::string& base, std::string* out);

// The number of statements WriteRdf writes: distinct triples for triple syntaxes, quads for
// quad syntaxes.
size_t StatementCount(const graph::Dataset& dataset, RdfSyntax syntax);

}  // namespace duikou::exporter
