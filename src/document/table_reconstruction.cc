#include "document/table_reconstruction.h"

#include <optional>

namespace duikou::document {
namespace {

using Row = std::vector<CellRef>;

std::string_view CellText(std::string_view text, CellRef c) { return text.substr(c.begin, c.end - c.begin); }

void TrimTrailingEmpty(Row* r) {
  while (!r->empty() && r->back().empty()) r->pop_back();
}

// Cells that say "same as above" in so many words: the ditto mark 〃 and 同上.
bool IsDitto(std::string_view s) { return s == "〃" || s == "同上" || s == "\""; }

bool IsPlaceholder(std::string_view s) {
  if (s.empty()) return false;
  for (size_t i = 0; i < s.size();) {
    if (s[i] == '-') {
      ++i;
    } else if (s.substr(i, 3) == "—") {
      i += 3;
    } else {
      return false;
    }
  }
  return true;
}

// Block width k when the header is one block repeated m >= 2 times, else the header width.
size_t BlockWidth(std::string_view text, const Row& header) {
  const size_t n = header.size();
  for (size_t k = 1; k <= n / 2; ++k) {
    if (n % k != 0) continue;
    bool repeats = true;
    for (size_t i = k; i < n && repeats; ++i) {
      repeats = CellText(text, header[i]) == CellText(text, header[i % k]);
    }
    bool named = true;
    for (size_t i = 0; i < k; ++i) named &= !header[i].empty();
    if (repeats && named) return k;
  }
  return n;
}

// Rule 2: drop empty cells at block boundaries until the row fits; false if it cannot.
bool FitToWidth(Row* r, size_t k, size_t width) {
  for (size_t boundary = k; r->size() > width && boundary < r->size(); boundary += k) {
    if ((*r)[boundary].empty()) {
      r->erase(r->begin() + static_cast<std::ptrdiff_t>(boundary));
      boundary -= k;  // the same boundary now holds the next cell
    }
  }
  return r->size() <= width;
}

struct Stream {
  std::vector<Row> blocks;
  std::vector<bool> forced_ambiguous;
};

}  // namespace

ReconstructedTable ReconstructTable(std::string_view text, const std::vector<Row>& physical_rows,
                                    const std::vector<bool>* flagged) {
  ReconstructedTable out;
  if (physical_rows.empty()) return out;
  Row header = physical_rows[0];
  TrimTrailingEmpty(&header);
  if (header.empty()) return out;
  const size_t k = BlockWidth(text, header);
  const size_t width = header.size();
  const size_t m = width / k;
  out.header.assign(header.begin(), header.begin() + static_cast<std::ptrdiff_t>(k));

  std::vector<Stream> streams(m);
  for (size_t r = 1; r < physical_rows.size(); ++r) {
    Row row = physical_rows[r];
    for (CellRef& c : row) {
      if (IsDitto(CellText(text, c))) c.end = c.begin;  // an explicit "same as above"
    }
    TrimTrailingEmpty(&row);
    if (row.empty()) continue;
    if ((flagged != nullptr && (*flagged)[r]) || !FitToWidth(&row, k, width)) {
      // Kept whole and flagged, in the first stream at its place.
      streams[0].blocks.push_back(row);
      streams[0].forced_ambiguous.push_back(true);
      continue;
    }
    const CellRef row_end{row.back().end, row.back().end};  // where padding cells "are"
    row.resize(width, row_end);
    for (size_t j = 0; j < m; ++j) {
      Row block(row.begin() + static_cast<std::ptrdiff_t>(j * k), row.begin() + static_cast<std::ptrdiff_t>((j + 1) * k));
      bool all_empty = true;
      for (const CellRef& c : block) all_empty &= c.empty();
      if (all_empty) continue;
      streams[j].blocks.push_back(std::move(block));
      streams[j].forced_ambiguous.push_back(false);
    }
  }

  for (const Stream& s : streams) {
    std::optional<Row> above;
    for (size_t b = 0; b < s.blocks.size(); ++b) {
      const Row& block = s.blocks[b];
      bool ambiguous = s.forced_ambiguous[b];
      bool has_empty = false;
      for (size_t i = 0; i < block.size(); ++i) {
        if (IsPlaceholder(CellText(text, block[i]))) ambiguous = true;
        if (block[i].empty()) has_empty = true;
      }
      if (block.size() != k) ambiguous = true;
      if (has_empty && !above) ambiguous = true;
      if (!block.empty() && !block[0].empty() && has_empty) ambiguous = true;
      if (ambiguous) {
        out.rows.push_back(block);
        out.ambiguous.push_back(true);
        continue;
      }
      Row filled = block;
      for (size_t i = 0; i < k; ++i) {
        if (filled[i].empty()) filled[i] = (*above)[i];
      }
      above = filled;
      out.rows.push_back(std::move(filled));
      out.ambiguous.push_back(false);
    }
  }
  return out;
}

}  // namespace duikou::document
