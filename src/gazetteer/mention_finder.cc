#include "gazetteer/mention_finder.h"

#include <algorithm>
#include <functional>

#include "base/utf8.h"
#include "base/word_search.h"

namespace duikou::gazetteer {
namespace {

using Hit = NameHit;

// The divisions that support bare names: a set over all divisions. Matching a table cell
// must not cost a pass over every division, so instead of a cleared bit per division each
// set stamps its members with a generation number, in an array kept per thread; a new set
// is a new generation. One set per thread is alive at a time (Finder does not nest).
class DivisionSet {
 public:
  explicit DivisionSet(size_t divisions) {
    thread_local std::vector<uint32_t> stamps;
    thread_local uint32_t generation = 0;
    if (stamps.size() < divisions) stamps.resize(divisions, 0);
    if (++generation == 0) {  // wrapped: old stamps could collide
      std::fill(stamps.begin(), stamps.end(), 0);
      generation = 1;
    }
    stamps_ = stamps.data();
    generation_ = generation;
  }
  bool Contains(uint32_t d) const { return stamps_[d] == generation_; }
  void Insert(uint32_t d) { stamps_[d] = generation_; }

 private:
  uint32_t* stamps_;
  uint32_t generation_;
};

// A three-byte character's bytes as one integer, the first lowest.
constexpr uint32_t Packed3(std::string_view c) {
  return static_cast<unsigned char>(c[0]) | static_cast<unsigned char>(c[1]) << 8 | static_cast<unsigned char>(c[2]) << 16;
}

// Words that end like a place and go on: 义乌市场 is a market, not 义乌市 + 场. Every name
// found is tested, so the two characters are compared as integers, the name's last first.
bool ContinuesAsWord(std::string_view text, size_t end) {
  constexpr size_t kChar = 3;  // both characters of each word are 3 bytes in UTF-8
  if (end < kChar || end + kChar > text.size()) return false;
  const uint32_t last = Packed3(text.substr(end - kChar, kChar));
  if (last != Packed3("市") && last != Packed3("区") && last != Packed3("乡")) return false;
  const uint32_t next = Packed3(text.substr(end, kChar));
  return (last == Packed3("市") && next == Packed3("场")) || (last == Packed3("区") && next == Packed3("域")) ||
         (last == Packed3("乡") && (next == Packed3("村") || next == Packed3("镇")));
}

// Skips spaces (ASCII and U+3000) between the parts of a chain.
inline size_t SkipSpaces(std::string_view text, size_t pos) {
  // Asked after every mention, which is mostly followed by no space: one byte tells.
  if (pos >= text.size()) return pos;
  if (const char c = text[pos]; c != ' ' && c != '\t' && static_cast<unsigned char>(c) != 0xE3) return pos;
  for (;;) {
    if (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t')) {
      ++pos;
    } else if (words::At(text, pos, "\u3000")) {
      pos += 3;
    } else {
      return pos;
    }
  }
}

class Finder {
 public:
  Finder(const GazetteerData& g, std::string_view text, const std::vector<Hit>& hits,
         const std::vector<uint32_t>& ctx_places, bool whole)
      : g_(g), names_(g.names), text_(text), whole_(whole), hits_(hits), support_(g.divisions.size()) {
    for (uint32_t d : ctx_places) {
      AddSupport(d);
      AddScope(d);
    }
    CollectSupportFromStrongNames();
  }

  MatchResult Run() {
    MatchResult result;
    SelectLongestAcceptable(&result.mentions);
    JoinChains(&result);
    return result;
  }

  // True when `place` as a context place would change nothing: it and all that encloses it
  // already support bare names, and its prefecture is already a scope. (The support and the
  // scopes a context place adds are joined to those the text gives; nothing else depends on
  // the context.)
  bool Covers(uint32_t place) const {
    for (uint32_t d = place; d != kNoDivision; d = g_.parent[d])
      if (!support_.Contains(d)) return false;
    uint32_t scope = place;
    while (scope != kNoDivision && g_.divisions[scope].level > Level::kPrefecture) scope = g_.parent[scope];
    return scope == kNoDivision || std::find(scopes_.begin(), scopes_.end(), scope) != scopes_.end();
  }

