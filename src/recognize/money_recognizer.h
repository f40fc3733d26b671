// Money: "资金1.61亿元", "价值100多万元", "超2亿元", "约79万元", "1093.7万元" -> amounts in yuan.
//
// An amount is a number (Arabic or Chinese, with 万/亿 multipliers, 多/余 between them) followed
// by a currency word (元, 亿元, 万元, 美元 …). Approximation words before or after it
// (约 近 超 逾 超过 / 多 余 左右 以上) are kept as written; so is the nearest context word
// before it in the same clause (计划内 计划外 协议 到位 累计 总投资 实际投资 价值 计划), which tells
// planned from actual, agreed from delivered money. Percentages and ordinals are never money.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "recognize/mentions.h"
#include "recognize/number_parser.h"

namespace duikou::recognize {

struct MoneyMention {
  Span span;             // approximation words and currency included: "超2亿元"
  std::string value;     // exact decimal in units of the currency: "200000000"
  std::string upper;     // upper end of a range ("3000至5000万元"), empty otherwise
  std::string approx;    // 多, 余, 约, 近, 超, 逾, 左右, 以上 …; empty when exact
  std::string context;   // 计划内, 计划外, 协议, 到位, 累计, 总投资, 实际投资, 价值, 计划; may be empty
  std::string currency = "CNY";  // ISO 4217: CNY for 元/人民币, USD for 美元, HKD, EUR
};

// Every money amount in `text`, in text order.
std::vector<MoneyMention> FindMoney(std::string_view text);
// The same, reusing FindNumbers(text) when the caller already has it (saves a scan).
std::vector<MoneyMention> FindMoney(std::string_view text, const std::vector<NumberMention>& numbers);

// What FindMoney looks for besides the amounts themselves.
struct MoneyOptions {
  // The context word before each amount (MoneyMention::context): a walk back over up to 16
  // characters per amount, which callers reading the words before an amount themselves
  // can leave out (the field stays empty).
  bool context_words = true;
};
std::vector<MoneyMention> FindMoney(std::string_view text, const std::vector<NumberMention>& numbers,
                                    const MoneyOptions& options);

}  // namespace duikou::recognize
