// score_chapter: scores the extractor on any chapter against a hand-written expectation.
//
//   score_chapter CHAPTER.txt EXPECTED.tsv
//   score_chapter --dump CHAPTER.txt      (the whole extraction, in its debug form)
//
// Prints the report of testing::ScoreChapter (per-kind expected/extracted/matched, precision,
// recall, then every missed and spurious key) and a one-line P/R summary per kind. Exits 0
// whatever the scores are (it is a measuring tool, not a test); exits 1 when the chapter or the
// expectation cannot be read, 2 on bad usage. --dump is for speed work: an optimization must
// leave the dump of every fixture chapter byte-identical (scripts/extraction-snapshot.sh).
#include <cstdio>
#include <string>

#include "chapter_scoring.h"

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: %s CHAPTER.txt EXPECTED.tsv\n       %s --dump CHAPTER.txt\n", argv[0], argv[0]);
    return 2;
  }
  using duikou::extract::testing::ScoreChapter;
  const bool dump = std::string(argv[1]) == "--dump";
  // An empty expectation path scores against nothing: the extraction alone is wanted.
  const auto result = dump ? ScoreChapter(argv[2], "") : ScoreChapter(argv[1], argv[2]);
  if (dump && result.error.empty()) {
    std::fputs(duikou::extract::ToDebugString(result.extraction).c_str(), stdout);
    return 0;
  }
  if (!result.error.empty()) {
    std::fprintf(stderr, "score_chapter: %s\n", result.error.c_str());
    return 1;
  }
  std::printf("chapter:     %s\nexpectation: %s\n\n%s\n", argv[1], argv[2], result.report.c_str());
  // A compact line per kind, easy to paste into a table.
  std::printf("summary (P/R):");
  for (const auto& s : result.scores) std::printf(" %s %.2f/%.2f", s.kind.c_str(), s.precision, s.recall);
  std::printf("\n");
  return 0;
}
