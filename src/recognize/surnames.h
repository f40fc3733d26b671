// Chinese surnames, for telling a personal name from the words around it.
//
// The list is general knowledge, not data about any document: the compound surnames of the
// classical 百家姓 (Hundred Family Surnames, a public-domain Song-dynasty text) and the single
// surnames that cover the vast majority of today's population (the ~400 most frequent in the
// national household-registration statistics, all of which also appear in 百家姓 or its
// modern supplements).
#pragma once

#include <cstddef>
#include <string_view>

namespace duikou::recognize {

// Byte length of the surname starting at text[pos] (compound surnames first), or 0.
size_t SurnameLengthAt(std::string_view text, size_t pos);

}  // namespace duikou::recognize
