#include "text/text_repairs.h"

#include <cstring>
#include <string_view>
#include <unordered_set>

#include "text/utf8.h"
#include "text/width_folding.h"

namespace duikou::text {
namespace {

constexpr char32_t kYi = 0x4E00;  // 一

bool IsAdminSuffix(char32_t cp) {
  switch (cp) {
    case U'市': case U'县': case U'区': case U'州': case U'省': case U'镇': case U'乡': case U'旗': case U'盟':
      return true;
    default:
      return false;
  }
}

uint64_t StemKey(const char32_t* cps, int n) {
  uint64_t k = n;  // the length keeps 2- and 3-character stems apart
  for (int i = 0; i < n; ++i) k = (k << 21) | cps[i];
  return k;
}

// Place-name stems of the document: the 2 and 3 Han characters before each admin suffix.
class StemIndex {
 public:
  explicit StemIndex(std::string_view text) {
    char32_t window[3] = {0, 0, 0};  // the last three code points, oldest first
    for (size_t i = 0; i < text.size();) {
      size_t len = 0;
      char32_t cp = DecodeUtf8At(text, i, &len);
      if (IsAdminSuffix(cp)) {
        if (IsHan(window[1]) && IsHan(window[2])) stems_.insert(StemKey(window + 1, 2));
        if (IsHan(window[0]) && IsHan(window[1]) && IsHan(window[2])) stems_.insert(StemKey(window, 3));
      }
      window[0] = window[1];
      window[1] = window[2];
      window[2] = cp;
      i += len;
    }
  }
  bool Contains(const char32_t* cps, int n) const { return stems_.count(StemKey(cps, n)) > 0; }

 private:
  std::unordered_set<uint64_t> stems_;
};

// Up to `n` code points before `end` (nearest last) / from `begin`; returns how many were Han.
int HanBefore(std::string_view s, size_t end, char32_t* out, int n) {
  char32_t tmp[3];
  int got = 0;
  while (got < n && end > 0) {
    size_t b = 0;
    char32_t cp = DecodeUtf8Before(s, end, &b);
    if (!IsHan(cp)) break;
    tmp[got++] = cp;
    end = b;
  }
  for (int i = 0; i < got; ++i) out[i] = tmp[got - 1 - i];
  return got;
}

int HanFrom(std::string_view s, size_t begin, char32_t* out, int n) {
  int got = 0;
  while (got < n && begin < s.size()) {
    size_t len = 0;
    char32_t cp = DecodeUtf8At(s, begin, &len);
    if (!IsHan(cp)) break;
    out[got++] = cp;
    begin += len;
  }
  return got;
}

bool HasStem(const StemIndex& index, const char32_t* cps, int available, bool at_end) {
  for (int n = 2; n <= 3 && n <= available; ++n) {
    const char32_t* start = at_end ? cps + (available - n) : cps;
    if (index.Contains(start, n)) return true;
  }
  return false;
}

struct Replacement {
  size_t begin, end;   // bytes of the text replaced
  const char* with;    // UTF-8
};

const char* ChineseConnective(std::string_view word) {
  if (word == "and" || word == "And" || word == "AND" || word == "&") return "和";
  if (word == "or" || word == "Or" || word == "OR") return "或";
  return nullptr;
}

}  // namespace

NormalizedText RepairOcrNoise(NormalizedText in) {
  const std::string_view s = in.text;
  std::vector<Replacement> repl;
  std::unique_ptr<StemIndex> stems;  // built on the first 一 candidate only
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      if (c == '-' || c == '&' || IsAsciiLetter(c)) {
        size_t end = i + 1;
        if (c != '-' && c != '&') {
          while (end < s.size() && IsAsciiLetter(static_cast<unsigned char>(s[end]))) ++end;
        }
        size_t b = 0, len = 0;
        bool han_left = i > 0 && IsHan(DecodeUtf8Before(s, i, &b));
        bool han_right = end < s.size() && IsHan(DecodeUtf8At(s, end, &len));
        if (han_left && han_right) {
          if (c == '-') {
            repl.push_back({i, end, "—"});
          } else if (const char* zh = ChineseConnective(s.substr(i, end - i))) {
            repl.push_back({i, end, zh});
          }
        }
        i = end;
        continue;
      }
      ++i;
      continue;
    }
    size_t len = 0;
    char32_t cp = DecodeUtf8At(s, i, &len);
    if (cp == kYi) {
      char32_t left[3], right[3];
      int nl = HanBefore(s, i, left, 3);
      int nr = HanFrom(s, i + len, right, 3);
      if (nl >= 2 && nr >= 2) {
        if (!stems) stems = std::make_unique<StemIndex>(s);
        if (HasStem(*stems, left, nl, /*at_end=*/true) && HasStem(*stems, right, nr, /*at_end=*/false)) {
          repl.push_back({i, i + len, "—"});
        }
      }
    }
    i += len;
  }
  if (repl.empty()) return in;

  NormalizedText out;
  out.traditional = in.traditional;
  out.text.reserve(in.text.size() + repl.size() * 3);
  out.to_input.reserve(in.to_input.size() + repl.size() * 3);
  size_t pos = 0;
  for (const Replacement& r : repl) {
    out.text.append(s.data() + pos, r.begin - pos);
    out.to_input.insert(out.to_input.end(), in.to_input.begin() + pos, in.to_input.begin() + r.begin);
    size_t w = std::strlen(r.with);
    out.text.append(r.with, w);
    out.to_input.insert(out.to_input.end(), w, in.to_input[r.begin]);
    pos = r.end;
  }
  out.text.append(s.data() + pos, s.size() - pos);
  out.to_input.insert(out.to_input.end(), in.to_input.begin() + pos, in.to_input.end());
  return out;
}

}  // namespace duikou::text
