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

#include "recognize/person_recognizer.h"

namespace duikou::extract::internal {

struct PersonMention {
  size_t begin = 0;
  size_t end = 0;
  std::string name;
  std::string role;  // the title as written, with the body it belongs to: 市委书记, 和龙市委副书记
};

struct DocContext;  // extract/doc_context.h

std::vector<PersonMention> FindPersons(std::string_view text);

// FindPersons(text) from the recognizer's mentions of `text` (recognize::FindPersons, or
// recognize::FindAgents when organizations are found in the same scan).
std::vector<PersonMention> PersonsFromRecognized(std::string_view text, std::vector<recognize::PersonMention> found);

// FindPersons for a view into a prose passage (a sentence, a clause) once the Extractor has
// found every passage's persons (DocContext::passage_persons): those of the whole passage
// that lie inside the view, with offsets into the view; no search. Otherwise (no cache, a
// table, a string of its own) FindPersons(text).
std::vector<PersonMention> FindPersons(std::string_view text, const DocContext& ctx);

// True when `name` (2–4 characters) starts with a surname and has a given name after it.
bool LooksLikePersonName(std::string_view name);

}  // namespace duikou::extract::internal