 private:
  const NameEntry& EntryOf(const Hit& h) const { return names_.entry(h.entry); }

  // The hits starting at `begin`, as [lo, hi).
  std::pair<size_t, size_t> HitsAt(size_t begin) const {
    auto lo = std::lower_bound(hits_.begin(), hits_.end(), begin, [](const Hit& h, size_t b) { return h.begin < b; });
    auto hi = lo;
    while (hi != hits_.end() && hi->begin == begin) ++hi;
    return {static_cast<size_t>(lo - hits_.begin()), static_cast<size_t>(hi - hits_.begin())};
  }

  // The division and all that encloses it support bare names.
  void AddSupport(uint32_t d) {
    for (; d != kNoDivision && !support_.Contains(d); d = g_.parent[d]) support_.Insert(d);
  }
  // Bare names of 3+ characters inside the prefecture (or municipality) of `d` are accepted.
  void AddScope(uint32_t d) {
    while (d != kNoDivision && g_.divisions[d].level > Level::kPrefecture) d = g_.parent[d];
    // The same prefecture comes again and again: the last one added is compared first.
    if (d == kNoDivision || (!scopes_.empty() && scopes_.back() == d)) return;
    if (std::find(scopes_.begin(), scopes_.end(), d) == scopes_.end()) scopes_.push_back(d);
  }

  // Longest match over the names that need no support; what they name supports bare names.
  void CollectSupportFromStrongNames() {
    for (size_t i = 0; i < hits_.size();) {
      const Hit* best = nullptr;
      size_t j = i;
      for (; j < hits_.size() && hits_[j].begin == hits_[i].begin; ++j) {
        if (EntryOf(hits_[j]).support == Support::kNone && !hits_[j].continues_as_word) best = &hits_[j];
      }
      if (best == nullptr) {
        i = j;
        continue;
      }
      const NameEntry& e = EntryOf(*best);
      if (e.divisions.size() == 1) {
        AddSupport(e.divisions[0]);
        if (!e.townships_only) AddScope(e.divisions[0]);
      } else {
        for (uint32_t d : e.divisions) support_.Insert(d);  // but not what encloses them
      }
      while (i < hits_.size() && hits_[i].begin < best->end) ++i;
    }
  }

  // True when some division of `inner` lies strictly inside some division of `outer`.
  bool AnyInside(std::span<const uint32_t> inner, std::span<const uint32_t> outer) const {
    for (uint32_t d : inner) {
      for (uint32_t o : outer) {
        if (d != o && g_.Within(d, o)) return true;
      }
    }
    return false;
  }

  bool Acceptable(const Hit& h, const std::vector<WorkingMention>& before) const {
    if (h.continues_as_word) return false;
    const NameEntry& e = EntryOf(h);
    if (e.support == Support::kNone || whole_) return true;
    for (uint32_t d : e.divisions) {
      if (support_.Contains(d)) return true;
      // A prefecture inside a province named or given: 西宁 next to 青海省 or 门源县.
      const uint32_t p = g_.parent[d];
      if (g_.divisions[d].level == Level::kPrefecture && p != kNoDivision && support_.Contains(p)) return true;
      // A county whose official name is two characters with its 县/旗 (沁县, 忠县) inside a
      // prefecture named or given (长治市, or a county next to it): the suffix is written, the
      // prefecture makes it no word.
      if (e.kind == NameKind::kOfficial && g_.divisions[d].level == Level::kCounty && p != kNoDivision &&
          g_.divisions[p].level == Level::kPrefecture && support_.Contains(p) &&
          (e.surface.ends_with("县") || e.surface.ends_with("旗")))
        return true;
    }
    // Part of a chain: an enclosing place right before (重庆万州) or a place inside right
    // after (万州高笋塘街道).
    if (!before.empty() && SkipSpaces(text_, before.back().end) == h.begin &&
        AnyInside(e.divisions, before.back().divisions)) {
      return true;
    }
    const auto [lo, hi] = HitsAt(SkipSpaces(text_, h.end));
    for (size_t k = lo; k < hi; ++k) {
      if (AnyInside(EntryOf(hits_[k]).divisions, e.divisions)) return true;
    }
    if (e.support == Support::kScoped) {
      for (uint32_t d : e.divisions) {
        for (uint32_t s : scopes_) {
          if (g_.Within(d, s)) return true;
        }
      }
    }
    return false;
  }

