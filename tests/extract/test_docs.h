// Helpers for extract tests: documents built by hand, and the shipped gazetteer.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "document/document.h"
#include "gazetteer/gazetteer.h"

namespace duikou::extract::testing {

struct PassageSpec {
  PassageSpec(std::string section_, std::string entry_title_, std::string text_,
              document::PassageKind kind_ = document::PassageKind::kEntry, std::string attribution_ = "",
              std::string credit_ = "")
      : section(std::move(section_)), entry_title(std::move(entry_title_)), text(std::move(text_)), kind(kind_),
        attribution(std::move(attribution_)), credit(std::move(credit_)) {}
  std::string section;
  std::string entry_title;
  std::string text;
  document::PassageKind kind = document::PassageKind::kEntry;
  std::string attribution;
  std::string credit;
};

inline document::Document MakeDocument(const std::vector<PassageSpec>& specs) {
  document::Document doc;
  doc.source = "hand-made";
  for (const auto& s : specs) {
    document::Passage p;
    p.kind = s.kind;
    p.section = s.section;
    p.entry_title = s.entry_title;
    p.text = s.text;
    p.original = s.text;
    p.attribution = s.attribution;
    p.credit = s.credit;
    doc.passages.push_back(p);
  }
  return doc;
}

// The gazetteer shipped with duikou, loaded once per test binary.
inline const gazetteer::Gazetteer* SharedGazetteer() {
  static std::unique_ptr<gazetteer::Gazetteer> g = [] {
    std::unique_ptr<gazetteer::Gazetteer> out;
    Status s = gazetteer::Gazetteer::Load(gazetteer::Gazetteer::DefaultPath(), &out);
    if (!s.ok()) return std::unique_ptr<gazetteer::Gazetteer>();
    return out;
  }();
  return g.get();
}

}  // namespace duikou::extract::testing
