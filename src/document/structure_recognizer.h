// StructureRecognizer: normalized lines -> chapter title, sections, passages and tables.
//
// Lines that are blank, only a page number ("·236·", "第12页") or only symbols ("———") are
// dropped first. Then
// one pass over the remaining lines, in order. For each line, the first rule that applies:
//  1. "表 N" (+ title line) followed by tab-separated rows, or tab-separated rows alone: a
//     table (table_reconstruction.h) and a kTable passage listing its reconstructed rows.
//     Rows laid out with runs of spaces (spaced_columns.h) count too: after a label, a
//     header of 2+ cells and 1+ rows; without one, a header and 2+ rows, all short.
//     "续表 N" / "表 N(续)" rows extend the earlier table N (a repeated header is dropped).
//  2. A credit line (line_patterns.h ParseCredit) not claimed by a caption:
//     "(… 提供)" / "供稿：…" / "(撰稿：…)" closes the section's passages since the previous
//     credit: all of them get its providers as their attribution and its writers as their
//     author, and the current entry ends.
//  3. A caption: a line followed by a credit line, when the credit is a photographer's
//     ("(某某 摄)"; not after a 【】 entry line), or when the line does not end a sentence
//     ("2020年9月,…考察" + "(市发改委 提供)"). Without a credit line, a line that ends with
//     a photographer's credit ("图为…落成(张三 摄)"), or a short line (<= 60 characters) that
//     starts with a date down to the month and does not end a sentence.
//     A caption may also be broken over 2 or 3 lines before a photographer's credit, when
//     each line is short (<= 60 characters), none but the last ends a sentence or is shorter
//     than 10 characters (a full line of a caption column; a section heading is shorter),
//     and none is an entry start, table line or credit; its lines are joined without a
//     separator.
//     The caption and its credit become a kCaption passage, out of the running text; the
//     paragraph it interrupted stays open.
//  4. An entry start (【】 〖〗 ■ 一、 (一)): a new kEntry passage. A run-in title set off by a
//     space only ("■概况 2020年,…") is broken off from the text with '\n'.
//  5. While the last paragraph is open (did not end a sentence: a page break or a caption
//     cut it), the line continues it, joined without a separator. Exceptions: a heading-like
//     line followed by an entry start is a heading; a heading-like line that occurs more
//     than once in the file is a running header and is dropped.
//  6. A heading-like line: the chapter title (the first one), else a new section. Text
//     under the title before any heading belongs to a section named after the title.
//     A numbered or bulleted entry (一、 (一) ■) that got no text before the next entry or
//     heading was a section heading after all ("一、对口支援" followed by "【概况】…") and is
//     turned into one.
//  7. Running text: the next paragraph of the current entry (joined with '\n'), or, outside
//     any entry, a kParagraph passage of its own.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "document/document.h"
#include "document/line_patterns.h"
#include "document/source_text.h"
#include "document/table_reconstruction.h"

namespace duikou::document {

class StructureRecognizer {
 public:
  StructureRecognizer(const SourceText& src, Document* doc);
  void Run();

 private:
  struct Line {
    size_t begin = 0, end = 0;  // normalized byte range, without the '\n'
    // A blank line comes right before it (not one around a page marker: a page break is no
    // gap in the text). Ends a table whose rows are not blank-separated themselves.
    bool after_blank = false;
  };
  // True when line `j`, the next row of a table whose previous rows are [first, j), starts
  // another block: a blank line before it where the rows so far had none between them.
  // `single_spaced` tracks that over calls.
  bool BlankEndsTable(size_t first, size_t j, bool* single_spaced) const;

  std::string_view Text(size_t line) const { return src_.normalized(lines_[line].begin, lines_[line].end); }
  // A row of table cells: separated by tabs, or set off by vertical bars (IsBarRow).
  bool HasTab(size_t line) const { return Text(line).find('\t') != std::string_view::npos || IsBarRow(Text(line)); }

  // Rule handlers; each returns the index of the last line it consumed.
  bool TryTable(size_t line, size_t* last);
  // Adds a table (or, for "续表", extends the earlier one); returns true.
  bool AddTable(size_t line, std::optional<TableLabel> label, bool title_line, std::vector<std::vector<CellRef>> rows,
                std::vector<bool> flagged);
  // A short line that is no credit, label or entry start: it may be a space-separated row.
  // `tabs_too`: a tab-separated line may be one as well (a row typed differently from the
  // rest of its table).
  bool MaybeSpacedRow(size_t line, bool tabs_too = false) const;
  // Rows of a table laid out with spaces from line `first` on (header first), with the rows
  // that could not be aligned under the header flagged; returns the line after the last row,
  // or `first` when there is no such table (without a label it takes a header and 2 rows).
  size_t SpacedRows(size_t first, bool labeled, std::vector<std::vector<CellRef>>* rows,
                    std::vector<bool>* flagged) const;
  void BuildTable(size_t index);  // (re)builds doc_->tables[index] and its passage
  bool TryCaption(size_t line, size_t* last);
  // When lines [line, c) are a caption broken over 2 or 3 short lines and line c is its
  // photographer's credit, returns c; else 0.
  size_t MultiLineCaptionEnd(size_t line) const;
  void StartEntry(size_t line, const EntryStart& e);
  void StartHeading(size_t line);
  // Appends line `line` from byte `from` of it on (a trailing credit cut off) to `passage`.
  void AddText(size_t line, std::string_view separator, int passage, size_t from = 0);
  // Gives the credit's providers (attribution) and writers (author) to every passage of the
  // section since the last credit, and ends the current entry.
  void Attribute(const Credit& credit);
  void DemoteEmptyNumberedEntry();

  size_t NewPassage(PassageKind kind, std::string entry_title);

  // Where a table came from: its label and title lines, and its physical rows (header
  // first), kept so that a continuation ("续表") can extend it.
  struct TableSource {
    int label_line = -1;
    int title_line = -1;
    std::vector<std::vector<CellRef>> rows;
    std::vector<bool> flagged;  // parallel to rows: could not be laid out (ReconstructTable rule 6)
  };

  const SourceText& src_;
  Document* doc_;
  std::vector<Line> lines_;
  std::vector<TableSource> table_sources_;  // parallel to doc_->tables

  std::string section_;
  bool section_from_title_ = false;  // section_ is the chapter title standing in for a heading
  int entry_ = -1;            // passage of the current entry
  int open_ = -1;             // passage whose last paragraph is still open
  bool title_only_ = false;   // entry_ has a title line and no text yet
  bool title_only_open_ended_ = false;  // ... and its marker was not a bracket pair
  std::vector<size_t> unattributed_;  // passages of this section since the last attribution
  std::unordered_set<std::string_view> repeated_;  // heading-like lines that occur more than once
};

}  // namespace duikou::document
