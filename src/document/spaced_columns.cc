#include "document/spaced_columns.h"

#include <string_view>

#include "text/characters.h"
#include "text/width_folding.h"

namespace duikou::document {
namespace {

// Display width in columns: East Asian wide and full-width characters take two.
size_t ColumnWidth(char32_t cp) {
  if (cp < 0x1100) return 1;
  const bool wide = cp <= 0x115F || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3) ||
                    (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) ||
                    (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || cp >= 0x20000;
  return wide ? 2 : 1;
}

bool IsGapChar(char32_t cp) { return cp == '\t' || text::IsSpaceLike(cp); }

// A cell in the original: decoded byte range and display columns.
struct OriginalCell {
  size_t begin, end, column_begin, column_end;
};

}  // namespace

bool HasGap(const SourceText& src, size_t begin, size_t end) {
  const size_t d_begin = src.DecodedOffset(begin), d_end = src.DecodedOffset(end);
  const std::string_view line = src.decoded().substr(d_begin, d_end - d_begin);
  return line.find("  ") != std::string_view::npos || line.find("\xE3\x80\x80") != std::string_view::npos ||
         line.find('\t') != std::string_view::npos;
}

SpacedLine SplitAtGaps(const SourceText& src, size_t begin, size_t end) {
  SpacedLine out;
  const std::string_view in = src.decoded();
  const size_t d_begin = src.DecodedOffset(begin), d_end = src.DecodedOffset(end);
  // The leading whitespace the normalizer trimmed.
  size_t column = 0;
  for (size_t at = d_begin; at > 0;) {
    size_t before = 0;
    const char32_t cp = text::CharBefore(in, at, &before);
    if (!IsGapChar(cp)) break;
    column += ColumnWidth(cp);
    at = before;
  }
  out.indented = column >= 2;

  std::vector<OriginalCell> cells;
  bool open = false;
  size_t gap = 0;  // columns of whitespace since the last character of a cell
  for (size_t i = d_begin; i < d_end;) {
    size_t len = 0;
    const char32_t cp = utf8::Decode(in, i, &len);
    const size_t width = ColumnWidth(cp);
    if (IsGapChar(cp)) {
      gap += cp == '\t' ? 2 : width;  // a tab always separates cells (a tab row inside a spaced table)
    } else {
      if (!open || gap >= 2) {
        cells.push_back(OriginalCell{i, i, column, column});
        open = true;
      }
      gap = 0;
      cells.back().end = i + len;
      cells.back().column_end = column + width;
    }
    column += width;
    i += len;
  }

  // Normalized ranges: the first normalized byte that comes from at or after each end.
  const std::string_view norm = src.normalized();
  size_t p = begin;
  auto first_at_or_after = [&](size_t d) {
    while (p < end && src.DecodedOffset(p) < d) ++p;
    return p;
  };
  for (const OriginalCell& c : cells) {
    size_t b = first_at_or_after(c.begin);
    size_t e = first_at_or_after(c.end);
    while (b < e && norm[b] == ' ') ++b;
    while (e > b && norm[e - 1] == ' ') --e;
    out.cells.push_back(SpacedCell{CellRef{b, e}, c.column_begin, c.column_end});
  }
  return out;
}

bool AlignUnderHeader(const SpacedLine& header, const SpacedLine& row, size_t line_begin, std::vector<CellRef>* out) {
  out->clear();
  const size_t n = header.cells.size();
  for (const SpacedCell& c : row.cells) out->push_back(c.cell);
  if (row.cells.size() == n && !row.indented) return true;
  if (row.cells.size() > n) return false;
  // Column k starts halfway between header cells k-1 and k (doubled: no fractions).
  std::vector<size_t> placed(n, SIZE_MAX);  // column -> index of the row's cell
  size_t previous = 0;
  for (size_t i = 0; i < row.cells.size(); ++i) {
    const size_t middle2 = row.cells[i].column_begin + row.cells[i].column_end;
    size_t k = 0;
    while (k + 1 < n && header.cells[k].column_end + header.cells[k + 1].column_begin <= middle2) ++k;
    if (i > 0 && k <= previous) return false;  // two cells in one column
    placed[k] = i;
    previous = k;
  }
  // Empty cells sit where the next filled cell starts (or where the last one ends).
  std::vector<CellRef> aligned(n);
  for (size_t k = 0; k < n; ++k) {
    if (placed[k] != SIZE_MAX) aligned[k] = row.cells[placed[k]].cell;
  }
  size_t previous_end = line_begin;
  for (size_t k = 0; k < n; ++k) {
    if (placed[k] != SIZE_MAX) {
      previous_end = aligned[k].end;
      continue;
    }
    size_t next = k + 1;
    while (next < n && placed[next] == SIZE_MAX) ++next;
    const size_t pos = next < n ? aligned[next].begin : previous_end;
    aligned[k] = CellRef{pos, pos};
  }
  *out = std::move(aligned);
  return true;
}

}  // namespace duikou::document
