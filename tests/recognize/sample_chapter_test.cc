// The recognizers on the sample chapter (Shaoxing yearbook 2021): concrete mentions that
// must be found, and things that must not.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>

#include "recognize/date_recognizer.h"
#include "recognize/money_recognizer.h"
#include "recognize/organization_recognizer.h"
#include "recognize/person_recognizer.h"
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

TEST(SampleChapterTest, Organizations) {
  const std::string text = SampleText();
  if (text.empty()) GTEST_SKIP() << "../shared sample chapter is absent";
  OrganizationContext ctx;
  ctx.home = {{"市", "绍兴市"}};
  std::vector<std::string> found;
  for (const auto& o : FindOrganizations(text, ctx)) found.push_back(o.surface + "|" + OrgKindName(o.kind) + "|" + o.full_name);
  auto has = [&](const std::string& s) { return std::find(found.begin(), found.end(), s) != found.end(); };
  EXPECT_TRUE(has("海亮集团有限公司|Enterprise|海亮集团有限公司"));
  EXPECT_TRUE(has("柯桥区对口工作领导小组|GovernmentBody|柯桥区对口工作领导小组"));
  EXPECT_TRUE(has("市发改委|GovernmentBody|绍兴市发展和改革委员会"));
  EXPECT_TRUE(has("市委组织部|GovernmentBody|绍兴市委组织部"));
  EXPECT_TRUE(has("市文联|SocialGroup|绍兴市文学艺术界联合会"));
  EXPECT_TRUE(has("市文化广电旅游局|GovernmentBody|绍兴市文化广电旅游局"));
  EXPECT_TRUE(has("绍兴市委党校|Institution|绍兴市委党校"));
  EXPECT_TRUE(has("比如县人民政府|GovernmentBody|比如县人民政府"));
  EXPECT_TRUE(has("浙江大学建筑设计研究院有限公司|Enterprise|浙江大学建筑设计研究院有限公司"));
  EXPECT_TRUE(has("青海省绍兴(浙江)商会|SocialGroup|青海省绍兴(浙江)商会"));
  EXPECT_TRUE(has("柯桥区心连心艺术团|SocialGroup|柯桥区心连心艺术团"));
  EXPECT_TRUE(has("辽源天语纺织有限公司|Enterprise|辽源天语纺织有限公司"));
  EXPECT_TRUE(has("恒信农商银行|Enterprise|恒信农商银行"));
  EXPECT_TRUE(has("民建上虞区支部|SocialGroup|民建上虞区支部"));
  EXPECT_TRUE(has("中共浙江省委|GovernmentBody|中共浙江省委"));
  EXPECT_TRUE(has("阿瓦提县第二中学|Institution|阿瓦提县第二中学"));
  EXPECT_TRUE(has("县政府|GovernmentBody|比如县政府"));
  for (const auto& f : found) {
    EXPECT_EQ(f.rfind("乡镇卫生院", 0), std::string::npos) << f;
    EXPECT_EQ(f.rfind("以上学校", 0), std::string::npos) << f;
    EXPECT_EQ(f.rfind("党政代表团", 0), std::string::npos) << f;
  }
}

TEST(SampleChapterTest, Persons) {
  const std::string text = SampleText();
  if (text.empty()) GTEST_SKIP() << "../shared sample chapter is absent";
  std::vector<std::string> found;
  for (const auto& p : FindPersons(text)) found.push_back(p.name + "|" + p.role + "|" + p.affiliation);
  const std::vector<std::string> expected = {
      "朱润晔|组长|绍兴市援川工作组", "王怡|援川教师|越城区",   "习近平|总书记|",
      "马卫光|市委书记|市委",
      "盛阅春|市领导|",               "徐晓光|市领导|",         "徐国龙|市领导|",
      "徐良平|市领导|",               "陆维|市领导|",           "张亮宗|摄影|",
      "何雯|摄影|",                   "柴伟|市委书记|辽源市委", "韩阳|市委副书记|辽源市委",
      "马卫光|市委书记|绍兴市委",     "袁家军|省委书记|省委",   "袁家军|省委书记|中共浙江省委",
  };
  EXPECT_EQ(found, expected);
}

}  // namespace
}  // namespace duikou::recognize
