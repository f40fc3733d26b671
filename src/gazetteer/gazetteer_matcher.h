// GazetteerMatcher: finds place names in normalized text and resolves them to divisions.
//
// Matches official names and rule-generated aliases (short forms such as 马边县 for
// 马边彝族自治县, 新疆 for 新疆维吾尔自治区; prefixed chains such as 丽水市景宁县 that fix the
// hierarchy). An ambiguous name (many 江山镇) is resolved from context — enclosing places
// mentioned nearby, the document's home city, the pairing partner — or left unresolved with
// its candidates; it is never guessed.
#pragma once

#include <cstddef>
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
  std::vector<std::string> candidates;  // all divisions the surface may name
  bool resolved() const { return !code.empty(); }
};

class GazetteerMatcher {
 public:
  // `gazetteer` must outlive the matcher.
  explicit GazetteerMatcher(const Gazetteer* gazetteer);
  ~GazetteerMatcher();

  // Longest-match scan of `text`; returns non-overlapping mentions in text order.
  std::vector<PlaceMention> FindAll(std::string_view text, const ResolveContext& ctx) const;
  // Resolves a whole string that should be one place name (a table cell, say).
  PlaceMention Resolve(std::string_view name, const ResolveContext& ctx) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace duikou::gazetteer
