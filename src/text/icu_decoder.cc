#include "text/icu_decoder.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/utf16.h>

#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "text/large_buffer.h"
#include "text/characters.h"

namespace duikou::text {
namespace {

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};

}  // namespace

bool DecodeWithIcu(std::string_view bytes, const char* charset, std::string* out, OffsetMap* to_source,
                   size_t* bad_offset, std::string* icu_error) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, ConverterCloser> conv(ucnv_open(charset, &status));
  if (U_FAILURE(status)) {
    *icu_error = std::string("ICU cannot open the ") + charset + " converter: " + u_errorName(status);
    *bad_offset = 0;
    return false;
  }
  // Stop at the first illegal or unmapped sequence instead of substituting U+FFFD.
  ucnv_setToUCallBack(conv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);

  // Each GB18030 or UTF-16 sequence of n bytes becomes at most 3n/2 bytes of UTF-8 (2 -> 3,
  // 1 -> 1, 4 -> 4): room for the output is reserved once.
  out->clear();
  ReserveLarge(out, bytes.size() * 3 / 2 + 8);
  to_source->clear();
  auto emit = [&](char32_t cp, uint32_t from) {
    const size_t before = out->size();
    utf8::Append(cp, out);
    to_source->AddChar(from, static_cast<unsigned>(out->size() - before));
  };

  // Convert through a small reused buffer: ICU stops when it is full, and offsets are
  // relative to where each call started reading.
  constexpr size_t kChunk = 1 << 14;
  std::vector<UChar> units(kChunk);
  std::vector<int32_t> offsets(kChunk);
  const char* source = bytes.data();
  const char* const source_end = bytes.data() + bytes.size();
  UChar pending_lead = 0;  // a lead surrogate whose trail is in the next chunk
  uint32_t pending_src = 0;
  for (;;) {
    const char* call_start = source;
    UChar* target = units.data();
    status = U_ZERO_ERROR;
    ucnv_toUnicode(conv.get(), &target, units.data() + units.size(), &source, source_end, offsets.data(),
                   /*flush=*/true, &status);
    if (U_FAILURE(status) && status != U_BUFFER_OVERFLOW_ERROR) {
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
    const uint32_t base = static_cast<uint32_t>(call_start - bytes.data());
    for (size_t i = 0; i < n_units; ++i) {
      const UChar u = units[i];
      // Offsets can be -1 for units ICU produced from state carried over from the last call.
      const uint32_t src = offsets[i] >= 0 ? base + static_cast<uint32_t>(offsets[i]) : base;
      char32_t cp = u;
      uint32_t from = src;
      if (pending_lead != 0) {
        if (U16_IS_TRAIL(u)) {
          cp = U16_GET_SUPPLEMENTARY(pending_lead, u);
          from = pending_src;
        } else {
          emit(pending_lead, pending_src);
        }
        pending_lead = 0;
      } else if (U16_IS_LEAD(u)) {
        pending_lead = u;
        pending_src = src;
        continue;
      }
      emit(cp, from);
    }
    if (status != U_BUFFER_OVERFLOW_ERROR) break;
  }
  if (pending_lead != 0) emit(pending_lead, pending_src);
  to_source->SetEnd(static_cast<uint32_t>(bytes.size()));
  return true;
}

}  // namespace duikou::text
