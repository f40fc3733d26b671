// Small lookups over a Dataset for graph and export tests.
#pragma once

#include <set>
#include <string>

#include "graph/dataset.h"
#include "graph/vocabulary.h"

namespace duikou::testing {

// True when some graph holds the triple (terms in N-Triples syntax).
inline bool Has(const graph::Dataset& ds, const std::string& s, const std::string& p, const std::string& o) {
  for (const auto& q : ds.quads()) {
    if (q.subject == s && q.predicate == p && q.object == o) return true;
  }
  return false;
}
// Objects of (s, p) over all graphs.
inline std::set<std::string> Objects(const graph::Dataset& ds, const std::string& s, const std::string& p) {
  std::set<std::string> out;
  for (const auto& q : ds.quads()) {
    if (q.subject == s && q.predicate == p) out.insert(q.object);
  }
  return out;
}
// Subjects of (p, o) over all graphs.
inline std::set<std::string> Subjects(const graph::Dataset& ds, const std::string& p, const std::string& o) {
  std::set<std::string> out;
  for (const auto& q : ds.quads()) {
    if (q.predicate == p && q.object == o) out.insert(q.subject);
  }
  return out;
}
inline std::string DkT(const std::string& local) { return graph::Iri(graph::ns::Dk(local)); }
inline const std::string kType = graph::Iri(graph::ns::Rdf("type"));
inline const std::string kLabel = graph::Iri(graph::ns::Rdfs("label"));

}  // namespace duikou::testing
