// Small UTF-8 helpers the fact extractors share: stepping over characters, splitting a
// passage into sentences and clauses, and finding cue words. Everything works on byte
// offsets into normalized passage text (simplified, half-width digits and punctuation).
#pragma once

#include <algorithm>
#include <bitset>
#include <cstddef>
#include <cstring>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/utf8.h"
#include "base/word_search.h"

namespace duikou::extract::internal {

struct Range {
  size_t begin = 0;
  size_t end = 0;
};

// Byte length of the UTF-8 character starting at text[pos] (1 for invalid bytes, 0 at the end).
// Passage text is valid UTF-8 (the reader checks it), so the unchecked reading of
// base/utf8.h serves.
inline size_t CharLen(std::string_view text, size_t pos) { return utf8::SequenceLength(text, pos); }
// Start of the character before `pos` (0 when pos is 0).
size_t PrevChar(std::string_view text, size_t pos);
// The character at `pos` as a string_view.
inline std::string_view CharAt(std::string_view text, size_t pos) { return text.substr(pos, CharLen(text, pos)); }
// Number of characters (code points) in `s`.
size_t CharCount(std::string_view s);

// The code point of one UTF-8 character (as CharLen delimits it).
inline char32_t CodePoint(std::string_view ch) { return utf8::DecodeSequence(ch); }

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
    if (any_) return true;
    if (pos < text.size() && static_cast<unsigned char>(text[pos]) < 0x80)
      return first_chars_.test(static_cast<unsigned char>(text[pos]));
    char32_t c = CodePoint(CharAt(text, pos));
    return c < 0x10000 && first_chars_.test(c);
  }

 private:
  std::bitset<0x10000> first_chars_;
  bool any_ = false;
};

// True for ASCII and CJK punctuation that ends a clause: , ; : 。 ! ? ， ； ： ！ ？
// (Inline, and code points compared rather than strings: these run once per character.)
inline bool IsClauseBreakCode(char32_t c) {
  switch (c) {
    case U',': case U';': case U':': case U'!': case U'?': case U'\n':
    case U'。': case U'，': case U'；': case U'：': case U'！': case U'？':
      return true;
    default:
      return false;
  }
}
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

// Word search and comparison in place (base/word_search.h says why not std::string_view's).
inline size_t FindWord(std::string_view text, std::string_view word, size_t from = 0) {
  return words::Find(text, word, from);
}
inline size_t RFindWord(std::string_view text, std::string_view word, size_t pos = std::string_view::npos) {
  return words::RFind(text, word, pos);
}
// True when `text` contains `word` (see FindWord).
inline bool Contains(std::string_view text, std::string_view word) {
  return FindWord(text, word) != std::string_view::npos;
}

// True when `text` contains any of `words`.
bool ContainsAny(std::string_view text, std::span<const std::string_view> words);
bool ContainsAny(std::string_view text, const std::vector<std::string_view>& words);
// The same for a braced list (ContainsAny(text, {"甲", "乙"})): no vector is built per call.
inline bool ContainsAny(std::string_view text, std::initializer_list<std::string_view> words) {
  return ContainsAny(text, std::span<const std::string_view>(words.begin(), words.size()));
}
// Position of the last occurrence of any of `words` in `text`, npos if none.
size_t RFindAny(std::string_view text, std::span<const std::string_view> words, size_t* len = nullptr);
size_t RFindAny(std::string_view text, const std::vector<std::string_view>& words, size_t* len = nullptr);
inline size_t RFindAny(std::string_view text, std::initializer_list<std::string_view> words, size_t* len = nullptr) {
  return RFindAny(text, std::span<const std::string_view>(words.begin(), words.size()), len);
}
inline bool StartsWith(std::string_view s, std::string_view prefix) { return words::StartsWith(s, prefix); }
inline bool EndsWith(std::string_view s, std::string_view suffix) { return words::EndsWith(s, suffix); }

// Removes ASCII spaces from `s`.
std::string StripSpaces(std::string_view s);

}  // namespace duikou::extract::internal
