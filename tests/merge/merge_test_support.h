// What the merge tests share: fixture paths, a small stand-in for the gazetteer (the codes the
// fixtures use), and lookups over a merged dataset.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "graph/dataset.h"
#include "merge/merger.h"
#include "support/test_paths.h"

namespace duikou::merge::testing {

inline const std::string kBase = "https://w3id.org/duikou/id/";
inline const std::string kDk = "https://w3id.org/duikou/ns#";

inline std::string Fixture(const std::string& name) {
  return ::duikou::testing::SourceDir() + "/tests/fixtures/merge/" + name;
}
inline std::string Place(const std::string& code) { return "<" + kBase + "place/" + code + ">"; }
inline std::string Dk(const std::string& local) { return "<" + kDk + local + ">"; }
inline std::string Source(const std::string& file) { return "<" + kBase + "source/" + file + ">"; }
inline std::string Hz(const std::string& local) { return "<http://example.org/hz/" + local + ">"; }
inline const std::string kSameAs = "<http://www.w3.org/2002/07/owl#sameAs>";
inline const std::string kReconciliation = "<" + kBase + "graph/reconciliation>";

// The divisions the fixtures mention, as the gazetteer names them.
inline const std::map<std::string, std::string>& FixtureDivisions() {
  static const std::map<std::string, std::string> d = {
      {"33", "浙江省"},   {"3301", "杭州市"}, {"3302", "宁波市"}, {"3306", "绍兴市"},
      {"3308", "衢州市"}, {"54", "西藏自治区"}, {"5406", "那曲市"}, {"540622", "比如县"}};
  return d;
}

inline MergeOptions FixtureOptions() {
  MergeOptions o;
  o.reconcile.base = kBase;
  o.reconcile.place_name = [](std::string_view code) {
    auto it = FixtureDivisions().find(std::string(code));
    return it == FixtureDivisions().end() ? std::string() : it->second;
  };
  o.reconcile.resolve_place = [](std::string_view name) {
    for (const auto& [code, official] : FixtureDivisions()) {
      if (official == name) return code;
    }
    return std::string();
  };
  return o;
}

// Objects of (s, p) in any graph.
inline std::set<std::string> Objects(const graph::Dataset& d, const std::string& s, const std::string& p) {
  std::set<std::string> out;
  for (const auto& q : d.quads()) {
    if (q.subject == s && q.predicate == p) out.insert(q.object);
  }
  return out;
}
// Subjects of (p, o) in any graph.
inline std::set<std::string> Subjects(const graph::Dataset& d, const std::string& p, const std::string& o) {
  std::set<std::string> out;
  for (const auto& q : d.quads()) {
    if (q.predicate == p && q.object == o) out.insert(q.subject);
  }
  return out;
}
inline bool Has(const graph::Dataset& d, const std::string& s, const std::string& p, const std::string& o,
                const std::string& g) {
  return d.quads().count(graph::Quad{s, p, o, g}) == 1;
}

// The quads only in `a` ("- …") or only in `b` ("+ …"), for readable failures.
inline std::string Diff(const graph::Dataset& a, const graph::Dataset& b) {
  std::string out;
  for (const auto& q : a.quads()) {
    if (!b.quads().count(q)) out += "- " + q.subject + " " + q.predicate + " " + q.object + " " + q.graph + "\n";
  }
  for (const auto& q : b.quads()) {
    if (!a.quads().count(q)) out += "+ " + q.subject + " " + q.predicate + " " + q.object + " " + q.graph + "\n";
  }
  return out;
}

}  // namespace duikou::merge::testing
