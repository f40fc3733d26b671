#include "gazetteer/alias_rules.h"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <string_view>

#include "base/utf8.h"

namespace duikou::gazetteer {
namespace {

using utf8::Length;

bool EndsWith(std::string_view text, std::string_view suffix) { return text.ends_with(suffix); }
// `text` without `suffix` (which it must end with).
std::string_view DropSuffix(std::string_view text, std::string_view suffix) {
  return text.substr(0, text.size() - suffix.size());
}

// The 55 minority nationalities of GB/T 3304 as they appear in autonomous names, plus 各
// (隆林各族自治县). Language knowledge the ethnic rule needs to tell where a place part
// ends; not aliases.
constexpr std::array<std::string_view, 56> kEthnicNames = {
    "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家",
    "哈尼", "哈萨克", "傣", "黎", "傈僳", "佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇",
    "柯尔克孜", "土", "达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米",
    "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安", "裕固", "京", "塔塔尔", "独龙",
    "鄂伦春", "赫哲", "门巴", "珞巴", "基诺", "各"};

// The longest ethnic name `text` ends with (followed by `tail`), or empty.
std::string_view LongestEthnicSuffix(std::string_view text, std::string_view tail, size_t min_chars) {
  std::string_view best;
  for (std::string_view e : kEthnicNames) {
    if (Length(e) < min_chars || e.size() <= best.size()) continue;
    const std::string with_tail = std::string(e) + std::string(tail);
    if (EndsWith(text, with_tail)) best = e;
  }
  return best;
}

void Add(std::vector<NameForm>* forms, std::string text, NameKind kind) {
  if (text.empty()) return;
  if (kind == NameKind::kBare && Length(text) < 2) return;
  for (const NameForm& f : *forms) {
    if (f.text == text) return;
  }
  forms->push_back({std::move(text), kind});
}

// `place` with each former suffix, for place parts of two characters or more.
void AddFormer(std::vector<NameForm>* forms, const std::string& place, std::initializer_list<std::string_view> suffixes) {
  if (Length(place) < 2) return;
  for (std::string_view suffix : suffixes) Add(forms, place + std::string(suffix), NameKind::kFormer);
}

void AddProvinceForms(std::string_view name, std::vector<NameForm>* forms) {
  if (EndsWith(name, "自治区")) {
    Add(forms, StripEthnicDesignation(DropSuffix(name, "自治区")), NameKind::kShort);
    return;
  }
  for (std::string_view suffix : {"省", "市"}) {
    if (EndsWith(name, suffix)) Add(forms, std::string(DropSuffix(name, suffix)), NameKind::kShort);
  }
}

void AddPrefectureForms(std::string_view name, std::vector<NameForm>* forms) {
  if (EndsWith(name, "自治州")) {
    const std::string place = StripEthnicDesignation(DropSuffix(name, "自治州"));
    Add(forms, place + "州", NameKind::kShort);
    Add(forms, place, NameKind::kBare);
    return;
  }
  for (std::string_view suffix : {"地区", "盟", "市"}) {
    if (EndsWith(name, suffix)) {
      const std::string place(DropSuffix(name, suffix));
      Add(forms, place, NameKind::kBare);
      if (suffix == "市") AddFormer(forms, place, {"地区"});
      return;
    }
  }
}

void AddCountyForms(std::string_view name, std::vector<NameForm>* forms) {
  for (auto [autonomous, generic] : {std::pair{"自治县", "县"}, std::pair{"自治旗", "旗"}}) {
    if (EndsWith(name, autonomous)) {
      const std::string place = StripEthnicDesignation(DropSuffix(name, autonomous));
      Add(forms, place + generic, NameKind::kShort);
      Add(forms, place, NameKind::kBare);
      return;
    }
  }
  if (EndsWith(name, "行政委员会")) {
    const std::string place(DropSuffix(name, "行政委员会"));
    Add(forms, place + "行委", NameKind::kShort);
    Add(forms, place + "行政区", NameKind::kShort);
    Add(forms, place, NameKind::kBare);
    return;
  }
  // Longer suffixes first: 神农架林区 is 神农架, not 神农架林.
  for (std::string_view suffix : {"林区", "特区", "新区", "县", "区", "市", "旗"}) {
    if (EndsWith(name, suffix)) {
      const std::string place(DropSuffix(name, suffix));
      Add(forms, place, NameKind::kBare);
      if (suffix == "区") AddFormer(forms, place, {"县", "市"});
      if (suffix == "市") AddFormer(forms, place, {"县"});
      return;
    }
  }
}

void AddTownshipForms(std::string_view name, std::vector<NameForm>* forms) {
  for (std::string_view suffix : {"乡", "镇", "苏木"}) {
    if (!EndsWith(name, suffix)) continue;
    std::string_view base = DropSuffix(name, suffix);
    for (std::string_view minzu : {"少数民族", "民族"}) {
      if (EndsWith(base, minzu) && EndsWith(DropSuffix(base, minzu), "族")) base = DropSuffix(base, minzu);
    }
    if (!EndsWith(base, "族")) return;
    const std::string place = StripEthnicDesignation(base);
    if (place != base) Add(forms, place + std::string(suffix), NameKind::kShort);
    return;
  }
}

}  // namespace

std::string StripEthnicDesignation(std::string_view text) {
  for (;;) {
    std::string_view ethnic = LongestEthnicSuffix(text, "族", 1);
    std::string_view rest;
    if (!ethnic.empty()) {
      rest = text.substr(0, text.size() - ethnic.size() - std::string_view("族").size());
      if (rest.empty()) return std::string(ethnic);  // 东乡族 → 东乡
    } else {
      // Without 族 only multi-character names (博尔塔拉蒙古, 伊犁哈萨克).
      ethnic = LongestEthnicSuffix(text, "", 2);
      if (ethnic.empty()) break;
      rest = text.substr(0, text.size() - ethnic.size());
    }
    if (Length(rest) < 2) break;  // 内蒙古 stays 内蒙古
    text = rest;
  }
  return std::string(text);
}

bool IsSearchableTownshipName(std::string_view name) {
  return EndsWith(name, "镇") || EndsWith(name, "乡") || EndsWith(name, "街道") || EndsWith(name, "苏木");
}

std::vector<NameForm> NameForms(const Division& division) {
  std::vector<NameForm> forms;
  Add(&forms, division.name, NameKind::kOfficial);
  switch (division.level) {
    case Level::kProvince: AddProvinceForms(division.name, &forms); break;
    case Level::kPrefecture: AddPrefectureForms(division.name, &forms); break;
    case Level::kCounty: AddCountyForms(division.name, &forms); break;
    case Level::kTownship: AddTownshipForms(division.name, &forms); break;
  }
  return forms;
}

}  // namespace duikou::gazetteer
