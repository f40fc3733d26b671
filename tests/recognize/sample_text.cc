#include "sample_text.h"

namespace duikou::recognize::testing {
namespace {

bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAscii(char c) { return (static_cast<unsigned char>(c) & 0x80) == 0; }

}  // namespace

std::string NormalizeLikeTextStage(const std::string& raw) {
  std::string out;
  out.reserve(raw.size());
  for (size_t i = 0; i < raw.size(); ++i) {
    char c = raw[i];
    if (c == ' ') {
      // Drop a run of spaces between a digit and a non-ASCII character (either order).
      size_t j = i;
      while (j < raw.size() && raw[j] == ' ') ++j;
      char before = out.empty() ? '\n' : out.back();
      char after = j < raw.size() ? raw[j] : '\n';
      bool digit_cjk = (IsAsciiDigit(before) && !IsAscii(after)) || (!IsAscii(before) && IsAsciiDigit(after));
      if (!digit_cjk) out.append(raw, i, j - i);
      i = j - 1;
      continue;
    }
    if (c == '\n') {
      // A line broken mid-sentence (the previous line ends without sentence punctuation and the
      // next one is not empty) is joined.
      size_t j = i + 1;
      while (j < raw.size() && raw[j] == '\n') ++j;
      bool ends_sentence = out.size() >= 3 && (out.compare(out.size() - 3, 3, "。") == 0 ||
                                               out.compare(out.size() - 3, 3, "】") == 0 || out.back() == ')');
      if (!ends_sentence && !out.empty() && out.back() != '\n' && j < raw.size() && raw[j] != '(' &&
          raw[j] != '\t' && raw.compare(j, 3, "【") != 0 && static_cast<unsigned char>(raw[j]) >= 0x80) {
        i = j - 1;
        continue;
      }
    }
    out.push_back(c);
  }
  return out;
}

}  // namespace duikou::recognize::testing
