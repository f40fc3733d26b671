#include "rdfio/rdf_reader.h"

namespace duikou::rdfio {

// Skeleton (issue 7 replaces this).
Status ReadRdfFile(const std::string& path, const std::string&, graph::Dataset*) {
  return Status::Error(path + ": RDF reading is not built yet");
}

}  // namespace duikou::rdfio
