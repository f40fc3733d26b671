// Alias rules: every name a division goes by in running text, derived from its official name
// by general rules (no alias is typed by hand).
//
//   level       official name            aliases (kind)
//   province    广西壮族自治区            广西 (short)
//               河北省 / 天津市            河北, 天津 (short)
//   prefecture  红河哈尼族彝族自治州      红河州 (short), 红河 (bare)
//               杭州市 / 喀什地区 / 兴安盟  杭州, 喀什, 兴安 (bare)
//   county      峨边彝族自治县            峨边县 (short), 峨边 (bare)
//               X行政委员会               X行委, X行政区 (short), X (bare)
//               万州区 / 义乌市 / 互助县    万州, 义乌, 互助 (bare)
//               神农架林区 / 六枝特区 / 浦东新区  神农架, 六枝, 浦东 (bare)
//   township    三仁畲族乡                三仁乡 (short); no bare forms
//
// Former names (kind former) follow the common reorganizations, so that older yearbooks are
// understood: a prefecture-level city was often a 地区 (日喀则市 ← 日喀则地区), a district a
// county or county-level city (萧山区 ← 萧山市, 万州区 ← 万州市), a county-level city a county
// (义乌市 ← 义乌县). Place parts of one character get no former names (城区 ↛ 城市).
//
// Ethnic designations are stripped from autonomous names (…族自治县 → …县, also without 族 as
// in 博尔塔拉蒙古自治州 → 博尔塔拉州); a place part must keep at least two characters
// (内蒙古自治区 → 内蒙古, not 内), and a name that is nothing but its ethnic designation keeps
// it (东乡族自治县 → 东乡县). Bare forms need at least two characters.
//
// Prefixed chains (百色市隆林县, 广西隆林县) are not aliases: the matcher joins adjacent
// names whose divisions nest.
#pragma once

#include <string>
#include <vector>

#include "gazetteer/gazetteer.h"

namespace duikou::gazetteer {

// How a name relates to its division. When one surface names divisions through different
// kinds, current suffixed names win over former names, and those over bare names (吉林: the
// short name of 吉林省, not the bare name of 吉林市; 朝阳县 is the county so named, not a
// former name of a 朝阳区); official names and short forms are equals (东山乡 names the
// townships officially so called and 东山彝族乡 alike).
enum class NameKind { kBare = 1, kFormer = 2, kShort = 3, kOfficial = 4 };

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
// 红河哈尼族彝族 → 红河, 黔东南苗族侗族 → 黔东南, 伊犁哈萨克 → 伊犁, 东乡族 → 东乡.
std::string StripEthnicDesignation(std::string_view place_and_ethnic);

}  // namespace duikou::gazetteer
