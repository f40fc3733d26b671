// GraphMapper: Document + Extraction -> quads, following the graph contract.
//
// Places get {base}place/{code}; everything else {base}{kind}/{key} with keys derived from
// normalized content only, so the same input always maps to the same IRIs. Every quad of a
// document goes to that document's named graph; every record links to its dk:Passage.
#pragma once

#include <string>

#include "document/document.h"
#include "extract/facts.h"
#include "gazetteer/gazetteer.h"
#include "graph/dataset.h"

namespace duikou::graph {

struct GraphOptions {
  std::string base = "https://w3id.org/duikou/id/";
};

class GraphMapper {
 public:
  // `gazetteer` must outlive the mapper.
  GraphMapper(const gazetteer::Gazetteer* gazetteer, GraphOptions options);

  // The named graph IRI of a source document (derived from its file name, not its path).
  std::string DocumentGraph(const document::Document& doc) const;
  // Adds the quads of one document to `out`.
  void Map(const document::Document& doc, const extract::Extraction& extraction, Dataset* out) const;

 private:
  const gazetteer::Gazetteer* gazetteer_;
  GraphOptions options_;
};

}  // namespace duikou::graph
