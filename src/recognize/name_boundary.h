// Where a name begins. Chinese has no spaces, so the left edge of an organization or of a
// person's affiliation is found by walking back from a known right edge (a legal-form
// suffix, a title) over characters that can belong to a name, and stopping at punctuation,
// numbers, dates, and words that cannot be inside a name (verbs such as 对接/推动/成立,
// prepositions and conjunctions such as 在/与/和/向/由). Place names found by the gazetteer
// are never split. Internal to the recognize stage.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "recognize/mentions.h"

namespace duikou::recognize::internal {

enum class StopReason {
  kBreak,      // punctuation, a bracket, a quote, the start of the text
  kWord,       // a verb, preposition or conjunction that cannot be inside a name
  kQuantity,   // a number or numeral + measure word: "15所学校" names no school
  kDate,       // "2020年", "3月"
  kLimit,      // walked max_chars without finding an edge: not trusted
  kFloor,      // reached `floor` (the end of the previous name)
};

// Walks left from `end` (exclusive) and returns where the name starts; never goes below
// `floor`. `places` are place-name spans in the text, sorted by begin.
size_t NameStart(std::string_view text, size_t end, size_t floor, size_t max_chars,
                 const std::vector<Span>& places, StopReason* why);

// Removes generic leading words (全市, 各级, 有关, 当地, 该 …) from [begin, end); returns the
// new begin.
size_t StripGenericLead(std::string_view text, size_t begin, size_t end);

// True if [begin, end) consists only of generic modifiers (结对, 乡镇, 当地, 基层 …), which
// describe a kind of organization rather than name one.
bool IsGenericOnly(std::string_view text, size_t begin, size_t end);

// True for characters that mark an administrative level: 省 市 县 区 州 盟 旗 镇 乡.
bool IsAdminChar(char32_t c);

}  // namespace duikou::recognize::internal
