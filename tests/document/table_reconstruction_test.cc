#include "document/table_reconstruction.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace duikou::document {
namespace {

using ::testing::ElementsAre;

// Builds physical rows from tab-separated lines, the way the recognizer does.
class TableBuilder {
 public:
  explicit TableBuilder(std::vector<std::string> lines) {
    for (const std::string& l : lines) {
      std::vector<CellRef> row;
      size_t cell = text_.size();
      text_ += l;
      const size_t end = text_.size();
      for (size_t i = cell; i <= end; ++i) {
        if (i == end || text_[i] == '\t') {
          row.push_back(CellRef{cell, i});
          cell = i + 1;
        }
      }
      text_ += '\n';
      rows_.push_back(row);
    }
    table_ = ReconstructTable(text_, rows_);
  }
  std::vector<std::string> Row(size_t i) const { return Cells(table_.rows.at(i)); }
  std::vector<std::string> Header() const { return Cells(table_.header); }
  const ReconstructedTable& table() const { return table_; }

 private:
  std::vector<std::string> Cells(const std::vector<CellRef>& cells) const {
    std::vector<std::string> out;
    for (const CellRef& c : cells) out.push_back(text_.substr(c.begin, c.end - c.begin));
    return out;
  }
  std::string text_;
  std::vector<std::vector<CellRef>> rows_;
  ReconstructedTable table_;
};

TEST(TableReconstructionTest, PlainTableWithMergedCells) {
  TableBuilder t({"类别\t地区\t数量", "甲\tA\t1", "\tB\t2", "\t\t3", "乙\tC\t4"});
  EXPECT_THAT(t.Header(), ElementsAre("类别", "地区", "数量"));
  ASSERT_EQ(t.table().rows.size(), 4u);
  EXPECT_THAT(t.Row(0), ElementsAre("甲", "A", "1"));
  EXPECT_THAT(t.Row(1), ElementsAre("甲", "B", "2"));
  EXPECT_THAT(t.Row(2), ElementsAre("甲", "B", "3"));
  EXPECT_THAT(t.Row(3), ElementsAre("乙", "C", "4"));
  EXPECT_THAT(t.table().ambiguous, ElementsAre(false, false, false, false));
}

TEST(TableReconstructionTest, SideBySideHalvesAreStacked) {
  TableBuilder t({"类\t地\t类\t地\t", "甲\tA\t丙\tX\t", "\tB\t\tY", "乙\tC\t\t"});
  EXPECT_THAT(t.Header(), ElementsAre("类", "地"));
  ASSERT_EQ(t.table().rows.size(), 5u);
  EXPECT_THAT(t.Row(0), ElementsAre("甲", "A"));
  EXPECT_THAT(t.Row(1), ElementsAre("甲", "B"));
  EXPECT_THAT(t.Row(2), ElementsAre("乙", "C"));
  EXPECT_THAT(t.Row(3), ElementsAre("丙", "X"));
  EXPECT_THAT(t.Row(4), ElementsAre("丙", "Y"));
}

TEST(TableReconstructionTest, ExtraSeparatorAtBlockBoundaryIsRemoved) {
  TableBuilder t({"类\t地\t类\t地", "甲\tA\t\t丙\tX", "\tB\t\t\tY"});
  ASSERT_EQ(t.table().rows.size(), 4u);
  EXPECT_THAT(t.Row(2), ElementsAre("丙", "X"));
  EXPECT_THAT(t.Row(3), ElementsAre("丙", "Y"));
  EXPECT_THAT(t.table().ambiguous, ElementsAre(false, false, false, false));
}

TEST(TableReconstructionTest, RowsThatDoNotFitAreKeptAndFlagged) {
  TableBuilder t({"类\t地\t量", "甲\tA\t1", "乙\t\t2", "\tB\t—", "x\ty\tz\tw"});
  ASSERT_EQ(t.table().rows.size(), 4u);
  EXPECT_THAT(t.Row(1), ElementsAre("乙", "", "2"));   // new group, empty cell: not inherited
  EXPECT_THAT(t.Row(2), ElementsAre("", "B", "—"));    // placeholder
  EXPECT_THAT(t.Row(3), ElementsAre("x", "y", "z", "w"));  // too wide, kept whole
  EXPECT_THAT(t.table().ambiguous, ElementsAre(false, true, true, true));
}

TEST(TableReconstructionTest, DittoMarksInherit) {
  TableBuilder t({"类\t地\t量", "甲\tA\t1", "〃\t同上\t2"});
  ASSERT_EQ(t.table().rows.size(), 2u);
  EXPECT_THAT(t.Row(1), ElementsAre("甲", "A", "2"));
  EXPECT_THAT(t.table().ambiguous, ElementsAre(false, false));
}

TEST(TableReconstructionTest, FirstRowCannotInherit) {
  TableBuilder t({"类\t地", "\tA", "甲\tB"});
  EXPECT_THAT(t.table().ambiguous, ElementsAre(true, false));
}

TEST(TableReconstructionTest, EmptyRowsAreDropped) {
  TableBuilder t({"类\t地", "\t", "甲\tA", ""});
  ASSERT_EQ(t.table().rows.size(), 1u);
}

}  // namespace
}  // namespace duikou::document
