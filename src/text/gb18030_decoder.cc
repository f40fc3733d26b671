#include "text/gb18030_decoder.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/utf16.h>

#include <memory>
#include <vector>

#include "text/utf8.h"

namespace duikou::text {
namespace {

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};

}  // namespace

bool DecodeGb18030(std::string_view bytes, DecodedText* out, size_t* bad_offset, std::string* icu_error) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, ConverterCloser> conv(ucnv_open("GB18030", &status));
  if (U_FAILURE(status)) {
    *icu_error = std::string("ICU cannot open the GB18030 converter: ") + u_errorName(status);
    *bad_offset = 0;
    return false;
  }
  // Stop at the first illegal or unmapped sequence instead of substituting U+FFFD.
  ucnv_setToUCallBack(conv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);

  // One UTF-16 unit never needs more than one input byte, so `bytes.size()` units suffice.
  std::vector<UChar> units(bytes.size() + 1);
  std::vector<int32_t> offsets(bytes.size() + 1);
  UChar* target = units.data();
  const char* source = bytes.data();
  int32_t* offset_cursor = offsets.data();
  ucnv_toUnicode(conv.get(), &target, units.data() + units.size(), &source, bytes.data() + bytes.size(),
                 offset_cursor, /*flush=*/true, &status);
  if (U_FAILURE(status)) {
    // `source` has consumed the bad sequence; ICU keeps its bytes as "invalid chars".
    char invalid[32];
    int8_t invalid_len = sizeof(invalid);
    UErrorCode e2 = U_ZERO_ERROR;
    ucnv_getInvalidChars(conv.get(), invalid, &invalid_len, &e2);
    size_t consumed = static_cast<size_t>(source - bytes.data());
    *bad_offset = consumed >= static_cast<size_t>(invalid_len) ? consumed - invalid_len : consumed;
    return false;
  }
  const size_t n_units = static_cast<size_t>(target - units.data());

  out->encoding = Encoding::kGb18030;
  out->utf8.clear();
  out->utf8.reserve(n_units * 3 / 2 + 16);
  out->utf8_to_source.clear();
  out->utf8_to_source.reserve(n_units * 3 / 2 + 16);
  for (size_t i = 0; i < n_units;) {
    char32_t cp = units[i];
    uint32_t src = static_cast<uint32_t>(offsets[i]);
    if (U16_IS_LEAD(units[i]) && i + 1 < n_units && U16_IS_TRAIL(units[i + 1])) {
      cp = U16_GET_SUPPLEMENTARY(units[i], units[i + 1]);
      i += 2;
    } else {
      i += 1;
    }
    size_t len = AppendUtf8(cp, &out->utf8);
    out->utf8_to_source.insert(out->utf8_to_source.end(), len, src);
  }
  out->utf8_to_source.push_back(static_cast<uint32_t>(bytes.size()));
  return true;
}

}  // namespace duikou::text
