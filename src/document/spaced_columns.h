// Table rows laid out with runs of spaces instead of tabs.
//
// Some yearbooks (and most OCR output) set tables with spaces: "地区    县    单位", or with
// full-width spaces between the cells. The normalizer folds such runs into one space or
// none, so the cells are found in the original line: a gap is a run of whitespace at least
// two columns wide (two spaces, or one full-width space), counting a wide (CJK) character
// as two columns; a single space stays inside its cell ("原产地 真好味"). Cell positions in
// columns let rows with empty cells ("same as above") be aligned under the header.
#pragma once

#include <cstddef>
#include <vector>

#include "document/source_text.h"
#include "document/table_reconstruction.h"

namespace duikou::document {

struct SpacedCell {
  CellRef cell;              // normalized byte range, spaces trimmed
  size_t column_begin = 0;   // display columns in the original line
  size_t column_end = 0;
};

struct SpacedLine {
  std::vector<SpacedCell> cells;
  bool indented = false;  // the original line starts with a gap: its first column is empty
};

// Whether the original of normalized line [begin, end) has a gap between its first and
// last character: a quick test before SplitAtGaps.
bool HasGap(const SourceText& src, size_t begin, size_t end);

// Cells of normalized line [begin, end) (no '\n' inside), split at the gaps of the original.
SpacedLine SplitAtGaps(const SourceText& src, size_t begin, size_t end);

// The cells of `row` placed under the columns of `header`: each cell goes to the header
// column whose span (up to halfway to the next header cell) holds the cell's middle, and
// columns no cell reaches get an empty cell. A row with as many cells as the header that
// is not indented is taken as it is. Returns false, leaving `out` with the row's cells as
// printed, when two cells land in one column.
bool AlignUnderHeader(const SpacedLine& header, const SpacedLine& row, size_t line_begin, std::vector<CellRef>* out);

}  // namespace duikou::document
