#include "extract/quantity.h"

#include <algorithm>

#include "recognize/money_recognizer.h"
#include "recognize/quantity_recognizer.h"

namespace duikou::extract::internal {

namespace {

UnitKind KindOf(recognize::UnitClass c) {
  switch (c) {
    case recognize::UnitClass::kPersons: return UnitKind::kPersons;
    case recognize::UnitClass::kPersonTimes: return UnitKind::kPersonTimes;
    case recognize::UnitClass::kItems: return UnitKind::kCount;
    default: return UnitKind::kOther;
  }
}

// First byte of the numeral inside `span` (after a leading approximation word).
size_t NumberBegin(const std::vector<recognize::NumberMention>& numbers, recognize::Span span) {
  auto it = std::lower_bound(numbers.begin(), numbers.end(), span.begin,
                             [](const recognize::NumberMention& n, size_t pos) { return n.span.begin < pos; });
  return it != numbers.end() && it->span.begin < span.end ? it->span.begin : span.begin;
}

// Money and counts among `numbers` (FindNumbers(text)), merged.
std::vector<Quantity> QuantitiesOf(std::string_view text, std::vector<recognize::NumberMention> numbers) {
  std::vector<Quantity> out;
  if (numbers.empty()) return out;  // no number, no money and no quantity
  // The figure rules read the words before an amount themselves: no context words.
  std::vector<recognize::MoneyMention> money = recognize::FindMoney(text, numbers, {.context_words = false});
  std::vector<recognize::QuantityMention> counts = recognize::FindQuantities(text, numbers);
  // Money and counts each come in text order: merged (money first at the same begin, as
  // std::merge would), as spans first; each Quantity is then built once, in its place.
  struct Amount {
    size_t begin, end;
    bool is_money;
    size_t index;
  };
  std::vector<Amount> amounts;
  amounts.reserve(money.size() + counts.size());
  for (size_t mi = 0, ci = 0; mi < money.size() || ci < counts.size();) {
    if (ci == counts.size() || (mi < money.size() && !(counts[ci].span.begin < money[mi].span.begin))) {
      amounts.push_back({money[mi].span.begin, money[mi].span.end, true, mi});
      ++mi;
    } else {
      amounts.push_back({counts[ci].span.begin, counts[ci].span.end, false, ci});
      ++ci;
    }
  }
  const auto place = [&](const Amount& a) {
    Quantity& q = out.emplace_back();
    q.begin = a.begin;
    q.end = a.end;
    if (a.is_money) {
      auto& m = money[a.index];
      q.number_begin = NumberBegin(numbers, m.span);
      q.value = std::move(m.value);
      q.unit = "元";
      q.kind = m.currency == "CNY" ? UnitKind::kMoney : UnitKind::kOther;
      q.approx = std::move(m.approx);
    } else {
      auto& m = counts[a.index];
      q.number_begin = NumberBegin(numbers, m.span);
      q.value = std::move(m.value);
      q.unit = std::move(m.unit);
      q.kind = KindOf(m.unit_class);
      q.approx = std::move(m.approx);
    }
  };
  // Arabic numbers that are neither money nor a count: years, percentages, codes. An amount
  // starting where a bare number does goes first.
  out.reserve(amounts.size() + numbers.size());
  size_t k = 0;  // the first amount not yet placed
  size_t covering = 0;
  for (auto& n : numbers) {
    if (n.chinese) continue;
    while (covering < amounts.size() && amounts[covering].end <= n.span.begin) ++covering;
    if (covering < amounts.size() && amounts[covering].begin <= n.span.begin) continue;  // inside an amount
    while (k < amounts.size() && amounts[k].begin <= n.span.begin) place(amounts[k++]);
    Quantity& q = out.emplace_back();
    q.begin = q.number_begin = n.span.begin;
    q.end = n.span.end;
    q.value = std::move(n.value);
  }
  while (k < amounts.size()) place(amounts[k++]);
  return out;
}

}  // namespace

std::vector<Quantity> FindQuantities(std::string_view text) { return QuantitiesOf(text, recognize::FindNumbers(text)); }

std::vector<Quantity> FindQuantities(std::string_view text, const recognize::NumeralPositions& numerals) {
  return QuantitiesOf(text, recognize::FindNumbers(text, numerals));
}

}  // namespace duikou::extract::internal
