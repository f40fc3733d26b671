// Finding, in one pass over a passage, the places where any word of a fixed list may start.
//
// The fact extractors look for a few dozen head or type words in every passage. Comparing each
// word at each character is slow, and so is one search per word; instead the passage is walked
// once, each Chinese character's code point looked up in a table of the words' first
// characters, and only the words starting with that character are compared. The walk reads
// bytes directly (ASCII in one step, a three-byte character decoded in place): it runs over
// every character of every passage.
//
// Every word must start with a three-byte UTF-8 character (CJK), and a list holds at most 32
// words (one bit each).
#pragma once

#include <array>
#include <bitset>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include "extract/text_util.h"

namespace duikou::extract::internal {

class WordStarts {
 public:
  template <typename Words>
  explicit WordStarts(const Words& words) : slot_of_(std::make_unique<std::array<uint8_t, 0x10000>>()) {
    slot_of_->fill(0);
    masks_.push_back(0);  // slot 0: no word starts with the character
    size_t i = 0;
    for (std::string_view w : words) {
      const char32_t first = CodePoint(CharAt(w, 0));
      last_byte_[static_cast<unsigned char>(w[2])] = true;
      first_chars_.set(first & 0xFFFF);
      uint8_t& slot = (*slot_of_)[first & 0xFFFF];
      if (slot == 0) {
        slot = static_cast<uint8_t>(masks_.size());
        masks_.push_back(0);
      }
      masks_[slot] |= uint32_t{1} << i++;
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
        // Most characters are ruled out by their last byte alone, the rest by their code
        // point in a bit set small enough to stay in cache; the slot table is read only by At.
        if (pos + 2 < n && last_byte_[b[pos + 2]] && first_chars_.test(Decode3(b + pos))) return pos;
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
    return masks_[(*slot_of_)[Decode3(reinterpret_cast<const unsigned char*>(text.data()) + pos)]];
  }

 private:
  static char32_t Decode3(const unsigned char* p) {
    return (static_cast<char32_t>(p[0] & 0x0F) << 12) | (static_cast<char32_t>(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
  }

  std::array<bool, 256> last_byte_{};       // the last bytes of the words' first characters
  std::bitset<0x10000> first_chars_;        // the words' first characters
  std::unique_ptr<std::array<uint8_t, 0x10000>> slot_of_;  // code point -> index into masks_
  std::vector<uint32_t> masks_;
};

}  // namespace duikou::extract::internal
