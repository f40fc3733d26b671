#include "gazetteer/gazetteer_matcher.h"

#include <algorithm>
#include <map>

#include "gazetteer/gazetteer_impl.h"
#include "gazetteer/utf8.h"

namespace duikou::gazetteer {
namespace {

// How far (bytes) around a mention the places named in the text serve as its context: about
// 200 characters before (a few table rows or a sentence), 100 after.
constexpr size_t kContextBefore = 600;
constexpr size_t kContextAfter = 300;

// A surface found by the trie: text[begin, end) is entry `entry`.
struct Hit {
  size_t begin, end;
  uint32_t entry;
};

// A mention while it is being worked on.
struct Working {
  size_t begin, end;
  std::vector<uint32_t> divisions;  // candidates, sorted
  bool townships_only;
  bool chained = false;             // an enclosing place is written right before it
  uint32_t resolved = kNoDivision;
};

// Words that end like a place and continue: 江山市场 is a market, not 江山市 + 场.
bool ContinuesAsWord(std::string_view text, size_t end) {
  static constexpr std::string_view kWords[] = {"市场", "区域", "乡村", "乡镇"};
  for (std::string_view w : kWords) {
    const size_t last = w.size() / 2;  // both characters are 3 bytes in UTF-8
    if (end >= last && end + last <= text.size() && text.substr(end - last, w.size()) == w) return true;
  }
  return false;
}

// Skips spaces (ASCII and U+3000) between the parts of a chain.
size_t SkipSpaces(std::string_view text, size_t pos) {
  while (pos < text.size()) {
    if (text[pos] == ' ' || text[pos] == '\t') {
      ++pos;
    } else if (text.substr(pos, 3) == "\u3000") {
      pos += 3;
    } else {
      break;
    }
  }
  return pos;
}

bool Contains(const std::vector<uint32_t>& sorted, uint32_t d) {
  return std::binary_search(sorted.begin(), sorted.end(), d);
}

}  // namespace

struct GazetteerMatcher::Impl {
  const Gazetteer::Impl* g;

