// Internal: the state behind Gazetteer, which GazetteerMatcher (a friend) hands to the
// matching code. Not part of the public API.
#pragma once

#include <algorithm>
#include <cstdint>
#include <string_view>
#include <vector>

#include "gazetteer/gazetteer.h"
#include "gazetteer/name_index.h"

namespace duikou::gazetteer {

inline constexpr uint32_t kNoDivision = UINT32_MAX;

struct GazetteerData {
  std::vector<Division> divisions;  // sorted by code
  std::vector<uint32_t> parent;     // index of each division's parent, or kNoDivision
  NameIndex names;
  // CodeKey of each division's code → its index, as an open-addressing hash table (linear
  // probing, at most half full; key 0 marks an empty slot). Codes are looked up for every
  // mention an extractor handles: hashing an integer beats a binary search of string
  // compares, and a flat table costs one cache miss where a node-based map costs several.
  std::vector<uint64_t> slot_keys;
  std::vector<uint32_t> slot_index;

  // A code's digits and length as one integer (length < 16 digits; the length tells 11
  // from 011); 0 for anything else, which is no code.
  static uint64_t CodeKey(std::string_view code) {
    if (code.empty() || code.size() >= 16) return 0;
    uint64_t value = 0;
    for (char c : code) {
      if (c < '0' || c > '9') return 0;
      value = value * 10 + static_cast<uint64_t>(c - '0');
    }
    return value * 16 + code.size();
  }
  static size_t SlotOf(uint64_t key, size_t mask) { return static_cast<size_t>((key * 0x9E3779B97F4A7C15ull) >> 32) & mask; }
  // Fills the table from `divisions`; of two divisions with the same code, the first is kept.
  void IndexCodes() {
    size_t slots = 16;
    while (slots < 2 * divisions.size()) slots *= 2;
    slot_keys.assign(slots, 0);
    slot_index.assign(slots, kNoDivision);
    for (uint32_t i = 0; i < divisions.size(); ++i) {
      const uint64_t key = CodeKey(divisions[i].code);
      if (key == 0) continue;  // no code: never found
      size_t s = SlotOf(key, slots - 1);
      while (slot_keys[s] != 0 && slot_keys[s] != key) s = (s + 1) & (slots - 1);
      if (slot_keys[s] == 0) {
        slot_keys[s] = key;
        slot_index[s] = i;
      }
    }
  }
  uint32_t IndexOf(std::string_view code) const {
    const uint64_t key = CodeKey(code);
    if (key == 0 || slot_keys.empty()) return kNoDivision;
    const size_t mask = slot_keys.size() - 1;
    for (size_t s = SlotOf(key, mask);; s = (s + 1) & mask) {
      if (slot_keys[s] == key) return slot_index[s];
      if (slot_keys[s] == 0) return kNoDivision;
    }
  }
  // True when division `d` is `scope` or lies inside it.
  bool Within(uint32_t d, uint32_t scope) const {
    for (; d != kNoDivision; d = parent[d]) {
      if (d == scope) return true;
    }
    return false;
  }
};

struct Gazetteer::Impl : GazetteerData {};

}  // namespace duikou::gazetteer
