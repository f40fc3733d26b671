// Normalizer: decoded UTF-8 -> the normalized text every recognizer matches against.
//
// Normalization folds typesetting noise into one form: full-width digits/letters/punctuation
// to ASCII where yearbooks mix both (２０２０年 -> 2020年, （）-> ()), traditional characters to
// simplified (OpenCC t2s), spaces between digits and CJK removed ("2020 年" -> "2020年"),
// OCR'd dashes repaired. Every normalized byte keeps the offset of the original byte it
// came from, so a match can always be traced back to the source file.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace duikou::text {

struct NormalizedText {
  std::string text;                 // normalized UTF-8
  std::vector<uint32_t> to_input;   // to_input[i]: byte offset in the input of normalized byte i;
                                    // one extra entry at the end holds the input size
};

class Normalizer {
 public:
  // Loads OpenCC's traditional->simplified configuration from `opencc_dir` (t2s.json).
  static Status Create(const std::string& opencc_dir, std::unique_ptr<Normalizer>* out);
  ~Normalizer();

  NormalizedText Normalize(std::string_view utf8) const;

 private:
  Normalizer();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace duikou::text
