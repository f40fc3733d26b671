// Line patterns of yearbook typesetting, matched against one normalized line.
//
// These are the recognizers the structure pass (structure_recognizer.h) is made of. Each
// looks at a single line (no '\n') of normalized text; none knows about any particular
// yearbook: they rely on markers (【】〖〗■ 一、 (一)), punctuation and function words
// (提供, 供稿, 摄) only.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace duikou::document {

class SourceText;

// Whether a line of running text ends a sentence, i.e. the paragraph can end here. Ends
// with 。！？；：… (or ! ? ; : and a '.' after a non-digit), possibly followed by closing
// quotes/brackets, or by a trailing parenthetical that itself follows such a mark
// ("成立。(详见第3页)"). A line that does not is a paragraph split by a page break or an
// inserted caption ("…资金12万" / "元;…").
bool EndsSentence(std::string_view line);

// An entry opening: 【title】text, 〖title〗text, ■title text (also □◆◇▲●), or the numbered
// forms 一、title and (一)title. For markers without a closing bracket the title runs to
// the first space of the original, or to the first sentence mark (。，,：:), or to a year
// that opens the text ("(一)概况2020年,…", a title of two or more characters before it), or
// — when the whole line is short and has no sentence mark — to the end of the line.
struct EntryStart {
  std::string title;       // normalized, without markers
  size_t title_end = 0;    // offset in the line just past the title (and its closing bracket)
  size_t body_begin = 0;   // offset in the line where the entry's own text starts
  // The title is set off from the text by nothing but a space or a year that opens the text
  // ("■概况 2020年", "(一)概况2020年"): the reader breaks the line there so that the title
  // does not read as the text's first words.
  bool run_in = false;
  bool numbered = false;   // 一、 / (一) forms
  bool bracketed = false;  // 【】 / 〖〗 forms
  bool title_only = false; // nothing after the title on this line
};
// `line_begin` is the line's offset in `src`'s normalized text (for HadSpaceBefore).
std::optional<EntryStart> ParseEntryStart(std::string_view line, const SourceText& src, size_t line_begin);

// A credit line: "(市发改委、市教育局 提供)", "(张三 摄)", "(李四摄)", "供稿：市发改委",
// "(撰稿：张三)", "摄影：张三", "(撰稿：张三 审稿：李四)". Brackets are optional for the
// "role：names" forms (the writer's or provider's names win over a reviewer's or editor's);
// the bare "X 提供" / "X 摄" forms need the space.
// Providers (提供, 供稿, 供稿单位, 资料提供) are the bodies that supplied the text; writers
// (撰稿, 撰稿人, 执笔, 供稿人) are the persons who wrote it. "供稿：市发改委 撰稿：张三" names
// both: kind kProvided with names 市发改委 and writers 张三.
struct Credit {
  enum class Kind { kPhoto, kProvided, kWritten };
  Kind kind = Kind::kProvided;
  std::string names;    // "市发改委、市教育局", "张三"
  std::string writers;  // for kProvided: writers named next to the providers; else empty
};
std::optional<Credit> ParseCredit(std::string_view line);

// A trailing "(… 提供)" credit at the end of a line of text: returns the credit and the
// offset where it starts, when the text before it ends a sentence.
std::optional<Credit> ParseTrailingCredit(std::string_view line, size_t* credit_begin);

// A photographer's credit closing a line of caption text: "图为…落成(张三 摄)" gives the
// credit and the offset where it starts. The text before it need not end a sentence. A
// caption bracketed whole, "(图为…现场 张三 摄)", gives the offset of the name and in
// *text_begin where the caption's text starts inside the bracket (else 0).
std::optional<Credit> ParseTrailingPhotoCredit(std::string_view line, size_t* credit_begin, size_t* text_begin);

// A short line without sentence punctuation: a chapter title or a section heading
// ("综 述", "对口支援", "区域合作·对口支援"). At most 24 characters, at least one Han; a
// trailing parenthetical annotation may add punctuation and up to 40 characters in all
// ("对口援青(示例，繁体)").
bool IsHeadingLike(std::string_view line);

// "表 65", "表65 某市对口工作情况表", "表 3-1": the table number and any title on the line.
// "续表 65" and "表 65(续)" are continuations of table 65 printed on the next page.
struct TableLabel {
  std::string number;
  std::string title;
  bool continued = false;
};
std::optional<TableLabel> ParseTableLabel(std::string_view line);

// A table row set off by vertical bars, Markdown style: "| 甲区 | 乙县 | 2360 |", also with
// the box-drawing bars │ ┃ (a full-width ｜ is folded to '|' by the normalizer). A row opens
// with a bar and has at least two cells, or has at least two bars between three cells
// ("甲区 | 乙县 | 2360"). `cells`, when given, receives the byte ranges of the cells in the
// line, spaces trimmed, without the empty pieces outside the opening and closing bars.
// A Markdown rule line ("|---|:---:|") is decoration (IsDecoration), not a row.
bool IsBarRow(std::string_view line, std::vector<std::pair<size_t, size_t>>* cells = nullptr);

// A page number or similar typesetting debris on a line of its own: "236", "·236·",
// "- 12 -", "第12页", "P12". Such lines are dropped.
bool IsPageMarker(std::string_view line);

// A line of nothing but punctuation and symbols ("———", "* * *", "……"), outside a table.
// Such lines are dropped.
bool IsDecoration(std::string_view line);

// The line starts with a date down to the month: "2020年9月…", "2020年5月28日…".
bool StartsWithDate(std::string_view line);

// Heading text as a section name: spaces removed ("综 述" -> "综述").
std::string SectionName(std::string_view heading);

}  // namespace duikou::document
