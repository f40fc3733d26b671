// GazetteerMatcher: finds place names in normalized text and resolves them to divisions.
//
// Matches official names and rule-generated aliases (short forms such as 马边县 for
// 马边彝族自治县, 新疆 for 新疆维吾尔自治区; see alias_rules.h) by a longest-match scan over a
// code-point trie. Adjacent names whose divisions nest form one prefixed chain mention
// (丽水市景宁县, 新疆阿瓦提县, 四川省乐山市马边彝族自治县) resolved to the innermost division.
//
// What a surface needs before it counts as a place (see Support in name_index.h):
//   * official names, suffixed short forms and province short names match anywhere
//     (阿瓦提县, 马边县, 阿坝州, 新疆), except for 2-character names;
//   * bare names without suffix (阿瓦提 for 阿瓦提县, 涪陵 for 涪陵区, 绍兴 for 绍兴市) match
//     only when supported: inside a prefixed chain (重庆涪陵), or when their division (or a
//     division inside it) is also named with a suffix in the same text or given in the
//     context. Bare names of 3+ characters are also accepted when they lie inside a context
//     place (the home city, a place given as nearby, a place named in the text). 2-character
//     names (比如 for 比如县, 和县, 城区) never match on their own: "比如说" is no place.
//   * 市场, 区域, 乡村, 乡镇 are words, not a place ending in 市/区/乡 followed by a character.
//   * townships (…镇, …乡, …街道, …苏木 with their full suffix; other township-level units such as
//     development zones are not searched) are reported even when ambiguous, but resolved only
//     with context, even when their name is unique.
//
// Ambiguous names (many 江山镇, 西安区 in 辽源 and 牡丹江) are resolved from context, nearest
// first: places resolved in the same text within a few hundred bytes, then
// ResolveContext::nearby_codes in order, then home_code. The scope widens step by step from
// each context place to its prefecture and province; the first scope that holds exactly one
// candidate decides. When one candidate encloses all others (吉安 names both 吉安市 and
// 吉安县 inside it) the enclosing one is meant. Otherwise the mention stays unresolved with all
// its candidates; it is never guessed.
//
// Call FindAll on a whole document when possible: suffixed names anywhere in the text then
// support the bare names elsewhere in it.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "gazetteer/gazetteer.h"

namespace duikou::gazetteer {

struct ResolveContext {
  std::vector<std::string> nearby_codes;  // places resolved near the mention, most relevant first
  std::string home_code;                  // the document's home city, if known
};

struct PlaceMention {
  size_t begin = 0;  // byte range in the searched text
  size_t end = 0;
  std::string surface;                  // text as written: 丽水市景宁县
  std::string code;                     // resolved division, empty when unresolved
  std::vector<std::string> candidates;  // all divisions the surface may name, sorted
  bool resolved() const { return !code.empty(); }
};

class GazetteerMatcher {
 public:
  // `gazetteer` must outlive the matcher. Cheap: the name index is built by Gazetteer::Load.
  explicit GazetteerMatcher(const Gazetteer* gazetteer);
  ~GazetteerMatcher();

  // Longest-match scan of `text`; returns non-overlapping mentions in text order.
  std::vector<PlaceMention> FindAll(std::string_view text, const ResolveContext& ctx) const;
  // Resolves a whole string that should be one place name (a table cell, say). Bare names
  // are accepted here. When the string is not exactly one place (or chain), the result is
  // unresolved and holds the candidates of the exact surface, if any.
  PlaceMention Resolve(std::string_view name, const ResolveContext& ctx) const;

  // The document's home city guessed from the text: the prefecture (or municipality) whose
  // divisions are mentioned most often, counting mentions of places inside it; ties go to the
  // one named first. Mentions of provinces do not count. Empty when nothing is mentioned.
  std::string GuessHomeCode(std::string_view text) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace duikou::gazetteer
