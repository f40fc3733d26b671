// Dates in normalized text: "2020年3月30日", "2020年12月11日至13日", "5月25日至27日",
// "2020年4月", "11月" -> ISO 8601 ("2020-03-30", "2020-12", ranges with an end date).
// A date without a year takes the passage's year.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace duikou::extract::internal {

struct DateSpan {
  size_t begin = 0;
  size_t end = 0;
  std::string start;     // YYYY-MM-DD or YYYY-MM
  std::string end_date;  // same form; empty for a single date
  bool has_day = false;
  bool has_year = false;
};

std::vector<DateSpan> FindDateSpans(std::string_view text, int context_year);

}  // namespace duikou::extract::internal
