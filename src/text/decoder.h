// Decoder: raw bytes of a yearbook file -> UTF-8 text.
//
// Yearbook chapters arrive as UTF-8 (with or without BOM), GB18030/GBK, or UTF-16 with a byte
// order mark (Word's "Unicode text"). The decoder detects which, converts with ICU, and refuses
// anything else with the byte offset of the first sequence that is valid in none.
//
// Detection, in order:
//   0. A UTF-16 byte order mark (FF FE or FE FF): UTF-16 of that byte order, converted by ICU;
//      an unpaired surrogate, an odd trailing byte or a control character is refused.
//   1. NUL bytes or other C0 control bytes (except tab, LF, CR, form feed, vertical tab) mean
//      a binary file: refused, naming the offset of the first such byte.
//   2. A UTF-8 BOM, or bytes that are entirely well-formed UTF-8: UTF-8.
//   3. Bytes that are UTF-8 for a good stretch and then break (at least 8 well-formed
//      multi-byte characters before the fault, or a sequence cut off by the end of the file)
//      are a damaged UTF-8 file, not GB18030 that happens to look like UTF-8: refused at the
//      fault (a truncated file says so).
//   4. Otherwise GB18030 through ICU (GBK and GB2312 are subsets). If that fails too, the
//      error names both offsets; the first one given is where the better-fitting decoder
//      stopped.
// An empty input decodes to empty text; deciding that an empty chapter is an error is the
// reader's job.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "text/offset_map.h"

namespace duikou::text {

enum class Encoding { kUtf8, kUtf8Bom, kGb18030, kUtf16Le, kUtf16Be };
const char* EncodingName(Encoding e);

struct DecodedText {
  Encoding encoding = Encoding::kUtf8;
  std::string utf8;  // the text as UTF-8, BOM removed
  // utf8_to_source[i] = byte offset in the original file of the character that UTF-8 byte i
  // belongs to; one extra entry at the end holds the file size.
  std::vector<uint32_t> utf8_to_source;
};

// Decodes `bytes` (the whole file). `source_name` is used in error messages only.
// Files of 4 GiB or more are refused (offsets are 32-bit).
Status Decode(std::string_view bytes, std::string_view source_name, DecodedText* out);

// The same without copying when the file is UTF-8 already (the common case, and the one
// the reader's throughput depends on): `utf8` then points into the caller's `bytes`, which
// must outlive the view, and offsets are computed instead of stored. A GB18030 file's
// converted text and its offsets (as runs, text/offset_map.h) are held by the view.
// Not to be copied: for GB18030, `utf8` points into `converted`.
struct DecodedView {
  DecodedView() = default;
  DecodedView(const DecodedView&) = delete;
  DecodedView& operator=(const DecodedView&) = delete;

  Encoding encoding = Encoding::kUtf8;
  std::string_view utf8;  // the text as UTF-8, BOM removed
  // Byte offset in the original file of the character that UTF-8 byte `i` belongs to
  // (i == utf8.size() gives the file size). For UTF-8 files `i` must be a character start.
  uint32_t SourceOffset(size_t i) const { return converted ? converted_to_source[i] : static_cast<uint32_t>(i) + shift; }

  bool converted = false;          // the file was GB18030 or UTF-16: `utf8` is `converted_text`
  std::string converted_text;
  OffsetMap converted_to_source;   // for a converted file: UTF-8 byte -> file offset
  uint32_t shift = 0;              // BOM length for UTF-8 files
};
Status DecodeView(std::string_view bytes, std::string_view source_name, DecodedView* out);

}  // namespace duikou::text
