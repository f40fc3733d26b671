#include "extract/persons.h"

#include <algorithm>
#include <initializer_list>

#include "extract/doc_context.h"
#include "extract/text_util.h"
#include "recognize/person_recognizer.h"
#include "recognize/surnames.h"

namespace duikou::extract::internal {

bool LooksLikePersonName(std::string_view name) {
  size_t n = CharCount(name);
  size_t surname = recognize::SurnameLengthAt(name, 0);
  return n >= 2 && n <= 4 && surname > 0 && surname < name.size();
}

namespace {

// Adds the person whose two- or three-character name (three preferred) ends at `name_end`, when
// it opens its clause (after a clause mark or 其中, or after one of `also_after`) and is not
// found yet.
void AddNameEndingAt(std::string_view text, size_t name_end, std::string role,
                     std::initializer_list<std::string_view> also_after, std::vector<PersonMention>* out) {
  for (size_t chars : {size_t{3}, size_t{2}}) {
    if (name_end < chars * 3) continue;
    const size_t begin = name_end - chars * 3;
    const std::string_view name = text.substr(begin, name_end - begin);
    bool opens = begin == 0 || words::EndsAt(text, begin, "其中") || IsPunct(CharAt(text, PrevChar(text, begin)));
    for (std::string_view before : also_after) opens = opens || words::EndsAt(text, begin, before);
    if (!opens || !LooksLikePersonName(name)) continue;
    if (std::any_of(out->begin(), out->end(), [&](const PersonMention& p) { return p.name == name; })) return;
    PersonMention m;
    m.begin = begin;
    m.end = name_end;
    m.name = std::string(name);
    m.role = std::move(role);
    out->push_back(std::move(m));
    return;
  }
}

// "其中陈某任副县长", "王某担任组长": a name that opens its clause and takes up a title after
// 任/担任. Names the recognizer finds by a title before them need no such rule.
void AppointedPersons(std::string_view text, std::vector<PersonMention>* out) {
  static constexpr std::string_view kTitles[] = {"副县长", "县长", "副市长", "市长", "副区长", "区长", "副州长",
                                                 "州长", "副书记", "书记", "副主任", "主任", "副局长", "局长",
                                                 "副组长", "组长", "副队长", "队长", "领队", "副校长", "校长",
                                                 "副院长", "院长", "总指挥", "副总指挥", "指挥长"};
  for (size_t at = FindWord(text, "任"); at != std::string_view::npos; at = FindWord(text, "任", at + 3)) {
    size_t name_end = at;
    if (words::EndsAt(text, at, "担")) name_end -= 3;
    // "某某挂职任乙县副县长": a post taken up on secondment, its title after the post's place.
    const bool seconded = words::EndsAt(text, at, "挂职");
    if (seconded) name_end -= 6;
    const size_t after = at + 3;
    std::string role;
    for (const auto& t : kTitles)
      if (words::At(text, after, t)) {
        role = std::string(t);
        break;
      }
    if (role.empty() && seconded) {
      // The post as written up to the clause's end: "县委副书记、常务副县长", "乙县委常委、副县长".
      const size_t end = ClauseEnd(text, after, std::min(text.size(), after + 24 * 3));
      const std::string_view post = text.substr(after, end - after);
      if (std::any_of(std::begin(kTitles), std::end(kTitles), [&](std::string_view t) { return EndsWith(post, t); }) ||
          EndsWith(post, "常委"))
        role = std::string(post);
    }
    if (role.empty()) continue;
    // The name: back to a clause mark or 其中 (or, on secondment, a title or 干部 of the home
    // side: "区发改局副局长某某挂职任…").
    if (seconded)
      AddNameEndingAt(text, name_end, std::move(role), {"长", "干部", "书记", "主任", "委员", "队员"}, out);
    else
      AddNameEndingAt(text, name_end, std::move(role), {}, out);
  }
}

// "某某(挂职任乙市副市长)获…", "某某(甲医院医生)获…": a name that opens its clause, an aside on
// who the person is, then an award.
void WinnersWithAnAside(std::string_view text, std::vector<PersonMention>* out) {
  for (size_t open = text.find('('); open != std::string_view::npos; open = text.find('(', open + 1)) {
    const size_t close = text.find(')', open);
    if (close == std::string_view::npos || close - open > 40 * 3) continue;
    const std::string_view after = text.substr(close + 1, 9);
    if (!StartsWith(after, "获") && !StartsWith(after, "荣获") && !StartsWith(after, "被评为")) continue;
    AddNameEndingAt(text, open, std::string(text.substr(open + 1, close - open - 1)), {}, out);
  }
}

}  // namespace

std::vector<PersonMention> FindPersons(std::string_view text) {
  return PersonsFromRecognized(text, recognize::FindPersons(text));
}

std::vector<PersonMention> PersonsFromRecognized(std::string_view text, std::vector<recognize::PersonMention> found) {
  std::vector<PersonMention> out;
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
  AppointedPersons(text, &out);
  WinnersWithAnAside(text, &out);
  // Usually in order already (a stable sort would still allocate its buffer and move them).
  auto by_begin = [](const PersonMention& a, const PersonMention& b) { return a.begin < b.begin; };
  if (!std::is_sorted(out.begin(), out.end(), by_begin)) std::stable_sort(out.begin(), out.end(), by_begin);
  return out;
}

std::vector<PersonMention> FindPersons(std::string_view text, const DocContext& ctx) {
  size_t pi = 0, offset = 0;
  if (!ctx.passage_persons || !ctx.PassageOf(text, &pi, &offset) || pi >= ctx.passage_persons->size() ||
      ctx.doc->passages[pi].kind == document::PassageKind::kTable)
    return FindPersons(text);
  std::vector<PersonMention> out;
  for (const PersonMention& m : (*ctx.passage_persons)[pi]) {
    if (m.begin < offset || m.end > offset + text.size()) continue;
    PersonMention& inside = out.emplace_back(m);
    inside.begin -= offset;
    inside.end -= offset;
  }
  return out;
}

}  // namespace duikou::extract::internal
