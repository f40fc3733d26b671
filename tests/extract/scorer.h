// Scorer: compares an Extraction with a hand-written expectation file and reports precision
// and recall per kind of record.
//
// Expectation files are tab-separated, one record per line, the first field naming the kind
// (see tests/extract/expected/sample_chapter.tsv for the layout and the annotation rules).
// Records are matched by a key; everything else on the line is documentation:
//   place    code                         org      name + type
//   person   name                         pairing  supporter + recipient + type
//   figure   metric + value + year        project  name
//   event    start + end                  award    name
//   figure_detail: metric + value + year + qualifier + recipient: the same figures, scored again with
//                 what a per-recipient query needs to be right (read from the figure lines)
//   figure_subject: metric + value + year + subject (who gave: the supporting place's code, or
//                 an organization's name): what a per-supporter or per-donor query needs
//   project_place: name + place code: the projects again, with where they are
//   award_winner: award name + one winner (person's or organization's name), one key per winner
//                 of the award line's "甲/乙" list
// Places, organizations, persons, pairings, projects and awards are sets (a record found twice
// counts once); figures and events are multisets (the same number reported in two passages
// is two figures).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "base/status.h"
#include "extract/facts.h"

namespace duikou::extract::scoring {

// kind -> keys, in file order.
using Keys = std::map<std::string, std::vector<std::string>>;

// The kinds, in report order.
const std::vector<std::string>& Kinds();

// Reads an expectation file. Errors name the file and line.
Status LoadExpectation(const std::string& path, Keys* out);
// The keys of everything an extraction holds.
Keys KeysOf(const Extraction& extraction);

struct KindScore {
  std::string kind;
  size_t expected = 0;
  size_t extracted = 0;
  size_t matched = 0;
  double precision = 1.0;  // 1 when nothing was extracted
  double recall = 1.0;     // 1 when nothing was expected
  std::vector<std::string> missed;    // expected, not extracted
  std::vector<std::string> spurious;  // extracted, not expected
};

std::vector<KindScore> Score(const Keys& expected, const Keys& extracted);
// A table of the scores, then the missed and spurious keys of each kind.
std::string FormatReport(const std::vector<KindScore>& scores, bool details = true);

}  // namespace duikou::extract::scoring