  // Runs the whole pipeline; `whole` accepts bare names without support (Resolve).
  std::vector<Working> Run(std::string_view text, const ResolveContext& ctx, bool whole) const;
  std::vector<Hit> Scan(std::string_view text) const;
  bool AnyWithin(const std::vector<uint32_t>& inner, const std::vector<uint32_t>& outer) const;
  void ResolveFromContext(std::vector<Working>* mentions, const std::vector<uint32_t>& ctx_places) const;
  PlaceMention ToMention(std::string_view text, const Working& w) const;
  uint32_t Ancestor(uint32_t d, int depth) const {
    for (int i = 0; i < depth && d != kNoDivision; ++i) d = g->parent[d];
    return d;
  }
};

std::vector<Hit> GazetteerMatcher::Impl::Scan(std::string_view text) const {
  std::vector<Hit> hits;
  const PlaceTrie& trie = g->names.trie();
  for (size_t pos = 0; pos < text.size();) {
    const unsigned char c = static_cast<unsigned char>(text[pos]);
    if (c < 0x80) {  // names are Chinese; skip ASCII fast
      ++pos;
      continue;
    }
    trie.ForEachPrefix(text, pos, [&](size_t end, uint32_t id) { hits.push_back(Hit{pos, end, id}); });
    size_t len;
    utf8::Decode(text, pos, &len);
    pos += len;
  }
  return hits;  // ascending by begin, then by end
}

// True when some division of `inner` lies strictly inside some division of `outer`.
bool GazetteerMatcher::Impl::AnyWithin(const std::vector<uint32_t>& inner, const std::vector<uint32_t>& outer) const {
  for (uint32_t d : inner) {
    for (uint32_t o : outer) {
      if (d != o && g->Within(d, o)) return true;
    }
  }
  return false;
}

std::vector<Working> GazetteerMatcher::Impl::Run(std::string_view text, const ResolveContext& ctx, bool whole) const {
  const NameIndex& names = g->names;
  const std::vector<Hit> hits = Scan(text);
  // Index of the first hit starting at or after each begin, by binary search.
  auto hits_at = [&](size_t begin) {
    auto lo = std::lower_bound(hits.begin(), hits.end(), begin, [](const Hit& h, size_t b) { return h.begin < b; });
    auto hi = lo;
    while (hi != hits.end() && hi->begin == begin) ++hi;
    return std::pair{lo, hi};
  };

  // Context places given by the caller.
  std::vector<uint32_t> ctx_places;
  for (const std::string& code : ctx.nearby_codes) {
    if (uint32_t d = g->IndexOf(code); d != kNoDivision) ctx_places.push_back(d);
  }
  if (uint32_t home = g->IndexOf(ctx.home_code); home != kNoDivision) ctx_places.push_back(home);

  // Support: divisions named with a suffix in the text (and what encloses them when unique),
  // plus the context places and what encloses them. Scopes: where bare names of 3+
  // characters are accepted.
  std::vector<uint32_t> support, scopes;
  auto add_with_ancestors = [&](uint32_t d) {
    for (; d != kNoDivision; d = g->parent[d]) support.push_back(d);
  };
  auto add_scope = [&](uint32_t d) {
    while (d != kNoDivision && g->divisions[d].level > Level::kPrefecture) d = g->parent[d];
    if (d != kNoDivision) scopes.push_back(d);
  };
  for (uint32_t d : ctx_places) {
    add_with_ancestors(d);
    add_scope(d);
  }
  for (size_t i = 0; i < hits.size();) {  // greedy longest match over strong names only
    const Hit* best = nullptr;
    size_t j = i;
    for (; j < hits.size() && hits[j].begin == hits[i].begin; ++j) {
      if (names.entry(hits[j].entry).support == Support::kNone && !ContinuesAsWord(text, hits[j].end)) best = &hits[j];
    }
    if (best == nullptr) {
      i = j;
      continue;
    }
    const NameEntry& e = names.entry(best->entry);
    if (e.divisions.size() == 1) {
      add_with_ancestors(e.divisions[0]);
      if (!e.townships_only) add_scope(e.divisions[0]);
    } else {
      support.insert(support.end(), e.divisions.begin(), e.divisions.end());
    }
    while (i < hits.size() && hits[i].begin < best->end) ++i;
  }
  std::sort(support.begin(), support.end());
  std::sort(scopes.begin(), scopes.end());
  scopes.erase(std::unique(scopes.begin(), scopes.end()), scopes.end());

  // Greedy longest match over every acceptable name.
  std::vector<Working> mentions;
  auto accept = [&](const Hit& h) {
    const NameEntry& e = names.entry(h.entry);
    if (e.support == Support::kNone || whole) return true;
    for (uint32_t d : e.divisions) {
      if (Contains(support, d)) return true;
    }
    if (!mentions.empty() && SkipSpaces(text, mentions.back().end) == h.begin &&
        AnyWithin(e.divisions, mentions.back().divisions)) {
      return true;  // 重庆涪陵: an enclosing place right before
    }
    auto [lo, hi] = hits_at(SkipSpaces(text, h.end));
    for (auto it = lo; it != hi; ++it) {
      if (AnyWithin(names.entry(it->entry).divisions, e.divisions)) return true;  // 涪陵荔枝街道
    }
    if (e.support == Support::kScoped) {
      for (uint32_t d : e.divisions) {
        for (uint32_t s : scopes) {
          if (g->Within(d, s)) return true;
        }
      }
    }
    return false;
  };
  for (size_t i = 0; i < hits.size();) {
    size_t j = i;
    while (j < hits.size() && hits[j].begin == hits[i].begin) ++j;
    const Hit* taken = nullptr;
    for (size_t k = j; k-- > i;) {  // longest first
      if (!ContinuesAsWord(text, hits[k].end) && accept(hits[k])) {
        taken = &hits[k];
        break;
      }
    }
    if (taken == nullptr) {
      i = j;
      continue;
    }
    const NameEntry& e = names.entry(taken->entry);
    mentions.push_back(Working{taken->begin, taken->end, e.divisions, e.townships_only});
    while (i < hits.size() && hits[i].begin < taken->end) ++i;
  }

  // Prefixed chains: a place right after an enclosing place is that place, inside it.
  std::vector<Working> joined;
  for (Working& m : mentions) {
    if (!joined.empty() && SkipSpaces(text, joined.back().end) == m.begin && AnyWithin(m.divisions, joined.back().divisions)) {
      Working& outer = joined.back();
      std::vector<uint32_t> inside;
      for (uint32_t d : m.divisions) {
        for (uint32_t o : outer.divisions) {
          if (d != o && g->Within(d, o)) {
            inside.push_back(d);
            break;
          }
        }
      }
      outer.end = m.end;
      outer.divisions = std::move(inside);
      outer.townships_only = m.townships_only;
      outer.chained = true;
      continue;
    }
    joined.push_back(std::move(m));
  }

  // Direct resolution: a single candidate (townships only inside a chain), or one candidate
  // enclosing all others.
  for (Working& m : joined) {
    if (m.divisions.size() == 1) {
      if (!m.townships_only || m.chained) m.resolved = m.divisions[0];
      continue;
    }
    if (m.townships_only) continue;
    for (uint32_t o : m.divisions) {
      bool encloses_all = true;
      for (uint32_t d : m.divisions) encloses_all = encloses_all && g->Within(d, o);
      if (encloses_all) {
        m.resolved = o;
        break;
      }
    }
  }
  ResolveFromContext(&joined, ctx_places);
  return joined;
}

void GazetteerMatcher::Impl::ResolveFromContext(std::vector<Working>* mentions,
                                                const std::vector<uint32_t>& ctx_places) const {
  for (size_t i = 0; i < mentions->size(); ++i) {
    Working& m = (*mentions)[i];
    if (m.resolved != kNoDivision) continue;
    // Context places, most relevant first: resolved mentions nearby in the text (nearest
    // first, earlier before later on ties), then the caller's.
    std::vector<std::pair<size_t, uint32_t>> near;  // (distance, division)
    for (size_t k = 0; k < mentions->size(); ++k) {
      const Working& o = (*mentions)[k];
      if (k == i || o.resolved == kNoDivision) continue;
      if (o.end <= m.begin && m.begin - o.end <= kContextBefore) near.emplace_back(2 * (m.begin - o.end), o.resolved);
      if (o.begin >= m.end && o.begin - m.end <= kContextAfter) near.emplace_back(2 * (o.begin - m.end) + 1, o.resolved);
    }
    std::stable_sort(near.begin(), near.end(), [](auto& a, auto& b) { return a.first < b.first; });
    std::vector<uint32_t> places;
    for (auto& [dist, d] : near) places.push_back(d);
    places.insert(places.end(), ctx_places.begin(), ctx_places.end());

    // Widen each place to its parent, grandparent, …: the narrowest scope that holds exactly
    // one candidate decides.
    for (int depth = 0; depth < 4 && m.resolved == kNoDivision; ++depth) {
      for (uint32_t p : places) {
        const uint32_t scope = Ancestor(p, depth);
        if (scope == kNoDivision) continue;
        uint32_t only = kNoDivision;
        int count = 0;
        for (uint32_t d : m.divisions) {
          if (g->Within(d, scope)) {
            only = d;
            ++count;
          }
        }
        if (count == 1) {
          m.resolved = only;
          break;
        }
      }
    }
  }
}

PlaceMention GazetteerMatcher::Impl::ToMention(std::string_view text, const Working& w) const {
  PlaceMention m;
  m.begin = w.begin;
  m.end = w.end;
  m.surface = std::string(text.substr(w.begin, w.end - w.begin));
  if (w.resolved != kNoDivision) m.code = g->divisions[w.resolved].code;
  for (uint32_t d : w.divisions) m.candidates.push_back(g->divisions[d].code);
  return m;
}

GazetteerMatcher::GazetteerMatcher(const Gazetteer* gazetteer)
    : impl_(std::make_unique<Impl>(Impl{gazetteer->impl_.get()})) {}
GazetteerMatcher::~GazetteerMatcher() = default;

std::vector<PlaceMention> GazetteerMatcher::FindAll(std::string_view text, const ResolveContext& ctx) const {
  std::vector<PlaceMention> out;
  for (const Working& w : impl_->Run(text, ctx, /*whole=*/false)) out.push_back(impl_->ToMention(text, w));
  return out;
}

PlaceMention GazetteerMatcher::Resolve(std::string_view name, const ResolveContext& ctx) const {
  size_t begin = SkipSpaces(name, 0), end = name.size();
  while (end > begin && (name[end - 1] == ' ' || name[end - 1] == '\t' || name[end - 1] == '\n' || name[end - 1] == '\r')) --end;
  while (end >= begin + 3 && name.substr(end - 3, 3) == "\u3000") end -= 3;
  const std::string_view trimmed = name.substr(begin, end - begin);
  std::vector<Working> found = impl_->Run(trimmed, ctx, /*whole=*/true);
  PlaceMention m;
  if (found.size() == 1 && found[0].begin == 0 && found[0].end == trimmed.size()) {
    m = impl_->ToMention(trimmed, found[0]);
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
  const Gazetteer::Impl& g = *impl_->g;
  std::map<uint32_t, std::pair<size_t, size_t>> tally;  // unit → (count, first offset)
  for (const Working& w : impl_->Run(text, ResolveContext{}, /*whole=*/false)) {
    if (w.resolved == kNoDivision) continue;
    // The unit a mention counts for: its prefecture, or the municipality its district is in.
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