  void SelectLongestAcceptable(std::vector<WorkingMention>* out) const {
    out->reserve(hits_.size() / 2 + 1);  // overlapping hits (宁波, 宁波市) make one mention
    for (size_t i = 0; i < hits_.size();) {
      size_t j = i;
      while (j < hits_.size() && hits_[j].begin == hits_[i].begin) ++j;
      const Hit* taken = nullptr;
      for (size_t k = j; k-- > i;) {  // longest first
        if (Acceptable(hits_[k], *out)) {
          taken = &hits_[k];
          break;
        }
      }
      if (taken == nullptr) {
        i = j;
        continue;
      }
      const NameEntry& e = EntryOf(*taken);
      WorkingMention m;
      m.begin = taken->begin;
      m.end = taken->end;
      m.divisions = e.divisions;
      m.townships_only = e.townships_only;
      out->push_back(m);
      while (i < hits_.size() && hits_[i].begin < taken->end) ++i;
    }
  }

  // A place right after an enclosing place is that place, inside it: 百色市 + 隆林县.
  // Joined in place: the joined mentions are written over the list as it is read (never ahead
  // of the reading).
  void JoinChains(MatchResult* result) const {
    std::vector<WorkingMention>& mentions = result->mentions;
    size_t joined = 0;  // mentions[0, joined) are the joined ones
    for (size_t r = 0; r < mentions.size(); ++r) {
      const WorkingMention m = mentions[r];
      if (joined == 0 || SkipSpaces(text_, mentions[joined - 1].end) != m.begin ||
          !AnyInside(m.divisions, mentions[joined - 1].divisions)) {
        mentions[joined++] = m;
        continue;
      }
      WorkingMention& outer = mentions[joined - 1];
      std::vector<uint32_t>& inside = result->narrowed.emplace_back();
      for (uint32_t d : m.divisions) {
        if (AnyInside(std::span(&d, 1), outer.divisions)) inside.push_back(d);
      }
      outer.end = m.end;
      outer.divisions = inside;
      outer.townships_only = m.townships_only;
      outer.chained = true;
    }
    mentions.resize(joined);
  }

  const GazetteerData& g_;
  const NameIndex& names_;
  std::string_view text_;
  bool whole_;
  const std::vector<Hit>& hits_;  // ascending by begin, then end
  DivisionSet support_;           // named with support in the text or context
  std::vector<uint32_t> scopes_;
};

}  // namespace

std::vector<NameHit> ScanNames(const GazetteerData& g, std::string_view text) {
  std::vector<NameHit> hits;
  // A document has a name every few dozen bytes; a table cell or a title, most often none,
  // and then costs no allocation.
  if (text.size() >= 256) hits.reserve(text.size() / 8);
  g.names.trie().ForEachKeyIn(text, [&](size_t begin, size_t end, uint32_t id) {
    hits.push_back(NameHit{begin, end, id, ContinuesAsWord(text, end)});
  });
  return hits;  // ascending by begin, then by end
}

MatchResult FindMentions(const GazetteerData& g, std::string_view text, const std::vector<NameHit>& hits,
                         const std::vector<uint32_t>& ctx_places, bool whole) {
  return Finder(g, text, hits, ctx_places, whole).Run();
}

MatchResult FindMentions(const GazetteerData& g, std::string_view text, const std::vector<NameHit>& hits,
                         const std::function<uint32_t(MatchResult*)>& choose_place, bool* same_with_place) {
  Finder finder(g, text, hits, {}, /*whole=*/false);
  MatchResult result = finder.Run();
  const uint32_t place = choose_place(&result);
  *same_with_place = place == kNoDivision || finder.Covers(place);
  return result;
}

}  // namespace duikou::gazetteer
