#include "gazetteer/gazetteer_matcher.h"

#include <map>

#include "gazetteer/context_resolver.h"
#include "gazetteer/gazetteer_impl.h"
#include "gazetteer/mention_finder.h"
#include "gazetteer/utf8.h"

namespace duikou::gazetteer {

struct GazetteerMatcher::Impl {
  const GazetteerData* g;

  MatchResult Run(std::string_view text, const ResolveContext& ctx, bool whole) const {
    std::vector<uint32_t> ctx_places;  // nearby first, then home
    for (const std::string& code : ctx.nearby_codes) {
      if (uint32_t d = g->IndexOf(code); d != kNoDivision) ctx_places.push_back(d);
    }
    if (uint32_t home = g->IndexOf(ctx.home_code); home != kNoDivision) ctx_places.push_back(home);
    MatchResult result = FindMentions(*g, text, ctx_places, whole);
    ResolveMentions(*g, ctx_places, &result.mentions);
    return result;
  }

  PlaceMention ToMention(std::string_view text, const WorkingMention& w) const {
    PlaceMention m;
    m.begin = w.begin;
    m.end = w.end;
    m.surface = std::string(text.substr(w.begin, w.end - w.begin));
    if (w.resolved != kNoDivision) m.code = g->divisions[w.resolved].code;
    m.candidates.reserve(w.divisions.size());
    for (uint32_t d : w.divisions) m.candidates.push_back(g->divisions[d].code);
    return m;
  }
};

GazetteerMatcher::GazetteerMatcher(const Gazetteer* gazetteer)
    : impl_(std::make_unique<Impl>(Impl{gazetteer->impl_.get()})) {}
GazetteerMatcher::~GazetteerMatcher() = default;

std::vector<PlaceMention> GazetteerMatcher::FindAll(std::string_view text, const ResolveContext& ctx) const {
  const MatchResult result = impl_->Run(text, ctx, /*whole=*/false);
  std::vector<PlaceMention> out;
  out.reserve(result.mentions.size());
  for (const WorkingMention& w : result.mentions) out.push_back(impl_->ToMention(text, w));
  return out;
}

namespace {

bool IsSpaceAt(std::string_view s, size_t pos) {
  return s[pos] == ' ' || s[pos] == '\t' || s[pos] == '\n' || s[pos] == '\r';
}

// `name` without surrounding ASCII spaces and U+3000, as [begin, end).
std::pair<size_t, size_t> Trim(std::string_view name) {
  constexpr std::string_view kIdeographicSpace = "\u3000";
  size_t begin = 0, end = name.size();
  for (bool more = true; more;) {
    more = false;
    if (begin < end && IsSpaceAt(name, begin)) {
      ++begin;
      more = true;
    } else if (name.substr(begin, 3) == kIdeographicSpace && begin + 3 <= end) {
      begin += 3;
      more = true;
    }
  }
  for (bool more = true; more;) {
    more = false;
    if (end > begin && IsSpaceAt(name, end - 1)) {
      --end;
      more = true;
    } else if (end >= begin + 3 && name.substr(end - 3, 3) == kIdeographicSpace) {
      end -= 3;
      more = true;
    }
  }
  return {begin, end};
}

}  // namespace

PlaceMention GazetteerMatcher::Resolve(std::string_view name, const ResolveContext& ctx) const {
  const auto [begin, end] = Trim(name);
  const std::string_view trimmed = name.substr(begin, end - begin);
  const MatchResult result = impl_->Run(trimmed, ctx, /*whole=*/true);
  PlaceMention m;
  if (result.mentions.size() == 1 && result.mentions[0].begin == 0 && result.mentions[0].end == trimmed.size()) {
    m = impl_->ToMention(trimmed, result.mentions[0]);
  } else {
    m.surface = std::string(trimmed);
    m.end = trimmed.size();
    if (const NameEntry* e = impl_->g->names.Lookup(trimmed)) {
      for (uint32_t d : e->divisions) m.candidates.push_back(impl_->g->divisions[d].code);
    }
  }
  m.begin += begin;
  m.end += begin;
  return m;
}

std::string GazetteerMatcher::GuessHomeCode(std::string_view text) const {
  const GazetteerData& g = *impl_->g;
  std::map<uint32_t, std::pair<size_t, size_t>> tally;  // unit → (mentions, first offset)
  for (const WorkingMention& w : impl_->Run(text, ResolveContext{}, /*whole=*/false).mentions) {
    if (w.resolved == kNoDivision) continue;
    // A mention counts for its prefecture, or for the municipality its district is in.
    uint32_t unit = w.resolved;
    while (unit != kNoDivision && g.divisions[unit].level > Level::kPrefecture) unit = g.parent[unit];
    if (unit == kNoDivision) continue;
    if (g.divisions[unit].level == Level::kProvince && !utf8::EndsWith(g.divisions[unit].name, "市")) continue;
    auto [it, inserted] = tally.try_emplace(unit, 0, w.begin);
    ++it->second.first;
  }
  uint32_t best = kNoDivision;
  std::pair<size_t, size_t> best_score{0, 0};
  for (const auto& [unit, score] : tally) {
    if (best == kNoDivision || score.first > best_score.first ||
        (score.first == best_score.first && score.second < best_score.second)) {
      best = unit;
      best_score = score;
    }
  }
  return best == kNoDivision ? "" : g.divisions[best].code;
}

}  // namespace duikou::gazetteer
