#include "extract/organizations.h"

#include <algorithm>
#include <array>
#include <functional>
#include <iterator>

#include "extract/pairing_extractor.h"
#include "extract/project_extractor.h"
#include "extract/text_util.h"
#include "recognize/organization_recognizer.h"

namespace duikou::extract::internal {

namespace {

OrgType TypeOf(recognize::OrgKind kind) {
  switch (kind) {
    case recognize::OrgKind::kGovernmentBody: return OrgType::kGovernmentBody;
    case recognize::OrgKind::kEnterprise: return OrgType::kEnterprise;
    case recognize::OrgKind::kInstitution: return OrgType::kInstitution;
    case recognize::OrgKind::kSocialGroup: return OrgType::kSocialGroup;
  }
  return OrgType::kOther;
}

// A body written only as the start of a person's title ("某市委书记", "某县委常务副书记",
// "某工作队领队") is the person's affiliation, not an organization the text is about. A task
// team or headquarters (工作组, 工作队, 指挥部) is different: "某市援疆指挥部总指挥某某介绍" has
// the team speak through its head, so it counts, unless the title is one of a list of the
// person's posts ("某工作组组长、某县委副书记某某": a cadre described by his posts).
bool StartsTitle(std::string_view after, std::string_view suffix) {
  static constexpr std::array<std::string_view, 21> kTitles = {
      "书记", "副", "常委", "常务", "委员", "主任", "领队", "总指挥", "指挥长", "党组", "主席",
      "秘书长", "负责人", "巡视员", "调研员", "院长", "校长", "董事长", "总经理", "组长", "队长"};
  static const WordStartFilter kFilter(kTitles);
  if (after.empty() || !kFilter.MayStartAt(after, 0)) return false;
  const bool task = suffix == "工作组" || suffix == "工作队" || suffix == "指挥部";
  for (auto t : kTitles) {
    if (!StartsWith(after, t)) continue;
    // A leader of a group (某某领导小组组长) names the group as a body of its own.
    if (!task) return t != "组长" && t != "队长";
    // The title may run on (副总指挥, 常务副组长) before the list mark.
    std::string_view rest = after.substr(t.size(), 18);
    size_t mark = rest.find("、");
    return mark != std::string_view::npos && CharCount(rest.substr(0, mark)) <= 4;
  }
  return false;
}

// The level character a district's or county's yearbook abbreviates its own bodies with
// (区… in a district's, 县… in a county's); empty in a city's yearbook. A county-level city
// is left out: its 市… is read as the home city's.
std::string HomeCountyLevel(const DocContext& ctx) {
  std::string_view name(ctx.home_county_name);
  if (name.empty()) return "";
  std::string_view last = CharAt(name, PrevChar(name, name.size()));
  return last == "区" || last == "县" || last == "旗" ? std::string(last) : "";
}

// "县委县政府高度重视" in a city's yearbook: a county's bodies whose county the text does not
// say. Only the home city's and province's (市…, 省…), and in a district's or county's own
// yearbook its own (区…, 县…), are completed; the others name no one body.
bool IsUncompleted(const recognize::OrganizationMention& r, const std::string& county_level) {
  if (!r.abbreviated || r.name != r.surface) return false;
  if (!county_level.empty() && StartsWith(r.surface, county_level)) return false;
  return !StartsWith(r.surface, "市") && !StartsWith(r.surface, "省");
}

// A byte loop: find_first_of(" \t") calls memchr on its two characters for every byte.
bool HasSpaceOrTab(std::string_view s) {
  for (char c : s)
    if (c == ' ' || c == '\t') return true;
  return false;
}

// Venues are places where things happen, not bodies: 大剧院, 会展中心.
bool IsVenue(std::string_view name) { return EndsWith(name, "大剧院"); }

// The place-name spans of the passage that `text` is a view into, shifted to `text`'s offsets;
// empty when `text` lies in no passage.
std::vector<recognize::Span> PlacesIn(std::string_view text, const DocContext& ctx) {
  std::vector<recognize::Span> out;
  size_t pi = 0, offset = 0;
  if (!ctx.PassageOf(text, &pi, &offset)) return out;
  const auto& places = ctx.passages[pi].places;  // in text order
  auto p = std::lower_bound(places.begin(), places.end(), offset,
                            [](const gazetteer::PlaceMention& m, size_t off) { return m.begin < off; });
  for (; p != places.end() && p->begin < offset + text.size(); ++p)
    if (p->end <= offset + text.size()) out.push_back({p->begin - offset, p->end - offset});
  return out;
}

}  // namespace

OrgType TypeFromName(std::string_view name) {
  recognize::OrgKind kind;
  return recognize::KindFromSuffix(name, &kind) ? TypeOf(kind) : OrgType::kOther;
}

// A prefecture that is a 州 or 盟 writes its own bodies "州扶贫办", "盟委": the short name it
// goes by (乙江州 for 乙江某某族自治州: two characters and 州), and the level word, or empty.
std::pair<std::string, std::string> HomePrefectureWord(const DocContext& ctx) {
  for (std::string_view level : {"州", "盟"}) {
    if (!EndsWith(ctx.home_name, level)) continue;
    const size_t chars = CharCount(ctx.home_name);
    if (chars <= 3) return {std::string(level), ctx.home_name};  // 甘孜州 as written
    size_t two = CharLen(ctx.home_name, 0);
    two += CharLen(ctx.home_name, two);
    return {std::string(level), ctx.home_name.substr(0, two) + std::string(level)};
  }
  return {};
}

// A station (工作站) is a body only when named for the place it is based in: "甲市驻乙市劳务
// 工作站". "劳务工作站3个", "驻外劳务工作站" are kinds of office.
bool IsGenericStation(std::string_view name, const std::vector<recognize::Span>& places, std::string_view text,
                      size_t begin) {
  if (!EndsWith(name, "工作站")) return false;
  const size_t based = FindWord(text.substr(begin), "驻");
  if (based == std::string_view::npos) return true;
  const size_t at = begin + based + std::string_view("驻").size();
  return std::none_of(places.begin(), places.end(), [&](const recognize::Span& m) { return m.begin == at; });
}

std::string NormalizeOrgName(std::string_view surface, const DocContext& ctx) {
  std::string s = StripSpaces(surface);
  if (StartsWith(s, "市") && !ctx.home_name.empty()) return ctx.home_name + s.substr(3);
  if (auto [level, name] = HomePrefectureWord(ctx); !level.empty() && StartsWith(s, level))
    return name + s.substr(level.size());
  if (StartsWith(s, "省") && !ctx.home_province_name.empty()) return ctx.home_province_name + s.substr(3);
  if (std::string level = HomeCountyLevel(ctx); !level.empty() && StartsWith(s, level))
    return ctx.home_county_name + s.substr(level.size());
  return s;
}

namespace {

// The home's names that complete a relative name, for the recognizer.
void AddHomes(const DocContext& ctx, recognize::OrganizationContext* out) {
  recognize::OrganizationContext& rc = *out;
  rc.home.reserve(4);
  if (!ctx.home_name.empty()) rc.home.push_back({"市", ctx.home_name});
  if (!ctx.home_province_name.empty()) rc.home.push_back({"省", ctx.home_province_name});
  if (auto [level, name] = HomePrefectureWord(ctx); !level.empty()) rc.home.push_back({level, name});
  const std::string county_level = HomeCountyLevel(ctx);
  if (!county_level.empty()) rc.home.push_back({county_level, ctx.home_county_name});
}

// What the recognizer needs to know about `text`: its place names, and the home's names that
// complete a relative one.
recognize::OrganizationContext RecognizerContext(std::string_view text, const DocContext& ctx) {
  recognize::OrganizationContext rc;
  rc.places = PlacesIn(text, ctx);
  AddHomes(ctx, &rc);
  return rc;
}

// The recognizer's organizations that the extraction counts (see the header), in its form.
std::vector<OrgMention> Kept(std::string_view text, const std::string& county_level,
                             const recognize::OrganizationContext& rc, std::vector<recognize::OrganizationMention> found) {
  std::vector<OrgMention> out;
  out.reserve(found.size());
  for (auto& r : found) {
    if (StartsTitle(text.substr(r.span.end), r.suffix) || IsVenue(r.name)) continue;
    if (IsUncompleted(r, county_level)) continue;
    if (IsGenericStation(r.name, rc.places, text, r.span.begin)) continue;
    // "我州医院", "我市企业": the text's own home, no name. A body of its government is one
    // ("我市乡村振兴局" → the home's 乡村振兴局).
    std::string own_body;
    if (StartsWith(r.surface, "我")) {
      if (TypeOf(r.kind) != OrgType::kGovernmentBody) continue;
      for (const auto& [level, name] : rc.home)
        if (own_body.empty() && r.surface.compare(3, level.size(), level) == 0)
          own_body = name + StripSpaces(std::string_view(r.surface).substr(3 + level.size()));
      if (own_body.empty()) continue;
    }
    OrgMention m;
    m.begin = r.span.begin;
    m.end = r.span.end;
    m.name = !own_body.empty() ? std::move(own_body) : HasSpaceOrTab(r.name) ? StripSpaces(r.name) : std::move(r.name);
    m.surface = std::move(r.surface);
    m.type = TypeOf(r.kind);
    out.push_back(std::move(m));
  }
  return out;
}

}  // namespace

std::vector<OrgMention> FindOrganizations(std::string_view text, const DocContext& ctx) {
  // A view into a passage whose organizations are known: those inside the view.
  if (size_t pi = 0, offset = 0; ctx.passage_organizations && ctx.PassageOf(text, &pi, &offset) &&
                                 pi < ctx.passage_organizations->size() &&
                                 ctx.doc->passages[pi].kind != document::PassageKind::kTable) {
    std::vector<OrgMention> out;
    out.reserve((*ctx.passage_organizations)[pi].size());
    for (const OrgMention& m : (*ctx.passage_organizations)[pi]) {
      if (m.begin < offset || m.end > offset + text.size()) continue;
      OrgMention inside = m;
      inside.begin -= offset;
      inside.end -= offset;
      out.push_back(std::move(inside));
    }
    return out;
  }
  const recognize::OrganizationContext rc = RecognizerContext(text, ctx);
  return Kept(text, HomeCountyLevel(ctx), rc, recognize::FindOrganizations(text, rc));
}

namespace {

// The scan for organizations and persons, stopping also where a project head or a pairing
// scan word may start.
const recognize::MentionScanner& Scanner() {
  static const recognize::MentionScanner* scanner = [] {
    std::vector<char32_t> firsts;
    for (std::string_view w : ProjectHeadWords()) firsts.push_back(CodePoint(CharAt(w, 0)));
    for (std::string_view w : PairingScanWords()) firsts.push_back(CodePoint(CharAt(w, 0)));
    return new recognize::MentionScanner(firsts);
  }();
  return *scanner;
}

}  // namespace

PassageScanner::PassageScanner(const DocContext& ctx) : ctx_(ctx), county_level_(HomeCountyLevel(ctx)) {
  AddHomes(ctx, &organizations_);
}

PassageScan PassageScanner::Scan(std::string_view text) {
  organizations_.places = PlacesIn(text, ctx_);
  recognize::AgentMentions found = Scanner().Find(text, organizations_);
  PassageScan out;
  out.organizations = Kept(text, county_level_, organizations_, std::move(found.organizations));
  out.persons = PersonsFromRecognized(text, std::move(found.persons));
  out.word_stops = std::move(found.also_at);
  return out;
}

std::vector<size_t> FactWordStops(std::string_view text) { return Scanner().AlsoAt(text); }

}  // namespace duikou::extract::internal
