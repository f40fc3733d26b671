#include "document/structure_recognizer.h"

#include <algorithm>
#include <unordered_map>

#include "document/passage_text.h"
#include "document/spaced_columns.h"
#include "document/table_reconstruction.h"
#include "text/characters.h"

namespace duikou::document {
namespace {

constexpr size_t kMaxCaptionChars = 150;
constexpr size_t kMaxBareCaptionChars = 60;  // a caption without a credit line is short
constexpr size_t kMaxCaptionLines = 3;       // a caption broken over lines has at most 3,
constexpr size_t kMinBrokenCaptionLineChars = 10;  // ... all but the last this long
constexpr size_t kMaxTableTitleChars = 40;
constexpr size_t kMaxSpacedRowChars = 80;   // a row of a table laid out with spaces
constexpr size_t kMaxSpacedCellChars = 30;  // ... and each of its cells

// More than `limit` characters? Without counting them all: UTF-8 needs 1..4 bytes each.
bool LongerThan(std::string_view s, size_t limit) {
  if (s.size() <= limit) return false;
  if (s.size() > 4 * limit) return true;
  return text::CountCodePoints(s) > limit;
}

bool IsBlank(std::string_view s) {
  for (char c : s) {
    if (c != ' ' && c != '\t') return false;
  }
  return true;
}

// Splits a tab-separated line, or a row set off by vertical bars, into trimmed cells.
std::vector<CellRef> SplitCells(std::string_view text, size_t begin, size_t end) {
  std::vector<CellRef> cells;
  std::vector<std::pair<size_t, size_t>> bar_cells;
  if (IsBarRow(text.substr(begin, end - begin), &bar_cells)) {
    for (const auto& [b, e] : bar_cells) cells.push_back(CellRef{begin + b, begin + e});
    return cells;
  }
  size_t cell = begin;
  for (size_t i = begin; i <= end; ++i) {
    if (i == end || text[i] == '\t') {
      size_t b = cell, e = i;
      while (b < e && text[b] == ' ') ++b;
      while (e > b && text[e - 1] == ' ') --e;
      cells.push_back(CellRef{b, e});
      cell = i + 1;
    }
  }
  return cells;
}

}  // namespace

StructureRecognizer::StructureRecognizer(const SourceText& src, Document* doc) : src_(src), doc_(doc) {
  std::string_view t = src_.normalized();
  size_t pos = 0;
  bool blank = false, marker = false;  // since the last kept line
  while (pos < t.size()) {
    size_t eol = t.find('\n', pos);
    if (eol == std::string_view::npos) eol = t.size();
    const std::string_view line = t.substr(pos, eol - pos);
    if (IsBlank(line)) {
      blank = true;
    } else if (IsPageMarker(line) || IsDecoration(line)) {
      marker = true;
    } else {
      lines_.push_back(Line{pos, eol, blank && !marker && !lines_.empty()});
      blank = marker = false;
    }
    pos = eol + 1;
  }
  // Heading-like lines seen more than once: candidates for running headers/footers.
  std::unordered_map<std::string_view, int> seen;
  for (size_t i = 0; i < lines_.size(); ++i) {
    if (IsHeadingLike(Text(i)) && ++seen[Text(i)] == 2) repeated_.insert(Text(i));
  }
}

size_t StructureRecognizer::NewPassage(PassageKind kind, std::string entry_title) {
  // Text right under the chapter title, before any section heading: the title names its section.
  if (section_.empty() && doc_->sections.empty() && !doc_->title.empty()) {
    section_ = SectionName(doc_->title);
    doc_->sections.push_back(section_);
    section_from_title_ = true;
  }
  Passage p;
  p.kind = kind;
  p.section = section_;
  p.entry_title = std::move(entry_title);
  doc_->passages.push_back(std::move(p));
  return doc_->passages.size() - 1;
}

void StructureRecognizer::Run() {
  for (size_t i = 0; i < lines_.size(); ++i) {
    const std::string_view line = Text(i);
    size_t last = i;
    if (TryTable(i, &last)) {
      i = last;
      continue;
    }
    if (auto credit = ParseCredit(line)) {
      if (credit->kind != Credit::Kind::kPhoto) {
        Attribute(*credit);
      } else {
        // A photographer's credit with no caption line before it: a caption of its own.
        size_t p = NewPassage(PassageKind::kCaption, "");
        AppendPiece(src_, lines_[i].begin, lines_[i].end, "", &doc_->passages[p]);
        doc_->passages[p].credit = credit->names;
      }
      continue;
    }
    if (TryCaption(i, &last)) {
      i = last;
      continue;
    }
    if (auto entry = ParseEntryStart(line, src_, lines_[i].begin)) {
      StartEntry(i, *entry);
      continue;
    }
    const bool heading_like = IsHeadingLike(line);
    // A heading-like line right before an entry start is a heading even after an open paragraph.
    const bool heading_before_entry =
        heading_like && i + 1 < lines_.size() && ParseEntryStart(Text(i + 1), src_, lines_[i + 1].begin).has_value();
    if (open_ >= 0 && heading_like && !heading_before_entry && repeated_.count(line) > 0) continue;  // running header
    if (open_ >= 0 && !heading_before_entry) {
      AddText(i, "", open_);
      continue;
    }
    if (title_only_ && !heading_before_entry) {
      AddText(i, "\n", entry_);
      continue;
    }
    if (heading_like) {
      StartHeading(i);
      continue;
    }
    if (entry_ >= 0) {
      AddText(i, "\n", entry_);
    } else {
      size_t p = NewPassage(PassageKind::kParagraph, "");
      unattributed_.push_back(p);
      AddText(i, "", static_cast<int>(p));
    }
  }
}

bool StructureRecognizer::BlankEndsTable(size_t first, size_t j, bool* single_spaced) const {
  if (j <= first) return false;
  if (!lines_[j].after_blank) {
    *single_spaced = true;
    return false;
  }
  return *single_spaced;  // a double-spaced table goes on over its blank lines
}

bool StructureRecognizer::MaybeSpacedRow(size_t line, bool tabs_too) const {
  return (tabs_too ? !IsBarRow(Text(line)) : !HasTab(line)) && !LongerThan(Text(line), kMaxSpacedRowChars) && !ParseCredit(Text(line)) &&
         !ParseTableLabel(Text(line)) && !ParseEntryStart(Text(line), src_, lines_[line].begin);
}

size_t StructureRecognizer::SpacedRows(size_t first, bool labeled, std::vector<std::vector<CellRef>>* rows,
                                       std::vector<bool>* flagged) const {
  if (first >= lines_.size() || LongerThan(Text(first), kMaxSpacedRowChars) ||
      !HasGap(src_, lines_[first].begin, lines_[first].end) || !MaybeSpacedRow(first)) {
    return first;
  }
  const SpacedLine header = SplitAtGaps(src_, lines_[first].begin, lines_[first].end);
  auto short_cells = [&](const SpacedLine& l) {
    for (const SpacedCell& c : l.cells) {
      if (LongerThan(src_.normalized(c.cell.begin, c.cell.end), kMaxSpacedCellChars)) return false;
    }
    return true;
  };
  // A header names its columns: no sentence punctuation in it ("全年共培训  120人次。" is prose).
  for (const SpacedCell& c : header.cells) {
    const std::string_view name = src_.normalized(c.cell.begin, c.cell.end);
    if (EndsSentence(name) || name.find("，") != std::string_view::npos || name.find("。") != std::string_view::npos) {
      return first;
    }
  }
  if (header.cells.size() < 2 || !short_cells(header)) return first;
  std::vector<std::vector<CellRef>> found(1);
  for (const SpacedCell& c : header.cells) found[0].push_back(c.cell);
  std::vector<bool> flags = {false};
  size_t j = first + 1;
  bool single_spaced = false;
  for (; j < lines_.size() && MaybeSpacedRow(j, /*tabs_too=*/true) && !BlankEndsTable(first, j, &single_spaced); ++j) {
    const SpacedLine row = SplitAtGaps(src_, lines_[j].begin, lines_[j].end);
    if (row.cells.empty() || row.cells.size() > header.cells.size() || (row.cells.size() < 2 && !row.indented) ||
        !short_cells(row)) {
      break;
    }
    std::vector<CellRef> cells;
    flags.push_back(!AlignUnderHeader(header, row, lines_[j].begin, &cells));
    found.push_back(std::move(cells));
  }
  // Without a "表 N" label it takes a header and two rows to tell a table from prose.
  if (found.size() < (labeled ? 2u : 3u)) return first;
  *rows = std::move(found);
  *flagged = std::move(flags);
  return j;
}

bool StructureRecognizer::TryTable(size_t line, size_t* last) {
  std::optional<TableLabel> label = ParseTableLabel(Text(line));
  std::vector<std::vector<CellRef>> rows;
  std::vector<bool> flagged;
  if (!label && !HasTab(line)) {
    // Rows laid out with runs of spaces (document/spaced_columns.h).
    const size_t next = SpacedRows(line, false, &rows, &flagged);
    if (next == line) return false;
    *last = next - 1;
    return AddTable(line, std::nullopt, false, std::move(rows), std::move(flagged));
  }
  size_t j = label ? line + 1 : line;
  bool title_line = false;
  if (label && label->title.empty() && !label->continued && j < lines_.size() && !HasTab(j) &&
      !(HasGap(src_, lines_[j].begin, lines_[j].end) &&
        SplitAtGaps(src_, lines_[j].begin, lines_[j].end).cells.size() >= 2)) {
    std::string_view t = Text(j);
    if (IsHeadingLike(t) || (!LongerThan(t, kMaxTableTitleChars) && !EndsSentence(t))) {
      label->title = std::string(t);
      title_line = true;
      ++j;
    }
  }
  if (j < lines_.size() && HasTab(j)) {
    const size_t first_row = j;
    bool single_spaced = false;
    while (j < lines_.size() && HasTab(j) && !BlankEndsTable(first_row, j, &single_spaced)) {
      rows.push_back(SplitCells(src_.normalized(), lines_[j].begin, lines_[j].end));
      ++j;
    }
    flagged.assign(rows.size(), false);
  } else if (label) {
    j = SpacedRows(j, true, &rows, &flagged);
  }
  if (rows.empty()) return false;
  *last = j - 1;
  return AddTable(line, label, title_line, std::move(rows), std::move(flagged));
}

bool StructureRecognizer::AddTable(size_t line, std::optional<TableLabel> label, bool title_line,
                                   std::vector<std::vector<CellRef>> rows, std::vector<bool> flagged) {
  // "续表 N" / "表 N(续)": more rows of an earlier table; a repeated header row is dropped.
  if (label && label->continued) {
    for (size_t t = doc_->tables.size(); t-- > 0;) {
      if (doc_->tables[t].number != label->number) continue;
      TableSource& source = table_sources_[t];
      auto same_cells = [&](const std::vector<CellRef>& a, const std::vector<CellRef>& b) {
        size_t n = std::max(a.size(), b.size());
        for (size_t c = 0; c < n; ++c) {
          std::string_view x = c < a.size() ? src_.normalized(a[c].begin, a[c].end) : "";
          std::string_view y = c < b.size() ? src_.normalized(b[c].begin, b[c].end) : "";
          if (x != y) return false;
        }
        return true;
      };
      size_t first = same_cells(rows[0], source.rows[0]) ? 1 : 0;
      source.rows.insert(source.rows.end(), rows.begin() + static_cast<std::ptrdiff_t>(first), rows.end());
      source.flagged.insert(source.flagged.end(), flagged.begin() + static_cast<std::ptrdiff_t>(first), flagged.end());
      BuildTable(t);
      return true;
    }
  }

  const size_t p = NewPassage(PassageKind::kTable, "");
  doc_->passages[p].table_index = static_cast<int>(doc_->tables.size());
  Table table;
  table.number = label ? label->number : "";
  table.title = label ? label->title : "";
  table.section = section_;
  table.passage_index = p;
  doc_->tables.push_back(std::move(table));
  TableSource source;
  source.label_line = label ? static_cast<int>(line) : -1;
  source.title_line = title_line ? static_cast<int>(line + 1) : -1;
  source.rows = std::move(rows);
  source.flagged = std::move(flagged);
  table_sources_.push_back(std::move(source));
  BuildTable(doc_->tables.size() - 1);
  unattributed_.push_back(p);
  return true;
}

void StructureRecognizer::BuildTable(size_t index) {
  const TableSource& source = table_sources_[index];
  Table& table = doc_->tables[index];
  Passage* passage = &doc_->passages[table.passage_index];
  passage->text.clear();
  passage->original.clear();
  passage->to_source.clear();
  table.header.clear();
  table.rows.clear();
  table.ambiguous.clear();

  const ReconstructedTable rt = ReconstructTable(src_.normalized(), source.rows, &source.flagged);
  // Text: the label line (and title line), the header, then one line per reconstructed row.
  if (source.label_line >= 0) {
    const Line& l = lines_[static_cast<size_t>(source.label_line)];
    AppendPiece(src_, l.begin, l.end, "", passage);
  }
  if (source.title_line >= 0) {
    const Line& l = lines_[static_cast<size_t>(source.title_line)];
    AppendPiece(src_, l.begin, l.end, " ", passage);
  }
  auto cell_text = [&](const CellRef& c) { return std::string(src_.normalized(c.begin, c.end)); };
  auto append_row = [&](const std::vector<CellRef>& cells) {
    for (size_t c = 0; c < cells.size(); ++c) {
      AppendPiece(src_, cells[c].begin, cells[c].end, c == 0 ? "\n" : "\t", passage);
    }
  };
  append_row(rt.header);
  for (const CellRef& c : rt.header) table.header.push_back(cell_text(c));
  for (size_t r = 0; r < rt.rows.size(); ++r) {
    append_row(rt.rows[r]);
    std::vector<std::string> row;
    for (const CellRef& c : rt.rows[r]) row.push_back(cell_text(c));
    table.rows.push_back(std::move(row));
    table.ambiguous.push_back(rt.ambiguous[r]);
  }
  // A continuation can lie far below the table: the passage spans both.
  if (source.rows.size() > 0) {
    passage->source_end = std::max(passage->source_end, src_.SourceOffset(source.rows.back().back().end));
  }
}

size_t StructureRecognizer::MultiLineCaptionEnd(size_t line) const {
  size_t chars = 0;
  for (size_t j = line; j < lines_.size() && j <= line + kMaxCaptionLines; ++j) {
    const std::string_view t = Text(j);
    if (j > line) {
      if (std::optional<Credit> credit = ParseCredit(t)) {
        return j > line + 1 && credit->kind == Credit::Kind::kPhoto ? j : 0;
      }
      // Line j - 1 is not the caption's last: it was broken because the column was full, so
      // it is not short (a section heading right before a caption is) and ends no sentence.
      const std::string_view previous = Text(j - 1);
      if (EndsSentence(previous) || !LongerThan(previous, kMinBrokenCaptionLineChars - 1)) return 0;
    }
    if (LongerThan(t, kMaxBareCaptionChars) || HasTab(j) || ParseTableLabel(t) ||
        ParseEntryStart(t, src_, lines_[j].begin)) {
      return 0;
    }
    chars += text::CountCodePoints(t);
    if (chars > kMaxCaptionChars) return 0;
  }
  return 0;
}

bool StructureRecognizer::TryCaption(size_t line, size_t* last) {
  const std::string_view t = Text(line);
  if (LongerThan(t, kMaxCaptionChars)) return false;
  std::optional<Credit> credit;
  if (line + 1 < lines_.size()) credit = ParseCredit(Text(line + 1));
  if (!credit) {
    if (const size_t credit_line = MultiLineCaptionEnd(line); credit_line > 0) {
      // A caption broken over lines: one passage, its lines joined as a split paragraph's.
      size_t p = NewPassage(PassageKind::kCaption, "");
      for (size_t j = line; j < credit_line; ++j) {
        AppendPiece(src_, lines_[j].begin, lines_[j].end, "", &doc_->passages[p]);
      }
      doc_->passages[p].credit = ParseCredit(Text(credit_line))->names;
      *last = credit_line;
      return true;
    }
  }
  const bool bracketed_entry = t.substr(0, 3) == "【" || t.substr(0, 3) == "〖";
  const bool entry = ParseEntryStart(t, src_, lines_[line].begin).has_value();
  bool caption = false;
  size_t text_begin = lines_[line].begin, text_end = lines_[line].end;
  std::optional<Credit> inline_credit;
  if (credit && credit->kind == Credit::Kind::kPhoto) {
    caption = !bracketed_entry;  // a photographer's credit makes even a "▲…" line a caption
  } else if (credit) {
    caption = !entry && !EndsSentence(t);
  } else if (size_t at = 0, from = 0;
             (inline_credit = ParseTrailingPhotoCredit(t, &at, &from)) && (!entry || from > 0)) {
    // "图为…落成(张三 摄)": the caption and its photographer on one line. Bracketed whole
    // ("(图为… 张三 摄)") it may look like a bracketed entry title, but a title has no photographer.
    caption = true;
    credit = inline_credit;
    text_begin = lines_[line].begin + from;
    text_end = lines_[line].begin + at;
    while (text_end > lines_[line].begin && src_.normalized()[text_end - 1] == ' ') --text_end;
  } else {
    caption = !entry && StartsWithDate(t) && !EndsSentence(t) && !LongerThan(t, kMaxBareCaptionChars);
  }
  if (!caption) return false;
  size_t p = NewPassage(PassageKind::kCaption, "");
  AppendPiece(src_, text_begin, text_end, "", &doc_->passages[p]);
  if (inline_credit) {
    doc_->passages[p].credit = credit->names;
    *last = line;
    return true;
  }
  if (credit && credit->kind == Credit::Kind::kPhoto) {
    doc_->passages[p].credit = credit->names;
  } else if (credit && credit->kind == Credit::Kind::kWritten) {
    doc_->passages[p].author = credit->names;
  } else if (credit) {
    doc_->passages[p].attribution = credit->names;
    doc_->passages[p].author = credit->writers;
  }
  *last = credit ? line + 1 : line;
  return true;
}

void StructureRecognizer::StartEntry(size_t line, const EntryStart& e) {
  DemoteEmptyNumberedEntry();
  size_t p = NewPassage(PassageKind::kEntry, e.title);
  entry_ = static_cast<int>(p);
  open_ = -1;
  title_only_ = e.title_only;
  title_only_open_ended_ = !e.bracketed;
  unattributed_.push_back(p);
  if (e.run_in) {
    // "■概况 2020年,…": the title line as printed, then the text as the entry's first paragraph.
    AppendPiece(src_, lines_[line].begin, lines_[line].begin + e.title_end, "", &doc_->passages[p]);
    AddText(line, "\n", entry_, e.body_begin);
    return;
  }
  AddText(line, "", entry_);
  if (title_only_) open_ = -1;
}

void StructureRecognizer::StartHeading(size_t line) {
  DemoteEmptyNumberedEntry();
  const std::string_view t = Text(line);
  entry_ = -1;
  open_ = -1;
  if (doc_->title.empty() && doc_->sections.empty() && doc_->passages.empty()) {
    doc_->title = std::string(t);
    return;
  }
  section_ = SectionName(t);
  section_from_title_ = false;
  doc_->sections.push_back(section_);
  unattributed_.clear();
}

void StructureRecognizer::AddText(size_t line, std::string_view separator, int passage, size_t from) {
  Passage* p = &doc_->passages[static_cast<size_t>(passage)];
  const size_t begin = lines_[line].begin + from;
  const std::string_view t = src_.normalized(begin, lines_[line].end);
  size_t end = lines_[line].end;
  size_t credit_begin = 0;
  std::optional<Credit> trailing = ParseTrailingCredit(t, &credit_begin);
  if (trailing) {
    end = begin + credit_begin;
    while (end > begin && src_.normalized()[end - 1] == ' ') --end;
  }
  AppendPiece(src_, begin, end, separator, p);
  if (passage == entry_ && separator == "\n") title_only_ = false;
  open_ = EndsSentence(src_.normalized(begin, end)) ? -1 : passage;
  if (passage == entry_ && title_only_) open_ = -1;
  if (trailing && trailing->kind != Credit::Kind::kPhoto) Attribute(*trailing);
}

void StructureRecognizer::Attribute(const Credit& credit) {
  const bool written = credit.kind == Credit::Kind::kWritten;
  const std::string providers = written ? std::string() : credit.names;
  const std::string writers = written ? credit.names : credit.writers;
  for (size_t p : unattributed_) {
    Passage& passage = doc_->passages[p];
    if (passage.attribution.empty() && passage.author.empty()) {
      passage.attribution = providers;
      passage.author = writers;
    }
  }
  unattributed_.clear();
  entry_ = -1;
  open_ = -1;
  title_only_ = false;
}

void StructureRecognizer::DemoteEmptyNumberedEntry() {
  if (!(title_only_ && title_only_open_ended_ && entry_ >= 0 &&
        static_cast<size_t>(entry_) + 1 == doc_->passages.size())) {
    title_only_ = false;
    return;
  }
  const std::string demoted_title = doc_->passages.back().entry_title;
  doc_->passages.pop_back();
  // The title's implicit section held nothing but this heading: it was never a section.
  if (section_from_title_ && (doc_->passages.empty() || doc_->passages.back().section != section_)) {
    doc_->sections.pop_back();
  }
  section_from_title_ = false;
  section_ = SectionName(demoted_title);
  doc_->sections.push_back(section_);
  unattributed_.clear();
  entry_ = -1;
  open_ = -1;
  title_only_ = false;
}

}  // namespace duikou::document
