#include "extract/figure_subject.h"

#include <algorithm>

#include "extract/organizations.h"
#include "extract/text_util.h"

namespace duikou::extract::internal {

namespace {

// Whether a character starting with byte `lead` may be one of the marks the scans below look
// for (, ; : and ，；：、。, which start with EF or E3): most characters are passed over on
// their first byte.
bool MayBeMark(char lead) { return lead == ',' || lead == ';' || lead == ':' || lead == '\xEF' || lead == '\xE3'; }

// True when the name at `begin` opens its clause, as an actor does: nothing but a time word
// or a connective stands between it and the last mark ("2020年,甲公司…", "其中甲市…",
// "；乙区…"). A name after a verb or a preposition (对接甲校, 向乙县, 江山—柯桥…) is not.
bool OpensClause(std::string_view text, size_t from, size_t begin) {
  size_t start = from;
  // Clause marks only: a dash joins a pair's names (江山—柯桥), quotes and brackets a name.
  for (size_t i = from; i < begin; i += CharLen(text, i)) {
    if (!MayBeMark(text[i])) continue;
    const std::string_view ch = CharAt(text, i);
    if (ch == "，" || ch == "," || ch == "；" || ch == ";" || ch == "、" || ch == "：" || ch == ":" || ch == "。")
      start = i + ch.size();
  }
  std::string_view lead = text.substr(start, begin - start);
  for (bool stripped = true; stripped && !lead.empty();) {
    stripped = false;
    for (std::string_view w : {"其中", "此外", "另外", "同时", "全年", "年内", "当年", "今年", "同期", "期间", " ", "\u3000"})
      if (StartsWith(lead, w)) {
        lead.remove_prefix(w.size());
        stripped = true;
      }
    // A date: digits or numerals followed by 年, 月 or 日.
    size_t i = 0;
    while (i < lead.size() && (IsAsciiDigit(lead[i]) || std::string_view("〇一二三四五六七八九十０１２３４５６７８９")
                                                                       .find(CharAt(lead, i)) != std::string_view::npos))
      i += CharLen(lead, i);
    if (i > 0 && (StartsWith(lead.substr(i), "年") || StartsWith(lead.substr(i), "月") || StartsWith(lead.substr(i), "日"))) {
      lead.remove_prefix(i + 3);
      stripped = true;
    }
  }
  return lead.empty();
}

// The supporting side: in a supporter's chapter the home and what lies in it; in a receiving
// side's chapter everything outside the home and the provinces and prefectures enclosing it.
bool OnSupportingSide(const DocContext& ctx, const std::string& code) {
  if (!ctx.receiving_side) return ctx.InHome(code);
  if (ctx.InHome(code)) return false;
  return ctx.home_code.compare(0, code.size(), code) != 0;
}

// The first resolved place inside [begin, end), or null.
const gazetteer::PlaceMention* PlaceWithin(const std::vector<gazetteer::PlaceMention>& places, size_t begin,
                                           size_t end) {
  for (const auto& m : places)
    if (m.resolved() && m.begin >= begin && m.end <= end) return &m;
  return nullptr;
}

// In a receiving side's chapter: the prefectures of the supporter's province that the text
// names, each counted once per mention.
size_t SupportingPrefectures(const DocContext& ctx) {
  std::vector<std::string> seen;
  const std::string province = ctx.supporter_code.substr(0, 2);
  for (const auto& pc : ctx.passages)
    for (const auto& m : pc.places)
      if (m.resolved() && m.code.size() >= 4 && m.code.starts_with(province) &&
          std::find(seen.begin(), seen.end(), m.code.substr(0, 4)) == seen.end())
        seen.push_back(m.code.substr(0, 4));
  return seen.size();
}

// The start of the clause holding `pos`: just past the last clause mark in [from, pos).
size_t ClauseOf(std::string_view text, size_t from, size_t pos) {
  size_t start = from;
  for (size_t i = from; i < pos; i += CharLen(text, i)) {
    if (!MayBeMark(text[i])) continue;
    const std::string_view ch = CharAt(text, i);
    if (ch == "，" || ch == "," || ch == "；" || ch == ";" || ch == "。") start = i + ch.size();
  }
  return start;
}

}  // namespace

FigureSubjects::FigureSubjects(const DocContext& ctx) : ctx_(ctx) {
  const bool same_province = ctx.home_code.compare(0, 2, ctx.supporter_code, 0, 2) == 0;
  if (ctx.receiving_side && !ctx.supporter_code.empty() && same_province && SupportingPrefectures(ctx) >= 2) {
    // Supporters from several prefectures of the home's own province (山海协作) make no one
    // giving unit: their totals are stated for the home.
    const std::string& home = ctx.home_county_code.empty() ? ctx.home_code : ctx.home_county_code;
    default_ = {Ref::Kind::kPlace, home, ctx.NameOf(home)};
  } else if (ctx.receiving_side && !ctx.supporter_code.empty()) {
    const std::string code = SupportingPrefectures(ctx) >= 2 ? ctx.supporter_code.substr(0, 2) : ctx.supporter_code;
    default_ = {Ref::Kind::kPlace, code, ctx.NameOf(code)};
  } else if (!ctx.home_county_code.empty()) {
    default_ = {Ref::Kind::kPlace, ctx.home_county_code, ctx.home_county_name};
  } else if (!ctx.home_code.empty()) {
    default_ = {Ref::Kind::kPlace, ctx.home_code, ctx.home_name};
  }
}

Ref FigureSubjects::Of(size_t passage, std::string_view text, size_t sentence_begin, size_t number_begin) const {
  const DocContext& ctx = ctx_;
  const Ref& fallback = default_;
  if (number_begin == std::string_view::npos || number_begin <= sentence_begin || number_begin > text.size())
    return fallback;
  const size_t body = ctx.passages[passage].body_start;
  const size_t from = std::max(sentence_begin, body);
  if (from >= number_begin) return fallback;
  // The enumeration of the number: from the last ； before it, within the sentence.
  // (One backward walk for both marks: they never overlap, so the one starting last ends last.)
  size_t enumeration = from;
  {
    const std::string_view before = text.substr(from, number_begin - from);
    constexpr std::string_view kWide = "；";
    for (size_t p = before.size(); p-- > 0;) {
      if (before[p] == ';') {
        enumeration = from + p + 1;
        break;
      }
      if (before[p] == kWide[0] && words::At(before, p, kWide)) {
        enumeration = from + p + kWide.size();
        break;
      }
    }
  }
  const size_t own_clause = ClauseOf(text, from, number_begin);
  const auto& places = ctx.passages[passage].places;
  static const std::vector<OrgMention> kNone;
  const auto& orgs = ctx.passage_organizations ? (*ctx.passage_organizations)[passage] : kNone;
  // An actor of the number: opening its clause, and not an item of an earlier breakdown.
  auto acts = [&](size_t begin, size_t at, bool anywhere_in_clause) {
    const size_t clause = ClauseOf(text, begin, at);
    if (clause < own_clause && StartsWith(text.substr(clause, at - clause), "其中")) return false;
    if (anywhere_in_clause) {
      for (std::string_view w : {"到", "赴", "来", "在"})
        if (at >= w.size() && text.compare(at - w.size(), w.size(), w) == 0) return false;
      return true;
    }
    return OpensClause(text, begin, at);
  };

  // A unit listed with others ("甲区、乙区分别与…") acts jointly with them: the side as a whole.
  auto listed = [&](const gazetteer::PlaceMention& m) {
    for (std::string_view joint : {"、", "和", "与", "及"}) {
      for (const auto& other : places) {
        // (Adjacency first: it rules out almost every place without a lookup.)
        const bool before = other.end + joint.size() == m.begin && text.compare(other.end, joint.size(), joint) == 0;
        const bool after = m.end + joint.size() == other.begin && text.compare(m.end, joint.size(), joint) == 0;
        if (!before && !after) continue;
        if (&other == &m || !other.resolved() || !OnSupportingSide(ctx, other.code)) continue;
        return true;
      }
    }
    return false;
  };

  // The last actor in [begin, number_begin): an organization of the supporting side that is
  // no government body, or a supporting unit.
  auto last_actor = [&](size_t begin) -> Ref {
    Ref found;
    size_t found_at = 0;
    for (const auto& o : orgs) {
      if (o.begin < begin || o.end > number_begin || o.begin < found_at) continue;
      if (o.type == OrgType::kGovernmentBody || o.type == OrgType::kOther) continue;
      if (!acts(begin, o.begin, false)) continue;
      const auto* where = PlaceWithin(places, o.begin, o.end);
      if (where && !OnSupportingSide(ctx, where->code)) continue;  // a partner's hospital or school
      found = {Ref::Kind::kOrganization, o.name, o.surface};
      found_at = o.begin;
    }
    // "我州选派…": the text's own home acts (in a receiving side's chapter, its own cadres).
    if (ctx.receiving_side && !ctx.home_code.empty())
      for (size_t p = FindWord(text.substr(0, number_begin), "我", begin); p != std::string_view::npos;
           p = FindWord(text.substr(0, number_begin), "我", p + 3)) {
        const std::string_view level = text.substr(p + 3, 3);
        if (p < found_at || !(level == "市" || level == "州" || level == "县" || level == "区" || level == "盟")) continue;
        if (!acts(begin, p, false)) continue;
        const std::string& home = ctx.home_county_code.empty() ? ctx.home_code : ctx.home_county_code;
        found = {Ref::Kind::kPlace, home, ctx.NameOf(home)};
        found_at = p;
      }
    for (const auto& m : places) {
      if (!m.resolved() || m.begin < begin || m.end > number_begin || m.begin < found_at) continue;
      if (!OnSupportingSide(ctx, m.code) || !acts(begin, m.begin, ctx.receiving_side)) continue;
      // A place inside an organization's name is the organization's, already weighed.
      bool inside_org = false;
      for (const auto& o : orgs) inside_org = inside_org || (m.begin >= o.begin && m.end <= o.end);
      if (inside_org) continue;
      found = listed(m) ? fallback : Ref{Ref::Kind::kPlace, m.code, m.surface};
      found_at = m.begin;
    }
    return found;
  };
  if (Ref r = last_actor(enumeration); !r.empty()) return r;
  if (enumeration > from)
    if (Ref r = last_actor(from); !r.empty()) return r;
  return fallback;
}

}  // namespace duikou::extract::internal
