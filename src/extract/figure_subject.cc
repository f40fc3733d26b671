#include "extract/figure_subject.h"

#include <algorithm>
#include <bit>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "extract/organizations.h"
#include "extract/text_util.h"

namespace duikou::extract::internal {

namespace {

// Whether a character starting with byte `lead` may be one of the marks the scans below look
// for (, ; : and ，；：、。, which start with EF or E3): most characters are passed over on
// their first byte.
bool MayBeMark(char lead) { return lead == ',' || lead == ';' || lead == ':' || lead == '\xEF' || lead == '\xE3'; }

// The first byte in [pos, end) that MayBeMark, or `end`: sixteen bytes at a time, since every
// sentence with a figure is read this way. (In the reader's valid UTF-8 such a byte always
// starts a character: continuation bytes are 80–BF.)
size_t NextMayBeMark(std::string_view text, size_t pos, size_t end) {
#if defined(__SSE2__)
  const __m128i comma = _mm_set1_epi8(','), semicolon = _mm_set1_epi8(';'), colon = _mm_set1_epi8(':');
  const __m128i ef = _mm_set1_epi8(static_cast<char>(0xEF)), e3 = _mm_set1_epi8(static_cast<char>(0xE3));
  for (; pos + 16 <= end; pos += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + pos));
    const __m128i ascii = _mm_or_si128(_mm_cmpeq_epi8(v, comma), _mm_or_si128(_mm_cmpeq_epi8(v, semicolon), _mm_cmpeq_epi8(v, colon)));
    const __m128i wide = _mm_or_si128(_mm_cmpeq_epi8(v, ef), _mm_cmpeq_epi8(v, e3));
    if (const int mask = _mm_movemask_epi8(_mm_or_si128(ascii, wide)); mask != 0)
      return pos + static_cast<size_t>(std::countr_zero(static_cast<unsigned>(mask)));
  }
#endif
  for (; pos < end; ++pos)
    if (MayBeMark(text[pos])) return pos;
  return end;
}

// The first of `places` (sorted by begin) that starts at or after `pos`.
std::vector<gazetteer::PlaceMention>::const_iterator FirstFrom(const std::vector<gazetteer::PlaceMention>& places,
                                                               size_t pos) {
  return std::lower_bound(places.begin(), places.end(), pos,
                          [](const gazetteer::PlaceMention& m, size_t p) { return m.begin < p; });
}

// True when a name whose clause's lead (the text since the last mark of ，,；;、：:。 before
// it) is `lead` opens its clause, as an actor does: nothing but a time word or a connective
// stands there ("2020年,甲公司…", "其中甲市…", "；乙区…"). A name after a verb or a preposition
// (对接甲校, 向乙县, 乙—甲…) is not. (A dash joins a pair's names, quotes and brackets a
// name: neither is a mark here.)
bool LeadOpensClause(std::string_view lead) {
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
  return ctx.OnGivingSide(code);
}

