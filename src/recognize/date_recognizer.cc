#include "recognize/date_recognizer.h"

#include <array>
#include <cstdio>

#include "recognize/amount_grammar.h"
#include "recognize/number_parser.h"
#include "recognize/utf8.h"

namespace duikou::recognize {
namespace {

constexpr int kMinYear = 1800;
constexpr int kMaxYear = 2199;
constexpr std::string_view kRangeConnectors[] = {"—", "–", "-", "~", "～", "至", "到"};

// Parts of a date as written; 0 = absent.
struct Parts {
  int year = 0;
  int month = 0;
  int day = 0;
  size_t end = 0;
};

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysInMonth(int y, int m) {
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m == 2 && y != 0 && !IsLeap(y)) return 28;
  return kDays[m - 1];
}

// The value of a few ASCII digits (a year, a month, a day), as std::stoi reads them but
// without its string and locale work: the date scan reads several per date.
int SmallInt(std::string_view digits) {
  int v = 0;
  for (char c : digits) v = v * 10 + (c - '0');
  return v;
}

// The text dates are read from, with the last numbers parsed in it: the readings tried for
// a date (a range of months, a range of days, month and day) parse the same number at the
// same place several times.
class DateText {
 public:
  explicit DateText(std::string_view t) : text(t) {}
  // What ParseNumberAt(text, pos, …) finds: the match, or null when no number starts at pos.
  const NumberMatch* NumberAt(size_t pos) {
    for (const Entry& e : recent_)
      if (e.pos == pos) return e.found ? &e.match : nullptr;
    Entry& e = recent_[next_];
    next_ = (next_ + 1) % recent_.size();
    e.pos = pos;
    e.found = ParseNumberAt(text, pos, &e.match);
    return e.found ? &e.match : nullptr;
  }

  const std::string_view text;

