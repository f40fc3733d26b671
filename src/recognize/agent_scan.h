// Internal to the recognize stage: the pieces FindAgents and MentionScanner
// (person_recognizer.h) join so that one scan over a text's characters feeds both the
// organization and the person recognizer.
//
// Both recognizers act only at a few characters (the last character of an organization's
// suffix or of a person's title) and skip the rest; the scan for those characters is most of
// their cost on ordinary prose. Each recognizer is therefore written over the positions of
// its characters, which its public function finds with a scan of its own and FindAgents or
// MentionScanner with one scan for both.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "recognize/organization_recognizer.h"
#include "recognize/person_recognizer.h"
#include "recognize/utf8.h"

namespace duikou::recognize::internal {

// The last characters of the organization suffixes.
const utf8::CharSet& OrganizationSuffixEnds();
// FindOrganizations(text, context), given the positions in `text`, in order, of every
// character in OrganizationSuffixEnds() (others among them are skipped).
std::vector<OrganizationMention> FindOrganizationsAt(std::string_view text, const OrganizationContext& context,
                                                     const std::vector<size_t>& suffix_ends);

// The characters the person recognizer acts at: the last characters of the titles a name
// may follow, and the first characters of the credits (撰稿, 执笔) and of 总书记.
const utf8::CharSet& PersonStops();
// FindPersons(text, context), given the positions in `text`, in order, of every character
// in PersonStops() (others among them are skipped).
std::vector<PersonMention> FindPersonsAt(std::string_view text, const PersonContext& context,
                                         const std::vector<size_t>& stops);

}  // namespace duikou::recognize::internal
