// Small UTF-8 helpers for the gazetteer: names are UTF-8 and rules count characters, not bytes.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace duikou::gazetteer::utf8 {

// Decodes the code point at text[pos]; sets *len to its byte length (1 for an invalid byte,
// which decodes to U+FFFD so that it never matches a name). Inline: the matcher calls it for
// every character it scans.
inline char32_t Decode(std::string_view text, size_t pos, size_t* len) {
  const auto byte = [&](size_t i) { return static_cast<unsigned char>(text[pos + i]); };
  const unsigned char c = byte(0);
  if (c < 0x80) {
    *len = 1;
    return c;
  }
  const size_t n = (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
  if (n == 0 || pos + n > text.size()) {
    *len = 1;
    return 0xFFFD;
  }
  char32_t cp = n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
  for (size_t i = 1; i < n; ++i) {
    if ((byte(i) & 0xC0) != 0x80) {
      *len = 1;
      return 0xFFFD;
    }
    cp = (cp << 6) | (byte(i) & 0x3F);
  }
  *len = n;
  return cp;
}
// Number of code points in `text`.
size_t Length(std::string_view text);
bool EndsWith(std::string_view text, std::string_view suffix);
bool StartsWith(std::string_view text, std::string_view prefix);
// `text` without `suffix` (which it must end with).
inline std::string_view DropSuffix(std::string_view text, std::string_view suffix) {
  return text.substr(0, text.size() - suffix.size());
}

}  // namespace duikou::gazetteer::utf8
