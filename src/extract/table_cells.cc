#include "extract/table_cells.h"

#include <utility>
#include <vector>

#include "extract/text_util.h"

namespace duikou::extract::internal {

std::string HeaderUnit(std::string_view h) {
  std::string s = StripSpaces(h);
  for (auto [open, close] : {std::pair<std::string_view, std::string_view>{"(", ")"}, {"（", "）"}}) {
    size_t b = s.rfind(open);
    size_t e = b == std::string::npos ? std::string::npos : s.find(close, b);
    if (e != std::string::npos) return s.substr(b + open.size(), e - b - open.size());
  }
  for (std::string_view unit : {"亿元", "万元", "元", "人次", "个", "人", "名"})
    if (EndsWith(s, unit)) return std::string(unit);
  return "";
}

bool CellQuantity(std::string_view cell, const std::string& unit, Quantity* out) {
  const std::string c = StripSpaces(cell);
  if (c.empty()) return false;
  for (const std::string& text : {c, c + unit}) {
    std::vector<Quantity> qs = FindQuantities(text);
    if (qs.size() == 1 && qs[0].kind != UnitKind::kOther && qs[0].begin == 0 && qs[0].end == text.size()) {
      *out = qs[0];
      return true;
    }
  }
  return false;
}

}  // namespace duikou::extract::internal
