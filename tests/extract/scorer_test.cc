#include "scorer.h"

#include <gtest/gtest.h>

#include <fstream>

#include "support/test_paths.h"

namespace duikou::extract::scoring {
namespace {

std::string WriteFile(const std::string& text) {
  std::string dir = duikou::testing::MakeTempDir("scorer");
  std::string path = dir + "/expected.tsv";
  std::ofstream(path) << text;
  return path;
}

TEST(Scorer, CountsMatchesPerKindWithSetAndMultisetSemantics) {
  Keys expected = {{"place", {"3306", "3306", "65"}}, {"figure", {"FundsCNY|1|2020", "FundsCNY|1|2020"}}};
  Keys extracted = {{"place", {"3306", "54"}}, {"figure", {"FundsCNY|1|2020"}}};
  auto scores = Score(expected, extracted);
  auto get = [&](const std::string& kind) {
    for (const auto& s : scores)
      if (s.kind == kind) return s;
    return KindScore{};
  };
  KindScore place = get("place");
  EXPECT_EQ(place.expected, 2u);  // a set: 3306 counts once
  EXPECT_EQ(place.matched, 1u);
  EXPECT_DOUBLE_EQ(place.precision, 0.5);
  EXPECT_DOUBLE_EQ(place.recall, 0.5);
  KindScore figure = get("figure");
  EXPECT_EQ(figure.expected, 2u);  // a multiset: two passages, two figures
  EXPECT_EQ(figure.matched, 1u);
  EXPECT_DOUBLE_EQ(figure.precision, 1.0);
  EXPECT_DOUBLE_EQ(figure.recall, 0.5);
  EXPECT_EQ(figure.missed.size(), 1u);
}

TEST(Scorer, LoadsKeysAndIgnoresComments) {
  std::string path = WriteFile(
      "# comment\n\nplace\t3306\t绍兴市\nfigure\tFundsCNY\t161000000\t2020\t\t3306\nevent\t2020-03-30\t\ttitle\n"
      "org\t绍兴市发改委\tGovernmentBody\n");
  Keys keys;
  ASSERT_TRUE(LoadExpectation(path, &keys).ok());
  EXPECT_EQ(keys["place"], std::vector<std::string>{"3306"});
  EXPECT_EQ(keys["figure"], std::vector<std::string>{"FundsCNY|161000000|2020"});
  EXPECT_EQ(keys["event"], std::vector<std::string>{"2020-03-30|"});
  EXPECT_EQ(keys["org"], std::vector<std::string>{"绍兴市发改委|GovernmentBody"});
}

TEST(Scorer, BadLinesAreReportedWithFileAndLine) {
  std::string path = WriteFile("place\t3306\nwidget\tx\n");
  Keys keys;
  Status s = LoadExpectation(path, &keys);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find(":2:"), std::string::npos) << s.message();
  EXPECT_NE(s.message().find("widget"), std::string::npos) << s.message();
  EXPECT_FALSE(LoadExpectation(path + ".absent", &keys).ok());
}

TEST(Scorer, KeysOfAnExtraction) {
  Extraction ex;
  ex.places.push_back({"3306", {"绍兴市"}, {0}});
  Figure f;
  f.metric = "ProjectCount";
  f.value = "19";
  f.year = 2020;
  ex.figures.push_back(f);
  Pairing p;
  p.supporter = {Ref::Kind::kPlace, "3306", "绍兴市"};
  p.recipient = {Ref::Kind::kMention, "辽源经济开发区", "辽源经济开发区"};
  p.type = "对口合作";
  ex.pairings.push_back(p);
  Keys k = KeysOf(ex);
  EXPECT_EQ(k["place"], std::vector<std::string>{"3306"});
  EXPECT_EQ(k["figure"], std::vector<std::string>{"ProjectCount|19|2020"});
  EXPECT_EQ(k["pairing"], std::vector<std::string>{"3306|辽源经济开发区|对口合作"});
}

}  // namespace
}  // namespace duikou::extract::scoring
