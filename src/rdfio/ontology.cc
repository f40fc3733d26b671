#include "rdfio/ontology.h"

#include "graph/vocabulary.h"
#include "rdfio/rdf_reader.h"

namespace duikou::rdfio {

Status LoadOntology(const std::string& path, graph::Dataset* out) {
  ReadOptions options;
  options.default_graph = graph::Iri(graph::ns::kOntologyGraph);
  // The ontology has no blank nodes today; should it gain some, they keep a name of their own.
  options.blank_prefix = "onto";
  graph::Dataset ontology;
  if (Status s = ReadRdf(path, options, &ontology); !s.ok()) return s;
  out->DropGraph(graph::Iri(graph::ns::kOntologyGraph));
  out->AddAll(ontology);
  return Status::Ok();
}

}  // namespace duikou::rdfio
