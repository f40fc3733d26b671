// Internal: the state behind Gazetteer, which GazetteerMatcher (a friend) hands to the
// matching code. Not part of the public API.
#pragma once

#include <algorithm>
#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "gazetteer/gazetteer.h"
#include "gazetteer/name_index.h"

namespace duikou::gazetteer {

inline constexpr uint32_t kNoDivision = UINT32_MAX;

struct GazetteerData {
  std::vector<Division> divisions;  // sorted by code
  std::vector<uint32_t> parent;     // index of each division's parent, or kNoDivision
  NameIndex names;
  // CodeKey of each division's code → its index. Codes are looked up for every mention an
  // extractor handles; hashing an integer beats a binary search of string compares.
  std::unordered_map<uint64_t, uint32_t> index_of_key;

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
  // Fills index_of_key from `divisions`.
  void IndexCodes() {
    index_of_key.clear();
    index_of_key.reserve(divisions.size());
    for (uint32_t i = 0; i < divisions.size(); ++i) index_of_key.emplace(CodeKey(divisions[i].code), i);
  }
  uint32_t IndexOf(std::string_view code) const {
    const auto it = index_of_key.find(CodeKey(code));
    return it == index_of_key.end() || CodeKey(code) == 0 ? kNoDivision : it->second;
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
