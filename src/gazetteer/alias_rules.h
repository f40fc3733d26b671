// Alias rules: every name a division goes by in running text, derived from its official name
// by general rules (no alias is typed by hand).
//
//   level       official name            aliases (kind)
//   province    新疆维吾尔自治区          新疆 (short)
//               浙江省 / 北京市            浙江, 北京 (short)
//   prefecture  阿坝藏族羌族自治州        阿坝州 (short), 阿坝 (bare)
//               绍兴市 / 阿克苏地区 / 兴安盟  绍兴, 阿克苏, 兴安 (bare)
//   county      马边彝族自治县            马边县 (short), 马边 (bare)
//               大柴旦行政委员会          大柴旦行委, 大柴旦行政区 (short), 大柴旦 (bare)
//               涪陵区 / 江山市 / 比如县   涪陵, 江山, 比如 (bare)
//               神农架林区 / 六枝特区 / 浦东新区  神农架, 六枝, 浦东 (bare)
//   township    三仁畲族乡                三仁乡 (short); no bare forms
//
// Ethnic designations are stripped from autonomous names (…族自治县 → …县, also without 族 as
// in 博尔塔拉蒙古自治州 → 博尔塔拉州); a place part must keep at least two characters
// (内蒙古自治区 → 内蒙古, not 内), and a name that is nothing but its ethnic designation keeps
// it (东乡族自治县 → 东乡县). Bare forms need at least two characters.
//
// Prefixed chains (丽水市景宁县, 新疆阿瓦提县) are not aliases: the matcher joins adjacent
// names whose divisions nest.
#pragma once

#include <string>
#include <vector>

#include "gazetteer/gazetteer.h"

namespace duikou::gazetteer {

// How a name relates to its division. When one surface names divisions through a bare name
// and through a suffixed one (吉林: the short name of 吉林省, the bare name of 吉林市), the
// suffixed one wins; official names and short forms are equals (东山乡 names the townships
// officially so called and 东山彝族乡 alike).
enum class NameKind { kBare = 1, kShort = 2, kOfficial = 3 };

struct NameForm {
  std::string text;
  NameKind kind;
};

// The official name first, then the rule-generated aliases, without duplicates.
std::vector<NameForm> NameForms(const Division& division);

// True when a township's name is one that running text can be matched against: names of
// towns, townships, subdistricts and sumu (…镇, …乡, …街道, …苏木). The source also lists
// development zones, farms, prisons and the like at township level; those stay in the
// gazetteer but are not searched for.
bool IsSearchableTownshipName(std::string_view name);

// The place part of an autonomous name without its ethnic designation:
// 阿坝藏族羌族 → 阿坝, 海西蒙古族藏族 → 海西, 新疆维吾尔 → 新疆, 东乡族 → 东乡.
std::string StripEthnicDesignation(std::string_view place_and_ethnic);

}  // namespace duikou::gazetteer
