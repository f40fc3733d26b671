// Organizations in a passage, found from their head words (legal-form and institution-type
// suffixes: 有限公司, 集团, 医院, 中学, 商会, …局, 指挥部 …) and typed by them.
//
// A name written relative to the home city ("市教育局", "省对口工作领导小组") is completed
// with the home city's or province's name ("湖州市教育局"), so one body gets one key.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extract/doc_context.h"
#include "extract/facts.h"

namespace duikou::extract::internal {

struct OrgMention {
  size_t begin = 0;
  size_t end = 0;
  std::string name;     // normalized full name
  std::string surface;  // as written
  OrgType type = OrgType::kOther;
};

// Every organization named in `text`, in text order, nested names of the same kind dropped
// ("甬兴集团" inside "甬兴集团甬兴纺织有限公司").
std::vector<OrgMention> FindOrganizations(std::string_view text, const DocContext& ctx);

// Completes a relative name ("市发改委" -> "湖州市发改委") with the home city / province.
std::string NormalizeOrgName(std::string_view surface, const DocContext& ctx);

// The type a name's head word implies, kOther when it has none.
OrgType TypeFromName(std::string_view name);

}  // namespace duikou::extract::internal
