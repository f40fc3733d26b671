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

  // Binary search: the divisions are sorted by code.
  uint32_t IndexOf(std::string_view code) const {
    auto it = std::lower_bound(divisions.begin(), divisions.end(), code,
                               [](const Division& d, std::string_view c) { return d.code < c; });
    return it != divisions.end() && it->code == code ? static_cast<uint32_t>(it - divisions.begin()) : kNoDivision;
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
