#include "graph/graph_mapper.h"

#include "graph/vocabulary.h"

namespace duikou::graph {

GraphMapper::GraphMapper(const gazetteer::Gazetteer* gazetteer, GraphOptions options)
    : gazetteer_(gazetteer), options_(std::move(options)) {}

std::string GraphMapper::DocumentGraph(const document::Document& doc) const {
  std::string name = doc.source;
  if (size_t slash = name.rfind('/'); slash != std::string::npos) name = name.substr(slash + 1);
  return Iri(options_.base + "source/" + name);
}

// Skeleton: passages only (issue 5 replaces this).
void GraphMapper::Map(const document::Document& doc, const extract::Extraction&, Dataset* out) const {
  std::string g = DocumentGraph(doc);
  for (size_t i = 0; i < doc.passages.size(); ++i) {
    std::string p = Iri(options_.base + "passage/" + std::to_string(i));
    out->Add(p, Iri(std::string(ns::kRdf) + "type"), Iri(std::string(ns::kDk) + "Passage"), g);
    out->Add(p, Iri(std::string(ns::kDk) + "text"), LangLiteral(doc.passages[i].text, "zh"), g);
  }
}

}  // namespace duikou::graph
