#include "query/labels.h"

#include <tuple>

#include "graph/term.h"

namespace duikou::query {

Status CollectLabels(QueryEngine* engine, std::map<Term, std::string>* out) {
  QueryResult result;
  Status s = engine->Execute(
      "SELECT ?s ?l ?k WHERE {"
      " { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l BIND(0 AS ?k) } UNION"
      " { ?s <http://www.w3.org/2004/02/skos/core#prefLabel> ?l BIND(1 AS ?k) }"
      " FILTER(isIRI(?s)) }",
      "", &result);
  if (!s.ok()) return Status::Error("collecting labels: " + s.message());
  // Rank: (not Chinese, not rdfs:label, text) — smallest wins.
  std::map<Term, std::tuple<bool, bool, std::string>> best;
  for (const auto& row : result.rows) {
    graph::Term parts;
    if (row.size() < 3 || !graph::ParseTerm(row[1], &parts) || parts.kind != graph::Term::Kind::kLiteral) continue;
    bool chinese = parts.lang.rfind("zh", 0) == 0;
    auto rank = std::make_tuple(!chinese, row[2].find("\"1\"") == 0, parts.value);
    auto it = best.find(row[0]);
    if (it == best.end() || rank < it->second) best[row[0]] = rank;
  }
  for (auto& [term, rank] : best) (*out)[term] = std::get<2>(rank);
  return Status::Ok();
}

}  // namespace duikou::query
