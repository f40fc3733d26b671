// Reconciliation: which entities of a merged dataset are the same, which only might be, and
// where sources disagree. Computed from the whole dataset every time, so it does not depend on
// the order in which files were merged, and it is written to one derived named graph.
//
// Rules (conservative; every link carries the rule that made it):
//  - places: one GB/T 2260 code is one place, {base}place/{code}. A foreign IRI whose code is
//    given by dk:adminCode, by Wikidata's P442 ("511 133", 12-digit statistical codes too), or by
//    names that the gazetteer resolves unambiguously to one code is linked to that IRI.
//  - organizations: same normalized full name and same type. Abbreviated names (市发改委) count
//    only when a fixed rule expands them with certainty (the level prefix must be fixed by the
//    organization's own dk:locatedIn / dk:inRegion place).
//  - persons: same name and a shared (reconciled) affiliation; the same name alone is only a
//    candidate, never a link.
//  - conflicts: figures with the same (supporter, recipient, metric, year, qualifier) after
//    linking, with different values, from different named graphs.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/dataset.h"

namespace duikou::merge {

struct ReconcileOptions {
  std::string base = "https://w3id.org/duikou/id/";
  // The official name of a GB/T 2260 code (511132 → 峨边彝族自治县), empty if there is no such
  // code. Empty function: codes are checked by shape only. The CLI answers from the gazetteer.
  std::function<std::string(std::string_view code)> place_name;
  // A place name -> its code, only when unambiguous (else empty). May be empty: no name linking.
  std::function<std::string(std::string_view name)> resolve_place;
  // Normalizes an organization or person name before comparison (traditional -> simplified …).
  // Empty: whitespace removed and full-width brackets folded.
  std::function<std::string(std::string_view name)> normalize_name;
};

// The reconciliation graph's IRI term: <{base}graph/reconciliation>.
std::string ReconciliationGraph(const std::string& base);

struct Link {
  std::string kind;  // "place", "organization", "person"
  std::string from;  // N-Triples term of the entity that is linked …
  std::string to;    // … to this one (the canonical IRI)
  std::string rule;  // why: "dk:adminCode 511133", "same name 乐山市发展和改革委员会 and type …"
  std::string name;  // a name of the entity, for people reading the report
  bool materialize = false;  // copy `from`'s facts onto `to` (to is a {base} IRI, from is not)
};

struct Candidate {
  std::string kind;
  std::string a, b;
  std::string rule;
};

struct Observation {
  std::string figure;
  std::string value;  // lexical form as the source wrote it
  std::string graph;
  std::vector<std::string> passages;       // passage IRIs
  std::vector<std::string> passage_texts;  // their dk:text
};

struct Conflict {
  std::string supporters, recipients, metric, year, qualifier;  // the figure key, readable
  std::vector<Observation> observations;                         // sorted by graph, figure
};

struct Reconciliation {
  std::vector<Link> links;
  std::vector<Candidate> candidates;
  std::vector<Conflict> conflicts;
};

// Computes the reconciliation of `dataset` (ignoring its reconciliation graph).
Reconciliation Reconcile(const graph::Dataset& dataset, const ReconcileOptions& options);

// Replaces the reconciliation graph of `dataset` with `r` as RDF (owl:sameAs links,
// dk:ReconciliationNote, dk:ReconciliationCandidate, dk:Conflict) and adds, in each quad's own
// graph, a copy of every quad that mentions a materialized entity with the canonical IRI in its
// place (names become skos:altLabel unless they are the official name).
void Apply(const Reconciliation& r, const ReconcileOptions& options, graph::Dataset* dataset);

// One human-readable line per link, candidate and conflict (conflicts span several lines).
std::vector<std::string> DescribeLinks(const Reconciliation& r);
std::vector<std::string> DescribeCandidates(const Reconciliation& r);
std::vector<std::string> DescribeConflicts(const Reconciliation& r);

// The default name normalization: whitespace removed, full-width brackets folded.
std::string BasicNormalizeName(std::string_view name);

// A GB/T 2260 code in the gazetteer's form (2, 4, 6 or 9 digits) from the ways sources write it
// ("511133", "511 133", "511100" for a prefecture, "511133000000"); empty if it is none.
std::string NormalizeAdminCode(std::string_view raw);

}  // namespace duikou::merge
