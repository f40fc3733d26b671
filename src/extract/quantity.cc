#include "extract/quantity.h"

#include <algorithm>
#include <iterator>

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

}  // namespace

std::vector<Quantity> FindQuantities(std::string_view text) {
  std::vector<recognize::NumberMention> numbers = recognize::FindNumbers(text);
  std::vector<Quantity> out;
  if (numbers.empty()) return out;  // no number, no money and no quantity
  // Money, counts and bare numbers each come in text order: merged, not sorted.
  std::vector<recognize::MoneyMention> found_money = recognize::FindMoney(text, numbers);
  std::vector<recognize::QuantityMention> found_counts = recognize::FindQuantities(text, numbers);
  std::vector<Quantity> money, counts;
  money.reserve(found_money.size());
  counts.reserve(found_counts.size());
  for (auto& m : found_money) {
    Quantity q;
    q.begin = m.span.begin;
    q.number_begin = NumberBegin(numbers, m.span);
    q.end = m.span.end;
    q.value = std::move(m.value);
    q.unit = "元";
    q.kind = m.currency == "CNY" ? UnitKind::kMoney : UnitKind::kOther;
    q.approx = std::move(m.approx);
    money.push_back(std::move(q));
  }
  for (auto& m : found_counts) {
    Quantity q;
    q.begin = m.span.begin;
    q.number_begin = NumberBegin(numbers, m.span);
    q.end = m.span.end;
    q.value = std::move(m.value);
    q.unit = std::move(m.unit);
    q.kind = KindOf(m.unit_class);
    q.approx = std::move(m.approx);
    counts.push_back(std::move(q));
  }
  auto by_begin = [](const Quantity& a, const Quantity& b) { return a.begin < b.begin; };
  std::vector<Quantity> amounts;
  amounts.reserve(money.size() + counts.size());
  std::merge(std::make_move_iterator(money.begin()), std::make_move_iterator(money.end()),
             std::make_move_iterator(counts.begin()), std::make_move_iterator(counts.end()),
             std::back_inserter(amounts), by_begin);
  // Arabic numbers that are neither money nor a count: years, percentages, codes. An amount
  // starting where a bare number does goes first.
  out.reserve(amounts.size() + numbers.size());
  size_t k = 0;  // the first amount not yet placed
  size_t covering = 0;
  for (auto& n : numbers) {
    if (n.chinese) continue;
    while (covering < amounts.size() && amounts[covering].end <= n.span.begin) ++covering;
    if (covering < amounts.size() && amounts[covering].begin <= n.span.begin) continue;  // inside an amount
    while (k < amounts.size() && amounts[k].begin <= n.span.begin) out.push_back(std::move(amounts[k++]));
    Quantity q;
    q.begin = q.number_begin = n.span.begin;
    q.end = n.span.end;
    q.value = std::move(n.value);
    out.push_back(std::move(q));
  }
  while (k < amounts.size()) out.push_back(std::move(amounts[k++]));
  return out;
}

}  // namespace duikou::extract::internal
