// DivisionLookup: what the mapper needs to know about administrative divisions.
//
// The production implementation reads the gazetteer; tests give a handful of divisions by hand,
// so the mapper's place logic can be checked without the full data file.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "gazetteer/gazetteer.h"

namespace duikou::graph {

class DivisionLookup {
 public:
  virtual ~DivisionLookup() = default;
  // The division of `code`, or nullptr when unknown.
  virtual const gazetteer::Division* Find(std::string_view code) const = 0;
  // Every enclosing division, nearest first, excluding `code` itself.
  virtual std::vector<const gazetteer::Division*> Ancestors(std::string_view code) const = 0;
};

// Looks divisions up in a Gazetteer (which must outlive it).
class GazetteerLookup : public DivisionLookup {
 public:
  explicit GazetteerLookup(const gazetteer::Gazetteer* gazetteer) : gazetteer_(gazetteer) {}
  const gazetteer::Division* Find(std::string_view code) const override {
    return gazetteer_ ? gazetteer_->Find(code) : nullptr;
  }
  std::vector<const gazetteer::Division*> Ancestors(std::string_view code) const override {
    return gazetteer_ ? gazetteer_->Ancestors(code) : std::vector<const gazetteer::Division*>{};
  }

 private:
  const gazetteer::Gazetteer* gazetteer_;
};

// A fixed set of divisions held in memory (tests, small tools).
class FixedDivisions : public DivisionLookup {
 public:
  void Add(gazetteer::Division d) {
    std::string code = d.code;
    divisions_[code] = std::move(d);
  }
  const gazetteer::Division* Find(std::string_view code) const override {
    auto it = divisions_.find(std::string(code));
    return it == divisions_.end() ? nullptr : &it->second;
  }
  std::vector<const gazetteer::Division*> Ancestors(std::string_view code) const override {
    std::vector<const gazetteer::Division*> out;
    const gazetteer::Division* d = Find(code);
    while (d && !d->parent_code.empty() && (d = Find(d->parent_code))) out.push_back(d);
    return out;
  }

 private:
  std::map<std::string, gazetteer::Division> divisions_;
};

}  // namespace duikou::graph
