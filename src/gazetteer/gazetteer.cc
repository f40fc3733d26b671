#include "gazetteer/gazetteer.h"

namespace duikou::gazetteer {

const char* LevelName(Level level) {
  switch (level) {
    case Level::kProvince: return "Province";
    case Level::kPrefecture: return "Prefecture";
    case Level::kCounty: return "County";
    case Level::kTownship: return "Township";
  }
  return "?";
}

struct Gazetteer::Impl {
  std::vector<Division> divisions;
};

Gazetteer::Gazetteer() : impl_(std::make_unique<Impl>()) {}
Gazetteer::~Gazetteer() = default;

std::string Gazetteer::DefaultPath() { return std::string(DUIKOU_SOURCE_DIR) + "/data/gazetteer/divisions.tsv"; }

// Skeleton (issue 4 replaces this).
Status Gazetteer::Load(const std::string&, std::unique_ptr<Gazetteer>* out) {
  out->reset(new Gazetteer());
  return Status::Ok();
}

const Division* Gazetteer::Find(std::string_view) const { return nullptr; }
std::vector<const Division*> Gazetteer::Ancestors(std::string_view) const { return {}; }
const std::vector<Division>& Gazetteer::divisions() const { return impl_->divisions; }

}  // namespace duikou::gazetteer
