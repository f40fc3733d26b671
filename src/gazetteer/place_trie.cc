#include "gazetteer/place_trie.h"

#include <algorithm>

namespace duikou::gazetteer {

void PlaceTrie::Build(const std::vector<std::pair<std::string_view, uint32_t>>& keys) {
  std::vector<char32_t> points;
  std::vector<Key> decoded;
  decoded.reserve(keys.size());
  for (const auto& [key, id] : keys) {
    const uint32_t begin = static_cast<uint32_t>(points.size());
    for (size_t pos = 0, len = 0; pos < key.size(); pos += len) points.push_back(utf8::Decode(key, pos, &len));
    decoded.push_back(Key{begin, static_cast<uint32_t>(points.size()) - begin, id});
  }
  const auto less = [&](const Key& a, const Key& b) {
    return std::lexicographical_compare(points.begin() + a.begin, points.begin() + a.begin + a.size,
                                        points.begin() + b.begin, points.begin() + b.begin + b.size);
  };
  if (!std::is_sorted(decoded.begin(), decoded.end(), less)) std::sort(decoded.begin(), decoded.end(), less);
  trie_.clear();
  trie_.reserve(4 * (points.size() + 1));
  BuildNode(points, decoded, 0, decoded.size(), 0);
  // The pair filter, about 8 bits per pair: few false positives, small enough to stay in cache.
  std::vector<uint64_t> firsts;  // PackBytes of each key's first two characters
  has_one_char_keys_ = false;
  for (const auto& [key, id] : keys) {
    if (key.empty()) continue;
    size_t first = 0, second = 0;
    utf8::Decode(key, 0, &first);
    if (first >= key.size()) {
      has_one_char_keys_ = true;
      continue;
    }
    utf8::Decode(key, first, &second);
    firsts.push_back(PackBytes(key.substr(0, first + second)));
  }
  size_t bits = 1024;
  while (bits < 8 * firsts.size()) bits *= 2;
  pair_mask_ = bits - 1;
  pairs_.assign(bits / 64, 0);
  for (uint64_t packed : firsts) {
    const size_t bit = PairBit(packed);
    pairs_[bit / 64] |= uint64_t{1} << (bit % 64);
  }
  // The nodes at depth two by their first two code points, at most half the slots filled.
  std::vector<std::pair<uint64_t, uint32_t>> depth_two;
  for (uint32_t e = 0; e < trie_[1]; ++e) {
    const uint32_t first = trie_[kHeader + 2 * e], child = trie_[kHeader + 2 * e + 1];
    for (uint32_t f = 0; f < trie_[child + 1]; ++f)
      depth_two.emplace_back(PairKey(first, trie_[child + kHeader + 2 * f]), trie_[child + kHeader + 2 * f + 1]);
  }
  size_t slots = 16;
  while (slots < 2 * depth_two.size()) slots *= 2;
  pair_node_mask_ = slots - 1;
  pair_nodes_.assign(slots, PairEntry{});
  for (const auto& [key, node] : depth_two) {
    size_t slot = PairSlot(key);
    while (pair_nodes_[slot].node != 0) slot = (slot + 1) & pair_node_mask_;
    pair_nodes_[slot] = PairEntry{key, node};
  }
  root_.assign(0x10000, 0);
  for (uint32_t e = 0; e < trie_[1]; ++e) {
    const uint32_t cp = trie_[kHeader + 2 * e], child = trie_[kHeader + 2 * e + 1];
    if (cp < root_.size()) root_[cp] = child;
  }
}

// Builds the node for keys[lo, hi), which share their first `depth` code points, and returns
// its offset in trie_. The node's block is laid out before its children are built, so that
// its edges follow its header directly.
uint32_t PlaceTrie::BuildNode(const std::vector<char32_t>& points, const std::vector<Key>& keys, size_t lo,
                              size_t hi, size_t depth) {
  const uint32_t self = static_cast<uint32_t>(trie_.size());
  uint32_t id = 0;
  if (lo < hi && keys[lo].size == depth) id = keys[lo++].id + 1;  // sorts first
  const auto at = [&](size_t k) { return points[keys[k].begin + depth]; };
  size_t groups = 0;
  for (size_t i = lo; i < hi; ++i) groups += i == lo || at(i) != at(i - 1);
  trie_.push_back(id);
  trie_.push_back(static_cast<uint32_t>(groups));
  trie_.resize(trie_.size() + 2 * groups);
  for (size_t i = lo, g = 0; i < hi; ++g) {
    size_t j = i + 1;
    while (j < hi && at(j) == at(i)) ++j;
    const char32_t cp = at(i);
    const uint32_t child = BuildNode(points, keys, i, j, depth + 1);
    trie_[self + kHeader + 2 * g] = cp;
    trie_[self + kHeader + 2 * g + 1] = child;
    i = j;
  }
  return self;
}

int64_t PlaceTrie::Find(std::string_view key) const {
  if (key.empty() || trie_.empty()) return -1;
  int64_t found = -1;
  ForEachPrefix(key, 0, [&](size_t end, uint32_t id) {
    if (end == key.size()) found = id;
  });
  return found;
}

}  // namespace duikou::gazetteer
