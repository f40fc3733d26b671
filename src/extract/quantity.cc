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
  out.reserve(numbers.size());
  for (const auto& m : recognize::FindMoney(text, numbers)) {
    Quantity q;
    q.begin = m.span.begin;
    q.number_begin = NumberBegin(numbers, m.span);
    q.end = m.span.end;
    q.value = m.value;
    q.unit = "元";
    q.kind = m.currency == "CNY" ? UnitKind::kMoney : UnitKind::kOther;
    q.approx = m.approx;
    out.push_back(std::move(q));
  }
  for (const auto& m : recognize::FindQuantities(text, numbers)) {
    Quantity q;
    q.begin = m.span.begin;
    q.number_begin = NumberBegin(numbers, m.span);
    q.end = m.span.end;
    q.value = m.value;
    q.unit = m.unit;
    q.kind = KindOf(m.unit_class);
    q.approx = m.approx;
    out.push_back(std::move(q));
  }
  // Arabic numbers that are neither money nor a count: years, percentages, codes.
  std::sort(out.begin(), out.end(), [](const Quantity& a, const Quantity& b) { return a.begin < b.begin; });
  std::vector<Quantity> bare;
  size_t k = 0;
  for (const auto& n : numbers) {
    if (n.chinese) continue;
    while (k < out.size() && out[k].end <= n.span.begin) ++k;
    if (k < out.size() && out[k].begin <= n.span.begin) continue;  // inside an amount
    Quantity q;
    q.begin = q.number_begin = n.span.begin;
    q.end = n.span.end;
    q.value = n.value;
    bare.push_back(std::move(q));
  }
  if (!bare.empty()) {
    out.insert(out.end(), std::make_move_iterator(bare.begin()), std::make_move_iterator(bare.end()));
    std::stable_sort(out.begin(), out.end(), [](const Quantity& a, const Quantity& b) { return a.begin < b.begin; });
  }
  return out;
}

}  // namespace duikou::extract::internal
