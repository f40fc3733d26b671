// Dataset: a set of quads, the form in which the graph travels between stages.
//
// Terms are held in N-Triples syntax (<iri>, "lexical"@zh, "1"^^<xsd:decimal>, _:b0), so a
// quad compares and sorts as text and a sorted dataset serializes to canonical N-Quads:
// the same graph always gives the same bytes.
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace duikou::graph {

struct Quad {
  std::string subject;
  std::string predicate;
  std::string object;
  std::string graph;  // empty: the default graph
  auto operator<=>(const Quad&) const = default;
};

// Term constructors; they escape as N-Triples requires.
std::string Iri(std::string_view iri);
std::string LangLiteral(std::string_view lexical, std::string_view lang);
std::string TypedLiteral(std::string_view lexical, std::string_view datatype_iri);
std::string PlainLiteral(std::string_view lexical);

class Dataset {
 public:
  void Add(Quad q) { quads_.insert(std::move(q)); }
  void Add(std::string s, std::string p, std::string o, std::string g = {}) {
    quads_.insert(Quad{std::move(s), std::move(p), std::move(o), std::move(g)});
  }
  void AddAll(const Dataset& other) { quads_.insert(other.quads_.begin(), other.quads_.end()); }
  // Adds quads given in ascending order (duplicates allowed). Same result as Add() one by one,
  // but each goes in at the end hint: linear instead of n log n when they sort after what is
  // already there (bulk loads into an empty dataset).
  void AddSorted(std::vector<Quad>&& sorted) {
    for (Quad& q : sorted) quads_.emplace_hint(quads_.end(), std::move(q));
  }
  size_t size() const { return quads_.size(); }
  const std::set<Quad>& quads() const { return quads_; }
  // Removes every quad of named graph `g`.
  void DropGraph(std::string_view g);

 private:
  std::set<Quad> quads_;
};

}  // namespace duikou::graph
