#include "recognize/number_parser.h"

#include <algorithm>
#include <bit>
#include <cstdint>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "recognize/utf8.h"

namespace duikou::recognize {
namespace {

using utf8::Decode;

// A Chinese digit's value, or -1.
inline int ChineseDigit(char32_t c) {
  if (!IsChineseNumeral(c)) return -1;
  switch (c) {
    case U'零': case U'〇': return 0;
    case U'一': return 1;
    case U'二': case U'两': return 2;
    case U'三': return 3;
    case U'四': return 4;
    case U'五': return 5;
    case U'六': return 6;
    case U'七': return 7;
    case U'八': return 8;
    case U'九': return 9;
    default: return -1;
  }
}

// Power of ten of a Chinese unit or multiplier, or 0.
inline int UnitExponent(char32_t c) {
  if (!IsChineseNumeral(c)) return 0;
  switch (c) {
    case U'十': return 1;
    case U'百': return 2;
    case U'千': return 3;
    case U'万': return 4;
    case U'亿': return 8;
    default: return 0;
  }
}

inline bool IsChineseNumeralChar(char32_t c) { return IsChineseNumeral(c); }

// Strips a decimal "0012.3400" to "12.34", "0.0" to "0".
std::string Normalize(std::string s) {
  size_t point = s.find('.');
  if (point != std::string::npos) {
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
  }
  size_t lead = 0;
  point = s.find('.');
  size_t int_len = point == std::string::npos ? s.size() : point;
  while (lead + 1 < int_len && s[lead] == '0') ++lead;
  s.erase(0, lead);
  if (s.empty()) s = "0";
  return s;
}

// Arabic part: digits, ",ddd" groups, ".ddd". Returns bytes consumed; digits without commas
// go to *out.
size_t ParseArabic(std::string_view text, size_t pos, std::string* out) {
  size_t i = pos;
  while (i < text.size() && utf8::IsAsciiDigit(text[i])) ++i;
  if (i == pos) return 0;
  out->assign(text.substr(pos, i - pos));
  // Thousands groups only after a lead group of 1–3 digits.
  if (i - pos <= 3) {
    while (i + 3 < text.size() + 0 && text[i] == ',' && utf8::IsAsciiDigit(text[i + 1]) &&
           utf8::IsAsciiDigit(text[i + 2]) && utf8::IsAsciiDigit(text[i + 3]) &&
           (i + 4 >= text.size() || !utf8::IsAsciiDigit(text[i + 4]))) {
      out->append(text.substr(i + 1, 3));
      i += 4;
    }
  }
  if (i + 1 < text.size() && text[i] == '.' && utf8::IsAsciiDigit(text[i + 1])) {
    size_t j = i + 1;
    while (j < text.size() && utf8::IsAsciiDigit(text[j])) ++j;
    out->push_back('.');
    out->append(text.substr(i + 1, j - i - 1));
    i = j;
  }
  return i - pos;
}

// Chinese numeral grammar. Returns bytes consumed (0 when malformed) and the value.
size_t ParseChinese(std::string_view text, size_t pos, uint64_t* value) {
  constexpr uint64_t kLimit = 1000000000000000000ULL;  // 10^18: far beyond any yearbook figure
  uint64_t result = 0;   // everything closed by 万 or 亿
  uint64_t section = 0;  // below 万: 千, 百, 十 groups
  uint64_t number = 0;   // the pending digit
  bool has_number = false;
  bool saw_zero = false;
  bool any = false;
  int last_exponent = 0;
  size_t i = pos;
  while (i < text.size()) {
    size_t len = 0;
    char32_t c = Decode(text, i, &len);
    int d = ChineseDigit(c);
    int e = UnitExponent(c);
    if (d < 0 && e == 0) break;
    if (d == 0) {
      saw_zero = true;
    } else if (d > 0) {
      if (has_number) return 0;  // digit after digit: "十三五", not a number
      number = static_cast<uint64_t>(d);
      has_number = true;
    } else if (e <= 3) {
      if (!has_number) {
        // Only 十 may stand without a digit, at the start of a group ("十九", "三百十").
        if (e != 1) {
          if (!any) return 0;
          break;
        }
        number = 1;
      }
      uint64_t unit = e == 1 ? 10 : e == 2 ? 100 : 1000;
      section += number * unit;
      number = 0;
      has_number = false;
      saw_zero = false;
      last_exponent = e;
    } else {
      uint64_t group = section + number;
      if (group == 0 && result == 0) {
        if (!any) return 0;
        break;
      }
      if (e == 4) {
        result += group * 10000;
      } else {
        result = (result + group) * 100000000;
      }
      section = 0;
      number = 0;
      has_number = false;
      saw_zero = false;
      last_exponent = e;
    }
    if (result > kLimit || section > kLimit) return 0;
    any = true;
    i += len;
  }
  if (!any) return 0;
  // Colloquial abbreviation: 两万五 = 25000, 一百五 = 150 (the digit counts one unit lower).
  if (has_number && last_exponent >= 2 && !saw_zero) {
    uint64_t scale = 1;
    for (int k = 1; k < last_exponent; ++k) scale *= 10;
    number *= scale;
  }
  // A lone 零 is a number too.
  *value = result + section + number;
  return i - pos;
}

inline bool IsChineseDigitChar(char32_t c) { return ChineseDigit(c) >= 0; }

// Digits only, without leading zeros ("0" itself included): a normalized integer.
bool IsPlainInteger(std::string_view decimal) {
  return !decimal.empty() && (decimal[0] != '0' || decimal.size() == 1) &&
         std::all_of(decimal.begin(), decimal.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

size_t ParseMultiplierAt(std::string_view text, size_t pos, int* exponent) {
  int total = 0;
  size_t i = pos;
  for (int count = 0; count < 2 && i < text.size(); ++count) {
    // 万 and 亿 start with E4, 千 with E5, 百 with E7: most numbers are followed by none.
    const auto lead = static_cast<unsigned char>(text[i]);
    if (lead != 0xE4 && lead != 0xE5 && lead != 0xE7) break;
    size_t len = 0;
    char32_t c = Decode(text, i, &len);
    int e = UnitExponent(c);
    if (e < 2) break;  // 十 never follows an Arabic number as a multiplier
    total += e;
    i += len;
  }
  *exponent = total;
  return i - pos;
}

size_t ParseChineseDigitsAt(std::string_view text, size_t pos, std::string* digits) {
  digits->clear();
  size_t i = pos;
  while (i < text.size()) {
    size_t len = 0;
    int d = ChineseDigit(Decode(text, i, &len));
    if (d < 0 || Decode(text, i, &len) == U'两') break;
    digits->push_back(static_cast<char>('0' + d));
    i += len;
  }
  if (digits->size() < 2) {
    digits->clear();
    return 0;
  }
  return i - pos;
}

std::string ScaleDecimal(std::string_view decimal, int exponent) {
  // The common case, a plain integer without leading zeros, is its own value.
  if (exponent == 0 && IsPlainInteger(decimal)) return std::string(decimal);
  std::string digits;
  size_t int_len = 0;
  bool seen_point = false;
  for (char c : decimal) {
    if (c == '.') {
      seen_point = true;
    } else if (c >= '0' && c <= '9') {
      digits.push_back(c);
      if (!seen_point) ++int_len;
    }
  }
  if (digits.empty()) return "0";
  long point = static_cast<long>(int_len) + exponent;
  std::string out;
  if (point >= static_cast<long>(digits.size())) {
    out = digits + std::string(static_cast<size_t>(point) - digits.size(), '0');
  } else if (point <= 0) {
    out = "0." + std::string(static_cast<size_t>(-point), '0') + digits;
  } else {
    out = digits.substr(0, static_cast<size_t>(point)) + "." + digits.substr(static_cast<size_t>(point));
  }
  return Normalize(std::move(out));
}

int CompareDecimal(std::string_view a, std::string_view b) {
  auto int_len = [](std::string_view s) {
    size_t p = s.find('.');
    return p == std::string_view::npos ? s.size() : p;
  };
  size_t la = int_len(a), lb = int_len(b);
  if (la != lb) return la < lb ? -1 : 1;
  size_t n = std::max(a.size(), b.size());
  for (size_t i = 0; i < n; ++i) {
    char ca = i < a.size() ? a[i] : '0';
    char cb = i < b.size() ? b[i] : '0';
    if (ca == '.') ca = '0';
    if (cb == '.') cb = '0';
    if (ca != cb) return ca < cb ? -1 : 1;
  }
  return 0;
}

bool ParseNumberAt(std::string_view text, size_t pos, NumberMatch* out) {
  if (pos >= text.size()) return false;
  size_t n = ParseArabic(text, pos, &out->value);
  if (n > 0) {
    int exponent = 0;
    n += ParseMultiplierAt(text, pos + n, &exponent);
    out->span = {pos, pos + n};
    // The digits as written are the value of a plain integer (the usual case): no copy.
    if (exponent != 0 || !IsPlainInteger(out->value)) out->value = ScaleDecimal(out->value, exponent);
    out->chinese = false;
    out->exponent = exponent;
    return true;
  }
  uint64_t value = 0;
  n = ParseChinese(text, pos, &value);
  if (n == 0) return false;
  // A digit right after the numeral means the run is not one number ("十三五").
  size_t len = 0;
  if (pos + n < text.size() && IsChineseDigitChar(Decode(text, pos + n, &len))) return false;
  out->span = {pos, pos + n};
  out->value = std::to_string(value);
  out->chinese = true;
  out->exponent = 0;
  return true;
}

std::optional<std::string> ToDecimal(std::string_view number) {
  NumberMatch m;
  if (!ParseNumberAt(number, 0, &m) || m.span.end != number.size()) return std::nullopt;
  return m.value;
}

namespace internal {

namespace {

// True when text[k..k+3) is a well-formed three-byte sequence for an ASCII digit (overlong)
// or a Chinese numeral: what Decode would read there, tested against the scans' set.
inline bool ThreeByteNumeralAt(const unsigned char* p, size_t k) {
  if ((p[k] & 0xF0) != 0xE0 || (p[k + 1] & 0xC0) != 0x80 || (p[k + 2] & 0xC0) != 0x80) return false;
  const char32_t c = ((p[k] & 0x0Fu) << 12) | ((p[k + 1] & 0x3Fu) << 6) | (p[k + 2] & 0x3Fu);
  return utf8::IsAsciiDigit(c) || IsChineseNumeral(c);
}

// ThreeByteNumeralAt(p, k) for a candidate of the block test below, whose lead byte (E0–EF)
// and middle byte (one of the numerals', all continuation bytes) are known already.
inline bool NumeralAfterLeadAndMiddle(const unsigned char* p, size_t k) {
  if ((p[k + 2] & 0xC0) != 0x80) return false;
  const char32_t c = ((p[k] & 0x0Fu) << 12) | ((p[k + 1] & 0x3Fu) << 6) | (p[k + 2] & 0x3Fu);
  return utf8::IsAsciiDigit(c) || IsChineseNumeral(c);
}

// Calls found(k) for every k >= pos where a digit or numeral character starts, in order,
// until it returns true; returns that k, or text.size().
template <typename Found>
size_t ScanDigitsAndNumerals(std::string_view text, size_t pos, Found found) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
#if defined(__SSE2__)
  // A position is a candidate when its byte is an ASCII digit, or a lead byte E0–EF followed
  // by the middle byte of one of the numerals (一七万三两 B8, 九 B9, 二五亿 BA, 八六 85, 十千 8D,
  // 四零 9B, 百 99, 〇 80): about one Chinese character in eight. Only candidates are decoded.
  // (The block's sixteen positions need the two bytes after it.)
  const __m128i zero = _mm_set1_epi8('0'), nine = _mm_set1_epi8(9);
  const __m128i high_nibble = _mm_set1_epi8(static_cast<char>(0xF0)), lead3 = _mm_set1_epi8(static_cast<char>(0xE0));
  const __m128i m80 = _mm_set1_epi8(static_cast<char>(0x80)), m85 = _mm_set1_epi8(static_cast<char>(0x85));
  const __m128i m8d = _mm_set1_epi8(static_cast<char>(0x8D)), m99 = _mm_set1_epi8(static_cast<char>(0x99));
  const __m128i m9b = _mm_set1_epi8(static_cast<char>(0x9B)), mb8 = _mm_set1_epi8(static_cast<char>(0xB8));
  const __m128i two = _mm_set1_epi8(2);
  for (; pos + 18 <= n; pos += 16) {
    const __m128i v0 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + pos));
    const __m128i v1 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + pos + 1));
    const __m128i from_zero = _mm_sub_epi8(v0, zero);
    const __m128i digit = _mm_cmpeq_epi8(_mm_min_epu8(from_zero, nine), from_zero);
    const __m128i lead = _mm_cmpeq_epi8(_mm_and_si128(v0, high_nibble), lead3);
    const __m128i from_b8 = _mm_sub_epi8(v1, mb8);
    const __m128i middle = _mm_or_si128(
        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v1, m80), _mm_cmpeq_epi8(v1, m85)),
                     _mm_or_si128(_mm_cmpeq_epi8(v1, m8d), _mm_cmpeq_epi8(v1, m99))),
        _mm_or_si128(_mm_cmpeq_epi8(v1, m9b), _mm_cmpeq_epi8(_mm_min_epu8(from_b8, two), from_b8)));
    unsigned mask =
        static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(digit, _mm_and_si128(lead, middle))));
    for (; mask != 0; mask &= mask - 1) {
      const size_t k = pos + static_cast<size_t>(std::countr_zero(mask));
      if ((p[k] < 0x80 || NumeralAfterLeadAndMiddle(p, k)) && found(k)) return k;
    }
  }
