// Whose chapter is it? A yearbook chapter on paired assistance is written from one side: the
// supporter's (绍兴市's yearbook on what it gave) or the receiving side's (a 西部 county's on
// what it got, calling itself 我县). Every fact's direction depends on knowing which.
//
// The gazetteer matcher's first guess counts mentions only. DecideHomeSide weighs them: a place
// that opens a clause before a supporter's verb (甲市选派…, 甲市与乙州…开展协作) is the subject
// chapters keep coming back to; a place after 向/到/帮扶 is an object; a text that speaks of its
// own division as the one helped (向我州捐赠, 帮助我市) is the receiving side's; a title that opens
// with 甲市与乙市 names its own city first.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "gazetteer/gazetteer.h"
#include "gazetteer/gazetteer_matcher.h"

namespace duikou::extract::internal {

struct HomeSide {
  std::string home_code;        // the chapter's home prefecture (or municipality, or province)
  bool receiving_side = false;  // the home is the one helped
  std::string supporter_code;   // receiving side: the supporters' prefecture (or province)
};

// `text` is the whole document (passages joined by '\n'), `mentions` its places as the matcher
// found them with the home `counted_home` it guessed by counting; `title` the chapter's title.
HomeSide DecideHomeSide(const gazetteer::Gazetteer& gazetteer, const gazetteer::GazetteerMatcher& matcher,
                        std::string_view title, std::string_view text,
                        const std::vector<gazetteer::PlaceMention>& mentions, const std::string& counted_home);

// The most frequent key; ties go to the smallest key so the choice is deterministic.
template <typename Map>
std::string ArgMax(const Map& counts) {
  std::string best;
  int best_n = 0;
  for (const auto& [k, n] : counts)
    if (n > best_n) {
      best = k;
      best_n = n;
    }
  return best;
}

}  // namespace duikou::extract::internal
