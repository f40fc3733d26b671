#include "extract/extractor.h"

#include <algorithm>
#include <deque>
#include <map>
#include <set>
#include <unordered_map>
#include <utility>

#include "extract/award_extractor.h"
#include "extract/doc_context.h"
#include "extract/event_extractor.h"
#include "extract/figure_extractor.h"
#include "extract/organizations.h"
#include "extract/pairing_extractor.h"
#include "extract/persons.h"
#include "extract/project_extractor.h"
#include "extract/table_figures.h"
#include "extract/table_projects.h"
#include "extract/text_util.h"
#include "gazetteer/gazetteer_matcher.h"
#include "recognize/utf8.h"

namespace duikou::extract {

using namespace internal;

struct Extractor::Impl {
  const gazetteer::Gazetteer* gazetteer;
  gazetteer::GazetteerMatcher matcher;
  explicit Impl(const gazetteer::Gazetteer* g) : gazetteer(g), matcher(g) {}
};

Extractor::Extractor(const gazetteer::Gazetteer* gazetteer) : impl_(std::make_unique<Impl>(gazetteer)) {}
Extractor::~Extractor() = default;

namespace {

// A name in a photographer's credit: a Han name of two to four characters (a surname is not
// required: Tibetan and Uyghur names have none), not a body's (市协作办, 新华社).
bool LooksLikeCreditedName(std::string_view token) {
  if (LooksLikePersonName(token)) return true;
  const size_t n = CharCount(token);
  if (n < 2 || n > 4) return false;
  for (size_t i = 0; i < token.size(); i += CharLen(token, i))
    if (!recognize::utf8::IsHan(CodePoint(CharAt(token, i)))) return false;
  static constexpr std::string_view kBodyEnds[] = {"办", "局", "委", "部", "社", "报", "台", "网", "站", "会", "院",
                                                   "所", "队", "组", "处", "厅", "室", "团", "心", "馆", "司", "校"};
  for (std::string_view end : kBodyEnds)
    if (EndsWith(token, end)) return false;
  return true;
}

// The persons a table lists in a 姓名 column, with the role its 职务 column gives.
template <typename AddPerson>
void AddTablePersons(const document::Table& table, size_t pi, const AddPerson& add) {
  int name_col = -1, role_col = -1;
  for (size_t c = 0; c < table.header.size(); ++c) {
    if (Contains(table.header[c], "姓名") && name_col < 0) name_col = static_cast<int>(c);
    else if (Contains(table.header[c], "职务") && role_col < 0) role_col = static_cast<int>(c);
  }
  if (name_col < 0) return;
  for (const auto& row : table.rows) {
    if (static_cast<size_t>(name_col) >= row.size()) continue;
    const std::string name = StripSpaces(row[static_cast<size_t>(name_col)]);
    if (!LooksLikeCreditedName(name)) continue;
    std::string role = role_col >= 0 && static_cast<size_t>(role_col) < row.size() ? StripSpaces(row[static_cast<size_t>(role_col)]) : "";
    add(name, role, pi);
  }
}

template <typename T>
void AddUnique(std::vector<T>* v, const T& x) {
  if (std::find(v->begin(), v->end(), x) == v->end()) v->push_back(x);
}

// Passages are visited in order, so a passage list only ever grows at its end.
void AddPassage(std::vector<size_t>* v, size_t pi) {
  if (v->empty() || v->back() != pi) v->push_back(pi);
}

void CollectPlaces(const DocContext& ctx, Extraction* ex) {
  // The record of each code seen, found by hashing (the same few places are mentioned over
  // and over; a sorted map compared codes at every step), sorted by code at the end. Records
  // live in a deque: the map's keys view their codes.
  struct CodeEntry {
    PlaceRecord* record;
    bool ancestors_known = false;
    std::vector<const gazetteer::Division*> ancestors;  // looked up once per code
  };
  std::deque<PlaceRecord> records;
  CodeMap<CodeEntry> by_code;
  auto entry_of = [&](std::string_view code) -> CodeEntry& {
    if (auto it = by_code.find(code); it != by_code.end()) return it->second;
    PlaceRecord& r = records.emplace_back();
    r.code = std::string(code);
    return by_code.try_emplace(std::string_view(r.code), CodeEntry{&r, false, {}}).first->second;
  };
  std::set<std::tuple<std::string, size_t>> mention_seen;
  for (size_t pi = 0; pi < ctx.passages.size(); ++pi) {
    for (const auto& m : ctx.passages[pi].places) {
      if (m.resolved()) {
        CodeEntry& entry = entry_of(m.code);
        PlaceRecord& r = *entry.record;
        // "我县" stands for the home in its own chapter only: no surface of the place. (A surface
        // without a space, the usual case, is compared as written: no copy to compare.)
        if (!StartsWith(m.surface, "我")) {
          // (find_first_of would call memchr once per byte of the surface.)
          if (std::none_of(m.surface.begin(), m.surface.end(), [](char c) { return c == ' ' || c == '\t'; })) {
            if (std::find(r.surfaces.begin(), r.surfaces.end(), m.surface) == r.surfaces.end())
              r.surfaces.push_back(m.surface);
          } else {
            AddUnique(&r.surfaces, StripSpaces(m.surface));
          }
        }
        AddPassage(&r.passages, pi);
        // A prefixed chain (新疆阿克苏地区库车市) is one mention of its innermost division;
        // the enclosing divisions it spells out are mentioned too.
        if (!entry.ancestors_known) {
          entry.ancestors = ctx.gazetteer->Ancestors(m.code);
          entry.ancestors_known = true;
        }
        for (const auto* a : entry.ancestors) {
          std::string_view name(a->name);
          std::string_view head = name.substr(0, CharLen(name, 0) + CharLen(name, CharLen(name, 0)));
          if (!words::Contains(m.surface, head)) continue;
          AddPassage(&entry_of(a->code).record->passages, pi);
        }
      } else if (mention_seen.insert({m.surface, pi}).second) {
        ex->mentions.push_back(
            {StripSpaces(m.surface), "place", std::vector<std::string>(m.candidates.begin(), m.candidates.end()), pi});
      }
    }
  }
  std::vector<PlaceRecord*> sorted;
  sorted.reserve(records.size());
  for (PlaceRecord& r : records) sorted.push_back(&r);
  std::sort(sorted.begin(), sorted.end(), [](const PlaceRecord* x, const PlaceRecord* y) { return x->code < y->code; });
  for (PlaceRecord* r : sorted) ex->places.push_back(std::move(*r));
}

// Whether `short_name` is a short form of `full`: the place that opens it written without its
// level, and the words between the place and the kind left out ("甲乙艺术团" for
// "甲乙县民族艺术团"). Both share a kind word of two or more characters at their end.
bool IsShortFormOf(std::string_view short_name, std::string_view full) {
  if (short_name.size() >= full.size()) return false;
  size_t common = 0;  // bytes of the shared ending, whole characters
  while (common < short_name.size()) {
    size_t at = PrevChar(short_name, short_name.size() - common);
    size_t len = short_name.size() - common - at;
    if (full.size() < common + len ||
        short_name.substr(at, len) != full.substr(full.size() - common - len, len))
      break;
    common += len;
  }
  std::string_view place = short_name.substr(0, short_name.size() - common);
  if (CharCount(short_name.substr(place.size())) < 2 || CharCount(place) < 2 || !StartsWith(full, place)) return false;
  std::string_view level = CharAt(full, place.size());
  return level == "县" || level == "市" || level == "区" || level == "州" || level == "旗";
}

// An organization also named in its short form ("甲乙艺术团" beside "甲乙县民族艺术团") is one
// organization: the short form becomes a surface of the full name.
void MergeShortForms(std::map<std::string, Organization>* orgs) {
  std::vector<std::string> merged;
  for (auto& [name, o] : *orgs) {
    const Organization* full = nullptr;
    for (const auto& [other, p] : *orgs)
      if (p.type == o.type && IsShortFormOf(name, other)) {
        if (full) {  // two full forms: which one is meant is unknown
          full = nullptr;
          break;
        }
        full = &p;
      }
    if (!full) continue;
    Organization& target = (*orgs)[full->name];
    for (const auto& s : o.surfaces) AddUnique(&target.surfaces, s);
    for (size_t pi : o.passages)
      if (std::find(target.passages.begin(), target.passages.end(), pi) == target.passages.end())
        target.passages.insert(std::upper_bound(target.passages.begin(), target.passages.end(), pi), pi);
    merged.push_back(name);
  }
  for (const auto& name : merged) orgs->erase(name);
}

// Persons and organizations: recognized in every passage, plus attributions and credits.
void CollectAgents(const DocContext& ctx, Extraction* ex) {
  const auto& doc = *ctx.doc;
  std::map<std::string, Organization> orgs;
  std::map<std::string, Person> persons;
  auto add_org = [&](const std::string& name, std::string_view surface, OrgType type, size_t pi,
                     const std::vector<gazetteer::PlaceMention>& places, size_t begin, size_t end) {
    Organization& o = orgs[name];
    if (o.name.empty()) {
      o.name = name;
      o.type = type;
      for (const auto& m : places)
        if (m.resolved() && m.begin >= begin && m.end <= end) {
          o.place_code = m.code;
          break;
        }
      if (o.place_code.empty() && name != surface && !ctx.home_code.empty()) o.place_code = ctx.home_code;
    }
    if (std::find(o.surfaces.begin(), o.surfaces.end(), surface) == o.surfaces.end()) o.surfaces.emplace_back(surface);
    AddPassage(&o.passages, pi);
  };
  // StripSpaces(s), copied only when there is a space to strip (rarely).
  std::string stripped;
  auto without_spaces = [&](std::string_view s) -> std::string_view {
    if (std::none_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t'; })) return s;
    stripped = StripSpaces(s);
    return stripped;
  };
  // A writer or photographer named in a credit: a person with the credit's role.
  auto add_credited_as = [&](const std::string& name, const std::string& role, size_t pi) {
    Person& person = persons[name];
    if (person.name.empty()) {
      person.name = name;
      person.role = role;
    }
    AddPassage(&person.passages, pi);
  };
  auto add_credited = [&](const std::string& name, const char* role, size_t pi) { add_credited_as(name, role, pi); };
  for (size_t pi = 0; pi < doc.passages.size(); ++pi) {
    const auto& passage = doc.passages[pi];
    const auto& places = ctx.passages[pi].places;
    // A heading that names a body ("区对口支援工作领导小组会议" as a section of its own): the
    // body, credited to the section's first passage.
    if (!passage.section.empty() && (pi == 0 || doc.passages[pi - 1].section != passage.section))
      for (const auto& o : FindOrganizations(passage.section, ctx))
        add_org(o.name, StripSpaces(o.surface), o.type, pi, {}, 0, 0);
    if (passage.kind != document::PassageKind::kTable) {
      // The passage's organizations as the Extractor found them (not copied out again).
      std::vector<OrgMention> found;
      if (!ctx.passage_organizations) found = FindOrganizations(passage.text, ctx);
      for (const auto& o : ctx.passage_organizations ? (*ctx.passage_organizations)[pi] : found)
        add_org(o.name, without_spaces(o.surface), o.type, pi, places, o.begin, o.end);
      for (const auto& p : (*ctx.passage_persons)[pi]) {
        Person& person = persons[p.name];
        if (person.name.empty()) {
          person.name = p.name;
          person.role = StripSpaces(p.role);
          // Affiliation: the place that opens the role (和龙市委书记), or home for 市….
          auto role_places = ctx.matcher->FindAll(person.role, {{}, ctx.home_code});
          if (!role_places.empty() && role_places[0].begin == 0 && role_places[0].resolved())
            person.affiliation = {Ref::Kind::kPlace, role_places[0].code, role_places[0].surface};
          else if (StartsWith(person.role, "市") && !ctx.home_code.empty())
            person.affiliation = {Ref::Kind::kPlace, ctx.home_code, ctx.home_name};
        }
        AddPassage(&person.passages, pi);
      }
    }
    // Attributions: "(市委组织部、市发改委 提供)".
    std::string_view attribution(passage.attribution);
    size_t start = 0;
    while (start < attribution.size()) {
      size_t sep = FindWord(attribution, "、", start);
      std::string_view part = attribution.substr(start, sep == std::string_view::npos ? std::string_view::npos : sep - start);
      std::string surface = StripSpaces(part);
      if (!surface.empty()) {
        std::string name = NormalizeOrgName(surface, ctx);
        add_org(name, surface, TypeFromName(name), pi, {}, 0, 0);
      }
      if (sep == std::string_view::npos) break;
      start = sep + std::string_view("、").size();
    }
    // Writers: "(撰稿人：张三、李四)" names persons (a body named as writer is its provider).
    std::string_view author(passage.author);
    for (size_t at = 0; at < author.size();) {
      size_t sep = FindWord(author, "、", at);
      std::string surface = StripSpaces(author.substr(at, sep == std::string_view::npos ? std::string_view::npos : sep - at));
      if (LooksLikePersonName(surface)) {
        add_credited(surface, "撰稿", pi);
      } else if (!surface.empty()) {
        std::string name = NormalizeOrgName(surface, ctx);
        add_org(name, surface, TypeFromName(name), pi, {}, 0, 0);
      }
      if (sep == std::string_view::npos) break;
      at = sep + std::string_view("、").size();
    }
    // A photographer's credit: names, perhaps after the photographer's body ("市协作办 赵雪松"),
    // perhaps without a Han surname (次仁旺堆, a Tibetan name).
    std::string_view credit(passage.credit);
    for (size_t at = 0; at < credit.size();) {
      size_t sep = credit.find_first_of(" \t", at);
      if (size_t mark = FindWord(credit, "、", at); mark < sep) sep = mark;
      const std::string token = StripSpaces(credit.substr(at, sep == std::string_view::npos ? std::string_view::npos : sep - at));
      if (LooksLikeCreditedName(token)) add_credited(token, "摄影", pi);
      if (sep == std::string_view::npos) break;
      at = sep + (credit.compare(sep, 3, "、") == 0 ? 3 : 1);
    }
    // A table listing persons: its 姓名 column (援藏干部名单), the 职务 column their role; and
    // the bodies a 单位 column names (派出单位: 甲区商务委员会).
    if (passage.kind == document::PassageKind::kTable && passage.table_index >= 0) {
      const document::Table& table = doc.tables[static_cast<size_t>(passage.table_index)];
      AddTablePersons(table, pi, add_credited_as);
      for (size_t c = 0; c < table.header.size(); ++c) {
        if (!EndsWith(StripSpaces(table.header[c]), "单位")) continue;
        for (const auto& row : table.rows) {
          if (c >= row.size()) continue;
          const std::vector<OrgMention> found = FindOrganizations(row[c], ctx);
          if (found.empty()) continue;
          const auto cell_places = ctx.matcher->FindAll(row[c], {{}, ctx.home_code});
          for (const auto& o : found) add_org(o.name, StripSpaces(o.surface), o.type, pi, cell_places, o.begin, o.end);
        }
      }
    }
  }
  MergeShortForms(&orgs);
  for (auto& [name, o] : orgs) ex->organizations.push_back(std::move(o));
  for (auto& [name, p] : persons) ex->persons.push_back(std::move(p));
}

}  // namespace

Extraction Extractor::Extract(const document::Document& doc) const {
  Extraction ex;
  DocContext ctx = BuildDocContext(doc, impl_->gazetteer, &impl_->matcher);
  // Organizations and persons are found once per passage, in one scan for both that also
  // marks where project heads and pairing words may start; the extractors that look at a
  // sentence or a clause read them from there.
  std::vector<std::vector<OrgMention>> organizations(doc.passages.size());
  std::vector<std::vector<PersonMention>> persons_found(doc.passages.size());
  std::vector<std::vector<size_t>> word_stops(doc.passages.size());
  PassageScanner scanner(ctx);
  for (size_t pi = 0; pi < doc.passages.size(); ++pi) {
    if (doc.passages[pi].kind == document::PassageKind::kTable) continue;
    PassageScan scan = scanner.Scan(doc.passages[pi].text);
    organizations[pi] = std::move(scan.organizations);
    persons_found[pi] = std::move(scan.persons);
    word_stops[pi] = std::move(scan.word_stops);
  }
  ctx.passage_organizations = &organizations;
  ctx.passage_persons = &persons_found;
  ctx.passage_word_stops = &word_stops;
  std::vector<recognize::NumeralPositions> numerals(doc.passages.size());
  for (size_t pi = 0; pi < doc.passages.size(); ++pi)
    if (doc.passages[pi].kind != document::PassageKind::kTable)
      numerals[pi] = recognize::DigitAndNumeralPositions(doc.passages[pi].text);
  ctx.passage_numerals = &numerals;
  CollectPlaces(ctx, &ex);
  CollectAgents(ctx, &ex);
  if (ctx.receiving_side) {
    // Pairings read from the supporters' side, as in every supporter's chapter: there the
    // home is the side that gives. Here it is the supporters' province: a receiving city has
    // several supporters in it (甲市、乙市携手我市), and the province is one of them.
    // The context is changed for the pairings and restored after them (not copied: its
    // passages' places and sentences are most of it).
    // Within one province (山海协作) the province is the receiving side's too: the supporter's
    // own prefecture then.
    const bool same_province = ctx.home_code.compare(0, 2, ctx.supporter_code, 0, 2) == 0;
    std::string home_code = std::exchange(ctx.home_code, ctx.supporter_code.substr(0, same_province ? 4 : 2));
    std::string home_name = std::exchange(ctx.home_name, ctx.NameOf(ctx.supporter_code));
    std::string home_province_name = std::exchange(ctx.home_province_name, ctx.NameOf(ctx.supporter_code.substr(0, 2)));
    std::string home_county_code = std::exchange(ctx.home_county_code, std::string());
    std::string home_county_name = std::exchange(ctx.home_county_name, std::string());
    ExtractPairings(ctx, &ex.pairings);
    ctx.home_code = std::move(home_code);
    ctx.home_name = std::move(home_name);
    ctx.home_province_name = std::move(home_province_name);
    ctx.home_county_code = std::move(home_county_code);
    ctx.home_county_name = std::move(home_county_name);
  } else {
    ExtractPairings(ctx, &ex.pairings);
  }
  ExtractFigures(ctx, ex.pairings, &ex.figures);
  ExtractTableFigures(ctx, &ex.figures);
  ExtractProjects(ctx, &ex.projects);
  ExtractTableProjects(ctx, &ex.projects);
  ExtractEvents(ctx, &ex.events);
  ExtractAwards(ctx, ex.projects, &ex.awards);
  return ex;
}

}  // namespace duikou::extract
