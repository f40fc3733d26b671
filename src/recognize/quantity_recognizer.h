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
#include "recognize/number_parser.h"

namespace duikou::recognize {

// What a measure word counts, for choosing a metric.
enum class UnitClass {
  kPersons,      // 人, 名, 位
  kPersonTimes,  // 人次, 户次
  kItems,        // 个, 项, 家, 所, 套, 只, 件 … (projects, firms, schools, goods)
  kBatches,      // 批, 批次, 期, 场, 次, 届 (rounds of an activity)
  kDuration,     // 个月, 天, 周, 课时, 学时
  kMeasure,      // 吨, 亩, 米, 公里, 平方米 … (physical amounts)
};
UnitClass UnitClassOf(std::string_view unit);
const char* UnitClassName(UnitClass c);  // "Persons", "PersonTimes", "Items", "Batches", "Duration", "Measure"

struct QuantityMention {
  Span span;            // "250余人次", "3—5个月"
  std::string value;    // exact decimal, multipliers applied: "1272000"
  std::string upper;    // upper end of a range, empty otherwise
  std::string unit;     // the measure word: 个, 人, 人次, 个月, 批次, 吨 …
  UnitClass unit_class = UnitClass::kItems;
  std::string approx;   // 多, 余, 约, 近, 超, 以上, 左右 …; empty when exact
};

// Every quantity in `text`, in text order.
std::vector<QuantityMention> FindQuantities(std::string_view text);
// The same, reusing FindNumbers(text) when the caller already has it (saves a scan).
std::vector<QuantityMention> FindQuantities(std::string_view text, const std::vector<NumberMention>& numbers);

// The measure words FindQuantities knows, longest first (for documentation and tests).
const std::vector<std::string_view>& MeasureWords();

}  // namespace duikou::recognize
