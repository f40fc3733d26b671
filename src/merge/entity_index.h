// EntityIndex: the quads of a dataset grouped by subject, with the lookups reconciliation needs
// (types, names, property values). It points into the dataset, which must outlive it.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "graph/dataset.h"

namespace duikou::merge {

class EntityIndex {
 public:
  // Indexes every quad of `dataset` except those in `skip_graph` (the derived reconciliation graph).
  EntityIndex(const graph::Dataset& dataset, const std::string& skip_graph);

  // Every indexed quad with `subject` as subject (empty if none).
  const std::vector<const graph::Quad*>& About(const std::string& subject) const;
  // The distinct objects of (subject, predicate), sorted.
  std::vector<std::string> Values(const std::string& subject, const std::string& predicate) const;
  bool HasAnyType(const std::string& subject, const std::set<std::string>& types) const;
  // Lexical forms of the subject's names (rdfs:label, skos:prefLabel, schema:name, foaf:name).
  std::vector<std::string> Names(const std::string& subject) const;
  // Subjects in sorted order.
  const std::map<std::string, std::vector<const graph::Quad*>>& subjects() const { return by_subject_; }
  // Every indexed quad, in dataset order.
  const std::vector<const graph::Quad*>& quads() const { return quads_; }
  // IRIs that appear as the object of `predicate` anywhere.
  std::set<std::string> ObjectsOf(const std::string& predicate) const;

 private:
  std::map<std::string, std::vector<const graph::Quad*>> by_subject_;
  std::vector<const graph::Quad*> quads_;
};

}  // namespace duikou::merge