 private:
  struct Entry {
    size_t pos = std::string_view::npos;
    bool found = false;
    NumberMatch match;
  };
  std::array<Entry, 2> recent_;
  size_t next_ = 0;
};

// A small integer (Arabic or Chinese) at pos followed by `suffix`. Returns the end after the
// suffix or 0.
size_t IntegerThen(DateText& t, size_t pos, std::string_view suffix, int max_digits, int* value) {
  const std::string_view text = t.text;
  const NumberMatch* found = t.NumberAt(pos);
  if (found == nullptr || found->exponent != 0) return 0;
  const NumberMatch& m = *found;
  if (m.value.find('.') != std::string::npos || m.value.size() > static_cast<size_t>(max_digits)) return 0;
  if (!m.chinese && m.span.end - m.span.begin > static_cast<size_t>(max_digits)) return 0;
  size_t p = internal::SkipSpaces(text, m.span.end);
  if (!utf8::At(text, p, suffix)) return 0;
  *value = SmallInt(m.value);
  return p + suffix.size();
}

// "2020年" / "二〇二〇年" at pos.
size_t YearAt(std::string_view text, size_t pos, int* year) {
  std::string digits;
  size_t n = 0;
  if (utf8::IsAsciiDigit(text[pos])) {
    while (pos + n < text.size() && utf8::IsAsciiDigit(text[pos + n])) ++n;
    if (n != 4) return 0;
    digits.assign(text.substr(pos, 4));
  } else {
    n = ParseChineseDigitsAt(text, pos, &digits);
    if (n == 0 || digits.size() != 4) return 0;
  }
  int y = SmallInt(digits);
  if (y < kMinYear || y > kMaxYear) return 0;
  size_t p = internal::SkipSpaces(text, pos + n);
  if (!utf8::At(text, p, "年")) return 0;
  *year = y;
  return p + std::string_view("年").size();
}

// "3月" / "十二月" at pos; not "3个月". A trailing 份 ("3月份") is included.
size_t MonthAt(DateText& t, size_t pos, int* month) {
  const std::string_view text = t.text;
  int m = 0;
  size_t end = IntegerThen(t, pos, "月", 2, &m);
  if (end == 0 || m < 1 || m > 12) return 0;
  if (utf8::At(text, end, "份")) end += std::string_view("份").size();
  *month = m;
  return end;
}

size_t DayAt(DateText& t, size_t pos, int* day) {
  int d = 0;
  size_t end = IntegerThen(t, pos, "日", 2, &d);
  if (end == 0) end = IntegerThen(t, pos, "号", 2, &d);
  if (end == 0 || d < 1 || d > 31) return 0;
  *day = d;
  return end;
}

// Year [month [day]] or month [day] at pos.
bool PartsAt(DateText& t, size_t pos, bool allow_day_only, Parts* out) {
  const std::string_view text = t.text;
  Parts p;
  size_t end = YearAt(text, pos, &p.year);
  size_t at = end == 0 ? pos : internal::SkipSpaces(text, end);
  size_t m_end = MonthAt(t, at, &p.month);
  if (m_end > 0) {
    end = m_end;
    size_t d_end = DayAt(t, internal::SkipSpaces(text, m_end), &p.day);
    if (d_end > 0) end = d_end;
  } else if (end == 0 && allow_day_only) {
    end = DayAt(t, pos, &p.day);
  }
  if (end == 0) return false;
  if (p.day > 0 && p.month > 0 && p.day > DaysInMonth(p.year, p.month)) {
    out->end = end;  // lets the scan skip the whole impossible date
    return false;
  }
  p.end = end;
  *out = p;
  return true;
}

std::string Format(int year, int month, int day) {
  // The usual fields, written by hand (snprintf costs more than the rest of a date).
  if (year >= 0 && year <= 9999 && month >= 0 && month <= 99 && day >= 0 && day <= 99) {
    char out[10];
    size_t n = 0;
    const auto two = [&](int v) {
      out[n++] = static_cast<char>('0' + v / 10);
      out[n++] = static_cast<char>('0' + v % 10);
    };
    if (year == 0) {
      out[n++] = '-';
      out[n++] = '-';
      two(month);
      if (day != 0) {
        out[n++] = '-';
        two(day);
      }
    } else {
      two(year / 100);
      two(year % 100);
      if (month != 0) {
        out[n++] = '-';
        two(month);
        if (day != 0) {
          out[n++] = '-';
          two(day);
        }
      }
    }
    return std::string(out, n);
  }
  char buf[32];
  if (year == 0) {
    if (day == 0) {
      std::snprintf(buf, sizeof buf, "--%02d", month);
    } else {
      std::snprintf(buf, sizeof buf, "--%02d-%02d", month, day);
    }
  } else if (month == 0) {
    std::snprintf(buf, sizeof buf, "%04d", year);
  } else if (day == 0) {
    std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  } else {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  }
  return buf;
}

// "2016—2020年": a four-digit year, a connector, a year.
bool YearRangeAt(std::string_view text, size_t pos, Parts* first, Parts* second) {
  size_t n = 0;
  while (pos + n < text.size() && utf8::IsAsciiDigit(text[pos + n])) ++n;
  if (n != 4) return false;
  int y = SmallInt(text.substr(pos, 4));
  if (y < kMinYear || y > kMaxYear) return false;
  size_t p = internal::SkipSpaces(text, pos + 4);
  for (std::string_view c : kRangeConnectors) {
    if (!utf8::At(text, p, c)) continue;
    int y2 = 0;
    size_t end = YearAt(text, internal::SkipSpaces(text, p + c.size()), &y2);
    if (end == 0 || y2 < y) return false;
    first->year = y;
    second->year = y2;
    second->end = end;
    return true;
  }
  return false;
}

// "1—6月" / "1至11月": a month range written with one 月. Returns the end, 0 if none.
size_t MonthRangeAt(DateText& t, size_t pos, int* m1, int* m2) {
  const std::string_view text = t.text;
  const NumberMatch* found = t.NumberAt(pos);
  if (found == nullptr || found->exponent != 0 || found->value.size() > 2 ||
      found->value.find('.') != std::string::npos) {
    return 0;
  }
  const NumberMatch& first = *found;
  size_t p = internal::SkipSpaces(text, first.span.end);
  for (std::string_view conn : kRangeConnectors) {
    if (!utf8::At(text, p, conn)) continue;
    int second = 0;
    const int lower = SmallInt(first.value);  // (before `t` parses the next number)
    size_t end = IntegerThen(t, internal::SkipSpaces(text, p + conn.size()), "月", 2, &second);
    if (end == 0 || lower < 1 || second > 12 || lower >= second) return 0;
    *m1 = lower;
    *m2 = second;
    return end;
  }
  return 0;
}

// "3月12—14日": a day range written with one 日. Returns the end, 0 if none.
size_t DayRangeAt(DateText& t, size_t pos, int* month, int* d1, int* d2) {
  const std::string_view text = t.text;
  size_t p = IntegerThen(t, pos, "月", 2, month);
  if (p == 0 || *month < 1 || *month > 12) return 0;
  p = internal::SkipSpaces(text, p);
  const NumberMatch* found = p < text.size() ? t.NumberAt(p) : nullptr;
  if (found == nullptr || found->exponent != 0 || found->value.size() > 2 || found->value.find('.') != std::string::npos)
    return 0;
  const NumberMatch& first = *found;
  size_t q = internal::SkipSpaces(text, first.span.end);
  for (std::string_view conn : kRangeConnectors) {
    if (!utf8::At(text, q, conn)) continue;
    size_t r = internal::SkipSpaces(text, q + conn.size());
    *d1 = SmallInt(first.value);  // (before `t` parses the next number)
    size_t end = IntegerThen(t, r, "日", 2, d2);
    if (end == 0) end = IntegerThen(t, r, "号", 2, d2);
    if (end == 0 || *d1 < 1 || *d1 >= *d2 || *d2 > 31) return 0;
    return end;
  }
  return 0;
}

// Cheap test before the full grammar: after the run of numeral characters at pos (and any
// spaces) comes 年, 月, 日, 号 or a range connector. Most numbers fail here.
bool MayBeDate(std::string_view text, size_t pos) {
  size_t p = pos;
  while (p < text.size()) {
    size_t len = 0;
    char32_t c = utf8::Decode(text, p, &len);
    if (!utf8::IsAsciiDigit(c) && !IsChineseNumeral(c)) break;
    p += len;
  }
  p = internal::SkipSpaces(text, p);
  if (p >= text.size()) return false;
  switch (utf8::Next(text, p)) {
    case U'年': case U'月': case U'日': case U'号': case U'—': case U'–': case U'-': case U'~': case U'～':
    case U'至': case U'到':
      return true;
    default:
      return false;
  }
}

// Where a run of ASCII digits (`digits`) or of Chinese numeral characters starting at `pos`
// ends. No date starts inside such a run after its first character (the character before
// would be of the same kind), so the scan passes over it at once.
size_t PastRunOfItsKind(std::string_view text, size_t pos, bool digits) {
  if (digits) {
    while (pos < text.size() && utf8::IsAsciiDigit(text[pos])) ++pos;
    return pos;
  }
  while (pos < text.size()) {
    size_t len = 0;
    if (!IsChineseNumeral(utf8::Decode(text, pos, &len))) break;
    pos += len;
  }
  return pos;
}

// FindDates over the places `next_candidate(pos)` names: the first digit or numeral
// character at or after pos (FindDigitOrNumeral, or a NumeralCursor).
template <typename NextCandidate>
std::vector<DateMention> FindDatesAt(std::string_view text, int context_year, NextCandidate next_candidate) {
  // Most characters start no date: the scan skips to the next digit or numeral character, and
  // the character before is only decoded there.
  std::vector<DateMention> out;
  DateText dates(text);
  size_t i = 0;
  while ((i = next_candidate(i)) < text.size()) {
    size_t len = 0;
    char32_t c = utf8::Decode(text, i, &len);
    const bool digit = utf8::IsAsciiDigit(c);
    if (!digit && !IsChineseNumeral(c)) {
      i += len;
      continue;
    }
    char32_t prev = utf8::Prev(text, i);
    bool candidate = digit ? !utf8::IsAsciiDigit(prev) && !utf8::IsAsciiLetter(prev) && prev != '.'
                           : (c != U'百' && c != U'千' && c != U'万' && c != U'亿' && !IsChineseNumeral(prev));
    if (!candidate || utf8::EndsAt(text, i, "第") || !MayBeDate(text, i)) {
      i = PastRunOfItsKind(text, i + len, digit);
      continue;
    }
    Parts first, second;
    bool is_range = false;
    int year_of_months = 0;
    size_t year_end = YearAt(text, i, &year_of_months);
    size_t months_at = year_end == 0 ? i : internal::SkipSpaces(text, year_end);
    int m1 = 0, m2 = 0, day_month = 0, d1 = 0, d2 = 0;
    size_t months_end = MonthRangeAt(dates, months_at, &m1, &m2);
    size_t days_end = months_end > 0 ? 0 : DayRangeAt(dates, months_at, &day_month, &d1, &d2);
    if (YearRangeAt(text, i, &first, &second)) {
      is_range = true;
      first.end = second.end;
    } else if (days_end > 0) {
      is_range = true;
      first.year = second.year = year_of_months;
      first.month = second.month = day_month;
      first.day = d1;
      second.day = d2;
      first.end = second.end = days_end;
    } else if (months_end > 0) {
      is_range = true;
      first.year = second.year = year_of_months;
      first.month = m1;
      second.month = m2;
      first.end = second.end = months_end;
    } else if (PartsAt(dates, i, /*allow_day_only=*/false, &first)) {
      // A range: the second part repeats the first's leading fields or gives only later ones.
      size_t p = internal::SkipSpaces(text, first.end);
      for (std::string_view conn : kRangeConnectors) {
        if (!utf8::At(text, p, conn)) continue;
        Parts s;
        size_t q = internal::SkipSpaces(text, p + conn.size());
        if (PartsAt(dates, q, /*allow_day_only=*/first.day > 0, &s)) {
          // The second date must not be coarser or finer than the first.
          bool first_has_day = first.day > 0, second_has_day = s.day > 0;
          bool first_has_month = first.month > 0, second_has_month = s.month > 0;
          if (first_has_day == second_has_day && (first_has_month || !second_has_month) &&
              (s.year == 0 || first.year != 0)) {
            second = s;
            is_range = true;
          }
        }
        break;
      }
    } else {
      i = first.end > i ? first.end : i + len;
      continue;
    }
    DateMention& d = out.emplace_back();  // built in place (taken back below if impossible)
    int year = first.year;
    if (year == 0 && context_year > 0) {
      year = context_year;
      d.year_from_context = true;
    }
    d.precision = first.day > 0 ? DatePrecision::kDay : first.month > 0 ? DatePrecision::kMonth : DatePrecision::kYear;
    d.start = Format(year, first.month, first.day);
    size_t end = first.end;
    if (is_range) {
      int y2 = second.year != 0 ? second.year : year;
      int m2 = second.month != 0 ? second.month : first.month;
      if (d.precision == DatePrecision::kYear) m2 = 0;
      int d2 = second.day;
      if (m2 > 0 && d2 > DaysInMonth(y2, m2)) {
        out.pop_back();
        i += len;
        continue;
      }
      d.end = Format(y2, m2, d2);
      if (d.end > d.start) {
        end = second.end;
      } else {
        d.end.clear();  // "5月至3月" is not a range we trust: keep the first date alone
      }
    }
    d.span = {i, end};
    i = end;
  }
  return out;
}

}  // namespace

std::vector<DateMention> FindDates(std::string_view text, int context_year) {
  return FindDatesAt(text, context_year, [text](size_t pos) { return internal::FindDigitOrNumeral(text, pos); });
}

std::vector<DateMention> FindDates(std::string_view text, int context_year, const NumeralPositions& numerals) {
  return FindDatesAt(text, context_year, internal::NumeralCursor(text, numerals));
}

}  // namespace duikou::recognize
