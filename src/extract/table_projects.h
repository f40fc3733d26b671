// Projects listed in a table: a column headed with a project's name (项目名称, 援建项目, 项目)
// gives one project per row, its whole cell the name ("乙县职业中学实训楼", which the prose
// reader would cut at 中学). The row says the rest:
//   where  — a column of places (建设地点, 地点, 所在地, 实施地点), else the most specific place of
//            the receiving side in the name, else the table's or section's partner (the home, in
//            a receiving side's chapter);
//   funder — a column of supporters (帮扶单位, 援建单位, 支援方, 援建方): a place of the giving
//            side, or an organization by its name; else the giving side;
//   money  — a column of amounts whose header says 投资, 资金 or 金额 (its unit in the header).
// Rows of totals are skipped. A project the prose reader found inside the table's own text under
// a shorter name gives way to the row's.
#pragma once

#include <vector>

#include "extract/doc_context.h"
#include "extract/facts.h"

namespace duikou::extract::internal {

// Adds the projects of every table of the document to `out` (which holds the prose's).
void ExtractTableProjects(const DocContext& ctx, std::vector<Project>* out);

}  // namespace duikou::extract::internal
