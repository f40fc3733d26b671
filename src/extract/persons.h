// Persons as the fact extractors read them: the name and its title as written with the body
// it belongs to ("市委书记", "和龙市委副书记"), which the extractor resolves to an affiliation.
//
// Finding names (titles, lists after a role, 总书记 after the name, surnames) is the recognize
// stage's job (recognize/person_recognizer.h, recognize/surnames.h); this file maps its
// mentions to the form the extractors use.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace duikou::extract::internal {

struct PersonMention {
  size_t begin = 0;
  size_t end = 0;
  std::string name;
  std::string role;  // the title as written, with the body it belongs to: 市委书记, 和龙市委副书记
};

std::vector<PersonMention> FindPersons(std::string_view text);

// True when `name` (2–4 characters) starts with a surname and has a given name after it.
bool LooksLikePersonName(std::string_view name);

}  // namespace duikou::extract::internal
