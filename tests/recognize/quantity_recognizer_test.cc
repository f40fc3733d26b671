#include "recognize/quantity_recognizer.h"

#include <gtest/gtest.h>

namespace duikou::recognize {
namespace {

// "surface|value[~upper]|unit|approx" for each quantity.
std::vector<std::string> Q(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& q : FindQuantities(text)) {
    out.push_back(std::string(text.substr(q.span.begin, q.span.end - q.span.begin)) + "|" + q.value +
                  (q.upper.empty() ? "" : "~" + q.upper) + "|" + q.unit + "|" + q.approx);
  }
  return out;
}

using V = std::vector<std::string>;

TEST(QuantityTest, MeasureWords) {
  EXPECT_EQ(Q("实施项目19个"), V{"19个|19|个|"});
  EXPECT_EQ(Q("选派干部35人,人才429人"), (V{"35人|35|人|", "429人|429|人|"}));
  EXPECT_EQ(Q("培训653人次"), V{"653人次|653|人次|"});
  EXPECT_EQ(Q("联系对接35批次企业"), V{"35批次|35|批次|"});
  EXPECT_EQ(Q("销售农产品12705吨"), V{"12705吨|12705|吨|"});
  EXPECT_EQ(Q("捐赠防护服1200件、护目镜7000副"), (V{"1200件|1200|件|", "7000副|7000|副|"}));
  EXPECT_EQ(Q("开展学校结对91组"), V{"91组|91|组|"});
  EXPECT_EQ(Q("签订合作协议6项"), V{"6项|6|项|"});
}

TEST(QuantityTest, MultipliersAndApproximations) {
  EXPECT_EQ(Q("共计15万只口罩"), V{"15万只|150000|只|"});
  EXPECT_EQ(Q("接待游客127.2万人次"), V{"127.2万人次|1272000|人次|"});
  EXPECT_EQ(Q("开展帮带活动250余人次"), V{"250余人次|250|人次|余"});
  EXPECT_EQ(Q("近9000名学生"), V{"近9000名|9000|名|近"});
  EXPECT_EQ(Q("培训劳动力1000余人次"), V{"1000余人次|1000|人次|余"});
  EXPECT_EQ(Q("12个月以上37人"), (V{"12个月以上|12|个月|以上", "37人|37|人|"}));
  EXPECT_EQ(Q("约300户"), V{"约300户|300|户|约"});
}

TEST(QuantityTest, ChineseNumerals) {
  EXPECT_EQ(Q("十九个项目"), V{"十九个|19|个|"});
  EXPECT_EQ(Q("分两批捐助"), V{"两批|2|批|"});
  EXPECT_EQ(Q("新建一个卫生院综合楼"), V{"一个|1|个|"});
  EXPECT_EQ(Q("三十五万只口罩"), V{"三十五万只|350000|只|"});
}

TEST(QuantityTest, Ranges) {
  EXPECT_EQ(Q("开展3—5个月的跟岗进修"), V{"3—5个月|3~5|个月|"});
  EXPECT_EQ(Q("7-12个月22人"), (V{"7-12个月|7~12|个月|", "22人|22|人|"}));
}

TEST(QuantityTest, UnitClasses) {
  auto q = FindQuantities("选派干部35人,培训653人次,实施项目19个,分两批,跟岗3个月,销售12705吨");
  ASSERT_EQ(q.size(), 6u);
  EXPECT_EQ(q[0].unit_class, UnitClass::kPersons);
  EXPECT_EQ(q[1].unit_class, UnitClass::kPersonTimes);
  EXPECT_EQ(q[2].unit_class, UnitClass::kItems);
  EXPECT_EQ(q[3].unit_class, UnitClass::kBatches);
  EXPECT_EQ(q[4].unit_class, UnitClass::kDuration);
  EXPECT_EQ(q[5].unit_class, UnitClass::kMeasure);
  EXPECT_STREQ(UnitClassName(UnitClass::kPersonTimes), "PersonTimes");
}

TEST(QuantityTest, NotQuantities) {
  EXPECT_EQ(Q("2020年,宁波市"), V{});            // a year
  EXPECT_EQ(Q("惠及全县87.18%的农户"), V{});     // a percentage
  EXPECT_EQ(Q("推动第5批医疗团队"), V{});         // an ordinal
  EXPECT_EQ(Q("资金1.61亿元"), V{});              // money
  EXPECT_EQ(Q("圆满完成“十三五”规划"), V{});      // a planning period
  EXPECT_EQ(Q("捐赠一次性医用口罩"), V{});        // 一次性 is a word
  EXPECT_EQ(Q("“汉藏一家亲”演出"), V{});          // 一家亲 is a word
  EXPECT_EQ(Q("推行一村一品"), V{});              // set phrase
  EXPECT_EQ(Q("与莲都区四支部签订协议"), V{});    // part of a name
  EXPECT_EQ(Q("援阿10周年成果展"), V{});          // an anniversary
  EXPECT_EQ(Q("12月11日晚"), V{});                // a date
  EXPECT_EQ(Q("G318国道5G基站"), V{});            // codes
  EXPECT_EQ(Q("利率下降2.3个百分点"), V{});        // percentage points
}

TEST(QuantityTest, ChineseCountAfterAProfessionNoun) {
  // 师 and 团 name a military unit only after their own numeral (一师七团); after 教师 or
  // 艺术团 a Chinese numeral is a count again.
  EXPECT_EQ(Q("选派支教教师二百零五名"), V{"二百零五名|205|名|"});
  EXPECT_EQ(Q("组织艺术团四十人"), V{"四十人|40|人|"});
  EXPECT_EQ(Q("慰问兵团三师五团"), V{});
}

}  // namespace
}  // namespace duikou::recognize
