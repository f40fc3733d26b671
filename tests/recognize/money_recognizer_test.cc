#include "recognize/money_recognizer.h"

#include <gtest/gtest.h>

namespace duikou::recognize {
namespace {

// "surface|value|approx|context|currency" for each amount.
std::vector<std::string> Money(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& m : FindMoney(text)) {
    out.push_back(std::string(text.substr(m.span.begin, m.span.end - m.span.begin)) + "|" + m.value +
                  (m.upper.empty() ? "" : "~" + m.upper) + "|" + m.approx + "|" + m.context + "|" + m.currency);
  }
  return out;
}

using V = std::vector<std::string>;

TEST(MoneyTest, UnitsAndExactValues) {
  EXPECT_EQ(Money("资金1.61亿元"), V{"1.61亿元|161000000|||CNY"});
  EXPECT_EQ(Money("资金1275万元"), V{"1275万元|12750000|||CNY"});
  EXPECT_EQ(Money("价值18.9万元的设备"), V{"18.9万元|189000||价值|CNY"});
  EXPECT_EQ(Money("协调计划外资金126.2万元"), V{"126.2万元|1262000||计划外|CNY"});
  EXPECT_EQ(Money("慰问金6000元"), V{"6000元|6000|||CNY"});
  EXPECT_EQ(Money("捐赠三十五万元"), V{"三十五万元|350000|||CNY"});
  EXPECT_EQ(Money("融资2亿美元"), V{"2亿美元|200000000|||USD"});
  EXPECT_EQ(Money("投资1.5亿元人民币"), V{"1.5亿元人民币|150000000|||CNY"});
}

TEST(MoneyTest, ApproximationWords) {
  EXPECT_EQ(Money("价值100多万元的图书"), V{"100多万元|1000000|多|价值|CNY"});
  EXPECT_EQ(Money("协议资金超2亿元"), V{"超2亿元|200000000|超|协议|CNY"});
  EXPECT_EQ(Money("涉及资金约79万元"), V{"约79万元|790000|约||CNY"});
  EXPECT_EQ(Money("捐赠物资350余万元"), V{"350余万元|3500000|余||CNY"});
  EXPECT_EQ(Money("总额逾3亿元"), V{"逾3亿元|300000000|逾||CNY"});
  EXPECT_EQ(Money("收益近50万元"), V{"近50万元|500000|近||CNY"});
  EXPECT_EQ(Money("投入5000万元左右"), V{"5000万元左右|50000000|左右||CNY"});
  EXPECT_EQ(Money("募集5万多元"), V{"5万多元|50000|多||CNY"});
}

TEST(MoneyTest, ContextWordsNearestWins) {
  EXPECT_EQ(Money("累计拨付东西部扶贫协作计划内援助资金1.56亿元"), V{"1.56亿元|156000000||计划内|CNY"});
  EXPECT_EQ(Money("计划总投资10.5亿元"), V{"10.5亿元|1050000000||总投资|CNY"});
  EXPECT_EQ(Money("实际投资额37.22亿元"), V{"37.22亿元|3722000000||实际投资|CNY"});
  EXPECT_EQ(Money("协议资金40.84亿元,到位资金24.21亿元"),
            (V{"40.84亿元|4084000000||协议|CNY", "24.21亿元|2421000000||到位|CNY"}));
  // A context word in an earlier clause does not leak across punctuation.
  EXPECT_EQ(Money("计划外项目8个。宁波市投入资金500万元"), V{"500万元|5000000|||CNY"});
}

TEST(MoneyTest, MultiplierThenApproximation) {
  EXPECT_EQ(Money("募集8亿余元"), V{"8亿余元|800000000|余||CNY"});
  EXPECT_EQ(Money("捐款两千余万元"), V{"两千余万元|20000000|余||CNY"});
  EXPECT_EQ(Money("投资1亿多元"), V{"1亿多元|100000000|多||CNY"});
}

TEST(MoneyTest, ImpliedYuanAfterMoneyNoun) {
  EXPECT_EQ(Money("资金1275万;"), V{"1275万|12750000|||CNY"});
  EXPECT_EQ(Money("投入5000万用于建设"), V{"5000万|50000000|||CNY"});
  EXPECT_EQ(Money("捐赠5万只口罩"), V{});  // a count after a money verb is still a count
  // Without a money noun, 万 alone is a count, not money.
  EXPECT_EQ(Money("接待游客127.2万人次"), V{});
}

TEST(MoneyTest, RangesAndSpaces) {
  EXPECT_EQ(Money("投资3000至5000万元"), V{"3000至5000万元|30000000~50000000|||CNY"});
  EXPECT_EQ(Money("资金 1093.7 万元"), V{"1093.7 万元|10937000|||CNY"});
  EXPECT_EQ(Money("每户补助5万—10万元"), V{"5万—10万元|50000~100000|||CNY"});
}

TEST(MoneyTest, NotMoney) {
  EXPECT_EQ(Money("惠及全县87.18%的农户"), V{});
  EXPECT_EQ(Money("第5批医疗团队"), V{});
  EXPECT_EQ(Money("2020年,项目85个"), V{});
  EXPECT_EQ(Money("“十三五”总投资"), V{});
}

TEST(MoneyTest, SortedAndDeterministic) {
  const std::string text = "杭州市安排资金2.5亿元,其中计划内1.2亿元、计划外1.3亿元。";
  auto a = FindMoney(text);
  auto b = FindMoney(text);
  ASSERT_EQ(a.size(), 3u);
  EXPECT_LT(a[0].span.begin, a[1].span.begin);
  EXPECT_LT(a[1].span.begin, a[2].span.begin);
  EXPECT_EQ(a[1].context, "计划内");
  EXPECT_EQ(a[2].context, "计划外");
  ASSERT_EQ(b.size(), 3u);
  for (size_t i = 0; i < 3; ++i) EXPECT_EQ(a[i].value, b[i].value);
}

}  // namespace
}  // namespace duikou::recognize

namespace duikou::recognize {
namespace {

// The cheap test before the grammar looks for 元 (or 万/亿) in the 32 bytes after a number:
// spaces the normalizer left stand between, and the test must neither miss a 元 inside that
// window nor see one past it, short text or long.
TEST(MoneyTest, YuanAtTheEdgeOfTheLookAhead) {
  const std::string tail = "，另有其他各项工作正在稳步推进之中。";
  for (size_t spaces = 26; spaces <= 31; ++spaces) {
    const std::string text = "资金100" + std::string(spaces, ' ') + "元";
    const bool inside = 5 + 3 + spaces + 3 <= 5 + 3 + 32;  // the 元 ends within 32 bytes of the number
    EXPECT_EQ(FindMoney(text).size(), inside ? 1u : 0u) << spaces << " spaces, short text";
    EXPECT_EQ(FindMoney(text + tail).size(), inside ? 1u : 0u) << spaces << " spaces, long text";
  }
  // A multiplier too far after the number is not looked at, one near it is (元 left out).
  EXPECT_EQ(FindMoney("资金100" + std::string(40, ' ') + "万" + std::string(40, ' ')).size(), 0u);
  EXPECT_EQ(FindMoney("资金100" + std::string(20, ' ') + "万" + std::string(40, ' ')).size(), 1u);
  EXPECT_EQ(FindMoney("资金1275万，用于乙县基础设施建设和产业发展").size(), 1u);
}

}  // namespace
}  // namespace duikou::recognize
