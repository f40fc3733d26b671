// Small UTF-8 helpers the recognizers share: decoding one code point forwards or backwards
// and classifying characters. Internal to the recognize stage.
//
// The recognizers scan normalized text by hand instead of with regular expressions because
// Chinese has no word boundaries for a regex to anchor on, and a hand scan that only stops at
// digits and numeral characters is several times faster than RE2 over the same text.
#pragma once

#include <cstddef>
#include <string_view>

namespace duikou::recognize::utf8 {

// The code point starting at text[pos] (pos < text.size()); *len receives its byte length.
// A malformed sequence decodes as U+FFFD with length 1, so a scan always advances.
char32_t DecodeAt(std::string_view text, size_t pos, size_t* len);

// The code point ending just before text[pos] (pos > 0); *len receives its byte length.
char32_t DecodeBefore(std::string_view text, size_t pos, size_t* len);

// Code point before/at pos, or 0 at the ends of the text.
char32_t Prev(std::string_view text, size_t pos);
char32_t Next(std::string_view text, size_t pos);

// Byte offset after going back up to `count` code points from pos.
size_t BackChars(std::string_view text, size_t pos, size_t count);

// True if `word` occurs at text[pos].
inline bool At(std::string_view text, size_t pos, std::string_view word) {
  return pos <= text.size() && text.substr(pos, word.size()) == word;
}
// True if `word` ends exactly at text[pos].
inline bool EndsAt(std::string_view text, size_t pos, std::string_view word) {
  return pos >= word.size() && pos <= text.size() && text.substr(pos - word.size(), word.size()) == word;
}

inline bool IsAsciiDigit(char32_t c) { return c >= '0' && c <= '9'; }
inline bool IsAsciiLetter(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
// CJK unified ideographs (basic block and extension A).
inline bool IsHan(char32_t c) { return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF); }
// Punctuation, brackets, quotes and white space, ASCII or CJK: characters that end a phrase.
bool IsBreak(char32_t c);

}  // namespace duikou::recognize::utf8
