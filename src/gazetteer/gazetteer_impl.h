// Internal: the state behind Gazetteer, which GazetteerMatcher (a friend) hands to the
// matching code. Not part of the public API.
#pragma once

#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "gazetteer/gazetteer.h"
#include "gazetteer/name_index.h"

namespace duikou::gazetteer {

inline constexpr uint32_t kNoDivision = UINT32_MAX;

struct GazetteerData {
  std::vector<Division> divisions;                        // sorted by code
  std::vector<uint32_t> parent;                           // index of the parent, or kNoDivision
  std::unordered_map<std::string_view, uint32_t> by_code; // views into divisions[i].code
  NameIndex names;

  uint32_t IndexOf(std::string_view code) const {
    auto it = by_code.find(code);
    return it == by_code.end() ? kNoDivision : it->second;
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
