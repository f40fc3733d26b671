// UTF-8 helpers shared by the decoder, the normalizer and the document recognizers.
//
// All functions assume well-formed UTF-8 (the decoder guarantees it for everything that
// reaches the normalizer); they never read past the end of the view.
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace duikou::text {

// Length in bytes of the UTF-8 sequence that starts with `lead` (1 for stray continuation bytes).
inline size_t Utf8SequenceLength(unsigned char lead) {
  if (lead < 0x80) return 1;
  if (lead >= 0xF0) return 4;
  if (lead >= 0xE0) return 3;
  if (lead >= 0xC0) return 2;
  return 1;
}

// Decodes the code point at `s[i]`; stores its byte length in *len.
inline char32_t DecodeUtf8At(std::string_view s, size_t i, size_t* len) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  size_t n = Utf8SequenceLength(c);
  if (i + n > s.size()) n = 1;
  *len = n;
  switch (n) {
    case 1: return c;
    case 2: return ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(s[i + 1]) & 0x3Fu);
    case 3:
      return ((c & 0x0Fu) << 12) | ((static_cast<unsigned char>(s[i + 1]) & 0x3Fu) << 6) |
             (static_cast<unsigned char>(s[i + 2]) & 0x3Fu);
    default:
      return ((c & 0x07u) << 18) | ((static_cast<unsigned char>(s[i + 1]) & 0x3Fu) << 12) |
             ((static_cast<unsigned char>(s[i + 2]) & 0x3Fu) << 6) |
             (static_cast<unsigned char>(s[i + 3]) & 0x3Fu);
  }
}

// Decodes the code point that ends just before `s[end]`; stores its start in *begin.
inline char32_t DecodeUtf8Before(std::string_view s, size_t end, size_t* begin) {
  size_t b = end;
  while (b > 0 && (static_cast<unsigned char>(s[b - 1]) & 0xC0) == 0x80 && end - b < 3) --b;
  if (b > 0) --b;
  size_t len = 0;
  char32_t cp = DecodeUtf8At(s, b, &len);
  *begin = b;
  return cp;
}

// Appends the UTF-8 encoding of `cp`; returns the number of bytes written.
inline size_t AppendUtf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
    return 1;
  }
  if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    return 2;
  }
  if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    return 3;
  }
  out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
  out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
  out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
  out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  return 4;
}

// Writes the UTF-8 encoding of `cp` to `out` (room for 4 bytes); returns its length.
inline size_t EncodeUtf8(char32_t cp, char* out) {
  if (cp < 0x80) {
    out[0] = static_cast<char>(cp);
    return 1;
  }
  if (cp < 0x800) {
    out[0] = static_cast<char>(0xC0 | (cp >> 6));
    out[1] = static_cast<char>(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = static_cast<char>(0xE0 | (cp >> 12));
    out[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out[2] = static_cast<char>(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = static_cast<char>(0xF0 | (cp >> 18));
  out[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
  out[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
  out[3] = static_cast<char>(0x80 | (cp & 0x3F));
  return 4;
}

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

// Number of code points in `s`: its bytes less its continuation bytes (10xxxxxx), counted
// eight at a time.
inline size_t CountCodePoints(std::string_view s) {
  size_t continuation = 0, i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    continuation += static_cast<size_t>(std::popcount(w & ~(w << 1) & 0x8080808080808080ULL));
  }
  for (; i < s.size(); ++i) continuation += (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80;
  return s.size() - continuation;
}

}  // namespace duikou::text
