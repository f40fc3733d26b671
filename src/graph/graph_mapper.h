// GraphMapper: Document + Extraction -> quads, following the graph contract
// (../shared/contract/ontology.md, implemented by ontology/duikou.ttl).
//
// Places get {base}place/{code}; everything else {base}{kind}/{key} with keys derived from
// normalized content only (see identifiers.h), so the same input always maps to the same IRIs.
// Every quad of a document goes to that document's named graph, and that graph is complete on
// its own:
//   - every place used carries its class, official label, code, direct parent and every
//     enclosing division (dk:inRegion), and so do those divisions;
//   - every record (pairing, figure, project, event, award) is prov:wasDerivedFrom its
//     dk:Passage, and every entity it names is dk:mentionedIn that passage;
//   - every passage carries its text, section, entry title, attribution (dk:providedBy) and
//     source offsets;
//   - names that could not be resolved become dk:Mention nodes with their text, never dropped.
#pragma once

#include <memory>
#include <string>

#include "document/document.h"
#include "extract/facts.h"
#include "gazetteer/gazetteer.h"
#include "graph/dataset.h"
#include "graph/division_lookup.h"
#include "graph/identifiers.h"

namespace duikou::graph {

struct GraphOptions {
  std::string base = "https://w3id.org/duikou/id/";
};

class GraphMapper {
 public:
  // `gazetteer` must outlive the mapper.
  GraphMapper(const gazetteer::Gazetteer* gazetteer, GraphOptions options);
  // `divisions` must outlive the mapper.
  GraphMapper(const DivisionLookup* divisions, GraphOptions options);
  ~GraphMapper();

  // The named graph IRI of a source document (derived from its file name, not its path).
  std::string DocumentGraph(const document::Document& doc) const;
  // Adds the quads of one document to `out`. Quads depend only on the document, the extraction
  // and the divisions: never on order of calls, threads or paths.
  void Map(const document::Document& doc, const extract::Extraction& extraction, Dataset* out) const;

  // The concept IRI (bare) of a pairing type as written (对口支援 -> dk:DuikouZhiyuan); types
  // outside the ontology's scheme get {base}concept/pairing/{type}.
  std::string PairingTypeIri(const std::string& type) const;
  // The concept IRI (bare) of a metric local name (FundsCNY -> dk:FundsCNY); names outside the
  // ontology's scheme get {base}concept/metric/{name}.
  std::string MetricIri(const std::string& metric) const;

 private:
  class DocumentMapping;

  std::unique_ptr<GazetteerLookup> owned_lookup_;
  const DivisionLookup* divisions_;
  IriMinter minter_;
};

}  // namespace duikou::graph
