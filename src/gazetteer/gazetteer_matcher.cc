#include "gazetteer/gazetteer_matcher.h"

#include <unordered_map>

#include "gazetteer/context_resolver.h"
#include "gazetteer/gazetteer_impl.h"
#include "gazetteer/mention_finder.h"
#include "base/utf8.h"
#include "base/word_search.h"

namespace duikou::gazetteer {

struct GazetteerMatcher::Impl {
  const GazetteerData* g;

  MatchResult Run(std::string_view text, const ResolveContext& ctx) const { return Run(text, ScanNames(*g, text), ctx); }
  MatchResult Run(std::string_view text, const std::vector<NameHit>& hits, const ResolveContext& ctx) const {
    // No name, no mention, whatever the context: a passage without places costs no pass over
    // the context's places.
    if (hits.empty()) return MatchResult{};
    const std::vector<uint32_t> ctx_places = Places(ctx);
    MatchResult result = FindMentions(*g, text, hits, ctx_places, /*whole=*/false);
    ResolveMentions(*g, ctx_places, &result.mentions);
    return result;
  }

  // Resolve's match of `text`, which should be one place name: bare names need no support,
  // so the context serves only the mentions that stay ambiguous, and is gathered only for them.
  MatchResult RunWhole(std::string_view text, const ResolveContext& ctx) const {
    MatchResult result;
    if (const NameEntry* e = g->names.Lookup(text)) {
      // Exactly a name, the usual table cell: the match is that name alone (the longest name
      // at the start, and nothing needs support), found without a scan.
      WorkingMention& m = result.mentions.emplace_back();
      m.end = text.size();
      m.divisions = e->divisions;
      m.townships_only = e->townships_only;
    } else {
      const std::vector<NameHit> hits = ScanNames(*g, text);
      // No name, no mention: a table cell of figures or a body's name costs nothing more.
      if (hits.empty()) return result;
      result = FindMentions(*g, text, hits, {}, /*whole=*/true);
    }
    if (ResolveDirectly(*g, &result.mentions)) ResolveFromContext(*g, Places(ctx), &result.mentions);
    return result;
  }

  // The context's places as division indices: nearby first, then home.
  std::vector<uint32_t> Places(const ResolveContext& ctx) const {
    std::vector<uint32_t> places;
    for (const std::string& code : ctx.nearby_codes) {
      if (uint32_t d = g->IndexOf(code); d != kNoDivision) places.push_back(d);
    }
    if (uint32_t home = g->IndexOf(ctx.home_code); home != kNoDivision) places.push_back(home);
    return places;
  }

  PlaceMention ToMention(std::string_view text, const WorkingMention& w) const {
    PlaceMention m;
    Fill(text, w, &m);
    return m;
  }
  void Fill(std::string_view text, const WorkingMention& w, PlaceMention* m) const {
    m->begin = w.begin;
    m->end = w.end;
    m->surface.assign(text.data() + w.begin, w.end - w.begin);
    if (w.resolved != kNoDivision) m->code = g->divisions[w.resolved].code;
    m->candidates = Candidates(w);
  }

  // A name's own list is held by the gazetteer and viewed in place; a chain's narrowed list
  // belongs to the match, so it is viewed only when it holds one division (kept by index),
  // and copied otherwise (rare: an inner name that stays ambiguous inside the outer place).
  CodeList Candidates(const WorkingMention& w) const {
    if (!w.chained) return CodeList(g->divisions.data(), w.divisions.data(), w.divisions.size());
    if (w.divisions.size() == 1) return CodeList(g->divisions.data(), w.divisions[0]);
    CodeList list;
    for (uint32_t d : w.divisions) list.owned_.push_back(g->divisions[d].code);
    return list;
  }

  std::vector<PlaceMention> ToMentions(std::string_view text, const MatchResult& result) const {
    std::vector<PlaceMention> out;
    out.reserve(result.mentions.size());
    for (const WorkingMention& w : result.mentions) Fill(text, w, &out.emplace_back());  // built in place
    return out;
  }

