#include "recognize/money_recognizer.h"

#include <cstdint>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "recognize/amount_grammar.h"
#include "recognize/number_parser.h"
#include "recognize/utf8.h"
#include "recognize/word_set.h"

namespace duikou::recognize {
namespace {

struct Currency {
  std::string_view word;
  std::string_view code;
};
// Longest first: 美元 before 元.
constexpr Currency kCurrencies[] = {
    {"元人民币", "CNY"}, {"美元", "USD"}, {"港元", "HKD"}, {"港币", "HKD"}, {"欧元", "EUR"}, {"元", "CNY"},
};

// Words before an amount that say what kind of money it is. Longest first, so that 计划内
// wins over 计划 at the same place.
constexpr std::string_view kContextWords[] = {"实际投资", "计划内", "计划外", "总投资", "协议", "到位", "累计",
                                               "价值", "计划"};

constexpr Currency kImpliedYuan = {"", "CNY"};

// Nouns after which "1275万" is an amount of yuan even without 元.
constexpr std::string_view kMoneyNouns[] = {"资金", "投资", "金额", "投资额", "销售额", "收入", "税收", "投入",
                                             "援助", "捐赠", "捐款", "筹集", "拨付", "募集", "补助", "帮扶",
                                             "产值", "总值", "经费", "款", "资金达", "投资达"};

bool FollowsMoneyNoun(std::string_view text, size_t begin) {
  static const internal::WordSet* nouns = new internal::WordSet(kMoneyNouns);
  while (begin > 0 && text[begin - 1] == ' ') --begin;
  return !nouns->LongestEndingAt(text, begin).empty();
}

// True if nothing but the end of a clause follows: "资金1275万;" is money, "捐赠5万只" is not.
bool EndsClause(std::string_view text, size_t pos) {
  if (pos >= text.size()) return true;
  char32_t c = utf8::Next(text, pos);
  return (utf8::IsBreak(c) && c != U'—' && c != U'–' && c != '-' && c != '~') || c == U'的' || c == U'和' || c == U'及' ||
         c == U'与' || c == U'用';
}

// Context words are looked for this many characters back, within the clause.
constexpr size_t kContextWindow = 16;

std::string FindContext(std::string_view text, size_t begin) {
  size_t start = begin;
  for (size_t n = 0; n < kContextWindow && start > 0; ++n) {
    size_t len = 0;
    char32_t c = utf8::DecodeBefore(text, start, &len);
    if (utf8::IsBreak(c) && c != ' ') break;
    start -= len;
  }
  // The nearest word wins: scan end positions from the amount backwards, a character at a time.
  static const internal::WordSet* words = new internal::WordSet(kContextWords);
  for (size_t end = begin; end > start;) {
    std::string_view w = words->LongestEndingAt(text, end);
    if (!w.empty() && end - start >= w.size()) return std::string(w);
    size_t len = 0;
    utf8::DecodeBefore(text, end, &len);
    end -= len;
  }
  return {};
}

// Cheap test before the full grammar: an amount of money has 元 within a few characters of
// its number, or a 万/亿 right after it (the implied-元 form). Most numbers in a passage are
// counts and years and fail here.
bool MayBeMoney(std::string_view text, const NumberMention& n) {
  constexpr size_t kWindow = 32;  // bytes: range, 多/余, multipliers, spaces, 元
#if defined(__SSE2__)
  // Sixteen places at a time, each tested for the three bytes of 元 (E5 85 83), 万 (E4 B8 87)
  // and 亿 (E4 BA BF) at once: this test runs for every number of a passage.
  if (n.number.end + kWindow + 2 <= text.size()) {
    const char* p = text.data() + n.number.end;
    const __m128i e4 = _mm_set1_epi8(static_cast<char>(0xE4)), e5 = _mm_set1_epi8(static_cast<char>(0xE5));
    const __m128i x85 = _mm_set1_epi8(static_cast<char>(0x85)), x83 = _mm_set1_epi8(static_cast<char>(0x83));
    const __m128i xb8 = _mm_set1_epi8(static_cast<char>(0xB8)), x87 = _mm_set1_epi8(static_cast<char>(0x87));
    const __m128i xba = _mm_set1_epi8(static_cast<char>(0xBA)), xbf = _mm_set1_epi8(static_cast<char>(0xBF));
    uint32_t found = 0;  // bit k: one of the words starts at byte k of the window
    for (size_t half = 0; half < kWindow; half += 16) {
      const __m128i b0 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + half));
      const __m128i b1 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + half + 1));
      const __m128i b2 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + half + 2));
      const __m128i yuan = _mm_and_si128(_mm_cmpeq_epi8(b0, e5), _mm_and_si128(_mm_cmpeq_epi8(b1, x85), _mm_cmpeq_epi8(b2, x83)));
      const __m128i wan = _mm_and_si128(_mm_cmpeq_epi8(b1, xb8), _mm_cmpeq_epi8(b2, x87));
      const __m128i yi = _mm_and_si128(_mm_cmpeq_epi8(b1, xba), _mm_cmpeq_epi8(b2, xbf));
      const __m128i multiplier = _mm_and_si128(_mm_cmpeq_epi8(b0, e4), _mm_or_si128(wan, yi));
      found |= static_cast<uint32_t>(_mm_movemask_epi8(_mm_or_si128(yuan, multiplier))) << half;
    }
    // A word must lie inside the window: it starts at most three bytes before its end.
    if ((found & ((uint32_t{1} << (kWindow - 2)) - 1)) != 0) return true;
    return utf8::EndsAt(text, n.number.end, "万") || utf8::EndsAt(text, n.number.end, "亿");
  }
