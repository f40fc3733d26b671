#include "text/decoder.h"

#include <cstdint>
#include <cstdio>
#include <algorithm>
#include <cstring>
#include <limits>

#include "text/icu_decoder.h"
#include "text/utf8_validator.h"

namespace duikou::text {
namespace {

constexpr size_t kDamagedUtf8MinChars = 8;

std::string Hex(unsigned char b) {
  char buf[8];
  std::snprintf(buf, sizeof(buf), "0x%02X", b);
  return buf;
}

std::string CodePointName(unsigned c) {
  char buf[16];
  std::snprintf(buf, sizeof(buf), "U+%04X", c);
  return buf;
}

bool IsBinaryByte(unsigned char c) {
  return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v';
}

// Offset of the first byte that only a binary file would hold, or npos. Eight bytes at a
// time: a word without any byte below 0x20 is skipped whole.
size_t FindBinaryByte(std::string_view bytes) {
  const auto* s = reinterpret_cast<const unsigned char*>(bytes.data());
  const size_t n = bytes.size();
  size_t i = 0;
  constexpr uint64_t kLow = 0x2020202020202020ULL, kHigh = 0x8080808080808080ULL;
  while (i + 8 <= n) {
    uint64_t w;
    std::memcpy(&w, s + i, 8);
    // Sets the high bit of each byte below 0x20 (and possibly of bytes >= 0xA0, which the
    // exact check below then clears).
    if (((w - kLow) & ~w & kHigh) != 0) {
      for (size_t k = 0; k < 8; ++k) {
        if (IsBinaryByte(s[i + k])) return i + k;
      }
    }
    i += 8;
  }
  for (; i < n; ++i) {
    if (IsBinaryByte(s[i])) return i;
  }
  return std::string_view::npos;
}

// UTF-8 bytes map to themselves; every byte of a character maps to the character's start.
void CopyUtf8(std::string_view bytes, size_t skip, DecodedText* out) {
  out->utf8.assign(bytes.substr(skip));
  out->utf8_to_source.resize(out->utf8.size() + 1);
  uint32_t start = static_cast<uint32_t>(skip);
  const auto* s = reinterpret_cast<const unsigned char*>(out->utf8.data());
  for (size_t i = 0; i < out->utf8.size(); ++i) {
    if ((s[i] & 0xC0) != 0x80) start = static_cast<uint32_t>(i + skip);
    out->utf8_to_source[i] = start;
  }
  out->utf8_to_source[out->utf8.size()] = static_cast<uint32_t>(bytes.size());
}

void SetConverted(Encoding encoding, DecodedView* out) {
  out->encoding = encoding;
  out->converted = true;
  out->utf8 = out->converted_text;
  out->shift = 0;
}

// A file that starts with a UTF-16 byte order mark (Word's "Unicode text" export). ICU's
// "UTF-16" converter reads the mark, so offsets stay those of the file.
Status DecodeUtf16(std::string_view bytes, const std::string& name, DecodedView* out) {
  const bool little_endian = bytes[0] == '\xFF';
  size_t fault = 0;
  std::string icu_error;
  if (!DecodeWithIcu(bytes, "UTF-16", &out->converted_text, &out->converted_to_source, &fault, &icu_error)) {
    if (!icu_error.empty()) return Status::Error(name + ": " + icu_error);
    return Status::Error(name + ": byte offset " + std::to_string(fault) +
                         ": invalid UTF-16 sequence (an unpaired surrogate or an odd byte at the end) in a file "
                         "that starts with a UTF-16 byte order mark");
  }
  // NUL and other control characters mean binary data here as in 8-bit files.
  if (size_t bin = FindBinaryByte(out->converted_text); bin != std::string_view::npos) {
    return Status::Error(name + ": byte offset " + std::to_string(out->converted_to_source[bin]) +
                         ": control character " + CodePointName(static_cast<unsigned char>(out->converted_text[bin])) +
                         " in UTF-16 text: this looks like a binary file");
  }
  SetConverted(little_endian ? Encoding::kUtf16Le : Encoding::kUtf16Be, out);
  return Status::Ok();
}

}  // namespace

const char* EncodingName(Encoding e) {
  switch (e) {
    case Encoding::kUtf8: return "UTF-8";
    case Encoding::kUtf8Bom: return "UTF-8 (BOM)";
    case Encoding::kGb18030: return "GB18030";
    case Encoding::kUtf16Le: return "UTF-16LE";
    case Encoding::kUtf16Be: return "UTF-16BE";
  }
  return "?";
}

Status Decode(std::string_view bytes, std::string_view source_name, DecodedText* out) {
  DecodedView view;
  if (Status s = DecodeView(bytes, source_name, &view); !s.ok()) return s;
  if (view.converted) {
    out->encoding = view.encoding;
    out->utf8 = std::move(view.converted_text);
    out->utf8_to_source = view.converted_to_source.ToDense();
    return Status::Ok();
  }
  out->encoding = view.encoding;
  CopyUtf8(bytes, view.shift, out);
  return Status::Ok();
}

Status DecodeView(std::string_view bytes, std::string_view source_name, DecodedView* out) {
  const std::string name(source_name);
  if (bytes.size() >= std::numeric_limits<uint32_t>::max()) {
    return Status::Error(name + ": file too large (" + std::to_string(bytes.size()) +
                         " bytes); the reader handles files below 4 GiB");
  }
  if (bytes.size() >= 2 && ((bytes[0] == '\xFF' && bytes[1] == '\xFE') || (bytes[0] == '\xFE' && bytes[1] == '\xFF'))) {
    return DecodeUtf16(bytes, name, out);
  }
  if (size_t bin = FindBinaryByte(bytes); bin != std::string_view::npos) {
    const unsigned char b = static_cast<unsigned char>(bytes[bin]);
    return Status::Error(name + ": byte offset " + std::to_string(bin) + ": " +
                         (b == 0 ? std::string("NUL byte") : "control byte " + Hex(b)) +
                         ": this looks like a binary file, expected UTF-8 or GB18030 text");
  }
  const bool bom = bytes.size() >= 3 && std::memcmp(bytes.data(), "\xEF\xBB\xBF", 3) == 0;
  const size_t skip = bom ? 3 : 0;
  Utf8Check utf8 = ValidateUtf8(bytes.substr(skip));
  if (utf8.valid) {
    out->encoding = bom ? Encoding::kUtf8Bom : Encoding::kUtf8;
    out->utf8 = bytes.substr(skip);
    out->shift = static_cast<uint32_t>(skip);
    out->converted = false;
    out->converted_text.clear();
    out->converted_to_source.clear();
    return Status::Ok();
  }
  const size_t utf8_fault = utf8.error_offset + skip;
  if (utf8.truncated_at_end && (utf8.multibyte_chars > 0 || bom)) {
    return Status::Error(name + ": byte offset " + std::to_string(utf8_fault) +
                         ": truncated UTF-8 sequence at the end of the file (" +
                         std::to_string(bytes.size() - utf8_fault) + " of its bytes present)");
  }
  if (bom || utf8.multibyte_chars >= kDamagedUtf8MinChars) {
    return Status::Error(name + ": byte offset " + std::to_string(utf8_fault) + ": invalid UTF-8 sequence (byte " +
                         Hex(static_cast<unsigned char>(bytes[utf8_fault])) + ") in a file that is UTF-8 up to there");
  }
  size_t gb_fault = 0;
  std::string icu_error;
  if (DecodeWithIcu(bytes, "GB18030", &out->converted_text, &out->converted_to_source, &gb_fault, &icu_error)) {
    SetConverted(Encoding::kGb18030, out);
    return Status::Ok();
  }
  if (!icu_error.empty()) return Status::Error(name + ": " + icu_error);
  const size_t first = std::max(utf8_fault, gb_fault);
  const std::string what =
      first < bytes.size() ? "byte " + Hex(static_cast<unsigned char>(bytes[first])) : std::string("end of file");
  return Status::Error(name + ": byte offset " + std::to_string(first) + ": " + what +
                       " starts a sequence that is neither UTF-8 nor GB18030 (UTF-8 fails at byte " +
                       std::to_string(utf8_fault) + ", GB18030 at byte " + std::to_string(gb_fault) + ")");
}

}  // namespace duikou::text
