#include "text/normalizer.h"

namespace duikou::text {

struct Normalizer::Impl {};

Normalizer::Normalizer() : impl_(std::make_unique<Impl>()) {}
Normalizer::~Normalizer() = default;

Status Normalizer::Create(const std::string&, std::unique_ptr<Normalizer>* out) {
  out->reset(new Normalizer());
  return Status::Ok();
}

// Skeleton: identity (issue 3 replaces this).
NormalizedText Normalizer::Normalize(std::string_view utf8) const {
  NormalizedText n;
  n.text.assign(utf8);
  n.to_input.resize(utf8.size() + 1);
  for (size_t i = 0; i <= utf8.size(); ++i) n.to_input[i] = static_cast<uint32_t>(i);
  return n;
}

}  // namespace duikou::text