#endif
  for (; pos < n; ++pos)
    if ((utf8::IsAsciiDigit(p[pos]) || (pos + 3 <= n && ThreeByteNumeralAt(p, pos))) && found(pos)) return pos;
  return n;
}

}  // namespace

size_t FindDigitOrNumeral(std::string_view text, size_t pos) {
  return ScanDigitsAndNumerals(text, pos, [](size_t) { return true; });
}

size_t NumeralCursor::operator()(size_t pos) {
  if (next_ > 0 && positions_[next_ - 1] >= pos)  // asked for an earlier place than before
    next_ = static_cast<size_t>(std::lower_bound(positions_.begin(), positions_.end(), pos) - positions_.begin());
  while (next_ < positions_.size() && positions_[next_] < pos) ++next_;
  return next_ < positions_.size() ? positions_[next_] : end_;
}

}  // namespace internal

NumeralPositions DigitAndNumeralPositions(std::string_view text) {
  NumeralPositions positions;
  positions.reserve(text.size() / 16);
  internal::ScanDigitsAndNumerals(text, 0, [&](size_t k) {
    positions.push_back(static_cast<uint32_t>(k));
    return false;  // all of them
  });
  return positions;
}

namespace {

// "近千人", "逾百万元": a bare 百/千/万 (chain) right after an approximation word stands for
// one of it. Elsewhere a bare multiplier is a word (百姓, 千家万户, 万企兴万村).
bool ParseBareMultiplierAt(std::string_view text, size_t pos, NumberMatch* out) {
  if (!utf8::EndsAt(text, pos, "近") && !utf8::EndsAt(text, pos, "逾") && !utf8::EndsAt(text, pos, "超")) return false;
  int exponent = 0;
  size_t n = ParseMultiplierAt(text, pos, &exponent);
  if (n == 0) return false;
  size_t len = 0;
  if (pos + n < text.size() && IsChineseNumeralChar(Decode(text, pos + n, &len))) return false;  // 近千二百: malformed
  out->span = {pos, pos + n};
  out->value = ScaleDecimal("1", exponent);
  out->chinese = true;
  out->exponent = 0;
  return true;
}

}  // namespace

