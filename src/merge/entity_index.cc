#include "merge/entity_index.h"

#include <algorithm>

#include "merge/terms.h"

namespace duikou::merge {

EntityIndex::EntityIndex(const graph::Dataset& dataset, const std::string& skip_graph) {
  for (const graph::Quad& q : dataset.quads()) {
    if (q.graph == skip_graph) continue;
    quads_.push_back(&q);
    by_subject_[q.subject].push_back(&q);
  }
}

const std::vector<const graph::Quad*>& EntityIndex::About(const std::string& subject) const {
  static const std::vector<const graph::Quad*> kNone;
  auto it = by_subject_.find(subject);
  return it == by_subject_.end() ? kNone : it->second;
}

std::vector<std::string> EntityIndex::Values(const std::string& subject, const std::string& predicate) const {
  std::vector<std::string> out;
  for (const graph::Quad* q : About(subject)) {
    if (q->predicate == predicate) out.push_back(q->object);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

bool EntityIndex::HasAnyType(const std::string& subject, const std::set<std::string>& types) const {
  for (const graph::Quad* q : About(subject)) {
    if (q->predicate == vocab::kRdfType && types.count(q->object)) return true;
  }
  return false;
}

std::vector<std::string> EntityIndex::Names(const std::string& subject) const {
  std::vector<std::string> out;
  for (const graph::Quad* q : About(subject)) {
    if (q->predicate != vocab::kRdfsLabel && q->predicate != vocab::kSkosPrefLabel &&
        q->predicate != vocab::kSchemaName && q->predicate != vocab::kFoafName) {
      continue;
    }
    Literal lit;
    if (ParseLiteral(q->object, &lit) && !lit.lexical.empty()) out.push_back(lit.lexical);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::set<std::string> EntityIndex::ObjectsOf(const std::string& predicate) const {
  std::set<std::string> out;
  for (const graph::Quad* q : quads_) {
    if (q->predicate == predicate && (IsIri(q->object) || IsBlank(q->object))) out.insert(q->object);
  }
  return out;
}

}  // namespace duikou::merge
