// Figures read from tables: a column whose heading names a metric gives one figure per row.
//
// Yearbooks tabulate per-pair totals ("结对区 | 受援县 | 财政帮扶资金（万元） | 实施项目（个）").
// A column is a figure column when its heading, read like the words before a number in prose
// (figure_extractor.h: 资金 -> FundsCNY, 项目 -> ProjectCount, 干部 -> CadresSent …), names a
// metric, and its unit is given in the heading's parentheses ("（万元）", "(个)", "(人次)") or
// in the cells themselves ("80万元"). Each cell is read with the prose grammar (cell + unit), so
// 万/亿 multipliers, 余/约 and placeholders ("—", empty: no figure) behave as in prose.
//
// The row's places decide the figure's parties: a cell naming the recipient of one of the
// document's pairings is the recipient, one naming its supporter the subject (else the home
// city). A total row (合计, 总计, 小计 in a text cell) has no recipient.
//
// A table repeats what the prose says: a table figure is dropped when the prose already gave
// a figure with the same metric, value and year (a 合计 row restating the prose total, a
// sentence restating a row); the prose figure takes the row's recipient when it had none.
#pragma once

#include <vector>

#include "extract/doc_context.h"
#include "extract/facts.h"

namespace duikou::extract::internal {

// Appends the figures of the document's tables to `figures`, which holds the prose figures.
void AddTableFigures(const DocContext& ctx, const std::vector<Pairing>& pairings, std::vector<Figure>* figures);

}  // namespace duikou::extract::internal
