// Table reconstruction: tab-separated physical rows -> logical rows.
//
// Yearbook tables reach us as lines of tab-separated cells with the typesetter's layout
// still in them. The rules, in order (none depends on what the cells say):
//  1. Side by side. When the header row is one block of k column names repeated m >= 2
//     times (对口关系 受援地 支援地 | 对口关系 受援地 支援地), the table is m tables of width k
//     printed next to each other. Each physical row is cut into m blocks; the blocks of
//     block-column j form stream j, and the streams are stacked: all of stream 0, then all of
//     stream 1, ...; the logical header is the first block.
//  2. Stray separators. A row with more cells than the header (trailing empty cells
//     ignored) has an extra tab; removing an empty cell at a block boundary (scanning
//     left to right) is the only repair made. A row that still does not fit is kept whole
//     and flagged.
//  3. Merged cells. An empty cell means "same as the row above" in its stream: it takes the
//     value of the cell above, so a row with only the last column filled is another value
//     for the same keys (another supporter of the same recipient). A ditto cell (〃, 同上)
//     says so explicitly and counts as empty.
//  4. No silent guesses. A block is kept as printed (empty cells stay empty) and flagged
//     ambiguous when
//       - its first column opens a new group but a later column is empty (a new group
//         cannot inherit from the previous group), or
//       - it has an empty cell and there is no row above to inherit from, or
//       - it holds a placeholder cell (only dashes: —, -) — a filler with no data.
//     A flagged row never serves as the row above for the next one.
//  5. Blocks and rows that are entirely empty are dropped.
//  6. A row the caller could not lay out (`flagged`: cells of a space-separated row that
//     did not fit under the header's columns) is kept whole and flagged, as in rule 2.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace duikou::document {

// A cell: byte range [begin, end) of the normalized text; empty when begin == end.
struct CellRef {
  size_t begin = 0;
  size_t end = 0;
  bool empty() const { return begin == end; }
};

struct ReconstructedTable {
  std::vector<CellRef> header;
  std::vector<std::vector<CellRef>> rows;
  std::vector<bool> ambiguous;
};

// `physical_rows[0]` is the header row. `text` is the normalized text the cells point into.
// `flagged`, when given, runs parallel to `physical_rows` (rule 6).
ReconstructedTable ReconstructTable(std::string_view text, const std::vector<std::vector<CellRef>>& physical_rows,
                                    const std::vector<bool>* flagged = nullptr);

}  // namespace duikou::document
