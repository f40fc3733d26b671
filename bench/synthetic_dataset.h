// A synthetic graph shaped like duikou's, for the store and query benchmarks: each entity has
// a type, a Chinese label, a decimal value and a link to a place (four quads); the entities of
// every tenth index sit in named graphs. Same size, same quads: figures stay comparable across
// benchmarks and runs.
#pragma once

#include <cstdint>
#include <map>
#include <string>

#include "graph/dataset.h"

namespace duikou::bench {

// At least `quads` quads (whole entities, so up to three more).
inline graph::Dataset SyntheticDataset(int64_t quads) {
  graph::Dataset d;
  const std::string base = "https://w3id.org/duikou/id/";
  const std::string dk = "https://w3id.org/duikou/ns#";
  for (int64_t i = 0; static_cast<int64_t>(d.size()) < quads; ++i) {
    std::string s = "<" + base + "figure/" + std::to_string(i) + ">";
    std::string g = i % 10 == 0 ? "<" + base + "doc/" + std::to_string(i % 97) + ">" : "";
    d.Add(s, "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", "<" + dk + "Figure>", g);
    d.Add(s, "<http://www.w3.org/2000/01/rdf-schema#label>", "\"对口支援项目" + std::to_string(i) + "\"@zh", g);
    d.Add(s, "<" + dk + "value>", "\"" + std::to_string(i * 37 % 100000) + "\"^^<http://www.w3.org/2001/XMLSchema#decimal>", g);
    d.Add(s, "<" + dk + "recipient>", "<" + base + "place/" + std::to_string(110000 + i % 3000) + ">", g);
  }
  return d;
}

// SyntheticDataset(quads), built once per size and kept for the process: benchmarks with the
// same argument share it instead of timing its construction again.
inline const graph::Dataset& CachedSyntheticDataset(int64_t quads) {
  static std::map<int64_t, graph::Dataset> cache;
  auto it = cache.find(quads);
  if (it == cache.end()) it = cache.emplace(quads, SyntheticDataset(quads)).first;
  return it->second;
}

}  // namespace duikou::bench
