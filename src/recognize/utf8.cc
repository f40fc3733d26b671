#include "recognize/utf8.h"

namespace duikou::recognize::utf8 {

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
