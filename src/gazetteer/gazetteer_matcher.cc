#include "gazetteer/gazetteer_matcher.h"

namespace duikou::gazetteer {

struct GazetteerMatcher::Impl {
  const Gazetteer* gazetteer;
};

GazetteerMatcher::GazetteerMatcher(const Gazetteer* gazetteer) : impl_(std::make_unique<Impl>(Impl{gazetteer})) {}
GazetteerMatcher::~GazetteerMatcher() = default;

// Skeleton (issue 4 replaces this).
std::vector<PlaceMention> GazetteerMatcher::FindAll(std::string_view, const ResolveContext&) const { return {}; }

PlaceMention GazetteerMatcher::Resolve(std::string_view name, const ResolveContext&) const {
  PlaceMention m;
  m.surface = std::string(name);
  m.end = name.size();
  return m;
}

}  // namespace duikou::gazetteer
