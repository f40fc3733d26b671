// Reading Turtle into a Dataset, through Serd. Small on purpose: it reads the ontology and
// test fixtures (src/rdfio/ reads every syntax for `duikou merge`).
#pragma once

#include <string>

#include "base/status.h"
#include "graph/dataset.h"

namespace duikou::graph {

// Parses the Turtle file at `path` and adds its triples to `out`, in named graph `graph_iri`
// (bare IRI; empty: the default graph). Blank nodes are labelled "{blank_prefix}bN" so files
// read into one dataset keep theirs apart. On a syntax error returns "FILE:LINE:COL: message"
// and leaves `out` unchanged.
Status ParseTurtleFile(const std::string& path, const std::string& graph_iri, const std::string& blank_prefix,
                       Dataset* out);

// Same, for Turtle held in memory; `name` stands for the file name in messages and is the
// base IRI's file part.
Status ParseTurtleString(const std::string& text, const std::string& name, const std::string& graph_iri,
                         const std::string& blank_prefix, Dataset* out);

// Loads ontology/duikou.ttl (at `path`) into its own named graph (ns::kOntologyGraph),
// replacing whatever that graph held, so queries can use the labels of terms.
Status LoadOntology(const std::string& path, Dataset* out);

}  // namespace duikou::graph
