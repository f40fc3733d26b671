// Small UTF-8 helpers for the gazetteer: names are UTF-8 and rules count characters, not bytes.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace duikou::gazetteer::utf8 {

// Decodes the code point at text[pos]; sets *len to its byte length (1 for an invalid byte,
// which decodes to U+FFFD so that it never matches a name).
char32_t Decode(std::string_view text, size_t pos, size_t* len);
// Number of code points in `text`.
size_t Length(std::string_view text);
bool EndsWith(std::string_view text, std::string_view suffix);
bool StartsWith(std::string_view text, std::string_view prefix);
// `text` without `suffix` (which it must end with).
inline std::string_view DropSuffix(std::string_view text, std::string_view suffix) {
  return text.substr(0, text.size() - suffix.size());
}

}  // namespace duikou::gazetteer::utf8
