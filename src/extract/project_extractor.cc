#include "extract/project_extractor.h"

#include <algorithm>
#include <array>
#include <optional>
#include <optional>
#include <set>

#include "extract/name_scanner.h"
#include "extract/organizations.h"
#include "extract/quantity.h"
#include "extract/text_util.h"

namespace duikou::extract::internal {

namespace {

constexpr std::array<std::string_view, 10> kHeads = {"产业园", "工业园", "科技园", "园区", "项目", "基地",
                                                     "中心", "大舞台", "示范区", "综合体"};
constexpr std::array<std::string_view, 4> kIntroducers = {"企业", "——", ":", "："};

struct Candidate {
  size_t begin, end;
  bool introduced;
};

bool IsDash(std::string_view s) { return s == "—" || s == "-" || s == "——" || s == "–"; }

// Verbs that make the organization before them the one that puts up the project after them.
constexpr std::array<std::string_view, 12> kBuildVerbs = {"投资", "建成", "建设", "新建", "兴建", "打造",
                                                          "落地", "落户", "实施", "开工", "签约", "引进"};

// The enterprise behind the project [begin, end) of `text` within sentence [s_begin, s_end):
// one whose name starts the project's name ("某某纺织有限公司高档面料生产基地项目"), or the
// last one before it in the sentence when a building verb stands between them
// ("甬兴纺织有限公司在库车市建成库车纺织产业园项目", in one clause). Null when none.
std::optional<OrgMention> Backer(std::string_view text, size_t s_begin, size_t s_end, size_t begin,
                                 const DocContext& ctx) {
  std::string_view sentence = text.substr(s_begin, s_end - s_begin);
  std::optional<OrgMention> best;
  for (auto& o : FindOrganizations(sentence, ctx)) {
    if (o.type != OrgType::kEnterprise) continue;
    size_t o_begin = s_begin + o.begin, o_end = s_begin + o.end;
    if (o_begin == begin) return o;
    if (o_end > begin) break;
    std::string_view between = text.substr(o_end, begin - o_end);
    if (ClauseEnd(between, 0) < between.size()) {  // another clause: another subject
      best.reset();
      continue;
    }
    bool builds = false;
    for (auto v : kBuildVerbs) builds = builds || between.find(v) != std::string_view::npos;
    best = builds ? std::optional<OrgMention>(o) : std::nullopt;
  }
  return best;
}

// Investment of the project [begin, end): "总投资/投资 N元" in its clause, or opening the next
// clause of its sentence ("…建成X项目，总投资3.8亿元").
std::string Investment(std::string_view text, size_t begin, size_t end, size_t sentence_end) {
  size_t cb = ClauseStart(text, begin), ce = ClauseEnd(text, end, sentence_end);
  std::string found;
  for (const Quantity& q : FindQuantities(text.substr(cb, ce - cb))) {
    if (q.kind != UnitKind::kMoney) continue;
    std::string_view lead = text.substr(cb, q.begin);
    if (EndsWith(lead, "投资")) found = q.value;
    else if (lead.find("投资") != std::string_view::npos && found.empty()) found = q.value;
  }
  if (!found.empty() || ce >= sentence_end) return found;
  size_t next = ce + CharLen(text, ce), next_end = ClauseEnd(text, next, sentence_end);
  std::string_view clause = text.substr(next, next_end - next);
  for (const Quantity& q : FindQuantities(clause)) {
    std::string_view lead = clause.substr(0, q.begin);
    if (q.kind == UnitKind::kMoney && lead.find("投资") != std::string_view::npos && CharCount(lead) <= 6) return q.value;
  }
  return "";
}

}  // namespace

std::vector<std::pair<size_t, size_t>> BookTitleRanges(std::string_view text) {
  std::vector<std::pair<size_t, size_t>> out;
  for (size_t p = FindWord(text, "《"); p != std::string_view::npos; p = FindWord(text, "《", p + 1)) {
    size_t q = FindWord(text, "》", p);
    if (q == std::string_view::npos) break;
    out.push_back({p, q + std::string_view("》").size()});
  }
  return out;
}

void ExtractProjects(const DocContext& ctx, std::vector<Project>* out) {
  const auto& doc = *ctx.doc;
  std::set<std::string> seen;
  for (size_t pi = 0; pi < doc.passages.size(); ++pi) {
    const auto& passage = doc.passages[pi];
    if (passage.kind == document::PassageKind::kTable) continue;
    std::string_view text(passage.text);
    const auto& places = ctx.passages[pi].places;
    // Book titles are looked for only once a head word is found (most passages have none).
    std::optional<std::vector<std::pair<size_t, size_t>>> books;
    auto in_book = [&](size_t pos) {
      if (!books) books = BookTitleRanges(text);
      for (auto [b, e] : *books)
        if (pos >= b && pos < e) return true;
      return false;
    };
    std::vector<Candidate> found;
    // The entry heading kept in the text is a title, not a mention: its project (often in a
    // short form) is named again in the body.
    const size_t body = BodyStart(passage);
    // One pass over the body for all head words (the order of `found` does not matter: it is
    // sorted on (begin, end) below, and no head is a suffix of another).
    static const WordStartFilter kHeadStarts(kHeads);
    for (size_t pos = body; pos < text.size(); pos += CharLen(text, pos)) {
      if (!kHeadStarts.MayStartAt(text, pos)) continue;
      for (auto head : kHeads) {
        if (text.substr(pos, head.size()) != head) continue;
        if (in_book(pos)) continue;
        size_t end = pos + head.size();
        // A category counted right after ("项目5个") is no name.
        size_t k = end;
        while (k < text.size() && text[k] == ' ') ++k;
        if (k < text.size() && IsAsciiDigit(text[k])) continue;
        size_t start = NameStart(text, pos, 0, 24);
        // "A—B…产业园": the pair belongs to the name.
        if (start > 0) {
          size_t dash = PrevChar(text, start);
          if (IsDash(CharAt(text, dash)))
            for (const auto& m : places)
              if (m.end == dash) start = m.begin;
        }
        std::string_view core = text.substr(start, pos - start);
        if (CharCount(core) < 2 || IsGenericModifier(core)) continue;
        if (Contains(core, "个") || Contains(core, "、")) continue;
        bool introduced = false;
        for (auto w : kIntroducers)
          if (start >= w.size() && text.substr(start - w.size(), w.size()) == w) introduced = true;
        found.push_back({start, end, introduced});
      }
    }
    // Nested names with one start: "…产业园项目" keeps the longer (the project is the park's
    // project); "…产业园孵化中心" keeps the park (the part is no project of its own).
    std::sort(found.begin(), found.end(), [](const Candidate& a, const Candidate& b) {
      return a.begin != b.begin ? a.begin < b.begin : a.end < b.end;
    });
    std::vector<Candidate> kept;
    for (const auto& c : found) {
      if (!kept.empty() && kept.back().begin == c.begin) {
        if (EndsWith(text.substr(c.begin, c.end - c.begin), "项目")) kept.back() = c;
        continue;
      }
      if (!kept.empty() && c.begin < kept.back().end) continue;
      kept.push_back(c);
    }
    for (const auto& c : kept) {
      const gazetteer::PlaceMention* partner = nullptr;
      const gazetteer::PlaceMention* home_side = nullptr;
      bool has_place = false;
      for (const auto& m : places) {
        if (m.begin < c.begin || m.end > c.end) continue;
        has_place = true;
        if (!m.resolved()) continue;
        bool home = ctx.InHome(m.code) || (!ctx.home_code.empty() && ctx.home_code.compare(0, m.code.size(), m.code) == 0);
        if (home) {
          if (!home_side) home_side = &m;
        } else if (!partner || m.code.size() > partner->code.size()) {
          partner = &m;
        }
      }
      if (!has_place && !c.introduced) continue;
      Project p;
      p.name = StripSpaces(text.substr(c.begin, c.end - c.begin));
      if (!seen.insert(p.name).second) continue;
      p.passage = pi;
      if (partner) {
        p.place = {Ref::Kind::kPlace, partner->code, partner->surface};
      } else {
        auto sr = ctx.section_recipient.find(passage.section);
        if (sr != ctx.section_recipient.end()) p.place = {Ref::Kind::kPlace, sr->second, ctx.NameOf(sr->second)};
      }
      size_t s_begin = 0, s_end = text.size();
      for (const Range& r : ctx.passages[pi].sentences)
        if (r.begin <= c.begin && c.begin < r.end) s_begin = r.begin, s_end = r.end;
      auto backer = Backer(text, s_begin, s_end, c.begin, ctx);
      if (backer) p.funders.push_back({Ref::Kind::kOrganization, backer->name, backer->surface});
      // The home side of a pair in the name ("晴隆—北仑…产业园"); a home place in an
      // enterprise's project name only says where the enterprise comes from.
      if (home_side && ctx.InHome(home_side->code) && !backer)
        p.funders.push_back({Ref::Kind::kPlace, home_side->code, home_side->surface});
      else if (!ctx.home_code.empty() && p.funders.empty())
        p.funders.push_back({Ref::Kind::kPlace, ctx.home_code, ctx.home_name});
      p.investment_cny = Investment(text, c.begin, c.end, s_end);
      out->push_back(std::move(p));
    }
  }
}

}  // namespace duikou::extract::internal
