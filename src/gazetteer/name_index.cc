#include "gazetteer/name_index.h"

#include <algorithm>
#include <unordered_map>

#include "gazetteer/utf8.h"

namespace duikou::gazetteer {
namespace {

Support SupportNeeded(const std::string& surface, NameKind kind, Level level) {
  const size_t chars = utf8::Length(surface);
  if (level == Level::kProvince && kind != NameKind::kBare) return Support::kNone;
  if (chars <= 2) return Support::kExplicit;
  return kind == NameKind::kBare ? Support::kScoped : Support::kNone;
}

}  // namespace

void NameIndex::Build(const std::vector<Division>& divisions) {
  std::unordered_map<std::string, uint32_t> ids;
  ids.reserve(divisions.size() * 2);
  entries_.clear();
  for (uint32_t i = 0; i < divisions.size(); ++i) {
    const Division& d = divisions[i];
    if (d.level == Level::kTownship && !IsSearchableTownshipName(d.name)) continue;
    for (NameForm& form : NameForms(d)) {
      auto [it, inserted] = ids.try_emplace(form.text, static_cast<uint32_t>(entries_.size()));
      if (inserted) {
        entries_.push_back(NameEntry{form.text, {}, form.kind, Support::kNone, false});
      }
      NameEntry& e = entries_[it->second];
      if (form.kind < e.kind) continue;  // a more specific kind already names others
      if (form.kind > e.kind) {
        e.divisions.clear();
        e.kind = form.kind;
      }
      e.divisions.push_back(i);
    }
  }
  std::vector<std::pair<std::string, uint32_t>> keys;
  keys.reserve(entries_.size());
  for (uint32_t id = 0; id < entries_.size(); ++id) {
    NameEntry& e = entries_[id];
    // Divisions are loaded sorted by code, so indices sort the same way.
    std::sort(e.divisions.begin(), e.divisions.end());
    e.divisions.erase(std::unique(e.divisions.begin(), e.divisions.end()), e.divisions.end());
    e.townships_only = true;
    Support support = Support::kNone;
    for (uint32_t d : e.divisions) {
      const Division& div = divisions[d];
      e.townships_only = e.townships_only && div.level == Level::kTownship;
      support = std::max(support, SupportNeeded(e.surface, e.kind, div.level));
    }
    e.support = support;
    keys.emplace_back(e.surface, id);
  }
  trie_.Build(std::move(keys));
}

const NameEntry* NameIndex::Lookup(std::string_view surface) const {
  const int64_t id = trie_.Find(surface);
  return id < 0 ? nullptr : &entries_[static_cast<size_t>(id)];
}

}  // namespace duikou::gazetteer
