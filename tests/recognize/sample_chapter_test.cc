// The recognizers on the sample chapter (Shaoxing yearbook 2021): concrete mentions that
// must be found, and things that must not.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>

#include "recognize/date_recognizer.h"
#include "recognize/money_recognizer.h"
#include "recognize/quantity_recognizer.h"
#include "sample_text.h"
#include "support/test_paths.h"

namespace duikou::recognize {
namespace {

// ../shared next to the source tree, or $DUIKOU_SHARED (for git worktrees placed elsewhere).
std::string SampleText() {
  auto path = ::duikou::testing::SampleChapter();
  if (!path) {
    const char* shared = std::getenv("DUIKOU_SHARED");
    if (shared == nullptr) return {};
    path = std::string(shared) + "/seed/000_3bb9964064fcccfa.txt";
    if (!std::filesystem::exists(*path)) return {};
  }
  return testing::NormalizeLikeTextStage(::duikou::testing::ReadFileOrDie(*path));
}

std::string Surface(const std::string& text, Span s) { return text.substr(s.begin, s.end - s.begin); }

TEST(SampleChapterTest, Money) {
  const std::string text = SampleText();
  if (text.empty()) GTEST_SKIP() << "../shared sample chapter is absent";
  std::vector<std::string> found;
  for (const auto& m : FindMoney(text)) {
    found.push_back(Surface(text, m.span) + "|" + m.value + "|" + m.approx + "|" + m.context);
  }
  auto has = [&](const std::string& s) { return std::find(found.begin(), found.end(), s) != found.end(); };
  EXPECT_TRUE(has("5.06亿元|506000000||"));
  EXPECT_TRUE(has("1.61亿元|161000000||"));
  EXPECT_TRUE(has("1275万元|12750000||"));  // broken across a page in the file
  EXPECT_TRUE(has("126.2万元|1262000||计划外"));
  EXPECT_TRUE(has("40.84亿元|4084000000||协议"));
  EXPECT_TRUE(has("24.21亿元|2421000000||到位"));
  EXPECT_TRUE(has("100多万元|1000000|多|价值"));
  EXPECT_TRUE(has("超2亿元|200000000|超|协议"));
  EXPECT_TRUE(has("约79万元|790000|约|"));
  EXPECT_TRUE(has("18.9万元|189000||价值"));
  EXPECT_TRUE(has("37.22亿元|3722000000||实际投资"));
  EXPECT_TRUE(has("4125万元|41250000||总投资"));
  EXPECT_TRUE(has("1093.7万元|10937000||"));
  EXPECT_EQ(found.size(), 61u);
}

TEST(SampleChapterTest, Quantities) {
  const std::string text = SampleText();
  if (text.empty()) GTEST_SKIP() << "../shared sample chapter is absent";
  std::vector<std::string> found;
  for (const auto& q : FindQuantities(text)) {
    found.push_back(Surface(text, q.span) + "|" + q.value + (q.upper.empty() ? "" : "~" + q.upper) + "|" + q.unit);
  }
  auto has = [&](const std::string& s) { return std::find(found.begin(), found.end(), s) != found.end(); };
  EXPECT_TRUE(has("85个|85|个"));
  EXPECT_TRUE(has("429人|429|人"));
  EXPECT_TRUE(has("15万只|150000|只"));
  EXPECT_TRUE(has("127.2万人次|1272000|人次"));
  EXPECT_TRUE(has("3—5个月|3~5|个月"));
  EXPECT_TRUE(has("35批次|35|批次"));
  EXPECT_TRUE(has("250余人次|250|人次"));
  EXPECT_TRUE(has("两批|2|批"));
  // Never: years, percentages, ordinals, names.
  for (const auto& f : found) {
    EXPECT_EQ(f.find("2020"), std::string::npos) << f;
    EXPECT_EQ(f.find("第"), std::string::npos) << f;
    EXPECT_EQ(f.find("四支"), std::string::npos) << f;
    EXPECT_EQ(f.find("%"), std::string::npos) << f;
  }
}

TEST(SampleChapterTest, Dates) {
  const std::string text = SampleText();
  if (text.empty()) GTEST_SKIP() << "../shared sample chapter is absent";
  std::vector<std::string> found;
  size_t years = 0;
  for (const auto& d : FindDates(text, 2020)) {
    if (d.precision == DatePrecision::kYear) {
      ++years;
      continue;
    }
    found.push_back(Surface(text, d.span) + "|" + d.start + (d.end.empty() ? "" : "/" + d.end));
  }
  const std::vector<std::string> expected = {
      "2020年3月30日|2020-03-30",
      "2月25日|2020-02-25",
      "3月6日|2020-03-06",
      "2020年5月23日|2020-05-23",
      "2020年4月|2020-04",
      "6月3日|2020-06-03",
      "2020年12月11日至13日|2020-12-11/2020-12-13",
      "12月11日|2020-12-11",
      "2020年10月|2020-10",
      "2020年11月5日|2020-11-05",
      "2020年9月|2020-09",
      "2020年7月24日|2020-07-24",
      "2020年9月26日|2020-09-26",
      "2020年5月28日|2020-05-28",
      "2020年5月28日|2020-05-28",
      "5月25日至27日|2020-05-25/2020-05-27",
      "9月24日|2020-09-24",
      "11月|2020-11",
      "2020年10月21日至22日|2020-10-21/2020-10-22",
  };
  EXPECT_EQ(found, expected);
  EXPECT_GE(years, 40u);
}

}  // namespace
}  // namespace duikou::recognize
