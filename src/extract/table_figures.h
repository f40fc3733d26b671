// Figures read from tables: a column whose header names a metric ("帮扶资金(万元)", "实施项目(个)",
// "选派干部(人)") gives one figure per row, its recipient the partner place the row names.
//
// The header says what the numbers count and, in parentheses or as its last word, their unit;
// a cell that writes its own unit ("1200万元") keeps it. Header words (terse, unlike prose):
//   捐赠/捐款/捐助 -> DonationCNY   销售/采购/消费 -> SalesCNY   资金/援助/经费/补助 -> FundsCNY
//   投资 (no 资金) -> InvestmentCNY  项目 (a count) -> ProjectCount
//   培训 -> Trainees  就业 -> Jobs  干部 -> CadresSent  人才/教师/医生/专家/技术人员 -> TalentsSent
// A header with no such word, or a cell that is no number of the header's kind of unit, gives
// nothing. Rows of totals (合计, 总计, 小计) and rows printed ambiguously are skipped: a total is
// reported in the prose as well. The qualifier comes from the header (计划, 到位, 实际, 协议,
// 累计), else from the cell's approximation.
#pragma once

#include <vector>

#include "extract/doc_context.h"
#include "extract/facts.h"

namespace duikou::extract::internal {

// Appends the figures of every table of the document to `out`.
void ExtractTableFigures(const DocContext& ctx, std::vector<Figure>* out);

}  // namespace duikou::extract::internal
