// Character-level folding of typesetting variants, one code point at a time.
//
// Choices (the rest of duikou relies on them):
//  * Full-width ASCII (U+FF01..U+FF5E) folds to ASCII: ２０２０ -> 2020, Ａ -> A, （） -> (),
//    ％ -> %, ． -> ., ／ -> /, ～ -> ~ ... EXCEPT the Chinese sentence punctuation
//    ，；：！？ which stays full-width: recognizers use it as Chinese punctuation, and the
//    ASCII forms of the same marks also occur in yearbooks, so both must be handled anyway.
//  * Dash variants (– ‒ ― − ─ and full-width －) become the em dash — that Chinese
//    typesetting uses for ranges and pairings (3—5 个月, 甲地—乙地). "——" stays as it is.
//  * Ideographic space U+3000, no-break space and the other Unicode spaces become ' '
//    (the normalizer then decides whether a space survives); zero-width characters and a
//    BOM inside the text vanish.
//  * Everything else (CJK punctuation 、。“”《》【】〖〗■, letters, ideographs) is kept.
#pragma once

namespace duikou::text {

inline constexpr char32_t kEmDash = 0x2014;

// What a code point becomes. kDrop means "remove", kSpace means "a space".
inline constexpr char32_t kDrop = 0xFFFFFFFF;

inline bool IsSpaceLike(char32_t cp) {
  return cp == ' ' || cp == 0x3000 || cp == 0x00A0 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F ||
         cp == 0x205F;
}

inline char32_t FoldWidth(char32_t cp) {
  if (cp < 0x80) return cp;
  if (cp >= 0xFF01 && cp <= 0xFF5E) {
    switch (cp) {
      case 0xFF0C:  // ，
      case 0xFF1B:  // ；
      case 0xFF1A:  // ：
      case 0xFF01:  // ！
      case 0xFF1F:  // ？
        return cp;
      case 0xFF0D:  // －
        return kEmDash;
      default:
        return cp - 0xFEE0;
    }
  }
  switch (cp) {
    case 0x2012: case 0x2013: case 0x2015: case 0x2212: case 0x2500: case 0xFE58:
      return kEmDash;
    case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF:
      return kDrop;
    default:
      return cp;
  }
}

}  // namespace duikou::text
