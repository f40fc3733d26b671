// The document model: what the reader makes of one yearbook chapter.
//
// document -> sections -> passages (entries, paragraphs, captions) and tables. A passage is
// the unit of provenance: every extracted fact points at the passage it came from, and every
// passage knows where its characters sit in the original file.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "text/offset_map.h"

namespace duikou::document {

enum class PassageKind {
  kEntry,      // 【title】 text, or a numbered (一、/（一）) or marked (■, 〖〗) entry
  kParagraph,  // running text outside any entry (e.g. a chapter's untitled opening)
  kCaption,    // a photo caption: date, caption text, "(某某 摄)"
  kTable,      // a table, flattened to text; its rows are in Document::tables
};
const char* PassageKindName(PassageKind k);

struct Passage {
  PassageKind kind = PassageKind::kParagraph;
  std::string section;      // heading of the enclosing section ("对口支援"), normalized
  std::string entry_title;  // "概况" for 【概况】; empty when untitled
  // Normalized text (simplified, half-width, re-joined across breaks). An entry's text
  // starts with its title line as printed ("【概况】2020年,…"); further paragraphs of the
  // entry follow after '\n'. A table's text is "表N title", the header and one line per
  // reconstructed row, cells separated by '\t'.
  std::string text;
  std::string original;     // the same passage in the file's own characters, as UTF-8
  std::string attribution;  // "市发改委、市教育局" from "(市发改委、市教育局 提供)"; may be empty
  std::string credit;       // photographer of a caption: "张三" from "(张三 摄)"
  std::string author;       // writer(s) of the text: "张三" from "(撰稿：张三)" or "(撰稿人：张三)"
  // Byte offsets in the original file (before decoding): [source_begin, source_end).
  uint32_t source_begin = 0;
  uint32_t source_end = 0;
  // to_source[i]: byte offset in the original file of the character that normalized byte i
  // of `text` came from; one extra entry at the end holds the offset just past the last
  // piece. A match [b, e) of `text` came from the file's bytes starting at to_source[b] and
  // ending at or before to_source[e] (exactly there when the match does not end a piece).
  // Separators the reader inserts ('\n' between paragraphs, '\t' between table cells) map to
  // the start of the piece they precede; "same as above" table cells map to the cell they
  // were copied from. The joined halves of a split paragraph are two pieces. Stored as runs
  // (text/offset_map.h); to_source.size() is text.size() + 1.
  text::OffsetMap to_source;
  int table_index = -1;  // for kTable: index into Document::tables
};

struct Table {
  std::string number;  // "65" from "表 65"
  std::string title;   // "某市对口工作情况表"
  std::string section;
  std::vector<std::string> header;             // logical columns, e.g. 对口关系 受援地 支援地
  // Reconstructed rows (see document/table_reconstruction.h): side-by-side halves stacked,
  // "same as above" cells filled in. A row flagged in `ambiguous` is kept as printed (its
  // empty cells stay empty; a row that did not fit the header keeps all its cells) and
  // never filled by guessing. Row i is line i + 2 of the kTable passage's text (after the
  // label line and the header line; without a "表 N" label, line i + 1).
  std::vector<std::vector<std::string>> rows;
  std::vector<bool> ambiguous;                 // per row
  size_t passage_index = 0;                    // the kTable passage holding this table
};

// Passages are in the order they start in the file: a caption that interrupts a paragraph
// comes after the entry holding that paragraph.
struct Document {
  std::string source;      // the input file name as given to the reader
  std::string encoding;    // "UTF-8" (with or without BOM), "GB18030"
  bool traditional = false;  // written in traditional characters
  std::string title;       // chapter title
  std::vector<std::string> sections;
  std::vector<Passage> passages;
  std::vector<Table> tables;
};

}  // namespace duikou::document
