// Mentions: typed spans that the recognizers find in a passage's normalized text.
// Recognizers know nothing of facts; the extract stage combines their mentions into facts.
//
// The recognizers, one per header, each a pure function (text, context) -> mentions sorted
// by position, deterministic, safe on any bytes:
//   number_parser.h            numbers -> exact decimal strings (FindNumbers, ToDecimal)
//   money_recognizer.h         amounts of money in yuan, with approximation and context words
//   quantity_recognizer.h      counts with their measure word (19个, 250余人次, 3—5个月)
//   date_recognizer.h          dates and date ranges -> ISO 8601
//   organization_recognizer.h  organizations by suffix, typed, abbreviations expanded
//   person_recognizer.h        persons after titles, in lists, in photo credits
//   all_mentions.h             all of them over one passage in one call
// Shared internals: utf8.h, word_set.h, amount_grammar.h, name_boundary.h, surnames.h.
#pragma once

#include <cstddef>
#include <string>

namespace duikou::recognize {

struct Span {
  size_t begin = 0;  // byte offsets in the normalized passage text
  size_t end = 0;
};

}  // namespace duikou::recognize
