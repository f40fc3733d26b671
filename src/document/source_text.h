// SourceText: the decoded and the normalized text of one file side by side, and the way
// from a normalized byte back to the file.
#pragma once

#include <cstdint>
#include <string_view>

#include "text/decoder.h"
#include "text/normalizer.h"

namespace duikou::document {

class SourceText {
 public:
  SourceText(const text::DecodedView* decoded, const text::NormalizedText* norm) : decoded_(decoded), norm_(norm) {}

  std::string_view normalized() const { return norm_->text; }
  std::string_view normalized(size_t begin, size_t end) const {
    return std::string_view(norm_->text).substr(begin, end - begin);
  }

  // Writes SourceOffset(i) for i in [begin, end) to `out` (the hot loop of passage building).
  void CopySourceOffsets(size_t begin, size_t end, uint32_t* out) const {
    const uint32_t* to_input = norm_->to_input.data();
    if (decoded_->converted.utf8_to_source.empty()) {
      const uint32_t shift = decoded_->shift;
      for (size_t i = begin; i < end; ++i) *out++ = to_input[i] + shift;
    } else {
      const uint32_t* map = decoded_->converted.utf8_to_source.data();
      for (size_t i = begin; i < end; ++i) *out++ = map[to_input[i]];
    }
  }

  // Byte offset in the original file of normalized byte `pos` (pos may be text().size()).
  uint32_t SourceOffset(size_t pos) const { return decoded_->SourceOffset(norm_->to_input[pos]); }

  // The file's own characters (as UTF-8) behind normalized bytes [begin, end).
  std::string_view Original(size_t begin, size_t end) const {
    size_t b = norm_->to_input[begin], e = norm_->to_input[end];
    if (e < b) e = b;
    return decoded_->utf8.substr(b, e - b);
  }

  // True when the normalizer removed whitespace right before normalized byte `pos`
  // ("■概况 2020年" became "■概况2020年"): the space still separates a title from its text.
  bool HadSpaceBefore(size_t pos) const {
    if (pos == 0 || pos >= norm_->text.size()) return false;
    std::string_view in = decoded_->utf8;
    size_t at = norm_->to_input[pos];
    if (at == 0) return false;
    if (in[at - 1] == ' ' || in[at - 1] == '\t') return true;
    return at >= 3 && in.substr(at - 3, 3) == "\xE3\x80\x80";  // U+3000
  }

 private:
  const text::DecodedView* decoded_;
  const text::NormalizedText* norm_;
};

}  // namespace duikou::document
