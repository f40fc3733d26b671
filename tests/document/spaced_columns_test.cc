// Rows of tables laid out with spaces: splitting at gaps (on hand-made text) and placing
// cells under the header's columns.
#include "document/spaced_columns.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "document/table_reconstruction.h"
#include "text/decoder.h"
#include "text/normalizer.h"

namespace duikou::document {
namespace {

using ::testing::ElementsAre;

// A line given in original and normalized form, with the normalized->original map spelled
// out the way the normalizer would make it.
class SpacedLineTest : public ::testing::Test {
 protected:
  // `original` as the file has it; `normalized` with its map `to_input` (one per byte + end).
  SpacedLine Split(const std::string& original, const std::string& normalized, std::vector<uint32_t> to_input) {
    original_ = original;
    decoded_.utf8 = original_;
    norm_.text = normalized;
    norm_.to_input = std::move(to_input);
    SourceText src(&decoded_, &norm_);
    has_gap_ = HasGap(src, 0, normalized.size());
    return SplitAtGaps(src, 0, normalized.size());
  }
  std::vector<std::string> Cells(const SpacedLine& l) const {
    std::vector<std::string> out;
    for (const SpacedCell& c : l.cells) out.push_back(norm_.text.substr(c.cell.begin, c.cell.end - c.cell.begin));
    return out;
  }
  static std::vector<uint32_t> Identity(size_t n) {
    std::vector<uint32_t> m;
    for (uint32_t i = 0; i <= n; ++i) m.push_back(i);
    return m;
  }

  std::string original_;
  text::DecodedView decoded_;
  text::NormalizedText norm_;
  bool has_gap_ = false;
};

TEST_F(SpacedLineTest, TwoSpacesSeparateCellsOneSpaceDoesNot) {
  // ASCII only, so the normalized text can keep the spaces and the map is the identity.
  const std::string line = "ab cd  ef   g";
  SpacedLine l = Split(line, line, Identity(line.size()));
  EXPECT_TRUE(has_gap_);
  EXPECT_FALSE(l.indented);
  EXPECT_THAT(Cells(l), ElementsAre("ab cd", "ef", "g"));
  ASSERT_EQ(l.cells.size(), 3u);
  EXPECT_EQ(l.cells[1].column_begin, 7u);
  EXPECT_EQ(l.cells[1].column_end, 9u);
}

TEST_F(SpacedLineTest, FullWidthSpaceIsAGapAndWideCharactersTakeTwoColumns) {
  // "甲　乙": the normalizer keeps one ' ' between the two Han characters.
  const std::string original = "甲\xE3\x80\x80乙";
  const std::string normalized = "甲 乙";
  SpacedLine l = Split(original, normalized, {0, 0, 0, 3, 6, 6, 6, 9});
  EXPECT_TRUE(has_gap_);
  EXPECT_THAT(Cells(l), ElementsAre("甲", "乙"));
  EXPECT_EQ(l.cells[1].column_begin, 4u);  // 甲 (2) + full-width space (2)
}

TEST_F(SpacedLineTest, NoGapInProse) {
  const std::string line = "plain words here";
  SpacedLine l = Split(line, line, Identity(line.size()));
  EXPECT_FALSE(has_gap_);
  EXPECT_THAT(Cells(l), ElementsAre("plain words here"));
}

SpacedLine Layout(std::vector<std::pair<size_t, size_t>> columns, bool indented = false) {
  SpacedLine l;
  l.indented = indented;
  size_t at = 0;
  for (auto [b, e] : columns) {
    l.cells.push_back(SpacedCell{CellRef{at, at + 1}, b, e});
    at += 2;
  }
  return l;
}

TEST(AlignUnderHeaderTest, IndentedRowLandsUnderItsColumns) {
  const SpacedLine header = Layout({{0, 4}, {10, 12}, {20, 26}});
  std::vector<CellRef> out;
  ASSERT_TRUE(AlignUnderHeader(header, Layout({{10, 14}, {20, 26}}, true), 100, &out));
  ASSERT_EQ(out.size(), 3u);
  EXPECT_TRUE(out[0].empty());
  EXPECT_EQ(out[0].begin, 0u);  // an empty cell sits where the next filled one starts
  EXPECT_FALSE(out[1].empty());
  EXPECT_FALSE(out[2].empty());
}

TEST(AlignUnderHeaderTest, MissingLastColumnAndCenteredCells) {
  const SpacedLine header = Layout({{2, 6}, {12, 16}, {22, 26}});
  std::vector<CellRef> out;
  // Cells wider than their header names, centred under them.
  ASSERT_TRUE(AlignUnderHeader(header, Layout({{0, 8}, {10, 18}}), 100, &out));
  ASSERT_EQ(out.size(), 3u);
  EXPECT_FALSE(out[0].empty());
  EXPECT_FALSE(out[1].empty());
  EXPECT_TRUE(out[2].empty());
}

TEST(AlignUnderHeaderTest, TwoCellsInOneColumnAreNotPlaced) {
  const SpacedLine header = Layout({{0, 4}, {20, 24}, {40, 44}});
  std::vector<CellRef> out;
  EXPECT_FALSE(AlignUnderHeader(header, Layout({{0, 4}, {6, 10}}, false), 100, &out));
  EXPECT_EQ(out.size(), 2u);  // as printed
  EXPECT_FALSE(AlignUnderHeader(header, Layout({{0, 4}, {6, 8}, {20, 24}, {40, 44}}), 100, &out));
}

TEST(AlignUnderHeaderTest, FlaggedRowsAreKeptAsPrintedAndAmbiguous) {
  // "h1\th2\nx\ty\n\tz" with the last row flagged: not filled from above.
  const std::string text = "h1\th2\nx\ty\nz";
  const std::vector<std::vector<CellRef>> rows = {{{0, 2}, {3, 5}}, {{6, 7}, {8, 9}}, {{10, 10}, {10, 11}}};
  const std::vector<bool> flagged = {false, false, true};
  ReconstructedTable t = ReconstructTable(text, rows, &flagged);
  ASSERT_EQ(t.rows.size(), 2u);
  EXPECT_THAT(t.ambiguous, ElementsAre(false, true));
  EXPECT_TRUE(t.rows[1][0].empty());
  ReconstructedTable unflagged = ReconstructTable(text, rows);
  EXPECT_THAT(unflagged.ambiguous, ElementsAre(false, false));  // filled from above instead
}

}  // namespace
}  // namespace duikou::document
