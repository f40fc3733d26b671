#include "text/decoder.h"

namespace duikou::text {

const char* EncodingName(Encoding e) {
  switch (e) {
    case Encoding::kUtf8: return "UTF-8";
    case Encoding::kUtf8Bom: return "UTF-8 (BOM)";
    case Encoding::kGb18030: return "GB18030";
  }
  return "?";
}

// Skeleton: UTF-8 only, no validation yet (issue 3 replaces this).
Status Decode(std::string_view bytes, std::string_view, DecodedText* out) {
  out->encoding = Encoding::kUtf8;
  out->utf8.assign(bytes);
  out->utf8_to_source.resize(bytes.size() + 1);
  for (size_t i = 0; i <= bytes.size(); ++i) out->utf8_to_source[i] = static_cast<uint32_t>(i);
  return Status::Ok();
}

}  // namespace duikou::text
