// The project's own fixture chapters (tests/fixtures/extract/*.txt, other cities, layouts and
// wordings, one in traditional characters, one re-encoded as GB18030) scored against their hand-written expectations
// with the same bar as the sample chapter.
#include <gtest/gtest.h>

#include <tuple>

#include "chapter_scoring.h"
#include "support/test_paths.h"

namespace duikou::extract {
namespace {

constexpr double kMinPrecision = 0.9;
constexpr double kMinRecall = 0.85;

using Param = std::tuple<std::string, std::string>;  // fixture name, kind

// The expectation of a fixture: its own .tsv, except for re-encodings of another fixture.
std::string ExpectationOf(const std::string& fixture) {
  if (fixture == "ningbo_numbered_gb18030") return "ningbo_numbered";
  return fixture;
}

class FixtureScore : public ::testing::TestWithParam<Param> {};

TEST_P(FixtureScore, MeetsTheBar) {
  const auto& [fixture, kind] = GetParam();
  std::string dir = duikou::testing::SourceDir() + "/tests/fixtures/extract/";
  auto r = testing::ScoreChapter(dir + fixture + ".txt", dir + ExpectationOf(fixture) + ".tsv");
  ASSERT_TRUE(r.error.empty()) << r.error;
  auto s = testing::ScoreOf(r.scores, kind);
  ASSERT_GT(s.expected, 0u) << "no expectation for " << kind;
  EXPECT_GE(s.precision, kMinPrecision) << r.report;
  EXPECT_GE(s.recall, kMinRecall) << r.report;
}

INSTANTIATE_TEST_SUITE_P(
    Chapters, FixtureScore,
    ::testing::Combine(::testing::Values("ningbo_numbered", "ningbo_numbered_gb18030", "hangzhou_traditional"),
                       ::testing::Values("place", "org", "person", "pairing", "figure", "figure_detail", "project", "event",
                                         "award")),
    [](const ::testing::TestParamInfo<Param>& info) { return std::get<0>(info.param) + "_" + std::get<1>(info.param); });

}  // namespace
}  // namespace duikou::extract
