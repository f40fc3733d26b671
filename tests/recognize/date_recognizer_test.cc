#include "recognize/date_recognizer.h"

#include <gtest/gtest.h>

namespace duikou::recognize {
namespace {

// "surface|start[/end]|precision[*]" for each date; * marks a year taken from context.
std::vector<std::string> D(std::string_view text, int year = 0) {
  std::vector<std::string> out;
  for (const auto& d : FindDates(text, year)) {
    const char* p = d.precision == DatePrecision::kDay ? "D" : d.precision == DatePrecision::kMonth ? "M" : "Y";
    out.push_back(std::string(text.substr(d.span.begin, d.span.end - d.span.begin)) + "|" + d.start +
                  (d.end.empty() ? "" : "/" + d.end) + "|" + p + (d.year_from_context ? "*" : ""));
  }
  return out;
}

using V = std::vector<std::string>;

TEST(DateTest, FullDates) {
  EXPECT_EQ(D("2020年3月30日,宁波市召开会议"), V{"2020年3月30日|2020-03-30|D"});
  EXPECT_EQ(D("2020年4月,市教育局发起"), V{"2020年4月|2020-04|M"});
  EXPECT_EQ(D("2019年是关键之年"), V{"2019年|2019|Y"});
  EXPECT_EQ(D("2020年,杭州市实施项目"), V{"2020年|2020|Y"});
  EXPECT_EQ(D("2021年3月份"), V{"2021年3月份|2021-03|M"});
  EXPECT_EQ(D("二〇二〇年三月三十日"), V{"二〇二〇年三月三十日|2020-03-30|D"});
  EXPECT_EQ(D("2020年 7 月 24 日"), V{"2020年 7 月 24 日|2020-07-24|D"});
}

TEST(DateTest, YearFromContext) {
  EXPECT_EQ(D("6月3日,捐赠仪式举行", 2020), V{"6月3日|2020-06-03|D*"});
  EXPECT_EQ(D("11月,温州市委书记率团", 2019), V{"11月|2019-11|M*"});
  EXPECT_EQ(D("6月3日,捐赠仪式举行"), V{"6月3日|--06-03|D"});
  EXPECT_EQ(D("11月,考察"), V{"11月|--11|M"});
}

TEST(DateTest, Ranges) {
  EXPECT_EQ(D("2020年12月11日至13日,成果展", 2020), V{"2020年12月11日至13日|2020-12-11/2020-12-13|D"});
  EXPECT_EQ(D("5月25日至27日,考察", 2020), V{"5月25日至27日|2020-05-25/2020-05-27|D*"});
  EXPECT_EQ(D("2020年10月21日至22日"), V{"2020年10月21日至22日|2020-10-21/2020-10-22|D"});
  EXPECT_EQ(D("2020年5月至6月"), V{"2020年5月至6月|2020-05/2020-06|M"});
  EXPECT_EQ(D("2019年12月30日至2020年1月2日"), V{"2019年12月30日至2020年1月2日|2019-12-30/2020-01-02|D"});
  EXPECT_EQ(D("5月30日—6月2日", 2021), V{"5月30日—6月2日|2021-05-30/2021-06-02|D*"});
  EXPECT_EQ(D("2016—2020年"), V{"2016—2020年|2016/2020|Y"});
}

TEST(DateTest, MonthRangesWithOneMonthWord) {
  EXPECT_EQ(D("2020年1—11月,宁波市完成消费扶贫"), V{"2020年1—11月|2020-01/2020-11|M"});
  EXPECT_EQ(D("1至6月完成任务", 2019), V{"1至6月|2019-01/2019-06|M*"});
  EXPECT_EQ(D("2019年1月至11月"), V{"2019年1月至11月|2019-01/2019-11|M"});
  EXPECT_EQ(D("6—1月"), V{"1月|--01|M"});  // backwards: not a range
}

TEST(DateTest, DayRangesWithOneDayWord) {
  EXPECT_EQ(D("9月16—18日,考察团到访", 2021), V{"9月16—18日|2021-09-16/2021-09-18|D*"});
  EXPECT_EQ(D("2020年7月9至10日"), V{"2020年7月9至10日|2020-07-09/2020-07-10|D"});
  EXPECT_EQ(D("3月 5-7 号"), V{"3月 5-7 号|--03-05/--03-07|D"});
  EXPECT_EQ(D("8月16—12日", 2020), V{"8月|2020-08|M*"});  // backwards: not a range
  EXPECT_EQ(D("2月28—31日", 2021), V{});  // no 31 February: an impossible range is no date
}

TEST(DateTest, TimeOfDayIsNotPartOfTheDate) {
  EXPECT_EQ(D("12月11日晚,文艺晚会举行", 2020), V{"12月11日|2020-12-11|D*"});
}

TEST(DateTest, NotDates) {
  EXPECT_EQ(D("开展3个月的支援"), V{});
  EXPECT_EQ(D("12个月以上37人"), V{});
  EXPECT_EQ(D("2月30日"), V{});
  EXPECT_EQ(D("13月5日"), V{});
  EXPECT_EQ(D("连续五年获奖,25年援藏情"), V{});
  EXPECT_EQ(D("计划5年内完成"), V{});
  EXPECT_EQ(D("123456年"), V{});
}

TEST(DateTest, LeapYears) {
  EXPECT_EQ(D("2020年2月29日"), V{"2020年2月29日|2020-02-29|D"});
  EXPECT_EQ(D("2021年2月29日"), V{});  // an impossible date is no date at all, nor a piece of one
}

// What the extract stage's event finder relies on (moved here with its private date reader).
TEST(DateTest, EventDatesDaysMonthsAndRanges) {
  auto d = FindDates("2020年3月30日,会议。12月11日至13日展出。5月25日至6月2日。2020年4月,活动。12个月以上", 2020);
  ASSERT_EQ(d.size(), 4u);
  EXPECT_EQ(d[0].start, "2020-03-30");
  EXPECT_TRUE(d[0].end.empty());
  EXPECT_EQ(d[1].start, "2020-12-11");
  EXPECT_EQ(d[1].end, "2020-12-13");
  EXPECT_EQ(d[2].end, "2020-06-02");
  EXPECT_EQ(d[3].start, "2020-04");
  EXPECT_EQ(d[3].precision, DatePrecision::kMonth);
}

TEST(DateTest, EventDatesRejectImpossibleOnes) {
  EXPECT_TRUE(FindDates("13月5日,3—5个月", 2020).empty());
}

}  // namespace
}  // namespace duikou::recognize

namespace duikou::recognize {
namespace {

TEST(DateTest, DatesFromNumeralPositionsAreTheDatesOfTheText) {
  const std::string text = "2020年3月30日至4月2日，甲市代表团赴乙县考察；二〇二〇年十二月，2016—2020年累计投入1.2亿元，12月11日至13日。";
  const auto scanned = FindDates(text, 2020);
  const auto listed = FindDates(text, 2020, DigitAndNumeralPositions(text));
  ASSERT_EQ(listed.size(), scanned.size());
  for (size_t i = 0; i < scanned.size(); ++i) {
    EXPECT_EQ(listed[i].span.begin, scanned[i].span.begin);
    EXPECT_EQ(listed[i].start, scanned[i].start);
    EXPECT_EQ(listed[i].end, scanned[i].end);
  }
  EXPECT_GE(scanned.size(), 4u);
}

}  // namespace
}  // namespace duikou::recognize
