#include "recognize/utf8.h"

namespace duikou::recognize::utf8 {

char32_t DecodeSlow(std::string_view text, size_t pos, size_t* len) {
  const auto b0 = static_cast<unsigned char>(text[pos]);
  size_t n = 0;
  char32_t c = 0;
  if (b0 < 0x80) {
    *len = 1;
    return b0;
  } else if ((b0 & 0xE0) == 0xC0) {
    n = 2;
    c = b0 & 0x1F;
  } else if ((b0 & 0xF0) == 0xE0) {
    n = 3;
    c = b0 & 0x0F;
  } else if ((b0 & 0xF8) == 0xF0) {
    n = 4;
    c = b0 & 0x07;
  } else {
    *len = 1;
    return 0xFFFD;
  }
  if (pos + n > text.size()) {
    *len = 1;
    return 0xFFFD;
  }
  for (size_t i = 1; i < n; ++i) {
    const auto b = static_cast<unsigned char>(text[pos + i]);
    if ((b & 0xC0) != 0x80) {
      *len = 1;
      return 0xFFFD;
    }
    c = (c << 6) | (b & 0x3F);
  }
  *len = n;
  return c;
}

char32_t DecodeBeforeSlow(std::string_view text, size_t pos, size_t* len) {
  size_t start = pos - 1;
  // Walk back over at most three continuation bytes.
  while (start > 0 && pos - start < 4 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
  size_t n = 0;
  char32_t c = DecodeAt(text, start, &n);
  if (start + n != pos) {
    *len = 1;
    return 0xFFFD;
  }
  *len = n;
  return c;
}

char32_t Prev(std::string_view text, size_t pos) {
  if (pos == 0 || pos > text.size()) return 0;
  size_t n = 0;
  return DecodeBefore(text, pos, &n);
}

char32_t Next(std::string_view text, size_t pos) {
  if (pos >= text.size()) return 0;
  size_t n = 0;
  return DecodeAt(text, pos, &n);
}

size_t BackChars(std::string_view text, size_t pos, size_t count) {
  while (count > 0 && pos > 0) {
    size_t n = 0;
    DecodeBefore(text, pos, &n);
    pos -= n;
    --count;
  }
  return pos;
}

bool IsBreak(char32_t c) {
  if (c < 0x80) return !(IsAsciiDigit(c) || IsAsciiLetter(c));
  switch (c) {
    case 0x3000:  // ideographic space
    case 0x3001:  // 、
    case 0x3002:  // 。
    case 0xFF0C:  // ，
    case 0xFF1B:  // ；
    case 0xFF1A:  // ：
    case 0xFF01:  // ！
    case 0xFF1F:  // ？
    case 0xFF08:  // （
    case 0xFF09:  // ）
    case 0x201C:  // “
    case 0x201D:  // ”
    case 0x2018:  // ‘
    case 0x2019:  // ’
    case 0x300A:  // 《
    case 0x300B:  // 》
    case 0x3008:  // 〈
    case 0x3009:  // 〉
    case 0x3010:  // 【
    case 0x3011:  // 】
    case 0x300C:  // 「
    case 0x300D:  // 」
    case 0x300E:  // 『
    case 0x300F:  // 』
    case 0x3014:  // 〔
    case 0x3015:  // 〕
    case 0x2014:  // —
    case 0x2013:  // –
    case 0x2026:  // …
    case 0x00B7:  // ·
    case 0xFFFD:
      return true;
    default:
      return false;
  }
}

}  // namespace duikou::recognize::utf8
