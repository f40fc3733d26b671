// Reconcile() runs the linkers over the whole dataset; Apply() writes the result as RDF.
#include <algorithm>
#include <cstdio>

#include "graph/vocabulary.h"
#include "merge/linkers.h"
#include "merge/reconciliation.h"
#include "merge/terms.h"

namespace duikou::merge {

namespace {

uint64_t Fnv1a(std::string_view s) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
  return h;
}

std::string NoteIri(const std::string& base, const char* kind, const std::string& content) {
  char hex[17];
  snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(Fnv1a(content)));
  return graph::Iri(base + "reconciliation/" + kind + "-" + hex);
}

bool IsNameProperty(const std::string& p) {
  return p == vocab::kRdfsLabel || p == vocab::kSkosPrefLabel || p == vocab::kSchemaName || p == vocab::kFoafName;
}

std::string Abbreviated(const std::string& text, size_t max_chars) {
  size_t chars = 0, i = 0;
  while (i < text.size() && chars < max_chars) {
    unsigned char c = text[i];
    i += c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xe ? 3 : 4;
    ++chars;
  }
  return i < text.size() ? text.substr(0, i) + "…" : text;
}

}  // namespace

std::string ReconciliationGraph(const std::string& base) { return graph::Iri(base + "graph/reconciliation"); }

Reconciliation Reconcile(const graph::Dataset& dataset, const ReconcileOptions& options) {
  EntityIndex index(dataset, ReconciliationGraph(options.base));
  Reconciliation r;
  r.links = internal::LinkPlaces(index, options, &r.candidates);
  internal::CanonicalMap canonical;
  for (const Link& l : r.links) canonical[l.from] = l.to;
  internal::LinkOrganizationsAndPersons(index, options, canonical, &r.links, &r.candidates);
  for (const Link& l : r.links) canonical[l.from] = l.to;
  r.conflicts = internal::FindConflicts(index, canonical);
  // A candidate between entities that were linked to others is one between their canonical
  // entities: report each such pair once.
  for (Candidate& c : r.candidates) {
    if (c.kind == "place") continue;
    if (auto it = canonical.find(c.a); it != canonical.end()) c.a = it->second;
    if (auto it = canonical.find(c.b); it != canonical.end()) c.b = it->second;
    if (c.b < c.a) std::swap(c.a, c.b);
  }
  std::erase_if(r.candidates, [](const Candidate& c) { return c.a == c.b; });
  std::sort(r.links.begin(), r.links.end(),
            [](const Link& a, const Link& b) { return std::tie(a.kind, a.to, a.from) < std::tie(b.kind, b.to, b.from); });
  std::sort(r.candidates.begin(), r.candidates.end(), [](const Candidate& a, const Candidate& b) {
    return std::tie(a.kind, a.a, a.b, a.rule) < std::tie(b.kind, b.a, b.b, b.rule);
  });
  r.candidates.erase(std::unique(r.candidates.begin(), r.candidates.end(),
                                 [](const Candidate& a, const Candidate& b) {
                                   return std::tie(a.kind, a.a, a.b, a.rule) == std::tie(b.kind, b.a, b.b, b.rule);
                                 }),
                     r.candidates.end());
  return r;
}

