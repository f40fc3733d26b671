// Organizations by pattern: a name ends in a suffix that says what it is (有限公司, 集团,
// 银行, 合作社 → enterprise; 人民政府, 市委, …局, …委员会, 发改委, 指挥部, 工作组, 领导小组 →
// government body; 大学, 中学, 医院, 卫生院, 研究院, 博物馆, 党校 → institution; 商会, 基金会,
// 协会, 联合会, 文联, 艺术团, 支部 → social group) and begins where a name can begin (see
// name_boundary.h). Coordinated lists split at their separators: "市委宣传部、市文化广电旅游局、
// 市文联等单位" gives three organizations; "县委县政府" gives two; a list sharing one suffix
// ("甲市、乙市人力资源和社会保障局") gives one body per place. A verb between two bodies
// (托管, 常驻, 引导 …) ends the right one's name; a working team keeps the task it is named for
// ("某区对口帮扶某市工作队"); a school may be named by number ("某县四中").
//
// Under-extraction is preferred to garbage: a candidate whose left edge cannot be found
// within a few characters, that follows a count ("15所学校"), or whose name is only generic
// words ("结对医院", "乡镇卫生院") is dropped.
//
// Abbreviations: a name starting with 市/县/区/州/省 and no place before it ("市发改委") refers
// to the document's home division. When `home` names it, full_name is the expansion: the
// home name replaces the level character ("宁波市" + "发改委"), and a few abbreviations whose
// expansion is fixed by the naming rules of Chinese government bodies are written out
// (发改委 → 发展和改革委员会, 卫健委 → 卫生健康委员会, 文联 → 文学艺术界联合会 …). Anything
// else keeps its surface as the name.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "recognize/mentions.h"

namespace duikou::recognize {

enum class OrgKind { kGovernmentBody, kEnterprise, kInstitution, kSocialGroup };
const char* OrgKindName(OrgKind kind);  // "GovernmentBody", "Enterprise", "Institution", "SocialGroup"

struct OrganizationMention {
  Span span;
  std::string surface;      // as written: "市发改委"
  std::string name;         // completed with its place, abbreviations as written ("宁波市发改委")
  std::string full_name;    // expanded when certain ("宁波市发展和改革委员会"), else the surface
  OrgKind kind = OrgKind::kGovernmentBody;
  std::string suffix;       // the suffix that typed it: "发改委", "有限公司"
  bool abbreviated = false; // starts with a bare level character (市…, 县…) or is only 市委/市政府
};

struct OrganizationContext {
  // Place-name spans in the text (from the gazetteer matcher), sorted by begin. A place name
  // is never cut by a left edge, and a name that runs too long is cut at its last place name.
  std::vector<Span> places;
  // The document's home divisions by level character, for expanding abbreviations: e.g.
  // {"市", "宁波市"}, {"省", "福建省"}. Empty: abbreviations are not expanded.
  std::vector<std::pair<std::string, std::string>> home;
};

// Every organization in `text`, in text order, non-overlapping except for founders inside a
// fund's name. A list sharing one suffix ("甲市、乙市人力资源和社会保障局") names one body per
// place: the bodies the suffix is shared with are reported too, right before the written one.
std::vector<OrganizationMention> FindOrganizations(std::string_view text, const OrganizationContext& context = {});

// The kind the suffix `name` ends with implies ("某某办公室" → government body), for a string
// known to be one organization's name (an attribution); false when it ends in no suffix.
bool KindFromSuffix(std::string_view name, OrgKind* kind);

// Expands a fixed abbreviation of a government body's type ("发改委" → "发展和改革委员会")
// at the end of `name`; returns `name` unchanged when none applies.
std::string ExpandAbbreviation(std::string_view name);

}  // namespace duikou::recognize
