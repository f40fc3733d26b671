// Small UTF-8 helpers the recognizers share: stepping over code points forwards or backwards
// and classifying characters. Internal to the recognize stage.
//
// The recognizers scan normalized text by hand instead of with regular expressions because
// Chinese has no word boundaries for a regex to anchor on, and a hand scan that only stops at
// digits and numeral characters is several times faster than RE2 over the same text.
#pragma once

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

#include "base/utf8.h"
#include "base/word_search.h"

namespace duikou::recognize::utf8 {

// Decoding is base/utf8.h's (checked: a malformed sequence reads as U+FFFD, length 1).
using ::duikou::utf8::Decode;
using ::duikou::utf8::DecodeBefore;

// Code point before/at pos, or 0 at the ends of the text.
inline char32_t Prev(std::string_view text, size_t pos) {
  if (pos == 0 || pos > text.size()) return 0;
  size_t n = 0;
  return DecodeBefore(text, pos, &n);
}
inline char32_t Next(std::string_view text, size_t pos) {
  if (pos >= text.size()) return 0;
  size_t n = 0;
  return Decode(text, pos, &n);
}

// Byte offset after going back up to `count` code points from pos.
size_t BackChars(std::string_view text, size_t pos, size_t count);

// True if `word` occurs at text[pos].
inline bool At(std::string_view text, size_t pos, std::string_view word) { return words::At(text, pos, word); }
// True if `word` ends exactly at text[pos].
inline bool EndsAt(std::string_view text, size_t pos, std::string_view word) { return words::EndsAt(text, pos, word); }

inline bool IsAsciiDigit(char32_t c) { return c >= '0' && c <= '9'; }
inline bool IsAsciiLetter(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
// CJK unified ideographs (basic block and extension A).
inline bool IsHan(char32_t c) { return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF); }
// Punctuation, brackets, quotes and white space, ASCII or CJK: characters that end a phrase.
bool IsBreak(char32_t c);

// A set of Basic Multilingual Plane code points with constant-time membership: the scans use
// it to reject characters that end no suffix or title.
//
// Stored as 64-character blocks: a table from a code point's upper ten bits to the bit mask
// of its block (0 for the many blocks with no member). A scan rejects most characters with
// one lookup on their first two bytes, before reading the third, and the whole set fits in a
// few kilobytes of cache.
class CharSet {
 public:
  CharSet() : masks_(1, 0) { block_of_.fill(0); }

  void Add(char32_t c) {
    if (c >= 0x10000) return;
    uint16_t& block = block_of_[c >> 6];
    if (block == 0) {
      block = static_cast<uint16_t>(masks_.size());
      masks_.push_back(0);
    }
    masks_[block] |= uint64_t{1} << (c & 63);
  }
  // Adds every member of `other`.
  void AddAll(const CharSet& other) {
    for (uint32_t block = 0; block < other.block_of_.size(); ++block)
      for (uint64_t bits = other.masks_[other.block_of_[block]]; bits != 0; bits &= bits - 1)
        Add(static_cast<char32_t>(block << 6 | static_cast<uint32_t>(std::countr_zero(bits))));
  }
  bool Has(char32_t c) const { return c < 0x10000 && HasInBmp(c); }
  bool HasInBmp(uint32_t c) const { return InBlock(c >> 6, c & 63); }  // c < 0x10000
  // The block index (code point >> 6) holds a member at all.
  bool AnyInBlock(uint32_t block) const { return block_of_[block] != 0; }
  // Bit `low` (code point & 63) of block `block` (code point >> 6).
  bool InBlock(uint32_t block, uint32_t low) const { return (masks_[block_of_[block]] >> low) & 1; }

 private:
  std::array<uint16_t, 0x10000 / 64> block_of_;  // index into masks_; 0: no member
  std::vector<uint64_t> masks_;                  // masks_[0] == 0
};

// The first character boundary at or after `pos` whose character is in `set`, or text.size():
// the characters are stepped over exactly as Decode reads them (a malformed byte is one
// U+FFFD). What a scan that acts on a few characters only calls to skip the others.
// (Always inlined: a scan calls it once per stop, and the call would cost more than a short
// step over the characters between two stops.)
[[gnu::always_inline]] inline size_t FindCharIn(std::string_view text, size_t pos, const CharSet& set) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  // While four bytes remain, they are read as one word (the first in its low byte). A
  // well-formed three-byte sequence, the usual character, is told by one mask and tested
  // first; its block (the upper ten bits of the code point) comes from the first two bytes.
  while (pos + 4 <= n) {
    uint32_t w;
    if constexpr (std::endian::native == std::endian::little) {
      std::memcpy(&w, p + pos, 4);
    } else {
      w = p[pos] | (p[pos + 1] << 8) | (p[pos + 2] << 16);
    }
    if ((w & 0xC0C0F0) == 0x8080E0) {
      const uint32_t block = ((w & 0x0F) << 6) | ((w >> 8) & 0x3F);
      if (set.AnyInBlock(block) && set.InBlock(block, (w >> 16) & 0x3F)) return pos;
      pos += 3;
      continue;
    }
    if ((w & 0x80) == 0) {
      if (set.HasInBmp(w & 0x7F)) return pos;
      ++pos;
      continue;
    }
    size_t len = 0;
    if (set.Has(Decode(text, pos, &len))) return pos;
    pos += len;
  }
  while (pos < n) {
    size_t len = 0;
    if (set.Has(Decode(text, pos, &len))) return pos;
    pos += len;
  }
  return n;
}

// Every character boundary of `text` whose character is in `set`, in order (FindCharIn
// repeated).
inline std::vector<size_t> PositionsIn(std::string_view text, const CharSet& set) {
  std::vector<size_t> out;
  for (size_t i = 0; (i = FindCharIn(text, i, set)) < text.size();) {
    out.push_back(i);
    size_t len = 0;
    Decode(text, i, &len);
    i += len;
  }
  return out;
}

}  // namespace duikou::recognize::utf8
