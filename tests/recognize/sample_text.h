// The sample chapter's text as the recognizers see it in the pipeline, for tests.
#pragma once

#include <string>

namespace duikou::recognize::testing {

// Approximates the text stage's normalization on the (UTF-8, simplified, half-width) sample:
// removes spaces between digits and CJK and joins lines broken at page ends, so tests of the
// recognizers do not depend on the text stage.
std::string NormalizeLikeTextStage(const std::string& raw);

}  // namespace duikou::recognize::testing
