// OffsetMap: where each byte of a UTF-8 text came from, as byte offsets in an input.
//
// The reader keeps provenance for every byte it produces: byte i of a text maps to the
// offset in the input of the character it came from (all bytes of one character map to the
// same offset), and one entry past the end holds the input offset just past the text. One
// uint32_t per byte is what this replaces: on a multi-megabyte chapter the page faults on
// such maps cost more than the normalization itself.
//
// The map is stored as runs of characters that have the same width in the text and whose
// sources follow each other at a fixed stride; byte i of a run maps to
//     source + (i - at) / text_width * source_width.
// ASCII copied as it is makes runs of widths 1/1, Han characters of a UTF-8 file 3/3, of a
// GB18030 file 3/2, full-width digits folded to ASCII 1/3; a stride of 0 means that every
// character of the run maps to the same offset (a separator the reader inserts). A
// "character" is simply a group of bytes with one source: a replaced word ("and" -> 和) or
// a separator is one character of its own width. Running Chinese text breaks a run about
// every 15 bytes, where ASCII and Han characters alternate or a space was removed.
//
// Lookups are a binary search over the runs. Building appends in text order; Add merges
// into the last run whenever the formula above still gives every byte's offset, so the
// map never approximates.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace duikou::text {

class OffsetMap {
 public:
  struct Run {
    uint32_t at = 0;           // first text byte of the run
    uint32_t source = 0;       // input offset of its first character
    uint8_t text_width = 1;    // bytes per character in the text
    uint8_t source_width = 0;  // input bytes from one character's source to the next one's
  };

  // Like a std::vector holding one entry per text byte plus the end entry: size() is the
  // text's length + 1 once an end is set (SetEnd), 0 for a map that was never built.
  size_t size() const { return has_end_ ? text_size_ + 1 : text_size_; }
  bool empty() const { return size() == 0; }
  size_t text_size() const { return text_size_; }
  // Input offset of text byte `i` (i == text_size() gives the end).
  uint32_t operator[](size_t i) const;
  // The same for lookups that mostly move forward: `*hint` (start it at 0) remembers the
  // run found last, and the search starts there.
  uint32_t Lookup(size_t i, size_t* hint) const {
    if (i >= text_size_) return end_;
    *hint = FindRun(i, *hint);
    return At(*hint, i);
  }
  uint32_t back() const { return end_; }
  const std::vector<Run>& runs() const { return runs_; }

  void clear();
  void reserve(size_t runs);  // large maps are advised huge pages (large_buffer.h)

  // Appends `count` characters of `text_width` bytes each; character k came from
  // source + k * source_width. `text_width` is 1 to 255, `source_width` below 256.
  void Add(uint32_t source, unsigned text_width, unsigned source_width, size_t count) {
    if (count == 0) return;
    // The common case, inlined: the characters continue the last run.
    if (source == next_source_ && runs_.back().text_width == text_width &&
        (count == 1 || source_width == runs_.back().source_width)) {
      text_size_ += count * text_width;
      next_source_ += count * runs_.back().source_width;
      return;
    }
    AddSlow(source, text_width, source_width, count);
  }
  // Appends one character (or separator) of `text_width` bytes from `source`.
  void AddChar(uint32_t source, unsigned text_width) { Add(source, text_width, 0, 1); }
  // Appends bytes [begin, end) of `from` (begin <= end <= from.text_size()), their offsets
  // plus `shift`. The end entry is left as it is. `hint` as for Lookup.
  void AppendSlice(const OffsetMap& from, size_t begin, size_t end, uint32_t shift, size_t* hint = nullptr);
  // Sets the end entry: the input offset just past the text.
  void SetEnd(uint32_t end) {
    end_ = end;
    has_end_ = true;
  }

  // One entry per byte, and back: for small texts, tests and callers that want a vector.
  std::vector<uint32_t> ToDense() const;
  static OffsetMap FromDense(const std::vector<uint32_t>& dense);

  // `outer` maps a text to a middle text, `inner` maps the middle text to an input: the
  // map from the text straight to the input. Offsets of `outer` must be character starts
  // of the middle text (or its end).
  static OffsetMap Compose(const OffsetMap& outer, const OffsetMap& inner);

 private:
  // Index of the run holding text byte `i` (< text_size()); the search starts at `hint`.
  size_t FindRun(size_t i, size_t hint) const;
  // Appends bytes [begin, end) of `from`'s run `r`.
  void AppendPart(const OffsetMap& from, size_t r, size_t begin, size_t end, uint32_t shift);
  // Add when the characters do not simply continue the last run: they may fix its stride
  // (a run of one character has none yet), or start a new run.
  void AddSlow(uint32_t source, unsigned text_width, unsigned source_width, size_t count);
  // Sets next_source_ for the last run.
  void SyncLast();
  size_t RunEnd(size_t r) const { return r + 1 < runs_.size() ? runs_[r + 1].at : text_size_; }
  uint32_t At(size_t r, size_t i) const {
    const Run& run = runs_[r];
    return run.source + static_cast<uint32_t>((i - run.at) / run.text_width) * run.source_width;
  }

  std::vector<Run> runs_;
  size_t text_size_ = 0;
  // Source the last run's formula gives its next character; an impossible value while the
  // map is empty or its last run has a single character (whose stride is not fixed yet).
  uint64_t next_source_ = kNoSource;
  static constexpr uint64_t kNoSource = ~uint64_t{0};
  uint32_t end_ = 0;
  bool has_end_ = false;
};

}  // namespace duikou::text
