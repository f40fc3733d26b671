// PlaceTrie: a read-only trie over Unicode code points mapping place-name surfaces to ids.
//
// Built once from the gazetteer's surfaces; matching walks it from every character of the
// text, so the first step is a flat table indexed by code point and the deeper steps a
// binary search among a node's few children; the keys' first two characters lead to their
// node in one probe of a hash table. A node is stored as one block, its key id and
// its edges together, so that a step of the walk touches one place in memory, not two: on
// varied text the walk is bound by cache misses, not by instructions. Before either, a bit table over the first two
// characters of every key rejects most positions of running text, which start no name. Names are short (≤ 20 characters), so a scan
// costs O(text × longest name) in the worst case and about one lookup per character in
// practice.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/utf8.h"

namespace duikou::gazetteer {

class PlaceTrie {
 public:
  // `keys` (key, id) need not be sorted; keys must be distinct.
  void Build(const std::vector<std::pair<std::string_view, uint32_t>>& keys);

  // The id of exactly `key`, or -1.
  int64_t Find(std::string_view key) const;

  // Calls visit(end, id) for every key that starts at byte `pos` of `text`, shortest first;
  // `end` is the byte offset just past the key.
  template <typename Visit>
  void ForEachPrefix(std::string_view text, size_t pos, Visit&& visit) const {
    size_t len;
    if (trie_.empty()) return;
    char32_t cp = utf8::Decode(text, pos, &len);
    if (!has_one_char_keys_) {
      // Most positions start no key: one bit test on the first two characters rejects them
      // before the trie is touched.
      if (pos + len >= text.size()) return;
      size_t len2;
      utf8::Decode(text, pos + len, &len2);
      if (!MayStartWith(PackBytes(text.substr(pos, len + len2)))) return;
    }
    Walk(text, pos, cp, len, visit);
  }

  // Calls visit(begin, end, id) for every key in `text`, by begin and then shortest first:
  // ForEachPrefix at every position that is not an ASCII byte (keys are Chinese), with each
  // character decoded once.
  template <typename Visit>
  void ForEachKeyIn(std::string_view text, Visit&& visit) const {
    if (trie_.empty()) return;
    if (has_one_char_keys_) {  // the pair filter and table do not cover them: walk from every character
      for (size_t pos = 0, len = 0; pos < text.size(); pos += len) {
        const char32_t cp = utf8::Decode(text, pos, &len);
        if (cp >= 0x80) Walk(text, pos, cp, len, [&, begin = pos](size_t end, uint32_t id) { visit(begin, end, id); });
      }
      return;
    }
    const size_t size = text.size();
    for (size_t pos = 0; pos < size;) {
      // The usual case, two three-byte characters: the pair filter reads their six bytes as
      // they are, and only a pair that passes it is decoded. Eight bytes are read at once
      // while they remain; an ASCII byte is told by the lowest.
      if (pos + 8 <= size) {
        uint64_t w;
        std::memcpy(&w, text.data() + pos, 8);
        if ((w & 0xC0C0F0C0C0F0ull) == 0x8080E08080E0ull) {
          if (MayStartWith(w & 0xFFFFFFFFFFFFull)) {
            const char32_t first = ThreeByteCodePoint(static_cast<uint32_t>(w));
            const char32_t second = ThreeByteCodePoint(static_cast<uint32_t>(w >> 24));
            if (const uint32_t node = PairNode(first, second); node != 0) WalkFrom(text, pos, pos + 6, node, visit);
          }
          pos += 3;
          continue;
        }
        if ((w & 0x80) == 0) {
          ++pos;
          continue;
        }
      } else if (static_cast<unsigned char>(text[pos]) < 0x80) {
        ++pos;
        continue;
      }
      size_t len, next_len;
      const char32_t first = utf8::Decode(text, pos, &len);
      if (pos + len >= size) break;
      const char32_t second = utf8::Decode(text, pos + len, &next_len);
      // No key is one character long: the walk starts at the node of the first two.
      if (MayStartWith(PackBytes(text.substr(pos, len + next_len))))
        if (const uint32_t node = PairNode(first, second); node != 0) WalkFrom(text, pos, pos + len + next_len, node, visit);
      pos += len;
    }
  }

