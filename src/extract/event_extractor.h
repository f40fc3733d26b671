// Events: dated happenings. Every full date (month and day) in an entry, paragraph or
// caption starts an event, and so does a month-only date that opens a sentence
// ("2020年4月,…", "11月,…"). A range ("12月11日至13日") gives the end date.
// Title: the entry's title when the date opens the entry, else the words after the date up
// to the end of the sentence. A caption dated like an event already read from an entry is
// the same event (photos illustrate entries). Place: the first place after 在/赴/到/于 in the
// sentence; participants: the persons and organizations the sentence names.
#pragma once

#include <vector>

#include "extract/doc_context.h"
#include "extract/facts.h"

namespace duikou::extract::internal {

void ExtractEvents(const DocContext& ctx, std::vector<Event>* out);

}  // namespace duikou::extract::internal
