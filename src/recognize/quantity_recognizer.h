// Quantities: a number and a measure word -> a count with its unit.
//
// "项目19个", "15万只一次性医用口罩", "开展帮带活动250余人次", "近9000名学生", "十九个",
// "3—5个月" (a range), "127.2万人次" (value 1272000, unit 人次: the 万 is a multiplier, not
// part of the unit). Not quantities: years ("2020年" — 年 is not a measure word here),
// percentages ("87.18%"), ordinals ("第5批"), money ("1.61亿元"), numerals inside words
// ("一次性", "一家亲", "十三五").
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "recognize/mentions.h"

namespace duikou::recognize {

struct QuantityMention {
  Span span;            // "250余人次", "3—5个月"
  std::string value;    // exact decimal, multipliers applied: "1272000"
  std::string upper;    // upper end of a range, empty otherwise
  std::string unit;     // the measure word: 个, 人, 人次, 个月, 批次, 吨 …
  std::string approx;   // 多, 余, 约, 近, 超, 以上, 左右 …; empty when exact
};

// Every quantity in `text`, in text order.
std::vector<QuantityMention> FindQuantities(std::string_view text);

// The measure words FindQuantities knows, longest first (for documentation and tests).
const std::vector<std::string_view>& MeasureWords();

}  // namespace duikou::recognize
