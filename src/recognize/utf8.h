// Small UTF-8 helpers the recognizers share: decoding one code point forwards or backwards
// and classifying characters. Internal to the recognize stage.
//
// The recognizers scan normalized text by hand instead of with regular expressions because
// Chinese has no word boundaries for a regex to anchor on, and a hand scan that only stops at
// digits and numeral characters is several times faster than RE2 over the same text.
#pragma once

#include <bitset>
#include <cstddef>
#include <string_view>

namespace duikou::recognize::utf8 {

// Out-of-line fallbacks of the inline decoders below (ASCII-free, non-three-byte, malformed).
char32_t DecodeSlow(std::string_view text, size_t pos, size_t* len);
char32_t DecodeBeforeSlow(std::string_view text, size_t pos, size_t* len);

// The code point starting at text[pos] (pos < text.size()); *len receives its byte length.
// A malformed sequence decodes as U+FFFD with length 1, so a scan always advances.
// Inline: every recognizer calls it once per character.
inline char32_t DecodeAt(std::string_view text, size_t pos, size_t* len) {
  const auto b0 = static_cast<unsigned char>(text[pos]);
  if (b0 < 0x80) {
    *len = 1;
    return b0;
  }
  // The common case in Chinese text: a well-formed three-byte sequence.
  if ((b0 & 0xF0) == 0xE0 && pos + 2 < text.size()) {
    const auto b1 = static_cast<unsigned char>(text[pos + 1]);
    const auto b2 = static_cast<unsigned char>(text[pos + 2]);
    if ((b1 & 0xC0) == 0x80 && (b2 & 0xC0) == 0x80) {
      *len = 3;
      return (static_cast<char32_t>(b0 & 0x0F) << 12) | (static_cast<char32_t>(b1 & 0x3F) << 6) | (b2 & 0x3F);
    }
  }
  return DecodeSlow(text, pos, len);
}

// The code point ending just before text[pos] (pos > 0); *len receives its byte length.
inline char32_t DecodeBefore(std::string_view text, size_t pos, size_t* len) {
  if (static_cast<unsigned char>(text[pos - 1]) < 0x80) {
    *len = 1;
    return static_cast<unsigned char>(text[pos - 1]);
  }
  if (pos >= 3 && (static_cast<unsigned char>(text[pos - 3]) & 0xF0) == 0xE0) {
    size_t n = 0;
    char32_t c = DecodeAt(text, pos - 3, &n);
    if (n == 3) {
      *len = 3;
      return c;
    }
  }
  return DecodeBeforeSlow(text, pos, len);
}

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

// A set of Basic Multilingual Plane code points with constant-time membership: the scans use
// it to reject, in one bit test, characters that end no suffix or title.
class CharSet {
 public:
  void Add(char32_t c) {
    if (c < 0x10000) bits_.set(c);
  }
  bool Has(char32_t c) const { return c < 0x10000 && bits_.test(c); }

 private:
  std::bitset<0x10000> bits_;
};

}  // namespace duikou::recognize::utf8
