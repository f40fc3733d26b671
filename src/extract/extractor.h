// Extractor: Document -> Extraction. Runs the recognizers (places, organizations, persons,
// money/quantities/dates, pairings, figures, projects, events, awards) over every passage
// and table, and merges what they find into one Extraction. Deterministic: the same
// document always gives the same Extraction, in the same order.
#pragma once

#include <memory>

#include "document/document.h"
#include "extract/facts.h"
#include "gazetteer/gazetteer.h"

namespace duikou::extract {

class Extractor {
 public:
  // `gazetteer` must outlive the extractor.
  explicit Extractor(const gazetteer::Gazetteer* gazetteer);
  ~Extractor();

  Extraction Extract(const document::Document& doc) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace duikou::extract
