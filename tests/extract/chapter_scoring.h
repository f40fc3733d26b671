// Reads a chapter with the real reader, extracts it, and scores it against an expectation
// file: what the sample-chapter and fixture tests share.
#pragma once

#include <string>
#include <vector>

#include "extract/facts.h"
#include "scorer.h"

namespace duikou::extract::testing {

struct ChapterResult {
  std::string error;  // empty on success
  Extraction extraction;
  std::vector<scoring::KindScore> scores;
  std::string report;
};

// An empty `expectation_path` extracts without scoring (no scores, empty report).
ChapterResult ScoreChapter(const std::string& chapter_path, const std::string& expectation_path);

// The score of `kind` in `scores` (a default score when absent).
scoring::KindScore ScoreOf(const std::vector<scoring::KindScore>& scores, const std::string& kind);

}  // namespace duikou::extract::testing
