// Dates: "2020年3月30日", "2020年4月", "2020年", "6月3日", "11月", and ranges
// "12月11日至13日", "2020年5月至6月", "2016—2020年" -> ISO 8601 dates.
//
// A date without a year ("6月3日") takes `context_year` (the passage's year, from the entry
// or the yearbook); when that is 0 the year stays unknown and the date is written as an XML
// Schema gMonthDay / gMonth ("--06-03", "--06"). Chinese numerals are read too
// ("二〇二〇年三月三十日"). Time-of-day words after a date ("12月11日晚") are not part of it.
// A bare year ("2020年是…", "2020年,") is a mention with year precision: the extract stage
// uses those to find a passage's year.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "recognize/mentions.h"
#include "recognize/number_parser.h"

namespace duikou::recognize {

enum class DatePrecision { kYear, kMonth, kDay };

struct DateMention {
  Span span;                 // "2020年12月11日至13日"
  std::string start;         // "2020-12-11", "2020-05", "2020"; "--06-03" / "--06" with no year
  std::string end;           // same form as start; empty for a single date
  DatePrecision precision = DatePrecision::kDay;
  bool year_from_context = false;  // the year was not written but taken from context_year
};

// Every date in `text`, in text order. Invalid dates (2月30日, 13月) are not dates.
std::vector<DateMention> FindDates(std::string_view text, int context_year = 0);
// The same, for a text whose DigitAndNumeralPositions (number_parser.h) the caller has:
// they are where a date may start (saves a scan).
std::vector<DateMention> FindDates(std::string_view text, int context_year, const NumeralPositions& numerals);

}  // namespace duikou::recognize
