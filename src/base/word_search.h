// Finding and comparing short words in Chinese text, for the scanners of every stage after the
// reader (gazetteer, recognize, extract).
//
// Why not std::string_view::find and ==: both end in memchr/memcmp calls. In Chinese text the
// lead byte of a common Han character (E4–E9) starts about every sixth character, so find
// stops and calls memcmp almost everywhere; and == on a one- to four-character word pays a
// library call to compare a few bytes, most of which differ in the first one. These helpers
// look for a rarer byte and compare in place.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace duikou::words {

// True when `text` holds `word` at byte `pos` (false past the end).
//
// Compared four bytes at a time (then two, then one): a Chinese word is compared where its
// lead byte already matches (E4–E9 are shared by most characters), so a byte loop would
// mostly stop at the second or third byte after several steps; one four-byte compare
// settles that at once.
inline bool At(std::string_view text, size_t pos, std::string_view word) {
  if (pos > text.size() || text.size() - pos < word.size()) return false;
  const char* p = text.data() + pos;
  const char* w = word.data();
  const size_t n = word.size();
  size_t i = 0;
  for (; i + 4 <= n; i += 4) {
    uint32_t a, b;
    std::memcpy(&a, p + i, 4);
    std::memcpy(&b, w + i, 4);
    if (a != b) return false;
  }
  if (i + 2 <= n) {
    uint16_t a, b;
    std::memcpy(&a, p + i, 2);
    std::memcpy(&b, w + i, 2);
    if (a != b) return false;
    i += 2;
  }
  return i == n || p[i] == w[i];
}
// True when `word` ends exactly at byte `pos` of `text`.
inline bool EndsAt(std::string_view text, size_t pos, std::string_view word) {
  return pos >= word.size() && pos <= text.size() && At(text, pos - word.size(), word);
}
inline bool StartsWith(std::string_view s, std::string_view prefix) { return At(s, 0, prefix); }
inline bool EndsWith(std::string_view s, std::string_view suffix) { return EndsAt(s, s.size(), suffix); }
inline bool Equal(std::string_view a, std::string_view b) { return a.size() == b.size() && At(a, 0, b); }

// text.find(word, from). For a word starting with a three-byte character, memchr looks for
// the last byte of that character, which is far rarer than its lead byte.
inline size_t Find(std::string_view text, std::string_view word, size_t from = 0) {
  const auto lead = word.empty() ? 0 : static_cast<unsigned char>(word[0]);
  if (word.size() < 3 || (lead & 0xF0) != 0xE0) return text.find(word, from);
  constexpr size_t kAnchor = 2;
  if (from > text.size() || text.size() - from < word.size()) return std::string_view::npos;
  const char* base = text.data();
  const char* p = base + from + kAnchor;
  const char* last = base + text.size() - (word.size() - kAnchor);  // last place the anchor may be
  while (p <= last) {
    p = static_cast<const char*>(std::memchr(p, word[kAnchor], static_cast<size_t>(last - p) + 1));
    if (p == nullptr) return std::string_view::npos;
    const char* start = p - kAnchor;
    size_t i = 0;
    while (i < word.size() && start[i] == word[i]) ++i;
    if (i == word.size()) return static_cast<size_t>(start - base);
    ++p;
  }
  return std::string_view::npos;
}

// text.rfind(word, pos), comparing in place.
inline size_t RFind(std::string_view text, std::string_view word, size_t pos = std::string_view::npos) {
  if (word.size() > text.size()) return std::string_view::npos;
  if (word.empty()) return pos < text.size() ? pos : text.size();
  const size_t top = text.size() - word.size();
  for (size_t p = (pos < top ? pos : top) + 1; p-- > 0;) {
    if (text[p] != word[0]) continue;
    size_t i = 1;
    while (i < word.size() && text[p + i] == word[i]) ++i;
    if (i == word.size()) return p;
  }
  return std::string_view::npos;
}

inline bool Contains(std::string_view text, std::string_view word) { return Find(text, word) != std::string_view::npos; }

}  // namespace duikou::words
