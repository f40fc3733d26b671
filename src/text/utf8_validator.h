// Strict UTF-8 validation (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF).
#pragma once

#include <cstddef>
#include <string_view>

namespace duikou::text {

struct Utf8Check {
  bool valid = true;
  size_t error_offset = 0;        // byte offset of the first bad sequence when !valid
  bool truncated_at_end = false;  // the bad sequence is a well-started one cut off by EOF
  size_t multibyte_chars = 0;     // well-formed multi-byte sequences before the error
};

Utf8Check ValidateUtf8(std::string_view bytes);

}  // namespace duikou::text
