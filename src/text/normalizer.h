// Normalizer: decoded UTF-8 -> the normalized text every recognizer matches against.
//
// Normalization folds typesetting noise into one form, in three passes:
//  1. Script: when the text is written in traditional characters (script_converter.h
//     decides by census), it is converted to simplified with OpenCC t2s.
//  2. Width and spacing (width_folding.h): full-width digits/letters/brackets to ASCII
//     (２０２０年 -> 2020年, （）-> ()), Chinese sentence punctuation ，；：！？ and 、。“”
//     kept; dash variants to —; CR/LF and form feeds to '\n'. Runs of spaces are trimmed
//     at line and cell (tab) edges, and dropped between a Han character or Chinese
//     punctuation and anything that is not Han ("2020 年" -> "2020年", "1.56 亿元" ->
//     "1.56亿元", "【概况】 2020" -> "【概况】2020"). A space between two Han characters
//     survives as one space ("原产地 真好味", "市发改委 提供"): it often carries meaning.
//     Tabs are kept: they separate table cells.
//  3. Repairs (text_repairs.h): OCR'd dashes (甲乙一丙丁 -> 甲乙—丙丁, ASCII '-' between Han
//     characters), stray Latin connectives between Han characters (采风 and 文艺 -> 采风和文艺).
// Every normalized byte keeps the offset of the input character it came from, so a match
// can always be traced back to the source file. The reader takes the offsets as runs
// (MappedText, text/offset_map.h); NormalizedText spells them out, one per byte.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "text/offset_map.h"

namespace duikou::text {

class ScriptConverter;

// The normalized text with its offsets stored as runs: what the reader works with.
struct MappedText {
  std::string text;    // normalized UTF-8
  OffsetMap to_input;  // to_input[i]: byte offset in the input of normalized byte i;
                       // to_input[text.size()] is the input size
  bool traditional = false;  // the input was written in traditional characters
};

// The same with one offset per byte: simpler to handle for short strings and in tests.
struct NormalizedText {
  std::string text;                 // normalized UTF-8
  std::vector<uint32_t> to_input;   // to_input[i]: byte offset in the input of normalized byte i;
                                    // one extra entry at the end holds the input size
  bool traditional = false;         // the input was written in traditional characters
};

class Normalizer {
 public:
  // Loads OpenCC's traditional->simplified configuration from `opencc_dir` (t2s.json).
  static Status Create(const std::string& opencc_dir, std::unique_ptr<Normalizer>* out);
  ~Normalizer();

  // Normalizes `utf8` into `out` (whose buffers are reused).
  void NormalizeInto(std::string_view utf8, MappedText* out) const;
  NormalizedText Normalize(std::string_view utf8) const;

 private:
  Normalizer();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace duikou::text
