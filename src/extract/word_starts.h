// Finding, in one pass over a passage, the places where any word of a fixed list may start.
//
// The fact extractors look for a few dozen head or type words in every passage. Comparing each
// word at each character is slow, and so is one search per word; instead the passage is walked
// once, and at each Chinese character only the words starting with that character are
// compared. The walk reads bytes directly (ASCII in one step, a three-byte character in
// place): it runs over every character of every passage.
//
// Which words start with a character is told by its three bytes, each looked up in a table of
// its own: the table for the k-th byte gives the words (bit i for the i-th word) whose first
// character has that byte there, and the words starting with the character are the ones all
// three tables give. Most characters are ruled out by their last byte alone.
//
// Every word must start with a three-byte UTF-8 character (CJK), and a list holds at most 32
// words (one bit each).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "extract/text_util.h"

namespace duikou::extract::internal {

class WordStarts {
 public:
  template <typename Words>
  explicit WordStarts(const Words& words) {
    size_t i = 0;
    for (std::string_view w : words) {
      for (size_t k = 0; k < 3; ++k) words_with_byte_[k][static_cast<unsigned char>(w[k])] |= uint32_t{1} << i;
      ++i;
    }
  }

  // The first character start at or after `pos` (itself a character start) where some word
  // may start; text.size() when there is none.
  size_t Next(std::string_view text, size_t pos) const {
    const auto* b = reinterpret_cast<const unsigned char*>(text.data());
    const size_t n = text.size();
    while (pos < n) {
      const unsigned char c = b[pos];
      if ((c & 0xF0) == 0xE0) {  // a three-byte character, the usual case, tested first
        if (pos + 2 < n && (words_with_byte_[2][b[pos + 2]] & words_with_byte_[1][b[pos + 1]] & words_with_byte_[0][c]))
          return pos;
        pos += 3;
      } else {  // ASCII and two- or four-byte characters start no word
        pos += c < 0x80 ? 1 : CharLen(text, pos);
      }
    }
    return n;
  }

  // The words (bit i for the list's i-th word) that start with the character at `pos`, a
  // position Next returned.
  uint32_t At(std::string_view text, size_t pos) const {
    const auto* b = reinterpret_cast<const unsigned char*>(text.data()) + pos;
    return words_with_byte_[0][b[0]] & words_with_byte_[1][b[1]] & words_with_byte_[2][b[2]];
  }

 private:
  // words_with_byte_[k][x]: the words whose first character has byte x at its k-th byte.
  std::array<std::array<uint32_t, 256>, 3> words_with_byte_{};
};

}  // namespace duikou::extract::internal
