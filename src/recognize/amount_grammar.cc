#include "recognize/amount_grammar.h"

#include <array>
#include <span>

#include "recognize/utf8.h"

namespace duikou::recognize::internal {
namespace {

// Words written before a number that make it approximate or a bound. Longest first.
constexpr std::string_view kLeadingApprox[] = {"超过", "将近", "大约", "不到", "不足", "约", "近", "超", "逾", "达"};
// Words between the number and its multiplier/unit.
constexpr std::string_view kInnerApprox[] = {"多", "余"};
// Words after the unit.
constexpr std::string_view kTrailingApprox[] = {"左右", "以上", "以下", "上下", "多"};
// Range connectors between two numbers.
constexpr std::string_view kRangeConnectors[] = {"—", "–", "-", "~", "～", "至", "到"};

// A list of words with the bytes they start and end with: amounts are parsed for most numbers
// of a passage, and most positions are rejected by one lookup before any word is compared.
struct WordList {
  std::span<const std::string_view> words;
  std::array<bool, 256> first_bytes{};
  std::array<bool, 256> last_bytes{};
};

constexpr WordList Indexed(std::span<const std::string_view> words) {
  WordList list{words};
  for (std::string_view w : words) {
    list.first_bytes[static_cast<unsigned char>(w.front())] = true;
    list.last_bytes[static_cast<unsigned char>(w.back())] = true;
  }
  return list;
}

constexpr WordList kLeadingApproxList = Indexed(kLeadingApprox);
constexpr WordList kInnerApproxList = Indexed(kInnerApprox);
constexpr WordList kTrailingApproxList = Indexed(kTrailingApprox);
constexpr WordList kRangeConnectorList = Indexed(kRangeConnectors);

// The first word of `list` that starts at text[pos], or empty.
std::string_view MatchWord(std::string_view text, size_t pos, const WordList& list) {
  if (pos >= text.size() || !list.first_bytes[static_cast<unsigned char>(text[pos])]) return {};
  for (std::string_view w : list.words) {
    if (utf8::At(text, pos, w)) return w;
  }
  return {};
}

// The first word of `list` that ends just before text[pos], or empty.
std::string_view MatchWordEndingAt(std::string_view text, size_t pos, const WordList& list) {
  if (pos == 0 || pos > text.size() || !list.last_bytes[static_cast<unsigned char>(text[pos - 1])]) return {};
  for (std::string_view w : list.words) {
    if (utf8::EndsAt(text, pos, w)) return w;
  }
  return {};
}

}  // namespace

size_t SkipSpaces(std::string_view text, size_t pos) {
  while (pos < text.size() && text[pos] == ' ') ++pos;
  return pos;
}

std::string_view TrailingApprox(std::string_view text, size_t pos, size_t* len) {
  std::string_view w = MatchWord(text, pos, kTrailingApproxList);
  *len = w.size();
  return w;
}

Amount ParseAmount(std::string_view text, const NumberMention& number) {
  Amount a;
  a.span = number.number;
  a.value = number.value;
  // Leading approximation: 约79万元, 超2亿元, 近9000名. "达" only marks a reached figure and
  // is not reported as approximate.
  size_t before = number.number.begin;
  while (before > 0 && text[before - 1] == ' ') --before;
  if (std::string_view w = MatchWordEndingAt(text, before, kLeadingApproxList); !w.empty() && w != "达") {
    a.approx = std::string(w);
    a.span.begin = before - w.size();
  }
  size_t pos = number.number.end;
  const int lower_exponent = number.exponent;  // FindNumbers parsed the number already
  a.multiplied = lower_exponent > 0;
  // Range: 3—5个月, 3000至5000万元 (a multiplier written once applies to both ends).
  {
    size_t p = SkipSpaces(text, pos);
    std::string_view conn = MatchWord(text, p, kRangeConnectorList);
    NumberMatch upper;
    if (!conn.empty() && ParseNumberAt(text, SkipSpaces(text, p + conn.size()), &upper) &&
        upper.chinese == number.chinese) {
      a.upper = upper.value;
      if (upper.exponent > 0 && lower_exponent == 0) a.value = ScaleDecimal(a.value, upper.exponent);
      a.multiplied = a.multiplied || upper.exponent > 0;
      pos = upper.span.end;
    }
  }
  // 多/余 before a multiplier (100多万元), the multiplier, and 多/余 after it (5万多元).
  pos = SkipSpaces(text, pos);
  std::string_view inner = MatchWord(text, pos, kInnerApproxList);
  int exponent = 0;
  size_t mult = ParseMultiplierAt(text, pos + inner.size(), &exponent);
  if (!inner.empty()) {
    if (a.approx.empty()) a.approx = std::string(inner);
    pos += inner.size();
  }
  if (mult > 0) {
    a.value = ScaleDecimal(a.value, exponent);
    a.multiplied = true;
    if (!a.upper.empty()) a.upper = ScaleDecimal(a.upper, exponent);
    pos += mult;
    std::string_view inner2 = MatchWord(text, pos, kInnerApproxList);
    if (!inner2.empty()) {
      if (a.approx.empty()) a.approx = std::string(inner2);
      pos += inner2.size();
    }
  }
  a.span.end = pos;
  return a;
}

}  // namespace duikou::recognize::internal
