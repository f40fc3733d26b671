#include "extract/dates.h"

#include <cstdio>

#include "extract/text_util.h"

namespace duikou::extract::internal {

namespace {

// Reads digits (spaces around them allowed) followed by `unit`; returns the value or -1.
int ReadNumberUnit(std::string_view text, size_t* pos, std::string_view unit, int max_digits) {
  size_t p = *pos;
  while (p < text.size() && text[p] == ' ') ++p;
  size_t b = p;
  while (p < text.size() && IsAsciiDigit(text[p]) && p - b < static_cast<size_t>(max_digits) + 1) ++p;
  if (p == b || p - b > static_cast<size_t>(max_digits)) return -1;
  int v = std::stoi(std::string(text.substr(b, p - b)));
  while (p < text.size() && text[p] == ' ') ++p;
  if (text.substr(p, unit.size()) != unit) return -1;
  *pos = p + unit.size();
  return v;
}

std::string Format(int y, int m, int d) {
  char buf[48];
  if (d > 0)
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  else
    std::snprintf(buf, sizeof buf, "%04d-%02d", y, m);
  return buf;
}

}  // namespace

std::vector<DateSpan> FindDateSpans(std::string_view text, int context_year) {
  std::vector<DateSpan> out;
  size_t i = 0;
  while (i < text.size()) {
    if (!IsAsciiDigit(text[i]) || (i > 0 && (IsAsciiDigit(text[i - 1]) || text[i - 1] == '.'))) {
      i += CharLen(text, i);
      continue;
    }
    size_t p = i;
    int year = ReadNumberUnit(text, &p, "年", 4);
    bool has_year = year >= 1900;
    if (!has_year) {
      p = i;
      year = context_year;
    }
    int month = ReadNumberUnit(text, &p, "月", 2);
    if (month < 1 || month > 12 || year <= 0) {
      i = has_year ? p : i + 1;
      continue;
    }
    size_t after_month = p;
    int day = ReadNumberUnit(text, &p, "日", 2);
    if (day < 1 || day > 31) {
      day = 0;
      p = after_month;
    }
    DateSpan d;
    d.begin = i;
    d.has_year = has_year;
    d.has_day = day > 0;
    d.start = Format(year, month, day);
    // Range: 至/—/- then [M月]D日 or M月.
    size_t q = p;
    for (std::string_view sep : {"至", "—", "-", "~"}) {
      if (text.substr(q, sep.size()) != sep) continue;
      size_t r = q + sep.size();
      size_t r0 = r;
      int m2 = ReadNumberUnit(text, &r, "月", 2);
      if (m2 < 1 || m2 > 12) {
        r = r0;
        m2 = month;
      }
      size_t after_m2 = r;
      int d2 = day > 0 ? ReadNumberUnit(text, &r, "日", 2) : 0;
      if (d2 < 0) {
        d2 = 0;
        r = after_m2;
      }
      if ((day > 0 && d2 > 0) || (day == 0 && r != r0)) {
        d.end_date = Format(year, m2, d2);
        p = r;
      }
      break;
    }
    d.end = p;
    out.push_back(d);
    i = p;
  }
  return out;
}

}  // namespace duikou::extract::internal
