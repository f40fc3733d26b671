// Internal to GazetteerMatcher: decides which division each mention names.
//
// Directly: a single candidate (for townships only inside a prefixed chain), or the one
// candidate that encloses all others. From context otherwise: the places resolved in the text
// within a window around the mention (nearest first), then the caller's places; each place's
// scope widens from itself to its parent and on to its province, and the narrowest scope that
// holds exactly one candidate decides. No decision leaves the mention unresolved.
#pragma once

#include <vector>

#include "gazetteer/gazetteer_impl.h"
#include "gazetteer/match_state.h"

namespace duikou::gazetteer {

void ResolveMentions(const GazetteerData& g, const std::vector<uint32_t>& ctx_places,
                     std::vector<WorkingMention>* mentions);

// ResolveMentions in its two steps, for a caller whose context places cost something to
// gather: ResolveDirectly returns true when some mention is left for the context, and only
// then need ResolveFromContext run.
bool ResolveDirectly(const GazetteerData& g, std::vector<WorkingMention>* mentions);
void ResolveFromContext(const GazetteerData& g, const std::vector<uint32_t>& ctx_places,
                        std::vector<WorkingMention>* mentions);

}  // namespace duikou::gazetteer
