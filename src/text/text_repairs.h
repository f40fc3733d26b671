// Repairs of OCR and typesetting damage that need context (the normalizer's third pass).
//
//  * ASCII '-' between two Han characters is a dash: 甲乙-丙丁 -> 甲乙—丙丁.
//  * '一' between two place-name stems is an OCR'd dash: 甲乙一丙丁 -> 甲乙—丙丁. A stem is 2 or
//    3 Han characters that the same document also writes directly before an administrative
//    suffix (市 县 区 州 省 镇 乡 旗 盟): the document itself is the evidence, so 一 in 统一,
//    一次性 or 第一 is never touched. Between two digits 一 is a range dash: 3一5个月 -> 3—5个月.
//  * A stray Latin connective squeezed between Han characters (采风and文艺 after spacing) is
//    replaced by its Chinese form: and/& -> 和, or -> 或. Other Latin words (AAAA, GDP)
//    are kept as they are.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "text/normalizer.h"

namespace duikou::text {

// Where the repairs may apply. The normalizer's folding pass collects them while it visits
// every character anyway, so the repairs never read the whole text again. Offsets are byte
// offsets of the text to repair, ascending.
struct RepairHints {
  std::vector<size_t> yi;              // each 一
  std::vector<size_t> latin;           // each '-', '&' or ASCII letter right after a non-ASCII character
  std::vector<size_t> admin_suffixes;  // each 市 县 区 州 省 镇 乡 旗 盟
};

// `utf8_key` is a three-byte UTF-8 sequence as (b0 << 16) | (b1 << 8) | b2.
inline bool IsYiUtf8(uint32_t utf8_key) { return utf8_key == 0xE4B880; }
inline bool IsAdminSuffixUtf8(uint32_t utf8_key) {
  switch (utf8_key) {
    case 0xE5B882:  // 市
    case 0xE58EBF:  // 县
    case 0xE58CBA:  // 区
    case 0xE5B79E:  // 州
    case 0xE79C81:  // 省
    case 0xE99587:  // 镇
    case 0xE4B9A1:  // 乡
    case 0xE69797:  // 旗
    case 0xE79B9F:  // 盟
      return true;
    default:
      return false;
  }
}

// Scans `text` for hints (when the caller has none).
RepairHints FindRepairHints(std::string_view text);

// Repairs `text` in place; its offsets keep pointing into the same input. A replacement
// maps, as one character, to where the text it replaced started.
void RepairOcrNoise(const RepairHints& hints, MappedText* text);

}  // namespace duikou::text
