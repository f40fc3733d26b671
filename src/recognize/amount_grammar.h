// The grammar money and quantities share around a number: approximation words before and
// after it, ranges ("3—5个月", "3000至5000万元"), 多/余 between the number and its
// multiplier ("100多万元"). Internal to the recognize stage.
#pragma once

#include <string>
#include <string_view>

#include "recognize/mentions.h"
#include "recognize/number_parser.h"

namespace duikou::recognize::internal {

// A number as amounts write it, up to (not including) the unit or currency word.
struct Amount {
  Span span;             // from a leading approximation word to the last multiplier / 多
  std::string value;     // exact decimal, multipliers applied
  std::string upper;     // upper end of a range, empty otherwise
  std::string approx;    // 约 近 超 逾 多 余 … as written; empty when exact
  bool multiplied = false;  // an Arabic number scaled by 万/亿 ("1275万")
};

// Parses an amount whose number is `number` (from FindNumbers): looks back for a leading
// approximation word, forwards for a range, 多/余 and multipliers. Never fails: at worst
// the amount is the number itself.
Amount ParseAmount(std::string_view text, const NumberMention& number);

// An approximation word written after the unit (左右, 以上, 多), or empty; *len gets its size.
std::string_view TrailingApprox(std::string_view text, size_t pos, size_t* len);

// Skips ASCII spaces (the normalizer leaves some between numbers and words).
size_t SkipSpaces(std::string_view text, size_t pos);

}  // namespace duikou::recognize::internal