// The first resolved place inside [begin, end), or null. `sorted`: `places` are sorted by
// begin, and only those starting in the range are looked at.
const gazetteer::PlaceMention* PlaceWithin(const std::vector<gazetteer::PlaceMention>& places, bool sorted,
                                           size_t begin, size_t end) {
  auto it = sorted ? FirstFrom(places, begin) : places.begin();
  for (; it != places.end(); ++it) {
    const auto& m = *it;
    if (sorted && m.begin > end) break;  // it and all later ones end past the range
    if (m.resolved() && m.begin >= begin && m.end <= end) return &m;
  }
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

// Just past the last of `marks` (in text order) that starts in [from, pos); `from` when none does.
template <typename Marks>
size_t PastLastMark(const Marks& marks, size_t from, size_t pos) {
  auto it = std::lower_bound(marks.begin(), marks.end(), pos, [](const auto& m, size_t p) { return m.begin < p; });
  if (it == marks.begin()) return from;
  --it;
  return it->begin >= from ? it->end : from;
}

// A line that opens with a pair ("甲区—乙县：…", "甲区、丙新区—乙县：…") reports what its
// first unit did: the supporting side's first unit, a division or a named zone (丙经济区), or
// an empty Ref when the line opens with no such pair.
Ref LinePairLead(const DocContext& ctx, std::string_view text, const std::vector<gazetteer::PlaceMention>& places,
                 size_t line_begin, size_t number_begin) {
  if (number_begin <= line_begin) return {};
  const std::string_view head = text.substr(line_begin, std::min<size_t>(number_begin - line_begin, 40 * 3));
  size_t dash = std::string_view::npos;
  for (std::string_view d : {"—", "－", "-"})
    if (size_t at = head.find(d); at != std::string_view::npos && (dash == std::string_view::npos || at < dash)) dash = at;
  if (dash == std::string_view::npos || dash == 0) return {};
  const size_t after_dash = line_begin + dash + (StartsWith(head.substr(dash), "-") ? 1 : 3);
  // The right side is one place, then ： or :.
  auto right = FirstFrom(places, after_dash);
  if (right == places.end() || right->begin != after_dash || !right->resolved()) return {};
  const std::string_view rest = text.substr(right->end, 3);
  if (!StartsWith(rest, "：") && !StartsWith(rest, ":")) return {};
  // The left side: its first unit, up to 、 or the dash.
  std::string_view first = text.substr(line_begin, dash);
  if (size_t comma = first.find("、"); comma != std::string_view::npos) first = first.substr(0, comma);
  while (StartsWith(first, " ")) first.remove_prefix(1);
  while (EndsWith(first, " ")) first.remove_suffix(1);
  if (first.empty() || CharCount(first) > 12) return {};
  auto left = FirstFrom(places, line_begin);
  if (left != places.end() && left->begin == line_begin && left->end == line_begin + first.size() && left->resolved())
    return ctx.OnGivingSide(left->code) ? Ref{Ref::Kind::kPlace, left->code, left->surface} : Ref{};
  // A zone no gazetteer lists (高栏港经济区, 甲高新区): its name as written.
  if (EndsWith(first, "区") && std::all_of(first.begin(), first.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; }))
    return {Ref::Kind::kMention, std::string(first), std::string(first)};
  return {};
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

const std::vector<FigureSubjects::PairLine>& FigureSubjects::PairLinesOf(size_t passage, std::string_view text) const {
  if (pair_lines_passage_ == passage) return pair_lines_;
  pair_lines_passage_ = passage;
  pair_lines_.clear();
  const size_t body = ctx_.passages[passage].body_start;
  const auto& places = ctx_.passages[passage].places;
  for (size_t begin = body; begin < text.size();) {
    size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    // Most lines hold no dash: they are passed over before any place is looked at.
    const std::string_view head = text.substr(begin, std::min<size_t>(end - begin, 40 * 3));
    if (head.find("—") != std::string_view::npos || head.find("－") != std::string_view::npos ||
        head.find('-') != std::string_view::npos)
      if (Ref unit = LinePairLead(ctx_, text, places, begin, end); !unit.empty()) pair_lines_.push_back({begin, end, unit});
    begin = end + 1;
  }
  return pair_lines_;
}

const FigureSubjects::SentenceMarks& FigureSubjects::MarksUpTo(size_t passage, std::string_view text, size_t from,
                                                               size_t to) const {
  SentenceMarks& marks = marks_;
  if (marks.passage != passage || marks.from != from) {
    marks.passage = passage;
    marks.from = marks.scanned = from;
    marks.items.clear();
    marks.clauses.clear();
    marks.semicolons.clear();
  }
  size_t i = NextMayBeMark(text, marks.scanned, to);
  for (; i < to; i = NextMayBeMark(text, i + CharLen(text, i), to)) {
    const std::string_view ch = CharAt(text, i);
    const Mark mark{i, i + ch.size()};
    const bool semicolon = ch == "；" || ch == ";";
    const bool clause = semicolon || ch == "，" || ch == "," || ch == "。";
    if (clause || ch == "、" || ch == "：" || ch == ":") marks.items.push_back(mark);
    if (clause) marks.clauses.push_back(mark);
    if (semicolon) marks.semicolons.push_back(mark);
  }
  marks.scanned = i;
  return marks;
}

Ref FigureSubjects::Of(size_t passage, std::string_view text, size_t sentence_begin, size_t number_begin) const {
  const DocContext& ctx = ctx_;
  const Ref& fallback = default_;
  if (number_begin == std::string_view::npos || number_begin <= sentence_begin || number_begin > text.size())
    return fallback;
  const size_t body = ctx.passages[passage].body_start;
  const size_t from = std::max(sentence_begin, body);
  if (from >= number_begin) return fallback;
  // The sentence's marks before the number, kept for the numbers after it.
  const SentenceMarks& marks = MarksUpTo(passage, text, from, number_begin);
  // The enumeration of the number: from the last ； before it, within the sentence.
  const size_t enumeration = PastLastMark(marks.semicolons, from, number_begin);
  const size_t own_clause = PastLastMark(marks.clauses, from, number_begin);
  const auto& places = ctx.passages[passage].places;
  const bool places_sorted = ctx.passages[passage].places_sorted;
  static const std::vector<OrgMention> kNone;
  const auto& orgs = ctx.passage_organizations ? (*ctx.passage_organizations)[passage] : kNone;
  // An actor of the number: opening its clause, and not an item of an earlier breakdown.
  auto acts = [&](size_t begin, size_t at, bool anywhere_in_clause) {
    const size_t clause = PastLastMark(marks.clauses, begin, at);
    if (clause < own_clause && StartsWith(text.substr(clause, at - clause), "其中")) return false;
    if (anywhere_in_clause) {
      for (std::string_view w : {"到", "赴", "来", "在"})
        if (at >= w.size() && text.compare(at - w.size(), w.size(), w) == 0) return false;
      return true;
    }
    const size_t lead = PastLastMark(marks.items, begin, at);
    return LeadOpensClause(text.substr(lead, at - lead));
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

  // "甲区、乙区分别向丙县拨付500万元、450万元": units listed before 分别 give the amounts listed
  // after it, in order. The unit of the number's place in that list, or an empty Ref.
  auto respective = [&](const gazetteer::PlaceMention& m) -> Ref {
    if (!places_sorted) return {};
    const auto at = places.begin() + (&m - places.data());  // `m` is one of `places`
    auto first = at, last = at;
    auto joined = [&](const auto& a, const auto& b) {
      return a.resolved() && b.resolved() && a.end + 3 == b.begin && text.compare(a.end, 3, "、") == 0;
    };
    while (first != places.begin() && joined(*(first - 1), *first)) --first;
    while (last + 1 != places.end() && joined(*last, *(last + 1))) ++last;
    const size_t units = static_cast<size_t>(last - first) + 1;
    if (units < 2 || last->end >= number_begin) return {};
    const size_t each = FindWord(text.substr(last->end, number_begin - last->end), "分别");
    if (each == std::string_view::npos) return {};
    // The amounts in the clause of 分别 ("…分别与丙县结对，全年落实资金…" lists no amounts).
    if (PastLastMark(marks.clauses, last->end + each, number_begin) != last->end + each) return {};
    size_t amount = last->end + each;
    while (amount < number_begin && !IsAsciiDigit(text[amount])) ++amount;
    size_t position = 0;
    for (size_t p = FindWord(text, "、", amount); p != std::string_view::npos && p < number_begin; p = FindWord(text, "、", p + 3))
      ++position;
    if (position >= units) return {};
    const auto& unit = *(first + static_cast<std::ptrdiff_t>(position));
    return OnSupportingSide(ctx, unit.code) ? Ref{Ref::Kind::kPlace, unit.code, unit.surface} : Ref{};
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
      const auto* where = PlaceWithin(places, places_sorted, o.begin, o.end);
      // A partner's hospital or school acts for no supporter; a firm named for the home's
      // province (广东某某有限公司 in a 广东 city's chapter) does.
      if (where && !OnSupportingSide(ctx, where->code) && !(!ctx.receiving_side && ctx.EnclosesHome(where->code)))
        continue;
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
    for (auto it = places_sorted ? FirstFrom(places, begin) : places.begin(); it != places.end(); ++it) {
      const auto& m = *it;
      if (places_sorted && m.begin > number_begin) break;  // it and all later ones end past the number
      if (!m.resolved() || m.begin < begin || m.end > number_begin || m.begin < found_at) continue;
      // In a receiving side's chapter the home itself, named ("甲市选派25名干部赴乙市挂职"), acts
      // like 我市 above: its own cadres.
      const bool home_acts = ctx.receiving_side && m.code == ctx.home_code && acts(begin, m.begin, false);
      if (!home_acts && (!OnSupportingSide(ctx, m.code) || !acts(begin, m.begin, ctx.receiving_side))) continue;
      // A place inside an organization's name is the organization's, already weighed.
      bool inside_org = false;
      for (const auto& o : orgs) inside_org = inside_org || (m.begin >= o.begin && m.end <= o.end);
      if (inside_org) continue;
      if (!listed(m)) {
        found = Ref{Ref::Kind::kPlace, m.code, m.surface};
      } else {
        const Ref each = respective(m);
        found = each.empty() ? fallback : each;
      }
      found_at = m.begin;
    }
    return found;
  };
  Ref actor = last_actor(enumeration);
  if (actor.empty() && enumeration > from) actor = last_actor(from);
  // No actor of its own, or only the side as a whole (a unit listed with others): the pair the
  // line opens with says whose.
  if (actor.empty() || (actor.kind == fallback.kind && actor.key == fallback.key))
    for (const PairLine& line : PairLinesOf(passage, text))
      if (line.begin <= number_begin && number_begin < line.end) return line.unit;
  return actor.empty() ? fallback : actor;
}

}  // namespace duikou::extract::internal
