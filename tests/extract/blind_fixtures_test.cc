// The blind fixture chapters (tests/fixtures/extract/blind/, written by people who had not read
// the extractor; see the README there) scored together, micro-averaged per kind, against floors.
//
// They do not meet the sample chapter's bar (P 0.9 / R 0.85) on every kind; the floors are the
// scores measured when they were last raised, less a small margin, so that a change that loses
// what was won on unseen wording fails here. Raise a floor when the extractor gets better;
// lower one only with a reason in the commit message.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>

#include "chapter_scoring.h"
#include "support/test_paths.h"

namespace duikou::extract {
namespace {

struct Floor {
  double precision, recall;
};

// Micro-averaged over every blind chapter (batches 1 to 6: 21 chapters), measured with
// scripts/score-fixtures.sh on 2026-11-29; margin 0.03. org, project and award raised after
// the helper qproj's rules, pairing, figure, figure_detail and event after helper qfig's;
// project lowered to 0.93 when the sixth batch came in (its projects, held out, scored
// 0.80 / 0.75 and bring the micro average to 0.96 / 0.96). figure_subject (who gave) was
// first scored in the fourth session: 0.64 when every figure took the home city, 0.87 with
// actors; the second and third batches name the home city where the others name the acting
// enterprise or charity, which caps it. project_place (name + place) too: 0.73 / 0.72 before
// receiving-side chapters put projects in the home, 0.94 / 0.93 after (with the seventh batch).
// award_winner: 0.96 / 0.93 when first scored, 1.00 / 1.00 once a winner's own team was no
// co-winner and bare names before 获 were read. With the seventh and eighth batches (29
// chapters, fourth session) and their fixes: project 0.97 / 0.96, floor raised to 0.94 / 0.93.
// The ninth batch (fifth session, 33 chapters), held out, brought figure_detail to 0.96 / 0.95,
// pairing to 1.00 / 0.97 and project_place to 0.91 / 0.90; after its fixes they are 0.97 / 0.97,
// 1.00 / 0.99 and 0.93 / 0.95, and figure_subject 0.88 / 0.88 (floor raised to 0.85).
const std::map<std::string, Floor> kFloors = {
    {"place", {0.96, 0.95}},   {"org", {0.97, 0.96}},    {"person", {0.97, 0.95}},
    {"pairing", {0.97, 0.97}}, {"figure", {0.97, 0.97}}, {"figure_detail", {0.96, 0.96}},
    {"figure_subject", {0.85, 0.85}}, {"project_place", {0.91, 0.91}}, {"award_winner", {0.97, 0.97}},
    {"project", {0.94, 0.93}}, {"event", {0.97, 0.97}},  {"award", {0.97, 0.97}},
};

TEST(BlindFixtures, MicroAveragedScoresStayAboveTheirFloors) {
  const std::string dir = duikou::testing::SourceDir() + "/tests/fixtures/extract/blind";
  std::vector<std::string> chapters;
  for (const auto& entry : std::filesystem::directory_iterator(dir))
    if (auto path = entry.path(); path.extension() == ".txt" && std::filesystem::exists(path.replace_extension(".tsv")))
      chapters.push_back(path.replace_extension(".txt").string());
  std::sort(chapters.begin(), chapters.end());
  ASSERT_GE(chapters.size(), 11u) << "blind chapters missing in " << dir;

  std::map<std::string, scoring::KindScore> total;
  std::string reports;
  for (const auto& chapter : chapters) {
    auto r = testing::ScoreChapter(chapter, chapter.substr(0, chapter.size() - 4) + ".tsv");
    ASSERT_TRUE(r.error.empty()) << chapter << ": " << r.error;
    for (const auto& s : r.scores) {
      auto& t = total[s.kind];
      t.expected += s.expected;
      t.extracted += s.extracted;
      t.matched += s.matched;
    }
    reports += "== " + chapter + "\n" + r.report;
  }
  for (const auto& [kind, floor] : kFloors) {
    const auto& t = total[kind];
    ASSERT_GT(t.expected, 0u) << kind;
    double p = t.extracted ? double(t.matched) / t.extracted : 1.0;
    double r = double(t.matched) / t.expected;
    std::printf("%-14s P=%.3f R=%.3f (%zu expected, %zu extracted, %zu matched)\n", kind.c_str(), p, r, t.expected,
                t.extracted, t.matched);
    EXPECT_GE(p, floor.precision) << kind << "\n" << reports;
    EXPECT_GE(r, floor.recall) << kind << "\n" << reports;
  }
}

}  // namespace
}  // namespace duikou::extract
