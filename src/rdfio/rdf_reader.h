// RdfReader: RDF files (Turtle, N-Triples, TriG, N-Quads, …) -> graph::Dataset.
#pragma once

#include <string>

#include "base/status.h"
#include "graph/dataset.h"

namespace duikou::rdfio {

// Parses `path` (format from the extension) into `out`; triples without a graph go to
// `default_graph` (an N-Triples IRI term, or empty). Errors read "FILE:LINE:COL: message".
// All or nothing: on error `out` is unchanged.
Status ReadRdfFile(const std::string& path, const std::string& default_graph, graph::Dataset* out);

}  // namespace duikou::rdfio
