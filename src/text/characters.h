// Character classes the reader works with, and the two UTF-8 helpers it adds to
// base/utf8.h (which does all decoding and encoding).
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "base/utf8.h"

namespace duikou::text {

// A Han ideograph (CJK Unified Ideographs, extensions A-F, compatibility ideographs).
inline bool IsHan(char32_t cp) {
  return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
         (cp >= 0x20000 && cp <= 0x2FA1F) || (cp >= 0xF900 && cp <= 0xFAFF) || cp == 0x3007;
}

// Punctuation of Chinese typesetting: CJK symbols (、。〈〉《》「」【】〖〗…), full-width forms
// that survive normalization (，；：！？), dashes, ellipsis and curly quotes.
inline bool IsCjkPunct(char32_t cp) {
  return (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFF65) ||
         (cp >= 0x2010 && cp <= 0x2027) || cp == 0x00B7 || cp == 0x25A0 || cp == 0x25A1 ||
         (cp >= 0xFE30 && cp <= 0xFE4F);
}

inline bool IsAsciiDigit(char32_t cp) { return cp >= '0' && cp <= '9'; }
inline bool IsAsciiLetter(char32_t cp) { return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z'); }
inline bool IsAsciiAlnum(char32_t cp) { return IsAsciiDigit(cp) || IsAsciiLetter(cp); }

// The character that ends just before `s[end]` (utf8::DecodeBefore), and in *begin where it
// starts; 0 with *begin = 0 when end is 0.
inline char32_t CharBefore(std::string_view s, size_t end, size_t* begin) {
  if (end == 0) {
    *begin = 0;
    return 0;
  }
  size_t len = 0;
  const char32_t cp = utf8::DecodeBefore(s, end, &len);
  *begin = end - len;
  return cp;
}

// utf8::Length, eight bytes at a time: the reader counts the characters of most short
// lines, and this was a tenth of its time byte by byte. Characters are the bytes less the
// continuation bytes (10xxxxxx).
inline size_t CountCodePoints(std::string_view s) {
  size_t continuation = 0, i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    // One bit per continuation byte, moved to the byte's low bit and summed by a multiply
    // (std::popcount is a library call without -mpopcnt).
    const uint64_t ones = ((w & ~(w << 1)) >> 7) & 0x0101010101010101ULL;
    continuation += static_cast<size_t>((ones * 0x0101010101010101ULL) >> 56);
  }
  for (; i < s.size(); ++i) continuation += (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80;
  return s.size() - continuation;
}

}  // namespace duikou::text
