#include "extract/text_util.h"

#include <array>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif


namespace duikou::extract::internal {

size_t PrevChar(std::string_view text, size_t pos) {
  if (pos == 0) return 0;
  size_t p = pos - 1;
  while (p > 0 && (static_cast<unsigned char>(text[p]) & 0xC0) == 0x80) --p;
  return p;
}


size_t CharCount(std::string_view s) {
  size_t n = 0;
  for (size_t i = 0; i < s.size(); i += CharLen(s, i)) ++n;
  return n;
}

bool IsPunct(std::string_view ch) {
  switch (CodePoint(ch)) {
    case U',': case U';': case U':': case U'!': case U'?': case U'(': case U')': case U'"': case U'\'':
    case U'-': case U' ': case U'\n': case U'\t': case U'。': case U'，': case U'；': case U'：': case U'！':
    case U'？': case U'、': case U'（': case U'）': case U'“': case U'”': case U'‘': case U'’': case U'《':
    case U'》': case U'—': case U'–': case U'·': case U'【': case U'】': case U'…': case U'〖': case U'〗':
    case U'■': case U'●': case U'◆': case U'[': case U']':
      return true;
    default:
      return false;
  }
}

bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

namespace {

// Byte length of the sentence break at text[i] (see Sentences), or 0.
inline size_t SentenceBreakAt(std::string_view text, size_t i) {
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char b0 = byte(i);
  if (b0 == '\n' || b0 == '!' || b0 == '?') return 1;
  if (b0 == 0xE3 && i + 2 < text.size() && byte(i + 1) == 0x80 && byte(i + 2) == 0x82) return 3;
  if (b0 == 0xEF && i + 2 < text.size() && byte(i + 1) == 0xBC && (byte(i + 2) == 0x81 || byte(i + 2) == 0x9F)) return 3;
  return 0;
}

}  // namespace

std::vector<Range> Sentences(std::string_view text) {
  // Byte by byte: a sentence break is ! ? or a line break, or 。 (E3 80 82), ！ (EF BC 81) or
  // ？ (EF BC 9F); in valid UTF-8 none of these bytes occurs inside another character, so no
  // character needs decoding, and no break overlaps another: every place the bytes of one
  // occur is a break. (IsSentenceBreak names the same set.)
  std::vector<Range> out;
  size_t start = 0;
  const auto add = [&](size_t i, size_t n) {
    if (i > start) out.push_back({start, i});
    start = i + n;
  };
  size_t i = 0;
#if defined(__SSE2__)
  // Sixteen bytes at a time: a block without the first byte of a break is skipped whole.
  // (The tests below need the block's bytes and the two after it.)
  const char* p = text.data();
  const __m128i newline = _mm_set1_epi8('\n'), bang = _mm_set1_epi8('!'), question = _mm_set1_epi8('?');
  const __m128i e3 = _mm_set1_epi8(static_cast<char>(0xE3)), ef = _mm_set1_epi8(static_cast<char>(0xEF));
  const __m128i x80 = _mm_set1_epi8(static_cast<char>(0x80)), x82 = _mm_set1_epi8(static_cast<char>(0x82));
  const __m128i xbc = _mm_set1_epi8(static_cast<char>(0xBC)), x81 = _mm_set1_epi8(static_cast<char>(0x81));
  const __m128i x9f = _mm_set1_epi8(static_cast<char>(0x9F));
  for (; i + 18 <= text.size(); i += 16) {
    const __m128i v0 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    const __m128i v1 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i + 1));
    const __m128i v2 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i + 2));
    const __m128i ascii = _mm_or_si128(_mm_cmpeq_epi8(v0, newline),
                                       _mm_or_si128(_mm_cmpeq_epi8(v0, bang), _mm_cmpeq_epi8(v0, question)));
    const __m128i period = _mm_and_si128(_mm_cmpeq_epi8(v0, e3),
                                         _mm_and_si128(_mm_cmpeq_epi8(v1, x80), _mm_cmpeq_epi8(v2, x82)));
    const __m128i wide = _mm_and_si128(_mm_and_si128(_mm_cmpeq_epi8(v0, ef), _mm_cmpeq_epi8(v1, xbc)),
                                       _mm_or_si128(_mm_cmpeq_epi8(v2, x81), _mm_cmpeq_epi8(v2, x9f)));
    unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(ascii, _mm_or_si128(period, wide))));
    while (mask != 0) {
      const size_t at = i + static_cast<size_t>(__builtin_ctz(mask));
      mask &= mask - 1;
      add(at, SentenceBreakAt(text, at));
    }
  }
#endif
  for (; i < text.size(); ++i) {
    const size_t n = SentenceBreakAt(text, i);
    if (n == 0) continue;
    add(i, n);
    i += n - 1;
  }
  if (start < text.size()) out.push_back({start, text.size()});
  return out;
}

