// Decoder: raw bytes of a yearbook file -> UTF-8 text.
//
// Yearbook chapters arrive as UTF-8 (with or without BOM) or GB18030/GBK. The decoder
// detects which, converts with ICU, and refuses anything else with the byte offset of the
// first sequence that is valid in neither.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace duikou::text {

enum class Encoding { kUtf8, kUtf8Bom, kGb18030 };
const char* EncodingName(Encoding e);

struct DecodedText {
  Encoding encoding = Encoding::kUtf8;
  std::string utf8;  // the text as UTF-8, BOM removed
  // utf8_to_source[i] = byte offset in the original file of the character that UTF-8 byte i
  // belongs to; one extra entry at the end holds the file size.
  std::vector<uint32_t> utf8_to_source;
};

// Decodes `bytes` (the whole file). `source_name` is used in error messages only.
Status Decode(std::string_view bytes, std::string_view source_name, DecodedText* out);

}  // namespace duikou::text
