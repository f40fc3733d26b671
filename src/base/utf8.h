// UTF-8 decoding and encoding for the stages after the reader (gazetteer, recognize, extract).
//
// Two ways to read a character:
//   * checked (Decode, DecodeBefore): a malformed or truncated sequence reads as U+FFFD with
//     length 1, so a scan always advances and a broken byte never matches a name or word.
//     Well-formed overlong forms and surrogates are not rejected: the reader has already
//     refused or converted whatever is not UTF-8 (text/decoder.h).
//   * unchecked (SequenceLength, DecodeSequence): for text the reader has validated; the
//     length comes from the lead byte alone, without looking at the bytes that follow.
// Both have a fast path for ASCII and for three-byte sequences (Chinese): the scanners call
// them for every character of a passage.
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace duikou::utf8 {

inline constexpr char32_t kReplacement = 0xFFFD;

// Length of the sequence a lead byte starts: 1 to 4, or 0 for a byte that starts none (a
// continuation byte 80–BF, or F8–FF).
inline size_t LeadLength(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead & 0xE0) == 0xC0) return 2;
  if ((lead & 0xF0) == 0xE0) return 3;
  if ((lead & 0xF8) == 0xF0) return 4;
  return 0;
}

namespace internal {
// Decode's path for what is neither ASCII nor a well-formed three-byte sequence; kept out of
// line so that the scanning loops that inline Decode stay small.
[[gnu::noinline]] inline char32_t DecodeSlow(std::string_view text, size_t pos, size_t* len) {
  const auto byte = [&](size_t i) { return static_cast<unsigned char>(text[pos + i]); };
  const unsigned char b0 = byte(0);
  const size_t n = LeadLength(b0);
  if (n == 0 || pos + n > text.size()) {
    *len = 1;
    return kReplacement;
  }
  char32_t c = n == 1 ? b0 : n == 2 ? (b0 & 0x1F) : n == 3 ? (b0 & 0x0F) : (b0 & 0x07);
  for (size_t i = 1; i < n; ++i) {
    if ((byte(i) & 0xC0) != 0x80) {
      *len = 1;
      return kReplacement;
    }
    c = (c << 6) | (byte(i) & 0x3F);
  }
  *len = n;
  return c;
}
}  // namespace internal

// The code point starting at text[pos] (pos < text.size()); *len receives its byte length.
inline char32_t Decode(std::string_view text, size_t pos, size_t* len) {
  if constexpr (std::endian::native == std::endian::little) {
    // While four bytes remain they are read at once, the first in the low byte: ASCII is told
    // by that byte, a well-formed three-byte sequence by one mask over the first three.
    if (pos + 4 <= text.size()) {
      uint32_t w;
      std::memcpy(&w, text.data() + pos, 4);
      if ((w & 0x80) == 0) {
        *len = 1;
        return w & 0x7F;
      }
      if ((w & 0xC0C0F0) == 0x8080E0) {
        *len = 3;
        return ((w & 0x0F) << 12) | ((w >> 2) & 0xFC0) | ((w >> 16) & 0x3F);
      }
      return internal::DecodeSlow(text, pos, len);
    }
  }
  const auto b0 = static_cast<unsigned char>(text[pos]);
  if (b0 < 0x80) {
    *len = 1;
    return b0;
  }
  if ((b0 & 0xF0) == 0xE0 && pos + 2 < text.size()) {  // the common case in Chinese text
    const auto b1 = static_cast<unsigned char>(text[pos + 1]);
    const auto b2 = static_cast<unsigned char>(text[pos + 2]);
    if ((b1 & 0xC0) == 0x80 && (b2 & 0xC0) == 0x80) {
      *len = 3;
      return (static_cast<char32_t>(b0 & 0x0F) << 12) | (static_cast<char32_t>(b1 & 0x3F) << 6) | (b2 & 0x3F);
    }
  }
  return internal::DecodeSlow(text, pos, len);
}

// The code point ending just before text[pos] (0 < pos <= text.size()), checked like Decode:
// when no well-formed sequence ends there, U+FFFD with length 1.
inline char32_t DecodeBefore(std::string_view text, size_t pos, size_t* len) {
  const auto last = static_cast<unsigned char>(text[pos - 1]);
  if (last < 0x80) {
    *len = 1;
    return last;
  }
  if (pos >= 3 && (static_cast<unsigned char>(text[pos - 3]) & 0xF0) == 0xE0) {  // the common case
    size_t n = 0;
    const char32_t c = Decode(text, pos - 3, &n);
    if (n == 3) {
      *len = 3;
      return c;
    }
  }
  size_t start = pos - 1;
  // Walk back over at most three continuation bytes to the lead byte.
  while (start > 0 && pos - start < 4 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
  size_t n = 0;
  const char32_t c = Decode(text, start, &n);
  if (start + n != pos) {
    *len = 1;
    return kReplacement;
  }
  *len = n;
  return c;
}

// Unchecked: the byte length of the character at text[pos], from its lead byte (1 for a byte
// that starts no sequence), clipped at the end of the text; 0 at or past the end.
inline size_t SequenceLength(std::string_view text, size_t pos) {
  // LeadLength by the lead byte's top five bits, 0 read as 1: one lookup instead of a chain of
  // tests (the extractors call this for every character they step over).
  static constexpr unsigned char kLength[32] = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,   // 00–7F
                                                1, 1, 1, 1, 1, 1, 1, 1,                           // 80–BF
                                                2, 2, 2, 2, 3, 3, 4, 1};                          // C0–FF
  if (pos >= text.size()) return 0;
  const size_t len = kLength[static_cast<unsigned char>(text[pos]) >> 3];
  return pos + len <= text.size() ? len : text.size() - pos;
}

// Unchecked: the code point of `ch`, one character as SequenceLength delimits it (the bits
// of its bytes, as many as it has; a lone byte is its own value).
[[gnu::always_inline]] inline char32_t DecodeSequence(std::string_view ch) {
  if (ch.empty()) return 0;
  const auto b = [&](size_t i) { return static_cast<char32_t>(static_cast<unsigned char>(ch[i])); };
  if (b(0) < 0x80 || ch.size() == 1) return b(0);
  if (ch.size() == 2) return ((b(0) & 0x1F) << 6) | (b(1) & 0x3F);
  if (ch.size() == 3) return ((b(0) & 0x0F) << 12) | ((b(1) & 0x3F) << 6) | (b(2) & 0x3F);
  return ((b(0) & 0x07) << 18) | ((b(1) & 0x3F) << 12) | ((b(2) & 0x3F) << 6) | (b(3) & 0x3F);
}

// Number of characters in `text`: the bytes that are not continuation bytes.
inline size_t Length(std::string_view text) {
  size_t n = 0;
  for (const char c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// Appends the UTF-8 encoding of `c` (a code point up to U+10FFFF; others append U+FFFD).
inline void Append(char32_t c, std::string* out) {
  if (c > 0x10FFFF) c = kReplacement;
  if (c < 0x80) {
    out->push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (c >> 6)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (c >> 12)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (c >> 18)));
    out->push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

inline std::string Encode(char32_t c) {
  std::string out;
  Append(c, &out);
  return out;
}

}  // namespace duikou::utf8
