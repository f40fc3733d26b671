#include "gazetteer/place_trie.h"

#include <algorithm>

namespace duikou::gazetteer {

void PlaceTrie::Build(std::vector<std::pair<std::string, uint32_t>> keys) {
  std::vector<std::pair<std::u32string, uint32_t>> wide;
  wide.reserve(keys.size());
  for (auto& [key, id] : keys) {
    std::u32string w;
    for (size_t pos = 0, len = 0; pos < key.size(); pos += len) w.push_back(utf8::Decode(key, pos, &len));
    wide.emplace_back(std::move(w), id);
  }
  std::sort(wide.begin(), wide.end());
  nodes_.clear();
  edges_.clear();
  nodes_.reserve(wide.size() * 3);
  edges_.reserve(wide.size() * 3);
  BuildNode(wide, 0, wide.size(), 0);
  root_.assign(0x10000, 0);
  const Node& root = nodes_[0];
  for (uint32_t e = root.first_edge; e < root.first_edge + root.edge_count; ++e) {
    if (edges_[e].cp < root_.size()) root_[edges_[e].cp] = edges_[e].node;
  }
}

// Builds the node for keys[lo, hi), which share their first `depth` code points.
uint32_t PlaceTrie::BuildNode(const std::vector<std::pair<std::u32string, uint32_t>>& keys, size_t lo, size_t hi,
                              size_t depth) {
  const uint32_t self = static_cast<uint32_t>(nodes_.size());
  nodes_.emplace_back();
  if (lo < hi && keys[lo].first.size() == depth) nodes_[self].id = keys[lo++].second;  // sorts first
  // Group the rest by their code point at `depth`; reserve the edges before recursing so
  // that they stay contiguous.
  std::vector<std::pair<size_t, size_t>> groups;
  for (size_t i = lo; i < hi;) {
    size_t j = i + 1;
    while (j < hi && keys[j].first[depth] == keys[i].first[depth]) ++j;
    groups.emplace_back(i, j);
    i = j;
  }
  const uint32_t first_edge = static_cast<uint32_t>(edges_.size());
  nodes_[self].first_edge = first_edge;
  nodes_[self].edge_count = static_cast<uint32_t>(groups.size());
  edges_.resize(edges_.size() + groups.size());
  for (size_t g = 0; g < groups.size(); ++g) {
    const char32_t cp = keys[groups[g].first].first[depth];
    const uint32_t child = BuildNode(keys, groups[g].first, groups[g].second, depth + 1);
    edges_[first_edge + g] = Edge{cp, child};
  }
  return self;
}

uint32_t PlaceTrie::Child(uint32_t node, char32_t cp) const {
  const Node& n = nodes_[node];
  const Edge* begin = edges_.data() + n.first_edge;
  const Edge* end = begin + n.edge_count;
  const Edge* it = std::lower_bound(begin, end, cp, [](const Edge& e, char32_t c) { return e.cp < c; });
  return it != end && it->cp == cp ? it->node : 0;
}

int64_t PlaceTrie::Find(std::string_view key) const {
  if (key.empty() || nodes_.empty()) return -1;
  int64_t found = -1;
  ForEachPrefix(key, 0, [&](size_t end, uint32_t id) {
    if (end == key.size()) found = id;
  });
  return found;
}

}  // namespace duikou::gazetteer