void Apply(const Reconciliation& r, const ReconcileOptions& options, graph::Dataset* dataset) {
  const std::string g = ReconciliationGraph(options.base);
  dataset->DropGraph(g);

  // Materialized copies, each in the graph of the quad it copies.
  std::map<std::string, const Link*> subst;
  for (const Link& l : r.links) {
    if (l.materialize) subst[l.from] = &l;
  }
  std::vector<graph::Quad> copies;
  if (!subst.empty()) {
    for (const graph::Quad& q : dataset->quads()) {
      auto s = subst.find(q.subject);
      auto o = subst.find(q.object);
      if (s == subst.end() && o == subst.end()) continue;
      // Every combination of substitutions, so that the copies made for a subset of the links
      // are a subset of those made for all of them: merge order cannot matter.
      for (int mask = 1; mask < 4; ++mask) {
        bool sub_s = (mask & 1) != 0, sub_o = (mask & 2) != 0;
        if ((sub_s && s == subst.end()) || (sub_o && o == subst.end())) continue;
        graph::Quad copy = q;
        if (sub_s) {
          copy.subject = s->second->to;
          if (IsNameProperty(q.predicate)) {
            Literal lit;
            bool official = s->second->kind == "place" && ParseLiteral(q.object, &lit) && lit.lexical == s->second->name;
            copy.predicate = official ? vocab::kRdfsLabel : vocab::kSkosAltLabel;
          }
        }
        if (sub_o) copy.object = o->second->to;
        copies.push_back(std::move(copy));
      }
    }
  }
  for (graph::Quad& q : copies) dataset->Add(std::move(q));

  auto comment = [](const std::string& line) { return graph::LangLiteral(line, "en"); };
  for (const Link& l : r.links) {
    dataset->Add(l.from, vocab::kOwlSameAs, l.to, g);
    std::string note = NoteIri(options.base, "link", l.from + " " + l.to);
    dataset->Add(note, vocab::kRdfType, vocab::kDkReconciliationNote, g);
    dataset->Add(note, vocab::kDkEntityKind, graph::PlainLiteral(l.kind), g);
    dataset->Add(note, vocab::kDkCanonical, l.to, g);
    dataset->Add(note, vocab::kDkMerged, l.from, g);
    dataset->Add(note, vocab::kDkRule, graph::PlainLiteral(l.rule), g);
  }
  for (const Candidate& c : r.candidates) {
    std::string note = NoteIri(options.base, "candidate", c.a + " " + c.b + " " + c.rule);
    dataset->Add(note, vocab::kRdfType, vocab::kDkReconciliationCandidate, g);
    dataset->Add(note, vocab::kDkEntityKind, graph::PlainLiteral(c.kind), g);
    dataset->Add(note, vocab::kDkCandidate, c.a, g);
    dataset->Add(note, vocab::kDkCandidate, c.b, g);
    dataset->Add(note, vocab::kDkRule, graph::PlainLiteral(c.rule), g);
  }
  for (const Conflict& c : r.conflicts) {
    std::string content = c.supporters + "|" + c.recipients + "|" + c.metric + "|" + c.year + "|" + c.qualifier;
    std::string note = NoteIri(options.base, "conflict", content);
    dataset->Add(note, vocab::kRdfType, vocab::kDkConflict, g);
    dataset->Add(note, vocab::kDkMetric, c.metric, g);
    if (!c.year.empty()) dataset->Add(note, vocab::kDkYear, graph::PlainLiteral(c.year), g);
    if (!c.qualifier.empty()) dataset->Add(note, vocab::kDkQualifier, graph::PlainLiteral(c.qualifier), g);
    for (const Observation& o : c.observations) dataset->Add(note, vocab::kDkConflictingFigure, o.figure, g);
    dataset->Add(note, vocab::kRdfsComment, comment(DescribeConflicts(Reconciliation{{}, {}, {c}}).front()), g);
  }
}

std::vector<std::string> DescribeLinks(const Reconciliation& r) {
  std::vector<std::string> out;
  for (const Link& l : r.links) {
    out.push_back(l.kind + " " + (l.name.empty() ? std::string() : l.name + " ") + l.from + " = " + l.to + " (" + l.rule +
                  (l.materialize ? "; facts copied to the canonical IRI" : "") + ")");
  }
  return out;
}

std::vector<std::string> DescribeCandidates(const Reconciliation& r) {
  std::vector<std::string> out;
  for (const Candidate& c : r.candidates) out.push_back(c.kind + " " + c.a + " ? " + c.b + " (" + c.rule + ")");
  return out;
}

std::vector<std::string> DescribeConflicts(const Reconciliation& r) {
  std::vector<std::string> out;
  for (const Conflict& c : r.conflicts) {
    std::string line = "figure " + c.metric + (c.year.empty() ? "" : " " + c.year) +
                       (c.qualifier.empty() ? "" : " " + c.qualifier) +
                       (c.supporters.empty() ? "" : " supporter " + c.supporters) +
                       (c.recipients.empty() ? "" : " recipient " + c.recipients) + ":";
    for (const Observation& o : c.observations) {
      line += "\n    " + o.value + " in " + o.graph + " (" + o.figure + ")";
      for (size_t i = 0; i < o.passages.size(); ++i) {
        line += "\n      from " + o.passages[i];
        if (i < o.passage_texts.size()) line += ": " + Abbreviated(o.passage_texts[i], 60);
      }
    }
    out.push_back(line);
  }
  return out;
}

}  // namespace duikou::merge
