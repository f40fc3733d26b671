// Loading ontology/duikou.ttl, the vocabulary the graph is written in, next to the data so that
// queries can use the labels and comments of dk: terms.
#pragma once

#include <string>

#include "base/status.h"
#include "graph/dataset.h"

namespace duikou::rdfio {

// Reads the ontology (Turtle) at `path` into its own named graph, graph::ns::kOntologyGraph,
// replacing whatever that graph held: loading twice gives the same dataset. On a syntax error
// returns "FILE:LINE:COL: message" and leaves `out` unchanged.
Status LoadOntology(const std::string& path, graph::Dataset* out);

}  // namespace duikou::rdfio
