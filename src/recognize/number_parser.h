// Number parsing: Arabic and Chinese numerals -> exact decimal strings.
//
// Yearbooks write amounts as "1.61亿", "1275万", "12,705", "三十五万", "两万", "一千二百".
// Every value is kept as an exact decimal string ("161000000", "1262000", "87.18"): no
// floating point ever touches a figure, so "1.61亿" can never become "160999999.99".
//
// What a number means (money, a count, a date) is decided by the recognizers built on this
// file; FindNumbers only says where the numbers are and whether they are percentages or
// ordinals.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "recognize/mentions.h"

namespace duikou::recognize {

struct NumberMatch {
  Span span;            // the numeral, multipliers included: "1.61亿", "三十五万"
  std::string value;    // exact decimal: "161000000", "350000", "87.18"
  bool chinese = false; // written with Chinese numeral characters (一, 十, 两 …)
  int exponent = 0;     // power of ten of the multiplier after Arabic digits (亿 = 8), else 0
};

// Parses the longest number that starts exactly at text[pos]:
//  - Arabic digits with optional ",ddd" thousands groups and a ".ddd" fraction, optionally
//    followed by a multiplier chain 百/千/万/亿 ("1.56亿", "5千万", "1275万");
//  - Chinese numerals 零〇一二两三四五六七八九 with units 十百千万亿 ("十九", "三十五万",
//    "一亿五千万"; colloquial "两万五" = 25000). A Chinese numeral starts with a digit or 十.
// Returns false when no number starts at pos or the Chinese numeral is malformed: "十三五"
// (a planning period, not a number) is rejected as a whole. Does not look at what precedes pos.
bool ParseNumberAt(std::string_view text, size_t pos, NumberMatch* out);

namespace internal {
// The characters Chinese numerals are written with, a bit per Basic Multilingual Plane code
// point: the scans test every character of a text against it.
inline constexpr std::array<uint64_t, 1024> kNumeralBits = [] {
  std::array<uint64_t, 1024> bits{};
  for (char32_t c : std::u32string_view(U"零〇一二两三四五六七八九十百千万亿")) bits[c / 64] |= uint64_t{1} << (c % 64);
  return bits;
}();
}  // namespace internal

// True for the characters Chinese numerals are written with: 零〇一二两三四五六七八九十百千万亿.
inline bool IsChineseNumeral(char32_t c) {
  return c < 0x10000 && ((internal::kNumeralBits[c / 64] >> (c % 64)) & 1) != 0;
}

namespace internal {
// The first character at or after `pos` that is an ASCII digit or a Chinese numeral character,
// or text.size(): where a number or a date may start. The same answer as stepping over the
// characters one by one with utf8::Decode (a digit or a lead byte always starts a character),
// found sixteen bytes at a time, since the number and date scans read every passage this
// way and most characters are neither. (Overlong two- and four-byte forms of a digit, which
// the reader never lets through, are not read as digits.)
size_t FindDigitOrNumeral(std::string_view text, size_t pos);
}  // namespace internal

// Every place FindDigitOrNumeral would stop at in `text`, in order (byte offsets): found in
// one pass, for a text that is scanned for numbers and for dates alike (a passage: figures
// read its numbers, events its dates).
using NumeralPositions = std::vector<uint32_t>;
NumeralPositions DigitAndNumeralPositions(std::string_view text);

namespace internal {
// Answers FindDigitOrNumeral(text, pos) from the text's NumeralPositions: the scans ask
// with positions that grow, so each answer is found from the last one.
class NumeralCursor {
 public:
  NumeralCursor(std::string_view text, const NumeralPositions& positions) : end_(text.size()), positions_(positions) {}
  size_t operator()(size_t pos);

 private:
  size_t end_;
  const NumeralPositions& positions_;
  size_t next_ = 0;  // index of the first position not known to lie before the last `pos` asked
};
}  // namespace internal

// Parses a multiplier chain at pos: 万, 亿, 百万, 千万, 万亿 … Returns the bytes consumed
// (0 if none) and sets *exponent to the power of ten (万 = 4, 千万 = 7, 亿 = 8).
size_t ParseMultiplierAt(std::string_view text, size_t pos, int* exponent);

// Chinese digit-by-digit numbers as years are written: "二〇二〇" -> "2020". Needs at least
// two digits and no units. Returns bytes consumed, 0 if none.
size_t ParseChineseDigitsAt(std::string_view text, size_t pos, std::string* digits);

// decimal × 10^exponent, exact and normalized (no leading or trailing zeros, no trailing
// point): ScaleDecimal("1.61", 8) == "161000000", ScaleDecimal("126.2", 4) == "1262000".
std::string ScaleDecimal(std::string_view decimal, int exponent);

// Compares two normalized non-negative decimals: <0, 0, >0.
int CompareDecimal(std::string_view a, std::string_view b);

// The value of a string that is exactly one number ("1.61亿", "十九"), or nullopt.
std::optional<std::string> ToDecimal(std::string_view number);

enum class NumberKind {
  kCardinal,  // 85, 1.61亿, 十九
  kPercent,   // 87.18%, 百分之九十 (value "87.18", "90")
  kOrdinal,   // 第5, 第十三 (value "5", "13")
};

struct NumberMention {
  Span span;             // includes the 第 of an ordinal and the % / 百分之 of a percentage
  Span number;           // the numeral alone
  std::string value;     // exact decimal
  NumberKind kind = NumberKind::kCardinal;
  bool chinese = false;
  int exponent = 0;      // as NumberMatch::exponent: the multiplier after Arabic digits (亿 = 8)
};

// Every number in `text`, in text order, non-overlapping. Digits glued to Latin letters
// (G318, 5G) are codes, not numbers, and are skipped; so is a malformed Chinese numeral run.
// Chinese numerals inside words (统一, 一并) are reported too, with chinese = true: callers
// that need a count should require a measure word after them, as QuantityRecognizer does.
// A bare 百/千/万 right after 近/逾/超 is one of it: 近千人 (1000), 近百万元 (1000000).
std::vector<NumberMention> FindNumbers(std::string_view text);
// The same, for a text whose DigitAndNumeralPositions the caller has (saves a scan).
std::vector<NumberMention> FindNumbers(std::string_view text, const NumeralPositions& numerals);

}  // namespace duikou::recognize