  // GuessHomeCode's choice among the mentions found without context, as a division index.
  uint32_t Home(const MatchResult& without_context) const {
    // unit → (mentions, first offset). Hashed: no two units share their first offset, so the
    // choice below does not depend on the order they are visited in.
    std::unordered_map<uint32_t, std::pair<size_t, size_t>> tally;
    for (const WorkingMention& w : without_context.mentions) {
      if (w.resolved == kNoDivision) continue;
      // A mention counts for its prefecture, or for the municipality its district is in.
      uint32_t unit = w.resolved;
      while (unit != kNoDivision && g->divisions[unit].level > Level::kPrefecture) unit = g->parent[unit];
      if (unit == kNoDivision) continue;
      if (g->divisions[unit].level == Level::kProvince && !g->divisions[unit].name.ends_with("市")) continue;
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
    return best;
  }
};

GazetteerMatcher::GazetteerMatcher(const Gazetteer* gazetteer)
    : impl_(std::make_unique<Impl>(Impl{gazetteer->impl_.get()})) {}
GazetteerMatcher::~GazetteerMatcher() = default;

std::vector<PlaceMention> GazetteerMatcher::FindAll(std::string_view text, const ResolveContext& ctx) const {
  return impl_->ToMentions(text, impl_->Run(text, ctx));
}

std::vector<PlaceMention> GazetteerMatcher::FindAllAtHome(std::string_view text, std::string* home_code) const {
  return FindAllAtHome(Scan(text), home_code);
}

GazetteerMatcher::NameScan::NameScan() = default;
GazetteerMatcher::NameScan::NameScan(NameScan&&) noexcept = default;
GazetteerMatcher::NameScan& GazetteerMatcher::NameScan::operator=(NameScan&&) noexcept = default;
GazetteerMatcher::NameScan::~NameScan() = default;

GazetteerMatcher::NameScan GazetteerMatcher::Scan(std::string_view text) const {
  NameScan scan;
  scan.text_ = text;
  scan.hits_ = ScanNames(*impl_->g, text);
  return scan;
}

std::vector<PlaceMention> GazetteerMatcher::FindAll(const NameScan& scan, const ResolveContext& ctx) const {
  return impl_->ToMentions(scan.text_, impl_->Run(scan.text_, scan.hits_, ctx));
}

std::vector<PlaceMention> GazetteerMatcher::FindAllAtHome(const NameScan& scan, std::string* home_code) const {
  const GazetteerData& g = *impl_->g;
  // The home is guessed from the mentions found and resolved without context. Found again
  // with the home as context, the mentions are mostly the same (the home is named in the
  // text, so it supports what it would support as context): then only their resolution is
  // redone, from the divisions resolved without any context.
  std::vector<uint32_t> direct;  // each mention's division resolved without context
  uint32_t home = kNoDivision;
  bool same_mentions = false;
  MatchResult result = FindMentions(g, scan.text_, scan.hits_, [&](MatchResult* found) {
    const bool left = ResolveDirectly(g, &found->mentions);
    direct.reserve(found->mentions.size());
    for (const WorkingMention& m : found->mentions) direct.push_back(m.resolved);
    if (left) ResolveFromContext(g, {}, &found->mentions);
    home = impl_->Home(*found);
    return home;
  }, &same_mentions);
  ResolveContext ctx;
  if (home != kNoDivision) ctx.home_code = g.divisions[home].code;
  *home_code = ctx.home_code;
  if (!same_mentions) return FindAll(scan, ctx);
  if (home != kNoDivision) {
    for (size_t i = 0; i < direct.size(); ++i) result.mentions[i].resolved = direct[i];
    ResolveFromContext(g, {home}, &result.mentions);
  }
  return impl_->ToMentions(scan.text_, result);
}

namespace {

constexpr std::string_view kIdeographicSpace = "\u3000";

// Byte length of the space (ASCII white space or U+3000) starting at text[pos], or 0.
size_t SpaceAt(std::string_view text, size_t pos) {
  if (pos >= text.size()) return 0;
  if (text[pos] == ' ' || text[pos] == '\t' || text[pos] == '\n' || text[pos] == '\r') return 1;
  return words::At(text, pos, kIdeographicSpace) ? 3 : 0;
}

// Byte length of the space ending at text[end - 1], or 0.
size_t SpaceBefore(std::string_view text, size_t end) {
  if (words::EndsAt(text, end, kIdeographicSpace)) return 3;
  return end >= 1 && SpaceAt(text, end - 1) == 1 ? 1 : 0;
}

// True when WithoutSpaces(text) would drop something. Most bytes are neither a space nor
// U+3000's lead byte: SpaceAt is asked only about those that are.
bool HasSpace(std::string_view text) {
  for (size_t pos = 0; pos < text.size(); ++pos) {
    const auto b = static_cast<unsigned char>(text[pos]);
    if ((b <= ' ' || b == 0xE3) && SpaceAt(text, pos) > 0) return true;
  }
  return false;
}

// `text` without spaces: tables pad two-character names to the width of three (义　乌).
std::string WithoutSpaces(std::string_view text) {
  std::string out;
  for (size_t pos = 0; pos < text.size();) {
    const size_t space = SpaceAt(text, pos);
    if (space == 0) out += text[pos];
    pos += space == 0 ? 1 : space;
  }
  return out;
}

}  // namespace

PlaceMention GazetteerMatcher::Resolve(std::string_view name, const ResolveContext& ctx) const {
  size_t begin = 0, end = name.size();
  for (size_t n; (n = SpaceAt(name, begin)) > 0;) begin += n;
  for (size_t n; end > begin && (n = SpaceBefore(name, end)) > 0;) end -= n;
  const std::string_view trimmed = name.substr(begin, end - begin);
  // Most names have no space inside: then they are matched in place, without a copy.
  std::string without_spaces;
  std::string_view compact = trimmed;
  if (HasSpace(trimmed)) {
    without_spaces = WithoutSpaces(trimmed);
    compact = without_spaces;
  }
  PlaceMention m;
  m.surface = std::string(trimmed);
  m.begin = begin;
  m.end = end;
  // (A string that is exactly a name always matches as that one mention: the candidates of
  // an exact surface are those of the match.)
  const MatchResult result = impl_->RunWhole(compact, ctx);
  if (result.mentions.size() == 1 && result.mentions[0].begin == 0 && result.mentions[0].end == compact.size()) {
    PlaceMention found = impl_->ToMention(compact, result.mentions[0]);
    m.code = std::move(found.code);
    m.candidates = std::move(found.candidates);
  }
  return m;
}

std::string GazetteerMatcher::GuessHomeCode(std::string_view text) const {
  const uint32_t home = impl_->Home(impl_->Run(text, ResolveContext{}));
  return home == kNoDivision ? "" : impl_->g->divisions[home].code;
}

}  // namespace duikou::gazetteer