namespace {

// Whether a three-byte sequence whose last byte has these low six bits may decode (unchecked,
// as CodePoint does) to a clause break: the low six bits of 。 (U+3002), ，；：！？ (U+FF0C, 1B,
// 1A, 01, 1F), and of the ASCII breaks, which an overlong sequence (E0 80 AC) decodes to. Most
// characters of running text end otherwise and are stepped over on this one lookup.
constexpr std::array<bool, 64> kMayDecodeToClauseBreak = [] {
  std::array<bool, 64> t{};
  for (char32_t c : {U',', U';', U':', U'!', U'?', U'\n', U'。', U'，', U'；', U'：', U'！', U'？'}) t[c & 0x3F] = true;
  return t;
}();

}  // namespace

size_t ClauseStart(std::string_view text, size_t pos, size_t floor) {
  const auto byte = [&](size_t i) { return static_cast<unsigned char>(text[i]); };
  size_t p = pos;
  while (p > floor) {
    // The character before p: ASCII, or a well-formed three-byte sequence read in place (what
    // PrevChar and CharAt give for them), else the general way.
    const unsigned char last = byte(p - 1);
    size_t q;
    char32_t c;
    if (last < 0x80) {
      q = p - 1;
      c = last;
    } else if (p >= 3 && (byte(p - 3) & 0xF0) == 0xE0 && (byte(p - 2) & 0xC0) == 0x80 && (last & 0xC0) == 0x80) {
      q = p - 3;
      if (!kMayDecodeToClauseBreak[last & 0x3F]) {  // no break: only the floor can stop here
        if (q < floor) break;
        p = q;
        continue;
      }
      c = (static_cast<char32_t>(byte(q) & 0x0F) << 12) | ((byte(q + 1) & 0x3Fu) << 6) | (last & 0x3Fu);
    } else {
      q = PrevChar(text, p);
      c = CodePoint(CharAt(text, q));
    }
    if (q < floor) break;
    if (IsClauseBreakCode(c)) return p;
    p = q;
  }
  return floor;
}

size_t ClauseEnd(std::string_view text, size_t pos, size_t ceiling) {
  const auto byte = [&](size_t i) { return static_cast<unsigned char>(text[i]); };
  size_t end = std::min(ceiling, text.size());
  for (size_t p = pos; p < end;) {
    // As CharLen and CharAt step, with ASCII and three-byte characters read in place.
    const unsigned char b0 = byte(p);
    if (b0 < 0x80) {
      if (IsClauseBreakCode(b0)) return p;
      ++p;
    } else if ((b0 & 0xF0) == 0xE0 && p + 3 <= text.size()) {
      if (kMayDecodeToClauseBreak[byte(p + 2) & 0x3F] && IsClauseBreakCode(CodePoint(text.substr(p, 3)))) return p;
      p += 3;
    } else {
      if (IsClauseBreak(CharAt(text, p))) return p;
      p += CharLen(text, p);
    }
  }
  return end;
}

bool ContainsAny(std::string_view text, std::span<const std::string_view> words) {
  for (auto w : words)
    if (Contains(text, w)) return true;
  return false;
}

bool ContainsAny(std::string_view text, const std::vector<std::string_view>& words) {
  return ContainsAny(text, std::span<const std::string_view>(words));
}

size_t RFindAny(std::string_view text, const std::vector<std::string_view>& words, size_t* len) {
  return RFindAny(text, std::span<const std::string_view>(words), len);
}

size_t RFindAny(std::string_view text, std::span<const std::string_view> words, size_t* len) {
  size_t best = std::string_view::npos;
  size_t best_len = 0;
  for (auto w : words) {
    size_t p = RFindWord(text, w);
    if (p == std::string_view::npos) continue;
    if (best == std::string_view::npos || p + w.size() > best + best_len) {
      best = p;
      best_len = w.size();
    }
  }
  if (len) *len = best_len;
  return best;
}


namespace {

// The first ' ' or '\t' in `s`, or s.size(); eight bytes at a time (a zero byte of x ^ ' '
// marks a space: the usual bit trick for "has a zero byte").
size_t FirstSpaceOrTab(std::string_view s) {
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHighs = 0x8080808080808080ull;
  const auto has_zero = [](uint64_t x) { return (x - kOnes) & ~x & kHighs; };
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    if (has_zero(w ^ (kOnes * ' ')) | has_zero(w ^ (kOnes * '\t'))) break;
  }
  while (i < s.size() && s[i] != ' ' && s[i] != '\t') ++i;
  return i;
}

}  // namespace

std::string StripSpaces(std::string_view s) {
  // Most text has no space to strip: copy it whole.
  const size_t first = FirstSpaceOrTab(s);
  std::string out(s.substr(0, first));
  for (size_t i = first; i < s.size(); ++i)
    if (s[i] != ' ' && s[i] != '\t') out.push_back(s[i]);
  return out;
}

}  // namespace duikou::extract::internal
