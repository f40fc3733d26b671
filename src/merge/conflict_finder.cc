// Conflicts: one figure key, different values, different sources.
#include <algorithm>
#include <charconv>
#include <map>
#include <set>

#include "merge/linkers.h"
#include "merge/terms.h"

namespace duikou::merge::internal {

namespace {

std::string Canonical(const CanonicalMap& canonical, const std::string& term) {
  auto it = canonical.find(term);
  return it == canonical.end() ? term : it->second;
}

std::string Joined(const std::set<std::string>& items) {
  std::string out;
  for (const std::string& s : items) out += (out.empty() ? "" : " ") + s;
  return out;
}

// Values compare as numbers: "161000000", "161000000.0" and "1.61E8" are one value.
std::string NumericKey(const std::string& lexical) {
  double v = 0;
  const char* begin = lexical.data();
  if (!lexical.empty() && lexical[0] == '+') ++begin;
  auto [end, ec] = std::from_chars(begin, lexical.data() + lexical.size(), v);
  if (ec != std::errc() || end != lexical.data() + lexical.size()) return lexical;
  char buf[64];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  return std::string(buf, r.ptr);
}

std::string LexicalOf(const std::string& term) {
  Literal lit;
  return ParseLiteral(term, &lit) ? lit.lexical : term;
}

}  // namespace

std::vector<Conflict> FindConflicts(const EntityIndex& index, const CanonicalMap& canonical) {
  struct Entry {
    Observation obs;
    std::string value_key;
  };
  std::map<std::vector<std::string>, std::vector<Entry>> by_key;
  for (const auto& [subject, quads] : index.subjects()) {
    std::set<std::string> supporters, recipients, qualifiers;
    std::string metric, year;
    std::vector<const graph::Quad*> values;
    bool is_figure = false;
    for (const graph::Quad* q : quads) {
      if (q->predicate == vocab::kRdfType && q->object == vocab::kDkFigure) is_figure = true;
      else if (q->predicate == vocab::kDkSupporter) supporters.insert(Canonical(canonical, q->object));
      else if (q->predicate == vocab::kDkRecipient) recipients.insert(Canonical(canonical, q->object));
      else if (q->predicate == vocab::kDkMetric) metric = std::max(metric, q->object);
      else if (q->predicate == vocab::kDkYear) year = std::max(year, LexicalOf(q->object));
      else if (q->predicate == vocab::kDkQualifier) qualifiers.insert(LexicalOf(q->object));
      else if (q->predicate == vocab::kDkValue) values.push_back(q);
    }
    if (!is_figure || metric.empty() || values.empty()) continue;
    std::vector<std::string> key = {Joined(supporters), Joined(recipients), metric, year, Joined(qualifiers)};
    std::vector<std::string> passages = index.Values(subject, vocab::kProvWasDerivedFrom);
    std::vector<std::string> texts;
    for (const std::string& p : passages) {
      std::vector<std::string> text = index.Values(p, vocab::kDkText);
      texts.push_back(text.empty() ? std::string() : LexicalOf(text.front()));
    }
    for (const graph::Quad* v : values) {
      std::string lexical = LexicalOf(v->object);
      by_key[key].push_back(Entry{Observation{subject, lexical, v->graph, passages, texts}, NumericKey(lexical)});
    }
  }

  std::vector<Conflict> conflicts;
  for (auto& [key, entries] : by_key) {
    std::set<std::string> values, graphs;
    for (const Entry& e : entries) values.insert(e.value_key);
    if (values.size() < 2) continue;
    // Disagreement between sources: some value differs from one given in another graph.
    bool across = false;
    for (const Entry& a : entries) {
      for (const Entry& b : entries) across |= a.value_key != b.value_key && a.obs.graph != b.obs.graph;
    }
    if (!across) continue;
    Conflict c{key[0], key[1], key[2], key[3], key[4], {}};
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
      return std::tie(a.obs.graph, a.obs.figure, a.obs.value) < std::tie(b.obs.graph, b.obs.figure, b.obs.value);
    });
    for (Entry& e : entries) c.observations.push_back(std::move(e.obs));
    conflicts.push_back(std::move(c));
  }
  return conflicts;
}

}  // namespace duikou::merge::internal
