#include "cli/place_names.h"

namespace duikou::cli {

void UseOfficialPlaceNames(const gazetteer::Gazetteer& gazetteer, std::map<std::string, std::string>* params) {
  for (auto& [name, value] : *params) {
    std::vector<std::string> codes = gazetteer.Lookup(value);
    if (codes.size() != 1) continue;
    if (const gazetteer::Division* d = gazetteer.Find(codes[0])) value = d->name;
  }
}

}  // namespace duikou::cli
