#include "extract/persons.h"

#include "extract/text_util.h"
#include "recognize/person_recognizer.h"
#include "recognize/surnames.h"

namespace duikou::extract::internal {

bool LooksLikePersonName(std::string_view name) {
  size_t n = CharCount(name);
  size_t surname = recognize::SurnameLengthAt(name, 0);
  return n >= 2 && n <= 4 && surname > 0 && surname < name.size();
}

std::vector<PersonMention> FindPersons(std::string_view text) {
  std::vector<PersonMention> out;
  std::vector<recognize::PersonMention> found = recognize::FindPersons(text);
  out.reserve(found.size());
  for (auto& p : found) {
    PersonMention m;
    m.begin = p.span.begin;
    m.end = p.span.end;
    m.name = std::move(p.name);
    // The body and title as written before the name; a title written after it (总书记) or a
    // credit has none, and keeps the recognizer's role.
    if (p.context.begin < p.span.begin)
      m.role = std::string(text.substr(p.context.begin, p.span.begin - p.context.begin));
    else
      m.role = std::move(p.role);
    out.push_back(std::move(m));
  }
  return out;
}

}  // namespace duikou::extract::internal
