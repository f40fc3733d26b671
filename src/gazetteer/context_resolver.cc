#include "gazetteer/context_resolver.h"

#include <algorithm>
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

// Context places of mentions[i], most relevant first.
std::vector<uint32_t> ContextOf(const std::vector<WorkingMention>& mentions, size_t i,
                                const std::vector<uint32_t>& ctx_places) {
  const WorkingMention& m = mentions[i];
  // Mentions are in text order and do not overlap, so the window is contiguous.
  std::vector<std::pair<size_t, uint32_t>> near;  // (distance, division); earlier wins ties
  for (size_t k = i; k-- > 0 && mentions[k].end + kContextBefore >= m.begin;) {
    if (mentions[k].resolved != kNoDivision) near.emplace_back(2 * (m.begin - mentions[k].end), mentions[k].resolved);
  }
  for (size_t k = i + 1; k < mentions.size() && mentions[k].begin <= m.end + kContextAfter; ++k) {
    if (mentions[k].resolved != kNoDivision) {
      near.emplace_back(2 * (mentions[k].begin - m.end) + 1, mentions[k].resolved);
    }
  }
  std::stable_sort(near.begin(), near.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<uint32_t> places;
  places.reserve(near.size() + ctx_places.size());
  for (const auto& [distance, d] : near) places.push_back(d);
  places.insert(places.end(), ctx_places.begin(), ctx_places.end());
  return places;
}

uint32_t DivisionFromContext(const GazetteerData& g, const WorkingMention& m, const std::vector<uint32_t>& places) {
  std::vector<uint32_t> scopes = places;  // widened one level per round
  for (bool widened = true; widened;) {
    for (uint32_t scope : scopes) {
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
    for (uint32_t& scope : scopes) {
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
  for (size_t i = 0; i < mentions->size(); ++i) {
    WorkingMention& m = (*mentions)[i];
    if (m.resolved == kNoDivision && !m.divisions.empty()) {
      m.resolved = DivisionFromContext(g, m, ContextOf(*mentions, i, ctx_places));
    }
  }
}

void ResolveMentions(const GazetteerData& g, const std::vector<uint32_t>& ctx_places,
                     std::vector<WorkingMention>* mentions) {
  if (ResolveDirectly(g, mentions)) ResolveFromContext(g, ctx_places, mentions);
}

}  // namespace duikou::gazetteer
