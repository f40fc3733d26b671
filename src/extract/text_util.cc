#include "extract/text_util.h"

#include <array>


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

std::vector<Range> Sentences(std::string_view text) {
  // Byte by byte: a sentence break is ! ? or a line break, or 。 (E3 80 82), ！ (EF BC 81) or
  // ？ (EF BC 9F); in valid UTF-8 none of these bytes occurs inside another character, so no
  // character needs decoding. (IsSentenceBreak names the same set.)
  std::vector<Range> out;
  size_t start = 0;
  const auto byte = [&](size_t i) { return static_cast<unsigned char>(text[i]); };
  // The bytes that may start a break, for a one-lookup test of every byte.
  static constexpr auto kMayBreak = [] {
    std::array<bool, 256> t{};
    for (unsigned char c : {'\n', '!', '?', '\xE3', '\xEF'}) t[c] = true;
    return t;
  }();
  for (size_t i = 0; i < text.size(); ++i) {
    const unsigned char b0 = byte(i);
    if (!kMayBreak[b0]) continue;
    size_t n = 0;
    if (b0 == '\n' || b0 == '!' || b0 == '?') n = 1;
    else if (b0 == 0xE3 && i + 2 < text.size() && byte(i + 1) == 0x80 && byte(i + 2) == 0x82) n = 3;
    else if (b0 == 0xEF && i + 2 < text.size() && byte(i + 1) == 0xBC && (byte(i + 2) == 0x81 || byte(i + 2) == 0x9F)) n = 3;
    if (n == 0) continue;
    if (i > start) out.push_back({start, i});
    start = i + n;
    i += n - 1;
  }
  if (start < text.size()) out.push_back({start, text.size()});
  return out;
}

size_t ClauseStart(std::string_view text, size_t pos, size_t floor) {
  size_t p = pos;
  while (p > floor) {
    size_t q = PrevChar(text, p);
    if (q < floor) break;
    if (IsClauseBreak(CharAt(text, q))) return p;
    p = q;
  }
  return floor;
}

size_t ClauseEnd(std::string_view text, size_t pos, size_t ceiling) {
  size_t end = std::min(ceiling, text.size());
  for (size_t p = pos; p < end; p += CharLen(text, p))
    if (IsClauseBreak(CharAt(text, p))) return p;
  return end;
}

bool ContainsAny(std::string_view text, const std::vector<std::string_view>& words) {
  for (auto w : words)
    if (Contains(text, w)) return true;
  return false;
}

size_t RFindAny(std::string_view text, const std::vector<std::string_view>& words, size_t* len) {
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


std::string StripSpaces(std::string_view s) {
  // Most text has no space to strip: copy it whole.
  size_t first = 0;
  while (first < s.size() && s[first] != ' ' && s[first] != '\t') ++first;
  std::string out(s.substr(0, first));
  for (size_t i = first; i < s.size(); ++i)
    if (s[i] != ' ' && s[i] != '\t') out.push_back(s[i]);
  return out;
}

}  // namespace duikou::extract::internal
