// SourceText: the decoded and the normalized text of one file side by side, and the way
// from a normalized byte back to the file.
#pragma once

#include <cstdint>
#include <string_view>

#include "text/decoder.h"
#include "text/normalizer.h"
#include "text/offset_map.h"

namespace duikou::document {

class SourceText {
 public:
  // The reader's form: offsets as runs. Both must outlive the SourceText.
  SourceText(const text::DecodedView* decoded, const text::MappedText* norm)
      : decoded_(decoded), text_(norm->text), to_decoded_(&norm->to_input) {
    LinkToFile();
  }
  // Offsets spelled out per byte (tests, small hand-made texts): turned into runs here.
  SourceText(const text::DecodedView* decoded, const text::NormalizedText* norm)
      : decoded_(decoded), text_(norm->text), owned_to_decoded_(text::OffsetMap::FromDense(norm->to_input)),
        to_decoded_(&owned_to_decoded_) {
    LinkToFile();
  }
  // Not thread-safe: lookups remember where they landed.
  SourceText(const SourceText&) = delete;
  SourceText& operator=(const SourceText&) = delete;

  std::string_view normalized() const { return text_; }
  std::string_view normalized(size_t begin, size_t end) const { return text_.substr(begin, end - begin); }

  // Appends the file offsets of normalized bytes [begin, end) to `out`.
  void AppendSourceOffsets(size_t begin, size_t end, text::OffsetMap* out) const {
    out->AppendSlice(*to_file_, begin, end, shift_, &file_hint_);
  }

  // Byte offset in the original file of normalized byte `pos` (pos may be text().size()).
  uint32_t SourceOffset(size_t pos) const { return to_file_->Lookup(pos, &file_hint_) + shift_; }

  // The decoded text (the file as UTF-8), and where normalized byte `pos` came from in it.
  std::string_view decoded() const { return decoded_->utf8; }
  size_t DecodedOffset(size_t pos) const { return to_decoded_->Lookup(pos, &decoded_hint_); }

  // The file's own characters (as UTF-8) behind normalized bytes [begin, end).
  std::string_view Original(size_t begin, size_t end) const {
    size_t b = to_decoded_->Lookup(begin, &decoded_hint_), e = to_decoded_->Lookup(end, &decoded_hint_);
    if (e < b) e = b;
    return decoded_->utf8.substr(b, e - b);
  }

  // True when the normalizer removed whitespace right before normalized byte `pos`
  // ("■概况 2020年" became "■概况2020年"): the space still separates a title from its text.
  bool HadSpaceBefore(size_t pos) const {
    if (pos == 0 || pos >= text_.size()) return false;
    std::string_view in = decoded_->utf8;
    size_t at = to_decoded_->Lookup(pos, &decoded_hint_);
    if (at == 0) return false;
    if (in[at - 1] == ' ' || in[at - 1] == '\t') return true;
    return at >= 3 && in.substr(at - 3, 3) == "\xE3\x80\x80";  // U+3000
  }

 private:
  // A UTF-8 file's offsets are the decoded ones shifted past a BOM; a converted file's go
  // through the decoder's map, composed once here.
  void LinkToFile() {
    if (decoded_->converted) {
      owned_to_file_ = text::OffsetMap::Compose(*to_decoded_, decoded_->converted_to_source);
      to_file_ = &owned_to_file_;
      shift_ = 0;
    } else {
      to_file_ = to_decoded_;
      shift_ = decoded_->shift;
    }
  }

  const text::DecodedView* decoded_;
  std::string_view text_;
  text::OffsetMap owned_to_decoded_;  // built from a per-byte map
  const text::OffsetMap* to_decoded_;  // normalized byte -> decoded UTF-8 byte
  text::OffsetMap owned_to_file_;     // composed for a converted file
  const text::OffsetMap* to_file_ = nullptr;  // normalized byte -> file byte, less shift_
  uint32_t shift_ = 0;
  // Where the last lookups landed: the reader asks mostly in text order.
  mutable size_t decoded_hint_ = 0;
  mutable size_t file_hint_ = 0;
};

}  // namespace duikou::document
