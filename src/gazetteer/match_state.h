// Internal to GazetteerMatcher: a place mention while it is being found and resolved.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "gazetteer/gazetteer_impl.h"

namespace duikou::gazetteer {

struct WorkingMention {
  size_t begin = 0, end = 0;           // byte range in the text
  std::span<const uint32_t> divisions;  // candidates (indices into divisions), sorted
  bool townships_only = false;
  bool chained = false;                 // an enclosing place is written right before it
  uint32_t resolved = kNoDivision;
};

struct MatchResult {
  std::vector<WorkingMention> mentions;        // in text order, not overlapping
  // Candidate lists of chains; the spans point into the inner vectors' buffers, which stay
  // in place when the outer vector grows or moves. (A deque would allocate even when empty,
  // and most texts have no chain.)
  std::vector<std::vector<uint32_t>> narrowed;
};

}  // namespace duikou::gazetteer