#endif
  std::string_view after = text.substr(n.number.end, kWindow);
  if (words::Find(after, "元") != std::string_view::npos) return true;
  return words::Find(after, "万") != std::string_view::npos || words::Find(after, "亿") != std::string_view::npos ||
         utf8::EndsAt(text, n.number.end, "万") || utf8::EndsAt(text, n.number.end, "亿");
}

}  // namespace

std::vector<MoneyMention> FindMoney(std::string_view text) { return FindMoney(text, FindNumbers(text)); }

std::vector<MoneyMention> FindMoney(std::string_view text, const std::vector<NumberMention>& numbers) {
  return FindMoney(text, numbers, MoneyOptions{});
}

std::vector<MoneyMention> FindMoney(std::string_view text, const std::vector<NumberMention>& numbers,
                                    const MoneyOptions& options) {
  std::vector<MoneyMention> out;
  size_t resume = 0;  // numbers inside an earlier match (the upper end of a range) are skipped
  for (const NumberMention& n : numbers) {
    if (n.span.begin < resume || n.kind != NumberKind::kCardinal || !MayBeMoney(text, n)) continue;
    internal::Amount a = internal::ParseAmount(text, n);
    size_t pos = internal::SkipSpaces(text, a.span.end);
    const Currency* currency = nullptr;
    for (const Currency& c : kCurrencies) {
      if (utf8::At(text, pos, c.word)) {
        currency = &c;
        break;
      }
    }
    if (currency != nullptr) {
      pos += currency->word.size();
    } else if (a.multiplied && !n.chinese && FollowsMoneyNoun(text, a.span.begin) && EndsClause(text, a.span.end)) {
      currency = &kImpliedYuan;  // "资金1275万": the 元 is left out after a money noun
      pos = a.span.end;
    } else {
      continue;
    }
    MoneyMention& m = out.emplace_back();  // built in place: no move of its strings
    m.value = std::move(a.value);
    m.upper = std::move(a.upper);
    m.approx = std::move(a.approx);
    size_t len = 0;
    std::string_view trailing = internal::TrailingApprox(text, pos, &len);
    if (!trailing.empty() && trailing != "多") {  // "元多" is not written; 多 after 元 starts a new word
      if (m.approx.empty()) m.approx = std::string(trailing);
      pos += len;
    }
    m.span = {a.span.begin, pos};
    m.currency = std::string(currency->code);
    if (options.context_words) m.context = FindContext(text, a.span.begin);
    resume = pos;
  }
  return out;
}

}  // namespace duikou::recognize
