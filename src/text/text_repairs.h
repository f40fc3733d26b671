// Repairs of OCR and typesetting damage that need context (the normalizer's third pass).
//
//  * ASCII '-' between two Han characters is a dash: 甲乙-丙丁 -> 甲乙—丙丁.
//  * '一' between two place-name stems is an OCR'd dash: 甲乙一丙丁 -> 甲乙—丙丁. A stem is 2 or
//    3 Han characters that the same document also writes directly before an administrative
//    suffix (市 县 区 州 省 镇 乡 旗 盟): the document itself is the evidence, so 一 in 统一,
//    一次性 or 第一 is never touched.
//  * A stray Latin connective squeezed between Han characters (采风and文艺 after spacing) is
//    replaced by its Chinese form: and/& -> 和, or -> 或. Other Latin words (AAAA, GDP)
//    are kept as they are.
#pragma once

#include "text/normalizer.h"

namespace duikou::text {

// Returns `in` repaired; to_input keeps pointing at the same input as `in`'s did.
NormalizedText RepairOcrNoise(NormalizedText in);

}  // namespace duikou::text
