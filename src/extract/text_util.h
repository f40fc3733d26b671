// Small UTF-8 helpers the fact extractors share: stepping over characters, splitting a
// passage into sentences and clauses, and finding cue words. Everything works on byte
// offsets into normalized passage text (simplified, half-width digits and punctuation).
#pragma once

#include <bitset>
#include <cstddef>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace duikou::extract::internal {

struct Range {
  size_t begin = 0;
  size_t end = 0;
};

// Byte length of the UTF-8 character starting at text[pos] (1 for invalid bytes).
// (Inline: every scanner calls it once per character.)
inline size_t CharLen(std::string_view text, size_t pos) {
  if (pos >= text.size()) return 0;
  unsigned char c = static_cast<unsigned char>(text[pos]);
  size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 1;
  return pos + n <= text.size() ? n : text.size() - pos;
}
// Start of the character before `pos` (0 when pos is 0).
size_t PrevChar(std::string_view text, size_t pos);
// The character at `pos` as a string_view.
inline std::string_view CharAt(std::string_view text, size_t pos) { return text.substr(pos, CharLen(text, pos)); }
// Number of characters (code points) in `s`.
size_t CharCount(std::string_view s);

// The code point of one UTF-8 character.
inline char32_t CodePoint(std::string_view ch) {
  if (ch.empty()) return 0;
  unsigned char c0 = static_cast<unsigned char>(ch[0]);
  if (c0 < 0x80 || ch.size() == 1) return c0;
  if (ch.size() == 2) return ((c0 & 0x1F) << 6) | (static_cast<unsigned char>(ch[1]) & 0x3F);
  if (ch.size() == 3)
    return ((c0 & 0x0F) << 12) | ((static_cast<unsigned char>(ch[1]) & 0x3F) << 6) |
           (static_cast<unsigned char>(ch[2]) & 0x3F);
  return ((c0 & 0x07) << 18) | ((static_cast<unsigned char>(ch[1]) & 0x3F) << 12) |
         ((static_cast<unsigned char>(ch[2]) & 0x3F) << 6) | (static_cast<unsigned char>(ch[3]) & 0x3F);
}


// A set of Basic Multilingual Plane characters with O(1) membership: the scanners test every
// character of a passage against one of these before comparing any words.
class CharSet {
 public:
  void Add(std::string_view ch) {
    char32_t c = CodePoint(ch);
    if (c < 0x10000) bits_.set(c);
  }
  bool Contains(std::string_view ch) const {
    char32_t c = CodePoint(ch);
    return c < 0x10000 && bits_.test(c);
  }

 private:
  std::bitset<0x10000> bits_;
};

// A quick filter for scanning a text for many words at once, one character at a time: may
// some word begin with the character at `pos`? (Keyed on the whole first character: in CJK
// text most characters share a few lead bytes, so bytes say little.)
class WordStartFilter {
 public:
  template <typename Words>
  explicit WordStartFilter(const Words& words) {
    for (std::string_view w : words) {
      char32_t c = CodePoint(CharAt(w, 0));
      if (c < 0x10000) first_chars_.set(c);
      else any_ = true;
    }
  }
  bool MayStartAt(std::string_view text, size_t pos) const {
    char32_t c = CodePoint(CharAt(text, pos));
    return any_ || (c < 0x10000 && first_chars_.test(c));
  }

 private:
  std::bitset<0x10000> first_chars_;
  bool any_ = false;
};

// True for ASCII and CJK punctuation that ends a clause: , ; : 。 ! ? ， ； ： ！ ？
// (Inline, and code points compared rather than strings: these run once per character.)
inline bool IsClauseBreak(std::string_view ch) {
  switch (CodePoint(ch)) {
    case U',': case U';': case U':': case U'!': case U'?': case U'\n':
    case U'。': case U'，': case U'；': case U'：': case U'！': case U'？':
      return true;
    default:
      return false;
  }
}
// True for characters that end a sentence: 。 ! ? and their full-width forms (not ；: a
// semicolon separates the items of one enumeration, which share their context).
inline bool IsSentenceBreak(std::string_view ch) {
  switch (CodePoint(ch)) {
    case U'!': case U'?': case U'\n': case U'。': case U'！': case U'？':
      return true;
    default:
      return false;
  }
}
// True for any punctuation, bracket, quote, dash or space (never part of a plain word).
bool IsPunct(std::string_view ch);
bool IsAsciiDigit(char c);

// Sentences of `text` (ranges exclude the closing punctuation). Brackets are not respected:
// yearbook sentences rarely put 。 inside parentheses.
std::vector<Range> Sentences(std::string_view text);
// Start of the clause holding `pos`: just after the nearest clause break before it.
size_t ClauseStart(std::string_view text, size_t pos, size_t floor = 0);
// End of the clause holding `pos`: the nearest clause break at or after it.
size_t ClauseEnd(std::string_view text, size_t pos, size_t ceiling = std::string_view::npos);

// text.find(word, from), faster for Chinese words: std::string_view::find stops at every
// occurrence of the word's first byte, and the lead byte of a common Han character (E4–E9)
// starts about every sixth character of Chinese text. The last byte of the first character
// is far rarer, so that is what memchr looks for.
inline size_t FindWord(std::string_view text, std::string_view word, size_t from = 0) {
  const auto lead = word.empty() ? 0 : static_cast<unsigned char>(word[0]);
  if (word.size() < 3 || lead < 0xE4 || lead > 0xE9) return text.find(word, from);
  constexpr size_t kAnchor = 2;
  if (from > text.size() || text.size() - from < word.size()) return std::string_view::npos;
  const char* base = text.data();
  const char* p = base + from + kAnchor;
  const char* last = base + text.size() - (word.size() - kAnchor);  // last place the anchor may be
  while (p <= last) {
    p = static_cast<const char*>(std::memchr(p, word[kAnchor], static_cast<size_t>(last - p) + 1));
    if (p == nullptr) return std::string_view::npos;
    if (std::memcmp(p - kAnchor, word.data(), word.size()) == 0) return static_cast<size_t>(p - kAnchor - base);
    ++p;
  }
  return std::string_view::npos;
}
// True when `text` contains `word` (see FindWord).
inline bool Contains(std::string_view text, std::string_view word) {
  return FindWord(text, word) != std::string_view::npos;
}

// True when `text` contains any of `words`.
bool ContainsAny(std::string_view text, const std::vector<std::string_view>& words);
// Position of the last occurrence of any of `words` in `text`, npos if none.
size_t RFindAny(std::string_view text, const std::vector<std::string_view>& words, size_t* len = nullptr);
bool StartsWith(std::string_view s, std::string_view prefix);
bool EndsWith(std::string_view s, std::string_view suffix);

// Removes ASCII spaces from `s`.
std::string StripSpaces(std::string_view s);

}  // namespace duikou::extract::internal
