// A legacy or wide encoding -> UTF-8 through ICU, keeping byte provenance. Used for GB18030 (a
// superset of GBK and GB2312) and for UTF-16 with a byte order mark (Word's "Unicode text").
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "text/offset_map.h"

namespace duikou::text {

// Converts `bytes` from `charset` (an ICU converter name: "GB18030", "UTF-16"…) into UTF-8
// in `out`; (*to_source)[i] is the offset in `bytes` of the character UTF-8 byte i belongs to.
// A byte order mark the converter consumes ("UTF-16") yields no output. Returns false when a
// byte sequence is not valid in `charset`, with its offset in *bad_offset; the outputs are then
// unspecified. *icu_error receives ICU's message when the converter itself cannot be opened.
bool DecodeWithIcu(std::string_view bytes, const char* charset, std::string* out, OffsetMap* to_source,
                   size_t* bad_offset, std::string* icu_error);

}  // namespace duikou::text
