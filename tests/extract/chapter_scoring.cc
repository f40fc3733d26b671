#include "chapter_scoring.h"

#include <memory>

#include "document/passage_reader.h"
#include "extract/extractor.h"
#include "test_docs.h"
#include "text/normalizer.h"

namespace duikou::extract::testing {

ChapterResult ScoreChapter(const std::string& chapter_path, const std::string& expectation_path) {
  ChapterResult r;
  std::unique_ptr<text::Normalizer> normalizer;
  Status s = text::Normalizer::Create(DUIKOU_OPENCC_DIR, &normalizer);
  if (!s.ok()) {
    r.error = s.message();
    return r;
  }
  document::PassageReader reader(normalizer.get());
  document::Document doc;
  s = reader.ReadFile(chapter_path, &doc);
  if (!s.ok()) {
    r.error = s.message();
    return r;
  }
  const gazetteer::Gazetteer* gaz = SharedGazetteer();
  if (!gaz) {
    r.error = "cannot load the gazetteer";
    return r;
  }
  Extractor extractor(gaz);
  r.extraction = extractor.Extract(doc);
  if (expectation_path.empty()) return r;  // extraction only
  scoring::Keys expected;
  s = scoring::LoadExpectation(expectation_path, &expected);
  if (!s.ok()) {
    r.error = s.message();
    return r;
  }
  r.scores = scoring::Score(expected, scoring::KeysOf(r.extraction));
  r.report = scoring::FormatReport(r.scores);
  return r;
}

scoring::KindScore ScoreOf(const std::vector<scoring::KindScore>& scores, const std::string& kind) {
  for (const auto& s : scores)
    if (s.kind == kind) return s;
  return {};
}

}  // namespace duikou::extract::testing
