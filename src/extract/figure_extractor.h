// Figures: reported numbers with their metric, read from the cue words around a quantity.
//
// The metric comes from a small table of general vocabulary (see kMoneyCues etc. in the .cc):
//   项目N个, N个…项目 -> ProjectCount (not 新技术新项目)   资金/基金/补助/自筹 N元 -> FundsCNY
//   投资/总投资/投资额 N元 -> InvestmentCNY   销售/采购/帮销/成交额/消费扶贫 N元 -> SalesCNY
//   捐赠/捐助/慰问金/善款 N元 (and 价值/物资 in a sentence about giving, 出资N元设立…基金) -> DonationCNY
//   签约金额/签约额/协议金额 N元 -> InvestmentCNY (协议)
//   选派/派驻…干部N人 -> CadresSent    选派…人才/教师/专家/骨干N人 -> TalentsSent
//   (without a sending verb only when the sentence says they serve there: 在岗, 援疆/援藏/援青/
//   援黔… 干部, 支教; and the count follows its noun: "在岗援疆党政干部21名", "有党政干部48人")
//   培训N人次 / N人…进修 -> Trainees  就业N人 -> Jobs
//   N名…来甲市/到甲市挂职, 接收…N名…挂职 -> Trainees (persons coming to the home city to learn)
//   N名…参加培训 -> Trainees          N名…实现就业 -> Jobs (a count before its noun)
// The nearest cue before the number wins; a number with no cue of its own continues the
// enumeration it stands in ("…资金1.56亿元;山海协作1092万元" -> FundsCNY). After 其中 a
// breakdown by kind of person continues its total ("就业4150人,其中建档立卡贫困劳动力1260人"), a
// breakdown by duration does not ("其中12个月以上37人"), and one by place takes its total's metric
// (in its measure word) and that place as recipient ("其中甲市3亿元、乙市1亿元"; also when 其中
// opens the next sentence). A running total (累计) qualifies the figures coordinated after it;
// 原计划 does not make an addition planned. Numbers whose nearest cue names
// something else (产值, 税收, 收入 …) are not figures.
// Subject: the home city. Recipient: see figure_recipient.h.
#pragma once

#include <vector>

#include "extract/doc_context.h"
#include "extract/facts.h"

namespace duikou::extract::internal {

// `pairings` are the document's, already extracted: their recipients are the figures' candidates.
void ExtractFigures(const DocContext& ctx, const std::vector<Pairing>& pairings, std::vector<Figure>* out);

}  // namespace duikou::extract::internal
