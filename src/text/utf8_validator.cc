#include "text/utf8_validator.h"

#include <cstdint>
#include <cstring>

namespace duikou::text {

Utf8Check ValidateUtf8(std::string_view bytes) {
  Utf8Check r;
  const auto* s = reinterpret_cast<const unsigned char*>(bytes.data());
  const size_t n = bytes.size();
  size_t i = 0;
  while (i < n) {
    // ASCII fast path: eight bytes at a time.
    if (i + 8 <= n) {
      uint64_t w;
      std::memcpy(&w, s + i, 8);
      if ((w & 0x8080808080808080ULL) == 0) {
        i += 8;
        continue;
      }
    }
    unsigned char c = s[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    // Fast path for the common three-byte characters (all of CJK): leads E1..EC and EE..EF
    // take any two continuation bytes.
    if (i + 2 < n && ((c >= 0xE1 && c <= 0xEC) || c >= 0xEE) && c <= 0xEF && (s[i + 1] & 0xC0) == 0x80 &&
        (s[i + 2] & 0xC0) == 0x80) {
      ++r.multibyte_chars;
      i += 3;
      continue;
    }
    size_t len;
    unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      if (c == 0xE0) lo = 0xA0;
      if (c == 0xED) hi = 0x9F;  // no UTF-16 surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      if (c == 0xF0) lo = 0x90;
      if (c == 0xF4) hi = 0x8F;
    } else {
      r.valid = false;
      r.error_offset = i;
      return r;
    }
    for (size_t k = 1; k < len; ++k) {
      if (i + k >= n) {  // a sequence that started well but the file ends
        r.valid = false;
        r.error_offset = i;
        r.truncated_at_end = true;
        return r;
      }
      unsigned char b = s[i + k];
      bool ok = k == 1 ? (b >= lo && b <= hi) : (b >= 0x80 && b <= 0xBF);
      if (!ok) {
        r.valid = false;
        r.error_offset = i;
        return r;
      }
    }
    ++r.multibyte_chars;
    i += len;
  }
  return r;
}

}  // namespace duikou::text