namespace {

// FindNumbers over the places `next_candidate(pos)` names: the first digit or numeral
// character at or after pos (FindDigitOrNumeral, or a NumeralCursor).
template <typename NextCandidate>
std::vector<NumberMention> FindNumbersAt(std::string_view text, NextCandidate next_candidate) {
  // Most characters start no number: the scan skips to the next digit or numeral character.
  std::vector<NumberMention> out;
  out.reserve(text.size() / 32);  // about one number in every 50 bytes of yearbook text
  size_t i = 0;
  while ((i = next_candidate(i)) < text.size()) {
    size_t len = 0;
    char32_t c = Decode(text, i, &len);
    const bool arabic = utf8::IsAsciiDigit(c);
    NumberMatch m;
    if (!arabic && !(IsChineseDigitChar(c) || c == U'十')) {
      if ((c == U'百' || c == U'千' || c == U'万') && ParseBareMultiplierAt(text, i, &m)) {
        out.push_back(NumberMention{.span = m.span, .number = m.span, .value = std::move(m.value), .chinese = true});
        i = m.span.end;
        continue;
      }
      i += len;
      continue;
    }
    // Skip the whole run of numeral characters when it cannot start a number here.
    auto skip_run = [&](size_t from) {
      size_t j = from;
      while (j < text.size()) {
        size_t l = 0;
        char32_t d = Decode(text, j, &l);
        if (!(utf8::IsAsciiDigit(d) || d == '.' || d == ',' || IsChineseNumeralChar(d))) break;
        j += l;
      }
      return j > from ? j : from + 1;
    };
    char32_t prev = utf8::Prev(text, i);
    if (arabic && (utf8::IsAsciiLetter(prev) || prev == '.' || prev == '_')) {
      i = skip_run(i);
      continue;
    }
    if (!ParseNumberAt(text, i, &m)) {
      i = skip_run(i);
      continue;
    }
    if (arabic && utf8::IsAsciiLetter(utf8::Next(text, m.span.end))) {
      i = skip_run(i);
      continue;
    }
    NumberMention& mention = out.emplace_back();  // built in place: no move of its strings
    mention.span = m.span;
    mention.number = m.span;
    mention.value = std::move(m.value);
    mention.chinese = m.chinese;
    mention.exponent = m.exponent;
    if (utf8::EndsAt(text, i, "第")) {
      mention.kind = NumberKind::kOrdinal;
      mention.span.begin -= std::string_view("第").size();
    } else if (m.chinese && utf8::EndsAt(text, i, "百分之")) {
      mention.kind = NumberKind::kPercent;
      mention.span.begin -= std::string_view("百分之").size();
    } else {
      size_t j = m.span.end;
      while (j < text.size() && text[j] == ' ') ++j;
      if (utf8::At(text, j, "%") || utf8::At(text, j, "‰")) {
        mention.kind = NumberKind::kPercent;
        mention.span.end = j + (text[j] == '%' ? 1 : std::string_view("‰").size());
      }
    }
    i = m.span.end;
  }
  return out;
}

}  // namespace

std::vector<NumberMention> FindNumbers(std::string_view text) {
  return FindNumbersAt(text, [text](size_t pos) { return internal::FindDigitOrNumeral(text, pos); });
}

std::vector<NumberMention> FindNumbers(std::string_view text, const NumeralPositions& numerals) {
  return FindNumbersAt(text, internal::NumeralCursor(text, numerals));
}

}  // namespace duikou::recognize
