// Quantities as the figure and project extractors read them: every number of a passage with
// the kind of unit that follows it, in text order.
//
// The grammar itself (numbers, 万/亿 multipliers, 约/多/余 approximation, measure words,
// currencies) lives in the recognize stage (recognize/money_recognizer.h,
// recognize/quantity_recognizer.h); this file only merges its money and quantity mentions
// into one list and maps their classes to the few kinds a figure's metric depends on.
// Numbers that are neither (years, percentages) are kept as kOther: they end the cue window
// of the figure that follows them.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "recognize/number_parser.h"

namespace duikou::extract::internal {

enum class UnitKind {
  kMoney,        // an amount in yuan (元, 万元, 亿元)
  kCount,        // 个, 项, 只, 家 … (things such as projects)
  kPersons,      // 人, 名, 位
  kPersonTimes,  // 人次, 户次
  kOther,        // 吨, 批, 个月, foreign currencies, bare numbers (years, %) …
};

struct Quantity {
  size_t begin = 0;       // first byte of the number (or of a leading approximation word)
  size_t number_begin = 0;
  size_t end = 0;         // just after the unit
  std::string value;      // exact decimal with multipliers applied: "161000000", "1262000"
  std::string unit;       // the unit as written after the multiplier: "元", "人次", "个"
  UnitKind kind = UnitKind::kOther;
  std::string approx;     // 约 近 超 逾 多 余 … as written; empty when exact
};

// Every quantity in `text`, in text order.
std::vector<Quantity> FindQuantities(std::string_view text);
// The same, for a passage whose digits and numerals were found already (DocContext::passage_numerals).
std::vector<Quantity> FindQuantities(std::string_view text, const recognize::NumeralPositions& numerals);

using recognize::ScaleDecimal;

}  // namespace duikou::extract::internal
