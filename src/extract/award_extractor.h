// Awards: "…获2020年四川省脱贫攻坚奖先进个人", "…获省级…一等奖". The name runs from after
// 获/荣获/获得/获评/被评为/被授予/被命名为/荣膺 to the last award word of the clause (奖, 称号, 先进个人,
// 先进集体, 模范集体, 先进单位, 示范单位, 标兵, 荣誉 …),
// without a leading year and a trailing 称号. Awarded to: the persons and organizations (and named projects)
// the clause names before the verb.
#pragma once

#include <vector>

#include "extract/doc_context.h"
#include "extract/facts.h"

namespace duikou::extract::internal {

void ExtractAwards(const DocContext& ctx, const std::vector<Project>& projects, std::vector<Award>* out);

}  // namespace duikou::extract::internal
