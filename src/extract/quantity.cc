#include "extract/quantity.h"

#include <array>

#include "extract/text_util.h"

namespace duikou::extract::internal {

std::string ScaleDecimal(std::string_view number, int shift) {
  std::string int_part, frac_part;
  size_t dot = number.find('.');
  if (dot == std::string_view::npos) {
    int_part = std::string(number);
  } else {
    int_part = std::string(number.substr(0, dot));
    frac_part = std::string(number.substr(dot + 1));
  }
  while (static_cast<int>(frac_part.size()) < shift) frac_part.push_back('0');
  std::string whole = int_part + frac_part.substr(0, shift);
  std::string rest = frac_part.substr(shift);
  while (!rest.empty() && rest.back() == '0') rest.pop_back();
  size_t nz = whole.find_first_not_of('0');
  whole = nz == std::string::npos ? "0" : whole.substr(nz);
  return rest.empty() ? whole : whole + "." + rest;
}

namespace {

constexpr std::array<std::string_view, 6> kLeadingApprox = {"约", "近", "超", "逾", "达", "超过"};
constexpr std::array<std::string_view, 2> kInnerApprox = {"多", "余"};

size_t SkipSpaces(std::string_view text, size_t pos) {
  while (pos < text.size() && text[pos] == ' ') ++pos;
  return pos;
}

// Reads 多/余 at `pos`; appends it to `approx`.
size_t ReadInnerApprox(std::string_view text, size_t pos, std::string* approx) {
  for (auto w : kInnerApprox)
    if (text.substr(pos, w.size()) == w) {
      *approx += std::string(w);
      return pos + w.size();
    }
  return pos;
}

}  // namespace

std::vector<Quantity> FindQuantities(std::string_view text) {
  std::vector<Quantity> out;
  size_t i = 0;
  while (i < text.size()) {
    if (!IsAsciiDigit(text[i])) {
      i += CharLen(text, i);
      continue;
    }
    Quantity q;
    q.number_begin = i;
    size_t j = i;
    while (j < text.size() && (IsAsciiDigit(text[j]) || (text[j] == '.' && j + 1 < text.size() && IsAsciiDigit(text[j + 1]))))
      ++j;
    std::string number(text.substr(i, j - i));
    // A number glued to a Latin letter or another number form ("5+2", "AAAA") is no quantity.
    size_t p = SkipSpaces(text, j);
    p = ReadInnerApprox(text, p, &q.approx);
    int shift = 0;
    if (text.substr(p, 6) == "千万") { shift = 7; p += 6; }
    else if (text.substr(p, 6) == "百万") { shift = 6; p += 6; }
    else if (text.substr(p, 3) == "万") { shift = 4; p += 3; }
    else if (text.substr(p, 3) == "亿") { shift = 8; p += 3; }
    if (shift == 4 && text.substr(p, 3) == "亿") { shift = 12; p += 3; }
    p = ReadInnerApprox(text, p, &q.approx);
    p = SkipSpaces(text, p);
    q.value = ScaleDecimal(number, shift);
    std::string_view rest = text.substr(p);
    auto take = [&](std::string_view unit, UnitKind kind) {
      if (!StartsWith(rest, unit)) return false;
      q.unit = std::string(unit);
      q.kind = kind;
      p += unit.size();
      return true;
    };
    if (!(take("元", UnitKind::kMoney) || take("人次", UnitKind::kPersonTimes) || take("人", UnitKind::kPersons) ||
          take("名", UnitKind::kPersons) || take("位", UnitKind::kPersons) || take("个", UnitKind::kCount) ||
          take("项", UnitKind::kCount) || take("只", UnitKind::kCount))) {
      size_t n = CharLen(text, p);
      q.unit = std::string(text.substr(p, n));
      q.kind = UnitKind::kOther;
      p += n;
    }
    // Leading approximation word right before the number.
    q.begin = i;
    for (auto w : kLeadingApprox)
      if (i >= w.size() && text.substr(i - w.size(), w.size()) == w) {
        q.begin = i - w.size();
        q.approx = std::string(w) + q.approx;
        break;
      }
    q.end = p;
    out.push_back(std::move(q));
    i = std::max(j, p);
  }
  return out;
}

}  // namespace duikou::extract::internal