 private:
  // A node in trie_, at its offset: [id + 1 (0: no key ends here), edge count, then per edge
  // (code point, child's offset), sorted by code point]. The root is at offset 0, so offset 0
  // also means "no node".
  static constexpr size_t kHeader = 2;
  uint32_t Child(uint32_t node, char32_t cp) const {
    const uint32_t* n = trie_.data() + node;
    const uint32_t* e = n + kHeader;
    uint32_t lo = 0, hi = n[1];  // binary search; most nodes have one or two edges
    while (lo < hi) {
      const uint32_t mid = (lo + hi) / 2;
      if (e[2 * mid] < cp) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo < n[1] && e[2 * lo] == cp ? e[2 * lo + 1] : 0;
  }
  // The trie walk of ForEachPrefix, from the first character `cp` (`len` bytes) at `pos`.
  template <typename Visit>
  void Walk(std::string_view text, size_t pos, char32_t cp, size_t len, Visit&& visit) const {
    uint32_t node = cp < root_.size() ? root_[cp] : Child(0, cp);
    while (node != 0) {
      pos += len;
      if (const uint32_t id = trie_[node]; id != 0) visit(pos, id - 1);
      if (pos >= text.size()) return;
      cp = utf8::Decode(text, pos, &len);
      node = Child(node, cp);
    }
  }
  // The walk from `node`, reached by the characters from byte `begin` to byte `pos`: calls
  // visit(begin, end, id) for its key and the keys below it along the text. Out of line: most
  // positions never get here, and the scan's loop stays small.
  template <typename Visit>
  [[gnu::noinline]] void WalkFrom(std::string_view text, size_t begin, size_t pos, uint32_t node, Visit& visit) const {
    for (;;) {
      if (const uint32_t id = trie_[node]; id != 0) visit(begin, pos, id - 1);
      if (pos >= text.size()) return;
      size_t len;
      node = Child(node, utf8::Decode(text, pos, &len));
      if (node == 0) return;
      pos += len;
    }
  }
  // The node of the keys starting with code points `first`, `second`, or 0: one probe of an
  // open-addressing table instead of two steps of the walk (the root's children, and theirs,
  // are many, so those steps are the walk's longest searches).
  static uint64_t PairKey(char32_t first, char32_t second) { return (uint64_t{first} << 32) | second; }
  size_t PairSlot(uint64_t key) const { return static_cast<size_t>((key * 0x9E3779B97F4A7C15ull) >> 32) & pair_node_mask_; }
  uint32_t PairNode(char32_t first, char32_t second) const {
    const uint64_t key = PairKey(first, second);
    for (size_t slot = PairSlot(key);; slot = (slot + 1) & pair_node_mask_) {
      const PairEntry& e = pair_nodes_[slot];
      if (e.key == key) return e.node;
      if (e.node == 0) return 0;  // an empty slot: no such pair
    }
  }
  // The pair filter: a bit per hash of the UTF-8 bytes of the first two characters of every
  // key (PackBytes). A clear bit proves that no key starts with the pair; a set bit may be a
  // collision. Bytes, not code points: the scan then decodes only the pairs that pass.
  static uint64_t PackBytes(std::string_view bytes) {  // at most 8 bytes, the first lowest
    uint64_t packed = 0;
    for (size_t i = 0; i < bytes.size() && i < 8; ++i) packed |= uint64_t{static_cast<unsigned char>(bytes[i])} << (8 * i);
    return packed;
  }
  // The code point of a well-formed three-byte sequence whose first byte is w's lowest.
  static char32_t ThreeByteCodePoint(uint32_t w) {
    return ((w & 0x0F) << 12) | ((w >> 2) & 0xFC0) | ((w >> 16) & 0x3F);
  }
  size_t PairBit(uint64_t packed) const { return static_cast<size_t>((packed * 0x9E3779B97F4A7C15ull) >> 32) & pair_mask_; }
  bool MayStartWith(uint64_t packed) const {
    const size_t bit = PairBit(packed);
    return (pairs_[bit / 64] >> (bit % 64)) & 1;
  }
  // A key decoded to code points: points_[begin, begin + size).
  struct Key {
    uint32_t begin, size, id;
  };
  uint32_t BuildNode(const std::vector<char32_t>& points, const std::vector<Key>& keys, size_t lo, size_t hi,
                     size_t depth);

  std::vector<uint32_t> trie_;     // the nodes, each a block as described above Child
  std::vector<uint32_t> root_;     // the root's children in the BMP, indexed by code point
  struct PairEntry {
    uint64_t key = 0;   // PairKey
    uint32_t node = 0;  // 0: an empty slot
  };
  std::vector<PairEntry> pair_nodes_;  // the nodes at depth two, by their first two code points
  size_t pair_node_mask_ = 0;          // slots - 1 (a power of two)
  std::vector<uint64_t> pairs_;    // the pair filter's bits
  size_t pair_mask_ = 0;           // bits in the filter - 1 (a power of two)
  bool has_one_char_keys_ = false; // the pair filter does not cover them: not used then
};

}  // namespace duikou::gazetteer
