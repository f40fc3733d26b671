// The sample chapter scored against its hand-written expectation
// (tests/extract/expected/sample_chapter.tsv): precision >= 0.9 and recall >= 0.85 per kind.
#include <gtest/gtest.h>

#include "chapter_scoring.h"
#include "support/test_paths.h"

namespace duikou::extract {
namespace {

constexpr double kMinPrecision = 0.9;
constexpr double kMinRecall = 0.85;

class SampleChapterScore : public ::testing::TestWithParam<std::string> {
 protected:
  static const testing::ChapterResult& Result() {
    static const testing::ChapterResult r = [] {
      auto sample = duikou::testing::SampleChapter();
      if (!sample) return testing::ChapterResult{"absent", {}, {}, ""};
      return testing::ScoreChapter(*sample, duikou::testing::SourceDir() + "/tests/extract/expected/sample_chapter.tsv");
    }();
    return r;
  }
};

TEST_P(SampleChapterScore, MeetsTheBar) {
  const auto& r = Result();
  if (r.error == "absent") GTEST_SKIP() << "../shared/seed is absent; skipping";
  ASSERT_TRUE(r.error.empty()) << r.error;
  auto s = testing::ScoreOf(r.scores, GetParam());
  ASSERT_GT(s.expected, 0u) << "no expectation for " << GetParam();
  EXPECT_GE(s.precision, kMinPrecision) << r.report;
  EXPECT_GE(s.recall, kMinRecall) << r.report;
  std::printf("%-8s P=%.3f R=%.3f (%zu expected, %zu extracted, %zu matched)\n", GetParam().c_str(), s.precision,
              s.recall, s.expected, s.extracted, s.matched);
}

INSTANTIATE_TEST_SUITE_P(Kinds, SampleChapterScore,
                         ::testing::Values("place", "org", "person", "pairing", "figure", "figure_detail", "project", "event",
                                           "award"));

}  // namespace
}  // namespace duikou::extract
