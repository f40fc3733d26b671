// GB18030 (a superset of GBK and GB2312) -> UTF-8 through ICU, keeping byte provenance.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "text/offset_map.h"

namespace duikou::text {

// Converts `bytes` from GB18030 into UTF-8 in `out`; (*to_source)[i] is the offset in
// `bytes` of the character UTF-8 byte i belongs to. Returns false when a byte sequence is not valid
// GB18030, with its offset in *bad_offset; the outputs are then unspecified. *icu_error
// receives ICU's message when the converter itself cannot be opened.
bool DecodeGb18030(std::string_view bytes, std::string* out, OffsetMap* to_source, size_t* bad_offset,
                   std::string* icu_error);

}  // namespace duikou::text
