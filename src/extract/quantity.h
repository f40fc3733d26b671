// Quantities in normalized text: an Arabic number with its multiplier (万, 亿), approximation
// words (约, 近, 超, 多, 余) and unit ("1.61亿元", "350余万元", "33027人次", "19个").
//
// This is the small amount grammar the fact extractors need: it turns every number into an
// exact decimal string (money in yuan) and says what kind of unit follows, so a figure's
// metric can be chosen from the cue words around it.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace duikou::extract::internal {

enum class UnitKind {
  kMoney,        // 元, 万元, 亿元
  kCount,        // 个, 项, 只 (things such as projects)
  kPersons,      // 人, 名, 位
  kPersonTimes,  // 人次
  kOther,        // 吨, 套, 期, 批, 年, 月, % …
};

struct Quantity {
  size_t begin = 0;       // first byte of the number (or of a leading approximation word)
  size_t number_begin = 0;
  size_t end = 0;         // just after the unit
  std::string value;      // exact decimal with multipliers applied: "161000000", "1262000"
  std::string unit;       // the unit as written after the multiplier: "元", "人次", "个"
  UnitKind kind = UnitKind::kOther;
  std::string approx;     // 约 近 超 逾 达 多 余 … as written; empty when exact
};

// Every quantity in `text`, in text order.
std::vector<Quantity> FindQuantities(std::string_view text);

// "1.61" scaled by 10^shift, as an exact decimal without leading or trailing zeros.
std::string ScaleDecimal(std::string_view number, int shift);

}  // namespace duikou::extract::internal
