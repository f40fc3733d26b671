// NameIndex: every searchable surface of the gazetteer (official names and rule-generated
// aliases) with the divisions it may name. Built once when the gazetteer loads.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "gazetteer/alias_rules.h"
#include "gazetteer/gazetteer.h"
#include "gazetteer/place_trie.h"

namespace duikou::gazetteer {

// How much a surface needs before running text may be taken to name a place.
enum class Support {
  kNone = 0,      // strong: official names and suffixed short forms of ≥ 3 characters,
                  // province short names (峨边县, 红河州, 广西)
  kScoped = 1,    // bare names of ≥ 3 characters (巴里坤) and former names (萧山市; 新城市
                  // is mostly a new city): also accepted inside a place of the context
                  // (home city, places named nearby)
  kExplicit = 2,  // 2-character bare names (互助, 万州) and 2-character names such as 城区,
                  // 和县: only in a chain or when the division itself is in the context
};

struct NameEntry {
  std::string surface;
  std::vector<uint32_t> divisions;  // indices into Gazetteer::divisions(), sorted by code
  NameKind kind = NameKind::kOfficial;
  Support support = Support::kNone;
  bool townships_only = false;      // resolved only with context, even when unique
};

class NameIndex {
 public:
  void Build(const std::vector<Division>& divisions);
  const NameEntry* Lookup(std::string_view surface) const;
  const NameEntry& entry(uint32_t id) const { return entries_[id]; }
  const PlaceTrie& trie() const { return trie_; }
  size_t size() const { return entries_.size(); }

 private:
  std::vector<NameEntry> entries_;
  PlaceTrie trie_;
};

}  // namespace duikou::gazetteer
