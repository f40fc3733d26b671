#include "extract/extractor.h"

#include "gazetteer/gazetteer_matcher.h"

namespace duikou::extract {

struct Extractor::Impl {
  const gazetteer::Gazetteer* gazetteer;
};

Extractor::Extractor(const gazetteer::Gazetteer* gazetteer) : impl_(std::make_unique<Impl>(Impl{gazetteer})) {}
Extractor::~Extractor() = default;

// Skeleton (issue 4 replaces this).
Extraction Extractor::Extract(const document::Document&) const { return Extraction{}; }

}  // namespace duikou::extract
