#include "gazetteer/context_resolver.h"

#include <algorithm>
#include <cstdint>
#include <utility>

namespace duikou::gazetteer {
namespace {

// How far (bytes) around a mention the places named in the text serve as its context: about
// 200 characters before (a few table rows or a sentence), 100 after.
constexpr size_t kContextBefore = 600;
constexpr size_t kContextAfter = 300;

uint32_t DirectDivision(const GazetteerData& g, const WorkingMention& m) {
  if (m.divisions.size() == 1) return !m.townships_only || m.chained ? m.divisions[0] : kNoDivision;
  if (m.townships_only) return kNoDivision;
  for (uint32_t outer : m.divisions) {  // 吉安: 吉安市 encloses 吉安县
    bool encloses_all = true;
    for (uint32_t d : m.divisions) encloses_all = encloses_all && g.Within(d, outer);
    if (encloses_all) return outer;
  }
  return kNoDivision;
}

// Context places of mentions[i], most relevant first, into *places (a buffer reused from one
// mention to the next): the resolved mentions in the window around it by distance, a place
// before it first at equal distance, then the caller's places.
void ContextOf(const std::vector<WorkingMention>& mentions, size_t i, const std::vector<uint32_t>& ctx_places,
               std::vector<uint32_t>* places) {
  const WorkingMention& m = mentions[i];
  places->clear();
  // Mentions are in text order and do not overlap, so the window is contiguous, and walking
  // away from the mention on either side meets its neighbours nearest first: the two sides
  // are merged by distance (doubled; odd after the mention, so that no two sides tie).
  size_t before = i, after = i + 1;
  const auto next_before = [&]() -> bool {  // the next resolved mention before, within the window
    while (before > 0 && mentions[before - 1].end + kContextBefore >= m.begin)
      if (mentions[--before].resolved != kNoDivision) return true;
    before = 0;
    return false;
  };
  const auto next_after = [&]() -> bool {
    for (; after < mentions.size() && mentions[after].begin <= m.end + kContextAfter; ++after)
      if (mentions[after].resolved != kNoDivision) return true;
    after = mentions.size();
    return false;
  };
  bool has_before = next_before(), has_after = next_after();
  while (has_before || has_after) {
    const size_t d_before = has_before ? 2 * (m.begin - mentions[before].end) : SIZE_MAX;
    const size_t d_after = has_after ? 2 * (mentions[after].begin - m.end) + 1 : SIZE_MAX;
    if (d_before < d_after) {
      places->push_back(mentions[before].resolved);
      has_before = next_before();
    } else {
      places->push_back(mentions[after].resolved);
      ++after;
      has_after = next_after();
    }
  }
  places->insert(places->end(), ctx_places.begin(), ctx_places.end());
}

// The one candidate of `m` inside the narrowest scope: `scopes` (the context places) are
// widened in place, one level per round.
uint32_t DivisionFromContext(const GazetteerData& g, const WorkingMention& m, std::vector<uint32_t>* scopes) {
  for (bool widened = true; widened;) {
    for (uint32_t scope : *scopes) {
      if (scope == kNoDivision) continue;
      uint32_t only = kNoDivision;
      int count = 0;
      for (uint32_t d : m.divisions) {
        if (g.Within(d, scope)) {
          only = d;
          ++count;
        }
      }
      if (count == 1) return only;
    }
    widened = false;
    for (uint32_t& scope : *scopes) {
      if (scope != kNoDivision) scope = g.parent[scope];
      widened = widened || scope != kNoDivision;
    }
  }
  return kNoDivision;
}

}  // namespace

bool ResolveDirectly(const GazetteerData& g, std::vector<WorkingMention>* mentions) {
  bool left = false;
  for (WorkingMention& m : *mentions) {
    m.resolved = DirectDivision(g, m);
    left = left || (m.resolved == kNoDivision && !m.divisions.empty());
  }
  return left;
}

void ResolveFromContext(const GazetteerData& g, const std::vector<uint32_t>& ctx_places,
                        std::vector<WorkingMention>* mentions) {
  // In text order, so that a mention resolved from context serves those after it.
  std::vector<uint32_t> places;
  for (size_t i = 0; i < mentions->size(); ++i) {
    WorkingMention& m = (*mentions)[i];
    if (m.resolved == kNoDivision && !m.divisions.empty()) {
      ContextOf(*mentions, i, ctx_places, &places);
      m.resolved = DivisionFromContext(g, m, &places);
    }
  }
}

void ResolveMentions(const GazetteerData& g, const std::vector<uint32_t>& ctx_places,
                     std::vector<WorkingMention>* mentions) {
  if (ResolveDirectly(g, mentions)) ResolveFromContext(g, ctx_places, mentions);
}

}  // namespace duikou::gazetteer
