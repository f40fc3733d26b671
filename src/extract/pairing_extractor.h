// Pairings: who supports whom, and under which programme.
//
// Read from (1) tables whose header names a relation, a recipient and a supporter column
// (对口关系 / 受援地 / 支援地); (2) prose: "对口支援<place>", "<A>与<B>共同在<place>实施",
// "承担<places>…结对帮扶", and "<A>—<B>" place pairs naming a joint park or enclave, where
// the side inside the home city is the supporter.
// The type comes from the words themselves (对口支援/援疆/援藏/援青, 东西部扶贫协作, 对口合作,
// 山海协作) or else from the section title. Duplicates (same supporter, recipient, type) are
// reported once, from their first passage.
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

}  // namespace duikou::extract::internal
