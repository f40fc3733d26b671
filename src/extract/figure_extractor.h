// Figures: reported numbers with their metric, read from the cue words around a quantity.
//
// The metric comes from a small table of general vocabulary (see kMoneyCues etc. in the .cc):
//   项目N个 -> ProjectCount           资金/基金/补助 N元 -> FundsCNY
//   投资/总投资/投资额 N元 -> InvestmentCNY   销售/采购/消费扶贫 N元 -> SalesCNY
//   捐赠/捐助/慰问金 N元 (and 价值/物资 in a sentence about giving) -> DonationCNY
//   选派…干部N人 -> CadresSent        选派…人才N人 -> TalentsSent
//   培训N人次 / N人…进修 -> Trainees  就业N人 -> Jobs
// The nearest cue before the number wins; a number with no cue of its own continues the
// enumeration it stands in ("…资金1.56亿元;山海协作1092万元" -> FundsCNY). Numbers whose
// nearest cue names something else (产值, 税收, 收入 …) are not figures.
// Subject: the home city. Recipient: see figure_recipient.h.
#pragma once

#include <vector>

#include "extract/doc_context.h"
#include "extract/facts.h"

namespace duikou::extract::internal {

// `pairings` are the document's, already extracted: their recipients are the figures' candidates.
void ExtractFigures(const DocContext& ctx, const std::vector<Pairing>& pairings, std::vector<Figure>* out);

}  // namespace duikou::extract::internal
