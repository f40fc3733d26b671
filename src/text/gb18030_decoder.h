// GB18030 (a superset of GBK and GB2312) -> UTF-8 through ICU, keeping byte provenance.
#pragma once

#include <cstddef>
#include <string_view>

#include "text/decoder.h"

namespace duikou::text {

// Converts `bytes` from GB18030. Returns false when a byte sequence is not valid GB18030,
// with its offset in *bad_offset; `out` is then unspecified. *icu_error receives ICU's
// message when the converter itself cannot be opened.
bool DecodeGb18030(std::string_view bytes, DecodedText* out, size_t* bad_offset, std::string* icu_error);

}  // namespace duikou::text
