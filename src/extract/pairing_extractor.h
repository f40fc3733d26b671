// Pairings: who supports whom, and under which programme.
//
// Read from (1) tables whose header names a recipient and a supporter column (受援地 /
// 支援地, 受帮扶方 / 帮扶方) and maybe a relation column (对口关系); (2) prose, one sentence
// at a time (the phrases are in pairing_phrases.h):
//   * a pairing verb and the partners listed after it: "甲区对口支援乙县",
//     "甲区对口帮扶乙区、丙县；…", "对口合作乙市" (对口支援, 对口合作, 对口帮扶,
//     结对帮扶; plain 帮扶 only right after a place);
//   * "<A>(分别)与<B>…" when the rest of the clause names a pairing (结对, 结成对子,
//     开展结对帮扶, 的东西部扶贫协作任务), with A left out or before a short predicate
//     ("甲市全面完成与…");
//   * "<A>与<B>共同在<place>实施", "承担<places>…结对帮扶";
//   * "<A>—<B>" place pairs (a list of pairs, a joint park's name), "X(A)—B" too; a name on
//     the supporting side that the home city shares with a partner county is the home's;
//   * "甲区结对乙县和丙县" (结对 right after a place), "甲区代表团赴结对帮扶的乙县";
//   * "甲市向乙市拨付<type words>…资金": funds sent under a programme's name.
// The home city (its units, its province) is never a recipient.
// The supporter is the subject: a unit of the home city stays itself (甲区 → its own code), the
// city or its province is the home city, a subject left out is the sentence's (else the home
// city's), and an organization or a foreign place supports nothing (only a verb that names
// the type lets the home city's own bodies act for it). Partners that are no division
// (…生产建设兵团第三师, …特别合作区) are kept as mentions under their names.
// The type comes from the verb (对口支援, 对口合作), else from the nearest words that name
// one: the rest of the clause, the sentence, the entry title, the section heading; else from
// another pairing of the same recipient (or of its prefecture, its province); else from the
// chapter title. Loose words (对口帮扶, 援滇, 援黔, 援川) are said of several programmes: they
// give a type only where no other words name one, and weakly (对口帮扶 is then a province's
// in-province programme). Duplicates (same supporter, recipient, type) are reported once,
// from their first passage.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extract/doc_context.h"
#include "extract/facts.h"

namespace duikou::extract::internal {

// The pairing type a phrase names ("对口支援(重庆万州区)", "对口援疆", "山海协作工程"), or "".
std::string PairingTypeOf(std::string_view phrase);

void ExtractPairings(const DocContext& ctx, std::vector<Pairing>* out);

// The words every sentence is read from (与, 向, the heads of the pairing verbs …): each
// sentence is looked at where one of them starts (DocContext::passage_word_stops).
const std::vector<std::string_view>& PairingScanWords();

}  // namespace duikou::extract::internal
