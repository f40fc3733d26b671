#include "extract/organizations.h"

#include <algorithm>
#include <array>
#include <functional>
#include <iterator>

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
// "某工作队领队") is the person's affiliation, not an organization the text is about.
bool StartsTitle(std::string_view after) {
  // (组长 and 队长 are left out: "某某工作组组长" names the group as a body of its own.)
  static constexpr std::array<std::string_view, 19> kTitles = {
      "书记", "副", "常委", "常务", "委员", "主任", "领队", "总指挥", "指挥长", "党组",
      "主席", "秘书长", "负责人", "巡视员", "调研员", "院长", "校长", "董事长", "总经理"};
  static const WordStartFilter kFilter(kTitles);
  if (after.empty() || !kFilter.MayStartAt(after, 0)) return false;
  for (auto t : kTitles)
    if (StartsWith(after, t)) return true;
  return false;
}

// "县委县政府高度重视" in a city's yearbook: a county's bodies whose county the text does not
// say. Only the home city's and province's (市…, 省…) are completed; the others name no one body.
bool IsUncompleted(const recognize::OrganizationMention& r) {
  if (!r.abbreviated || r.name != r.surface) return false;
  return !StartsWith(r.surface, "市") && !StartsWith(r.surface, "省");
}

// Venues are places where things happen, not bodies: 大剧院, 会展中心.
bool IsVenue(std::string_view name) { return EndsWith(name, "大剧院"); }

// The place-name spans of the passage that `text` is a view into, shifted to `text`'s offsets;
// empty when `text` lies in no passage (a copied string).
std::vector<recognize::Span> PlacesIn(std::string_view text, const DocContext& ctx) {
  std::vector<recognize::Span> out;
  if (ctx.doc == nullptr) return out;
  const auto& passages = ctx.doc->passages;
  const auto& starts = ctx.passage_starts;
  if (starts.empty()) return out;
  auto it = std::upper_bound(starts.begin(), starts.end(), text.data(),
                             [](const char* p, const auto& e) { return std::less<const char*>()(p, e.first); });
  if (it == starts.begin()) return out;
  const size_t pi = std::prev(it)->second;
  std::string_view passage(passages[pi].text);
  if (std::less<const char*>()(passage.data() + passage.size(), text.data() + text.size())) return out;
  const size_t offset = static_cast<size_t>(text.data() - passage.data());
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

std::string NormalizeOrgName(std::string_view surface, const DocContext& ctx) {
  std::string s = StripSpaces(surface);
  if (StartsWith(s, "市") && !ctx.home_name.empty()) return ctx.home_name + s.substr(3);
  if (StartsWith(s, "省") && !ctx.home_province_name.empty()) return ctx.home_province_name + s.substr(3);
  return s;
}

std::vector<OrgMention> FindOrganizations(std::string_view text, const DocContext& ctx) {
  recognize::OrganizationContext rc;
  rc.places = PlacesIn(text, ctx);
  if (!ctx.home_name.empty()) rc.home.push_back({"市", ctx.home_name});
  if (!ctx.home_province_name.empty()) rc.home.push_back({"省", ctx.home_province_name});
  std::vector<OrgMention> out;
  for (auto& r : recognize::FindOrganizations(text, rc)) {
    if (StartsTitle(text.substr(r.span.end)) || IsVenue(r.name)) continue;
    if (IsUncompleted(r)) continue;
    OrgMention m;
    m.begin = r.span.begin;
    m.end = r.span.end;
    m.name = StripSpaces(r.name);
    m.surface = std::move(r.surface);
    m.type = TypeOf(r.kind);
    out.push_back(std::move(m));
  }
  return out;
}

}  // namespace duikou::extract::internal
