// Extractor on documents built by hand (no reader involved): places, determinism and what
// holds across fact kinds. One behaviour per test, in a city and wording that are not the
// sample chapter's; the other kinds have files of their own (extractor_<kind>_test.cc).
#include "extractor_test_support.h"

#include <thread>

namespace duikou::extract {
namespace {

TEST_F(ExtractorTest, SameInputSameOutputAnyThreadCount) {
  Extractor ex(gaz_);
  document::Document doc = MakeDocument(kNingbo);
  const std::string once = ToDebugString(ex.Extract(doc));
  EXPECT_FALSE(once.empty());
  EXPECT_EQ(ToDebugString(ex.Extract(doc)), once);
  std::vector<std::string> results(4);
  std::vector<std::thread> threads;
  for (size_t i = 0; i < results.size(); ++i)
    threads.emplace_back([&, i] { results[i] = ToDebugString(ex.Extract(doc)); });
  for (auto& t : threads) t.join();
  for (const auto& r : results) EXPECT_EQ(r, once);
}

TEST_F(ExtractorTest, EmptyDocumentGivesEmptyExtraction) {
  Extraction ex = Run({});
  EXPECT_TRUE(ex.places.empty());
  EXPECT_TRUE(ex.figures.empty());
  EXPECT_TRUE(ex.pairings.empty());
}

TEST_F(ExtractorTest, AnInstitutionNamedAfterAPlaceNamesNoPlace) {
  Extraction ex = Run({
      {"东西部协作", "教育帮扶",
       "2021年，宁波市对口帮扶黔西南州晴隆县。宁波市第二中学向沙子镇中心小学捐赠图书，贵州大学派出专家8人，"
       "宁波市第一医院帮扶安龙县医院。"},
  });
  auto codes = PlaceCodes(ex);
  EXPECT_THAT(codes, Contains("522324"));
  EXPECT_THAT(codes, Not(Contains("522324101")));  // 沙子镇 only names the school
  EXPECT_THAT(codes, Not(Contains("52")));         // 贵州 only names the university
  EXPECT_THAT(codes, Contains("522328"));          // 安龙县医院: a county's hospital, in the county
}

TEST_F(ExtractorTest, AShortNameBeforeACollegeNamesAPlaceTheDocumentNamesElsewhere) {
  Extraction ex = Run({{"东西部协作", "概况", "2021年，宁波市对口帮扶黔西南州兴义市。"},
                       {"东西部协作", "教育帮扶", "宁波市为兴义学院培训教师120人次。"}});
  const PlaceRecord* city = nullptr;
  for (const auto& p : ex.places)
    if (p.code == "522301") city = &p;
  ASSERT_NE(city, nullptr);
  EXPECT_THAT(city->passages, Contains(1u));  // the college's city, named in full in passage 0
}

TEST_F(ExtractorTest, ATownshipBeforeAKindOfSchoolNamesOnlyTheSchool) {
  Extraction ex = Run({
      {"东西部协作", "教育帮扶",
       "2021年，常州市对口帮扶紫阳县。常州市第一中学与蒿坪镇民族中学结为姊妹学校，天宁区援建汉王镇实验小学。"},
  });
  auto codes = PlaceCodes(ex);
  EXPECT_THAT(codes, Contains("610924"));
  EXPECT_THAT(codes, Not(Contains("610924101")));  // 蒿坪镇 only names the school
  EXPECT_THAT(codes, Not(Contains("610924102")));  // 汉王镇 likewise
}

TEST_F(ExtractorTest, StudentsFromAPlaceStillNameThePlace) {
  Extraction ex = Run({{"东西部协作", "劳务协作", "2021年，宁波市对口帮扶黔西南州晴隆县，吸纳贵州大学生就业300人。"}});
  EXPECT_THAT(PlaceCodes(ex), Contains("52"));
}

}  // namespace
}  // namespace duikou::extract
