#include "recognize/quantity_recognizer.h"

#include <algorithm>
#include <unordered_map>

#include "recognize/amount_grammar.h"
#include "recognize/number_parser.h"
#include "recognize/utf8.h"
#include "recognize/word_set.h"

namespace duikou::recognize {
namespace {

// Measure words (量词) and units that yearbook counts use. Sorted longest first at startup so
// that 人次 wins over 人 and 批次 over 批.
const std::vector<std::string_view>& SortedMeasureWords() {
  static const std::vector<std::string_view> words = [] {
    std::vector<std::string_view> w = {
        "人次", "个月", "批次", "户次", "架次", "车次", "班次", "课时", "学时", "平方米", "平方公里", "立方米",
        "公里", "千米", "公顷", "千克", "公斤", "个", "人", "名", "位", "套", "只", "件", "副", "片",
        "吨", "所", "家", "批", "期", "组", "对", "项", "册", "节", "次", "户", "村", "台", "辆",
        "头", "亩", "米", "场", "座", "条", "株", "棵", "箱", "份", "本", "张", "间", "栋", "幢",
        "支", "种", "类", "处", "天", "周", "枚", "盒", "袋", "瓶", "台套", "篇", "届", "门", "台次",
        "斤", "笔", "份次",
    };
    std::stable_sort(w.begin(), w.end(), [](std::string_view a, std::string_view b) { return a.size() > b.size(); });
    return w;
  }();
  return words;
}

// Words in which a numeral and a measure word are not a count: 一次性, 一家亲, 一对一.
// Checked on the character right after the measure word, for a Chinese numeral only.
bool IsIdiom(std::string_view text, const NumberMention& n, std::string_view unit, size_t after) {
  char32_t next = utf8::Next(text, after);
  if (unit == "周" && next == U'年') return true;  // 10周年 is an anniversary, not ten weeks
  if (unit == "个" && utf8::At(text, after, "百分点")) return true;  // 2.3个百分点 is a percentage
  if (!n.chinese) return false;
  // 某区四支部, 一师七团, 某县四中: a Chinese numeral right after a place or unit name is
  // part of a name, not a count.
  switch (utf8::Prev(text, n.number.begin)) {
    case U'区': case U'县': case U'市': case U'镇': case U'乡': case U'村':
    case U'省': case U'州': case U'旗':
      return true;
    case U'师': case U'团': {
      // A military unit only after its own number (一师七团, 第十四师); 教师, 医师, 艺术团
      // are persons and groups, and a count may follow them (支教教师一百二十六名).
      size_t unit_begin = n.number.begin - std::string_view("师").size();
      return IsChineseNumeral(utf8::Prev(text, unit_begin)) || utf8::IsAsciiDigit(utf8::Prev(text, unit_begin));
    }
    default:
      break;
  }
  // 一村一品, 一县一策, 一对一: a numeral right after the measure word makes a set phrase.
  NumberMatch following;
  if (ParseNumberAt(text, after, &following) && following.chinese) return true;
  if (unit == "次" && (next == U'性' || next == U'会')) return true;  // 一次性, 第一次会议
  if (unit == "家" && (next == U'亲' || next == U'人')) return true;  // 一家亲, 一家人
  if (unit == "片" && next == U'区') return true;                     // 一片区
  if (unit == "条" && next == U'龙') return true;                     // 一条龙
  return false;
}

std::string_view MeasureWordAt(std::string_view text, size_t pos) {
  static const internal::WordSet* words = new internal::WordSet(SortedMeasureWords());
  return words->LongestAt(text, pos);
}

// Cheap test before the full grammar: what follows the number can continue a quantity.
// *unit gets the measure word right after the number (and its spaces), or empty.
bool MayBeQuantity(std::string_view text, const NumberMention& n, std::string_view* unit) {
  size_t pos = internal::SkipSpaces(text, n.number.end);
  *unit = {};
  if (pos >= text.size()) return false;
  *unit = MeasureWordAt(text, pos);
  if (!unit->empty()) return true;
  switch (utf8::Next(text, pos)) {
    case U'多': case U'余': case U'万': case U'亿': case U'千': case U'百': case U'—': case U'–': case U'-':
    case U'~': case U'～': case U'至': case U'到':
      return true;
    default:
      return false;
  }
}

}  // namespace

const std::vector<std::string_view>& MeasureWords() { return SortedMeasureWords(); }

UnitClass UnitClassOf(std::string_view unit) {
  // The usual units first, without hashing: 个 and 项 count items, 人 and 名 persons.
  if (unit == "个" || unit == "项") return UnitClass::kItems;
  if (unit == "人" || unit == "名") return UnitClass::kPersons;
  // One lookup for the unit FindQuantities found (the classes of the other words: kItems).
  static const auto* classes = [] {
    auto* m = new std::unordered_map<std::string_view, UnitClass>();
    for (std::string_view w : {"人", "名", "位"}) m->emplace(w, UnitClass::kPersons);
    for (std::string_view w : {"人次", "户次"}) m->emplace(w, UnitClass::kPersonTimes);
    for (std::string_view w : {"批", "批次", "期", "场", "次", "届", "架次", "车次", "班次", "台次", "份次"})
      m->emplace(w, UnitClass::kBatches);
    for (std::string_view w : {"个月", "天", "周", "课时", "学时"}) m->emplace(w, UnitClass::kDuration);
    for (std::string_view w :
         {"吨", "亩", "米", "公里", "千米", "平方米", "平方公里", "立方米", "公顷", "千克", "公斤", "斤"})
      m->emplace(w, UnitClass::kMeasure);
    return m;
  }();
  const auto it = classes->find(unit);
  return it == classes->end() ? UnitClass::kItems : it->second;
}

const char* UnitClassName(UnitClass c) {
  switch (c) {
    case UnitClass::kPersons: return "Persons";
    case UnitClass::kPersonTimes: return "PersonTimes";
    case UnitClass::kItems: return "Items";
    case UnitClass::kBatches: return "Batches";
    case UnitClass::kDuration: return "Duration";
    case UnitClass::kMeasure: return "Measure";
  }
  return "Items";
}

std::vector<QuantityMention> FindQuantities(std::string_view text) { return FindQuantities(text, FindNumbers(text)); }

std::vector<QuantityMention> FindQuantities(std::string_view text, const std::vector<NumberMention>& numbers) {
  std::vector<QuantityMention> out;
  out.reserve(numbers.size());
  size_t resume = 0;
  for (const NumberMention& n : numbers) {
    std::string_view unit;
    if (n.span.begin < resume || n.kind != NumberKind::kCardinal || !MayBeQuantity(text, n, &unit)) continue;
    // A numeral right after another numeral word ("十三五" is filtered by the parser; "一一")
    // or after 第/每 is no count.
    if (utf8::EndsAt(text, n.number.begin, "每") || utf8::EndsAt(text, n.number.begin, "前")) continue;
    internal::Amount a = internal::ParseAmount(text, n);
    size_t pos = internal::SkipSpaces(text, a.span.end);
    // The measure word after the number was looked up already when nothing stands between.
    if (a.span.end != n.number.end) unit = MeasureWordAt(text, pos);
    if (unit.empty()) continue;
    pos += unit.size();
    if (IsIdiom(text, n, unit, pos)) continue;
    // "万元"/"元" are money; a measure word followed by 元 is not written ("3个元" never occurs).
    QuantityMention& q = out.emplace_back();  // built in place: no move of its strings
    q.value = std::move(a.value);
    q.upper = std::move(a.upper);
    q.approx = std::move(a.approx);
    size_t len = 0;
    std::string_view trailing = internal::TrailingApprox(text, pos, &len);
    if (!trailing.empty() && trailing != "多") {
      if (q.approx.empty()) q.approx = std::string(trailing);
      pos += len;
    }
    q.span = {a.span.begin, pos};
    q.unit = std::string(unit);
    q.unit_class = UnitClassOf(unit);
    resume = pos;
  }
  return out;
}

}  // namespace duikou::recognize
