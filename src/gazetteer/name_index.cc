#include "gazetteer/name_index.h"

#include <algorithm>

#include "base/utf8.h"

namespace duikou::gazetteer {
namespace {

Support SupportNeeded(const std::string& surface, NameKind kind, Level level) {
  const size_t chars = utf8::Length(surface);
  if (level == Level::kProvince && kind != NameKind::kBare) return Support::kNone;
  if (chars <= 2) return Support::kExplicit;
  return kind == NameKind::kBare || kind == NameKind::kFormer ? Support::kScoped : Support::kNone;
}

// Which kind wins when one surface names divisions through several (see NameKind): official
// names and short forms rank equal, former names below them, bare names last.
int Rank(NameKind kind) {
  switch (kind) {
    case NameKind::kBare: return 0;
    case NameKind::kFormer: return 1;
    default: return 2;
  }
}

}  // namespace

void NameIndex::Build(const std::vector<Division>& divisions) {
  struct Named {
    std::string text;
    NameKind kind;
    uint32_t division;
  };
  std::vector<Named> all;
  all.reserve(divisions.size() * 5 / 4);
  for (uint32_t i = 0; i < divisions.size(); ++i) {
    const Division& d = divisions[i];
    if (d.level == Level::kTownship && !IsSearchableTownshipName(d.name)) continue;
    for (NameForm& form : NameForms(d)) all.push_back(Named{std::move(form.text), form.kind, i});
  }
  // Sorted by surface (UTF-8 byte order is code point order, as the trie wants), then by
  // division (indices follow code order).
  std::sort(all.begin(), all.end(), [](const Named& a, const Named& b) {
    const int c = a.text.compare(b.text);
    return c != 0 ? c < 0 : a.division < b.division;
  });

  entries_.clear();
  std::vector<std::pair<std::string_view, uint32_t>> keys;
  for (size_t lo = 0; lo < all.size();) {
    size_t hi = lo;
    int best_rank = 0;
    for (; hi < all.size() && all[hi].text == all[lo].text; ++hi) best_rank = std::max(best_rank, Rank(all[hi].kind));
    NameEntry e;
    e.surface = std::move(all[lo].text);
    e.kind = NameKind::kBare;
    e.townships_only = true;
    for (size_t k = lo; k < hi; ++k) {
      if (Rank(all[k].kind) < best_rank) continue;  // a suffixed name already names others
      if (!e.divisions.empty() && e.divisions.back() == all[k].division) continue;
      const Division& div = divisions[all[k].division];
      e.divisions.push_back(all[k].division);
      e.kind = std::max(e.kind, all[k].kind);
      e.townships_only = e.townships_only && div.level == Level::kTownship;
    }
    for (uint32_t d : e.divisions) {
      e.support = std::max(e.support, SupportNeeded(e.surface, e.kind, divisions[d].level));
    }
    entries_.push_back(std::move(e));
    lo = hi;
  }
  keys.reserve(entries_.size());
  for (uint32_t id = 0; id < entries_.size(); ++id) keys.emplace_back(entries_[id].surface, id);
  trie_.Build(keys);
}

const NameEntry* NameIndex::Lookup(std::string_view surface) const {
  const int64_t id = trie_.Find(surface);
  return id < 0 ? nullptr : &entries_[static_cast<size_t>(id)];
}

}  // namespace duikou::gazetteer
