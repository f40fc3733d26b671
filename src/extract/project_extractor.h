// Projects: named projects, parks, bases and buildings ("和龙长白山现代农业产业园项目",
// "龙泉—海曙山海协作产业园", "晴隆游客服务中心"), found from their head word and kept only
// when the name is proper: it names a place, or is introduced as an enterprise's project
// (…企业X项目) or after a dash ("第一个落户项目——X"). Category words ("援疆项目19个",
// "对口支援规划项目") are not projects. Names inside 《book titles》 are skipped.
// Place: the partner side of an A—B pair, else the most specific place in the name, else
// the section's partner. Funders: the enterprise behind it (its name opens the project's, or
// it is the subject of a building verb before it: "X有限公司在Y建成Z项目"), and the home side of
// an A—B pair; the home city when neither is named. Investment: "总投资N元" in the same
// clause or opening the next one.
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "extract/doc_context.h"
#include "extract/facts.h"

namespace duikou::extract::internal {

void ExtractProjects(const DocContext& ctx, std::vector<Project>* out);

// The words a project's name ends in (产业园, 项目, 基地 …): every passage is looked at where one
// of them starts (DocContext::passage_word_stops).
std::span<const std::string_view> ProjectHeadWords();

// Byte ranges of 《…》 titles in `text` (names of documents, not of things).
std::vector<std::pair<size_t, size_t>> BookTitleRanges(std::string_view text);

}  // namespace duikou::extract::internal
