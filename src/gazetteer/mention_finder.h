// Internal to GazetteerMatcher: finds the place names of a text (see gazetteer_matcher.h for
// the rules): scans every position with the name trie, decides which bare names have
// support, takes the longest acceptable name left to right and joins prefixed chains.
// Candidates are left for context_resolver to decide.
#pragma once

#include <functional>
#include <string_view>
#include <vector>

#include "gazetteer/gazetteer_impl.h"
#include "gazetteer/match_state.h"

namespace duikou::gazetteer {

// A surface found by the trie: text[begin, end) is name entry `entry`.
struct NameHit {
  size_t begin, end;
  uint32_t entry;
  bool continues_as_word;  // the name's last character starts a word: 义乌|市场 (see ScanNames)
};

// Every name that occurs in `text`, by begin and then by end, each marked when it ends like a
// place but goes on as a word (义乌市场 is a market, not 义乌市 + 场). Depends on the text only,
// so one scan can serve several FindMentions calls with different contexts.
std::vector<NameHit> ScanNames(const GazetteerData& g, std::string_view text);

// `hits`: ScanNames(g, text).
// `ctx_places`: the caller's context (nearby places, home city) as division indices.
// `whole`: the text is one place name (Resolve), so bare names need no support.
MatchResult FindMentions(const GazetteerData& g, std::string_view text, const std::vector<NameHit>& hits,
                         const std::vector<uint32_t>& ctx_places, bool whole);

// FindMentions without context, for a caller that then picks one place from the result (the
// home city) and wants the mentions with that place as context too: `choose_place` is called
// with the result (and may resolve it) and returns the place, or kNoDivision. *same_with_place
// is set when FindMentions with that place as the context would find the same mentions (the
// place adds no support and no scope the text does not give already, the usual case), so the
// caller need not run it.
MatchResult FindMentions(const GazetteerData& g, std::string_view text, const std::vector<NameHit>& hits,
                         const std::function<uint32_t(MatchResult*)>& choose_place, bool* same_with_place);

}  // namespace duikou::gazetteer
