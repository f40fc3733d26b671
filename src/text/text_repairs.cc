#include "text/text_repairs.h"

#include <algorithm>
#include <cstring>
#include <memory>
#include <string_view>
#include <unordered_set>

#include "text/characters.h"
#include "text/width_folding.h"

namespace duikou::text {
namespace {

uint64_t StemKey(const char32_t* cps, int n) {
  uint64_t k = n;  // the length keeps 2- and 3-character stems apart
  for (int i = 0; i < n; ++i) k = (k << 21) | cps[i];
  return k;
}

// Up to `n` code points before `end` (nearest last) / from `begin`; returns how many were Han.
int HanBefore(std::string_view s, size_t end, char32_t* out, int n) {
  char32_t tmp[3];
  int got = 0;
  while (got < n && end > 0) {
    size_t b = 0;
    char32_t cp = CharBefore(s, end, &b);
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
    char32_t cp = utf8::Decode(s, begin, &len);
    if (!IsHan(cp)) break;
    out[got++] = cp;
    begin += len;
  }
  return got;
}

// Place-name stems of the document: the 2 and 3 Han characters before each admin suffix.
class StemIndex {
 public:
  StemIndex(std::string_view text, const std::vector<size_t>& suffixes) {
    for (size_t at : suffixes) {
      char32_t before[3];
      const int n = HanBefore(text, at, before, 3);
      if (n >= 2) stems_.insert(StemKey(before + n - 2, 2));
      if (n >= 3) stems_.insert(StemKey(before, 3));
    }
  }
  bool Contains(const char32_t* cps, int n) const { return stems_.count(StemKey(cps, n)) > 0; }

 private:
  std::unordered_set<uint64_t> stems_;
};

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

RepairHints FindRepairHints(std::string_view text) {
  RepairHints h;
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  for (size_t i = 0; i < text.size();) {
    const unsigned char c = s[i];
    if (c < 0x80) {
      if ((c == '-' || c == '&' || IsAsciiLetter(c)) && i > 0 && s[i - 1] >= 0x80) h.latin.push_back(i);
      ++i;
      continue;
    }
    const size_t len = utf8::SequenceLength(text, i);
    if (len == 3 && i + 2 < text.size()) {
      const uint32_t key = (uint32_t{c} << 16) | (uint32_t{s[i + 1]} << 8) | s[i + 2];
      if (IsYiUtf8(key)) h.yi.push_back(i);
      if (IsAdminSuffixUtf8(key)) h.admin_suffixes.push_back(i);
    }
    i += len;
  }
  return h;
}

void RepairOcrNoise(const RepairHints& hints, MappedText* text) {
  const std::string_view s = text->text;
  std::vector<Replacement> repl;
  for (size_t i : hints.latin) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    size_t end = i + 1;
    if (c != '-' && c != '&') {
      while (end < s.size() && IsAsciiLetter(static_cast<unsigned char>(s[end]))) ++end;
    }
    size_t b = 0, len = 0;
    const bool han_left = i > 0 && IsHan(CharBefore(s, i, &b));
    const bool han_right = end < s.size() && IsHan(utf8::Decode(s, end, &len));
    if (!han_left || !han_right) continue;
    if (c == '-') {
      repl.push_back({i, end, "—"});
    } else if (const char* zh = ChineseConnective(s.substr(i, end - i))) {
      repl.push_back({i, end, zh});
    }
  }
  std::unique_ptr<StemIndex> stems;  // built on the first candidate only
  for (size_t i : hints.yi) {
    const size_t len = 3;
    // Between two digits 一 is a range dash: 3一5个月.
    if (i > 0 && i + len < s.size() && IsAsciiDigit(static_cast<unsigned char>(s[i - 1])) &&
        IsAsciiDigit(static_cast<unsigned char>(s[i + len]))) {
      repl.push_back({i, i + len, "—"});
      continue;
    }
    char32_t left[3], right[3];
    const int nl = HanBefore(s, i, left, 3);
    const int nr = HanFrom(s, i + len, right, 3);
    if (nl < 2 || nr < 2) continue;
    if (!stems) stems = std::make_unique<StemIndex>(s, hints.admin_suffixes);
    if (HasStem(*stems, left, nl, /*at_end=*/true) && HasStem(*stems, right, nr, /*at_end=*/false)) {
      repl.push_back({i, i + len, "—"});
    }
  }
  if (repl.empty()) return;
  std::sort(repl.begin(), repl.end(), [](const Replacement& a, const Replacement& b) { return a.begin < b.begin; });

  // The map changes unless every replacement swaps one character for another of the same
  // width (一 -> —): a replacement maps, as one character, to where its text started.
  bool same_length = true, same_characters = true;
  for (const Replacement& r : repl) {
    const size_t w = std::strlen(r.with);
    same_length &= w == r.end - r.begin;
    same_characters &= w == r.end - r.begin && utf8::LeadLength(static_cast<unsigned char>(s[r.begin])) == w;
  }
  if (!same_characters) {
    const OffsetMap& old_map = text->to_input;
    OffsetMap map;
    map.reserve(old_map.runs().size() + 2 * repl.size());
    size_t pos = 0, hint = 0;
    for (const Replacement& r : repl) {
      map.AppendSlice(old_map, pos, r.begin, 0, &hint);
      map.AddChar(old_map.Lookup(r.begin, &hint), static_cast<unsigned>(std::strlen(r.with)));
      pos = r.end;
    }
    map.AppendSlice(old_map, pos, old_map.text_size(), 0, &hint);
    map.SetEnd(old_map.back());
    text->to_input = std::move(map);
  }

  // Same-length replacements (一 -> —, and -> 和) are made in place.
  if (same_length) {
    for (const Replacement& r : repl) std::memcpy(text->text.data() + r.begin, r.with, r.end - r.begin);
  } else {
    std::string out;
    out.reserve(s.size() + repl.size() * 3);
    size_t pos = 0;
    for (const Replacement& r : repl) {
      out.append(s.data() + pos, r.begin - pos);
      out.append(r.with);
      pos = r.end;
    }
    out.append(s.data() + pos, s.size() - pos);
    text->text = std::move(out);
  }
}

}  // namespace duikou::text
