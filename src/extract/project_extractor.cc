#include "extract/project_extractor.h"

#include <algorithm>
#include <cctype>
#include <array>
#include <bit>
#include <cstdint>
#include <optional>
#include <set>

#include "extract/name_scanner.h"
#include "extract/organizations.h"
#include "extract/organizations.h"
#include "extract/quantity.h"
#include "extract/text_util.h"
#include "extract/word_starts.h"
#include "recognize/number_parser.h"
#include "recognize/utf8.h"

namespace duikou::extract::internal {

namespace {

constexpr std::array<std::string_view, 31> kHeads = {"产业园", "工业园", "科技园", "物流园", "园区", "项目",
                                                     "基地", "中心", "大舞台", "示范区", "综合体", "小镇",
                                                     "新校区", "加工厂", "城", "示范带", "扶贫车间", "帮扶车间",
                                                     "实训楼", "教学楼", "综合楼", "工程", "合作园", "示范园",
                                                     "创业园", "农业园", "加工园", "烘干厂", "飞地", "协作园",
                                                     "示范片"};
constexpr std::array<std::string_view, 4> kIntroducers = {"企业", "——", ":", "："};
// "<verb>的" before a name: the thing built or invested in ("在某县建设的果品深加工项目",
// "某公司投资的某材料产业化项目"), a name even without a place in it.
constexpr std::array<std::string_view, 8> kBuiltBy = {"建设的", "投资的", "援建的", "建成的", "兴建的", "打造的",
                                                     "实施的", "共建的"};
// Verbs inside a scanned name that end the words before it ("在某县共建X产业园" names X); a
// verb right before the head word is part of the name ("甲—乙共建产业园").
constexpr std::array<std::string_view, 3> kInnerVerbs = {"共建", "援建", "建设"};
// Head words of venues, not projects: a 会展中心 hosts events.
constexpr std::array<std::string_view, 4> kVenues = {"会展中心", "会议中心", "展览中心", "博览中心"};
// Verbs after "在<name>" that make the name a venue: what happens there, not what is built.
constexpr std::array<std::string_view, 6> kVenueVerbs = {"演出", "举办", "举行", "召开", "开幕", "展出"};
// Words that, right after 中心, make it a modifier ("central"): of an institution's name
// (某区中心医院, 某镇中心小学, 某市中心血站) or of a place (中心城区, 中心村).
constexpr std::array<std::string_view, 14> kNounsAfterCentre = {"医院", "卫生院", "小学", "中学", "学校", "校",
                                                                "幼儿园", "血站", "城区", "城市", "村", "广场",
                                                                "工作", "任务"};
// Words that, right after a head word, show it is inside the name of a body: a firm
// (某某建筑工程有限公司), a park's administration (某园区管委会, 某产业园管理中心) or a project's
// office (项目部).
constexpr std::array<std::string_view, 9> kBodiesAfterHead = {"有限", "股份", "公司", "集团", "管委会",
                                                              "管理", "部", "局", "办"};
// True when `after` (the text right after a head word) goes on with the rest of a body's name,
// perhaps after 区 or 项目 (某科技园区管委会, 某工程项目部).
bool InsideABodysName(std::string_view after) {
  for (std::string_view more : {"区", "项目"})
    if (after.starts_with(more)) {
      after.remove_prefix(more.size());
      break;
    }
  return std::any_of(kBodiesAfterHead.begin(), kBodiesAfterHead.end(),
                     [&](std::string_view w) { return after.starts_with(w); });
}

// Verbs of building after "在<place>": what follows is the thing built there, a name even
// without a place in it ("在某县某镇建设某某蔬菜供应基地").
constexpr std::array<std::string_view, 5> kBuildThere = {"建设", "援建", "共建", "新建", "兴建"};
// Words that go on after a head word: the name is an organization's ("某市中心医院",
// "某物流中心集团有限公司"), not a project's.
constexpr std::array<std::string_view, 9> kOrganizationTails = {"医院", "集团", "有限", "公司", "学校",
                                                                "小学", "中学", "卫生院", "学院"};

// Whether the head word ending at `end` is counted as a category: a count follows it, or
// follows the next item of its list ("展销中心三家", "展销中心、直营店12家", "…中心和直营店52家").
bool CountedAfter(std::string_view text, size_t end) {
  size_t k = end;
  for (std::string_view conj : {"、", "和", "及"}) {
    if (text.substr(k, conj.size()) != conj) continue;
    k += conj.size();
    size_t words = 0;
    while (k < text.size() && words < 6 && recognize::utf8::IsHan(CodePoint(CharAt(text, k))) &&
           !recognize::IsChineseNumeral(CodePoint(CharAt(text, k)))) {
      k += CharLen(text, k);
      ++words;
    }
    if (words == 0) return false;
    break;
  }
  if (k >= text.size() || (!IsAsciiDigit(text[k]) && !recognize::IsChineseNumeral(CodePoint(CharAt(text, k))))) return false;
  const std::vector<Quantity> counted = FindQuantities(text.substr(k, std::min<size_t>(40, text.size() - k)));
  return !counted.empty() && counted[0].begin == 0 && counted[0].kind != UnitKind::kOther;
}

struct Candidate {
  size_t begin, end;
  bool introduced;
  bool school = false;  // a school's name, built with the aid (AidBuiltSchools)
};

// Words around a school's name that say it is being built, or was: "援建的某县某中学", "新建某县
// 某学校", "某小学于9月1日投入使用".
constexpr std::array<std::string_view, 5> kBuiltBefore = {"援建的", "捐建的", "新建", "援建", "建成"};
// ("在某小学建成录播教室": the school is where something else is built.)
constexpr std::array<std::string_view, 8> kBuiltAfter = {"投入使用", "竣工", "落成", "开学", "交付使用",
                                                         "建成开学", "建成投用", "建成并"};
constexpr std::array<std::string_view, 4> kSchoolEnds = {"学校", "中学", "小学", "幼儿园"};

// The schools of passage `pi` that the aid builds: named right after a building verb, with the
// name ending there, or followed (after a date) by their opening. The school is a project as well
// as the institution it becomes.
std::vector<Candidate> AidBuiltSchools(const DocContext& ctx, size_t pi) {
  std::vector<Candidate> out;
  if (!ctx.passage_organizations || pi >= ctx.passage_organizations->size()) return out;
  std::string_view text(ctx.doc->passages[pi].text);
  for (const OrgMention& o : (*ctx.passage_organizations)[pi]) {
    if (o.type != OrgType::kInstitution ||
        std::none_of(kSchoolEnds.begin(), kSchoolEnds.end(), [&](std::string_view w) { return EndsWith(o.name, w); }))
      continue;
    std::string_view after = text.substr(o.end, 30);
    while (!after.empty() && after.front() == ' ') after.remove_prefix(1);
    // "…于9月1日投入使用", "…8月30日建成": a date may come between.
    std::string_view opening = after;
    if (StartsWith(opening, "于")) opening.remove_prefix(std::string_view("于").size());
    while (!opening.empty() && (std::isdigit(static_cast<unsigned char>(opening.front())) || StartsWith(opening, "月") ||
                                StartsWith(opening, "日") || StartsWith(opening, "年") || opening.front() == ' '))
      opening.remove_prefix(opening.front() & 0x80 ? 3 : 1);
    const bool opens = std::any_of(kBuiltAfter.begin(), kBuiltAfter.end(), [&](std::string_view w) { return StartsWith(opening, w); }) ||
                       (StartsWith(opening, "建成") && (opening.size() == 6 || IsPunct(CharAt(opening, 6))));
    const bool ends_here = after.empty() || IsPunct(CharAt(after, 0)) || opens || StartsWith(after, "于");
    const bool built = ends_here && std::any_of(kBuiltBefore.begin(), kBuiltBefore.end(),
                                                [&](std::string_view w) { return EndsWith(text.substr(0, o.begin), w); });
    if (opens || built) out.push_back({o.begin, o.end, true, true});
  }
  return out;
}

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
    for (auto v : kBuildVerbs) builds = builds || Contains(between, v);
    best = builds ? std::optional<OrgMention>(o) : std::nullopt;
  }
  return best;
}

// Investment of the project [begin, end): "总投资/投资 N元" in its clause, or opening the next
// clause of its sentence ("…建成X项目，总投资3.8亿元").
std::string Investment(std::string_view text, size_t begin, size_t end, size_t sentence_end) {
  size_t cb = ClauseStart(text, begin), ce = ClauseEnd(text, end, sentence_end);
  std::string found;
  // Only an amount after 投资 counts: a clause without the word needs no reading of its numbers.
  const bool invests = Contains(text.substr(cb, ce - cb), "投资");
  for (const Quantity& q : invests ? FindQuantities(text.substr(cb, ce - cb)) : std::vector<Quantity>{}) {
    if (q.kind != UnitKind::kMoney) continue;
    std::string_view lead = text.substr(cb, q.begin);
    if (EndsWith(lead, "投资")) found = q.value;
    else if (Contains(lead, "投资") && found.empty()) found = q.value;
  }
  if (!found.empty() || ce >= sentence_end) return found;
  size_t next = ce + CharLen(text, ce), next_end = ClauseEnd(text, next, sentence_end);
  std::string_view clause = text.substr(next, next_end - next);
  if (!Contains(clause, "投资")) return "";
  for (const Quantity& q : FindQuantities(clause)) {
    std::string_view lead = clause.substr(0, q.begin);
    if (q.kind == UnitKind::kMoney && Contains(lead, "投资") && CharCount(lead) <= 6) return q.value;
  }
  return "";
}

// Table cells that are whole park names ("甲—乙工业园" in a column of co-built parks). Cells
// are separated by tabs and rows by line breaks.
std::vector<Candidate> TableCellCandidates(std::string_view text) {
  constexpr std::array<std::string_view, 10> kParkHeads = {"产业园", "工业园", "科技园", "物流园", "园区", "基地",
                                                          "示范区", "示范园", "帮扶车间", "扶贫车间"};
  std::vector<Candidate> out;
  size_t begin = 0;
  while (begin <= text.size()) {
    // The cell's end, by a byte loop (find_first_of would call memchr on "\t\n" per byte).
    size_t end = begin;
    while (end < text.size() && text[end] != '\t' && text[end] != '\n') ++end;
    std::string_view cell = text.substr(begin, end - begin);
    size_t lead = cell.find_first_not_of(' '), trail = cell.find_last_not_of(' ');
    if (lead != std::string_view::npos) {
      cell = cell.substr(lead, trail + 1 - lead);
      for (auto head : kParkHeads) {
        if (!EndsWith(cell, head)) continue;
        const size_t n = CharCount(cell);
        if (n >= CharCount(head) + 2 && n <= 24 && !IsGenericModifier(cell))
          out.push_back({begin + lead, begin + lead + cell.size(), false});
      }
    }
    begin = end + 1;
  }
  return out;
}

// Start of a name whose first words are a quoted brand right before `start`
// ("“某山珍品”某市展销中心"); `start` itself when there is none.
size_t QuotedLead(std::string_view text, size_t start) {
  constexpr std::string_view kOpen = "“", kClose = "”";
  if (start < kClose.size() || text.substr(start - kClose.size(), kClose.size()) != kClose) return start;
  size_t close = start - kClose.size();
  size_t open = text.rfind(kOpen, close);
  if (open == std::string_view::npos) return start;
  std::string_view quoted = text.substr(open + kOpen.size(), close - open - kOpen.size());
  size_t n = CharCount(quoted);
  if (n < 2 || n > 8) return start;
  for (size_t i = 0; i < quoted.size(); i += CharLen(quoted, i))
    if (IsPunct(CharAt(quoted, i))) return start;
  return open;
}

// The name without its quotation marks (“某山珍品”某市展销中心 -> 某山珍品某市展销中心).
std::string WithoutQuotes(std::string_view name) {
  std::string out;
  for (size_t i = 0; i < name.size(); i += CharLen(name, i)) {
    std::string_view ch = CharAt(name, i);
    if (ch != "“" && ch != "”") out.append(ch);
  }
  return out;
}

// Whether one of `places` (sorted by start) ends exactly at `pos`.
bool PlaceEndsAt(const std::vector<gazetteer::PlaceMention>& places, size_t pos) {
  auto it = std::lower_bound(places.begin(), places.end(), pos,
                             [](const gazetteer::PlaceMention& m, size_t p) { return m.begin < p; });
  while (it != places.begin()) {
    --it;
    if (it->end == pos) return true;
    if (pos - it->begin > 64) break;  // no place name is that long
  }
  return false;
}

// Whether the head word at `pos` can end a project name that starts at `start`. Venues are no
// projects; a bare 城 (common in words: 县城, 城乡) heads a name only when two place names make
// up the rest of it ("某地某市城", a city-branded complex).
bool AcceptsHead(std::string_view text, size_t start, size_t pos, std::string_view head,
                 const std::vector<gazetteer::PlaceMention>& places) {
  size_t end = pos + head.size();
  for (auto venue : kVenues)
    if (end - start >= venue.size() && text.substr(end - venue.size(), venue.size()) == venue) return false;
  if (head != "城") return true;
  size_t covered = start;
  int names = 0;
  for (const auto& m : places) {
    if (m.begin != covered || m.end > pos) continue;
    covered = m.end;
    ++names;
  }
  return covered == pos && names >= 2;
}

// "年产3万吨…": the name scan stops at the digits; when they follow 年产 and a unit of output
// follows them, the start of 年产, else `start`.
size_t CapacityBefore(std::string_view text, size_t start) {
  static constexpr std::array<std::string_view, 8> kUnits = {"吨", "件", "台", "套", "头", "只", "平方米", "立方米"};
  std::string_view rest = text.substr(start);
  for (std::string_view mult : {"万", "千", "亿"})
    if (StartsWith(rest, mult)) {
      rest.remove_prefix(mult.size());
      break;
    }
  if (std::none_of(kUnits.begin(), kUnits.end(), [&](std::string_view u) { return StartsWith(rest, u); })) return start;
  size_t p = start;
  while (p > 0) {
    const size_t prev = PrevChar(text, p);
    const std::string_view ch = CharAt(text, prev);
    if (!((ch.size() == 1 && (IsAsciiDigit(ch[0]) || ch[0] == '.')) || (ch >= "０" && ch <= "９") || ch == "．")) break;
    p = prev;
  }
  if (p == start || p < 6 || text.substr(p - 6, 6) != "年产") return start;
  return p - 6;
}

// True when a count follows the head word at `end` ("项目5个", "项目五十二个", "项目 5 个"): the
// head names a category being counted, not a project.
bool CountFollows(std::string_view text, size_t end) {
  size_t k = end;
  while (k < text.size() && text[k] == ' ') ++k;
  if (k < text.size() && IsAsciiDigit(text[k])) {
    // "…中心8月竣工": a date says when, not how many.
    size_t d = k;
    while (d < text.size() && IsAsciiDigit(text[d])) ++d;
    return !(words::At(text, d, "月") || words::At(text, d, "日") || words::At(text, d, "年"));
  }
  // Chinese numerals up to a measure word.
  static constexpr std::string_view kNumerals = "一二三四五六七八九十两百千万零";
  static constexpr std::array<std::string_view, 6> kMeasures = {"个", "项", "家", "座", "处", "所"};
  size_t n = 0;
  while (k < text.size() && kNumerals.find(CharAt(text, k)) != std::string_view::npos && CharLen(text, k) == 3) {
    k += CharLen(text, k);
    ++n;
  }
  if (n == 0) return false;
  for (auto m : kMeasures)
    if (text.substr(k).starts_with(m)) return true;
  return false;
}

// True when the name at `start` opens with a place that closes a list of places ("甲、乙农特
// 产品展销中心", "考察甲县、乙县某某协作项目"): a kind of facility several places share.
bool SharedByAListOfPlaces(std::string_view text, size_t start, const std::vector<gazetteer::PlaceMention>& places) {
  constexpr std::string_view kComma = "、";
  if (start < kComma.size() || text.substr(start - kComma.size(), kComma.size()) != kComma) return false;
  bool opens = false;
  for (const auto& m : places) opens = opens || m.begin == start;
  return opens && PlaceEndsAt(places, start - kComma.size());
}

// True when the verb at `verb` follows "在<place phrase>" in its clause.
bool AfterPlacePhrase(std::string_view text, size_t verb) {
  const size_t cb = ClauseStart(text, verb);
  const std::string_view before = text.substr(cb, verb - cb);
  const size_t at = before.rfind("在");
  if (at == std::string_view::npos) return false;
  const size_t n = CharCount(before.substr(at));
  return n >= 2 && n <= 14;
}

// True when the name at `start` follows "在<place phrase><building verb>": it is what is built
// there. Works (工程) are carried out as well as built: "在乙县丙镇实施某古镇保护提升工程".
bool BuiltThere(std::string_view text, size_t start, bool works) {
  for (auto v : kBuildThere)
    if (start >= v.size() && text.substr(start - v.size(), v.size()) == v && AfterPlacePhrase(text, start - v.size()))
      return true;
  constexpr std::string_view kCarryOut = "实施";
  return works && start >= kCarryOut.size() && text.substr(start - kCarryOut.size(), kCarryOut.size()) == kCarryOut &&
         AfterPlacePhrase(text, start - kCarryOut.size());
}

// True when a county or a township is named within [begin, end).
bool LocalPlaceIn(const std::vector<gazetteer::PlaceMention>& places, size_t begin, size_t end) {
  for (const auto& m : places)
    if (m.begin >= begin && m.end <= end && m.resolved() && m.code.size() >= 6) return true;
  return false;
}

// The division a project named after `m` stands in. A short name shared by a prefecture and
// one county-level city inside it (a prefecture named after its seat) is resolved to the
// prefecture, which encloses the other; but a project is built in a town, and such a name in
// it names the seat. Any other mention: its own code.
std::string SeatOf(const gazetteer::PlaceMention& m) {
  if (m.code.size() != 4 || m.candidates.size() != 2) return m.code;
  for (const auto& c : m.candidates)
    if (c != m.code && c.size() == 6 && c.starts_with(m.code)) return c;
  return m.code;
}

// The place a project's clause puts it in, when it is more precise than `place` (inside it;
// anywhere on the receiving side when `place` is empty): a place earlier in the clause that
// the name follows ("位于乙区的…", "与乙市丙区合作建设的…"), or one right after the name
// behind 在/落户/位于 ("…产业园在乙县丙镇开工"). The most specific such place; null if none.
template <typename Receiving>
const gazetteer::PlaceMention* SiteInClause(std::string_view text, const std::vector<gazetteer::PlaceMention>& places,
                                            size_t name_begin, size_t name_end, size_t sentence_end,
                                            const std::string& place, const Receiving& receiving) {
  const size_t clause_begin = ClauseStart(text, name_begin);
  const gazetteer::PlaceMention* best = nullptr;
  for (const auto& m : places) {
    if (!m.resolved() || !receiving(m.code) || m.code.size() <= place.size() || !m.code.starts_with(place)) continue;
    bool site = false;
    if (m.begin >= clause_begin && m.end <= name_begin) {
      const std::string_view lead = text.substr(clause_begin, m.begin - clause_begin);
      site = EndsWith(lead, "位于") || EndsWith(lead, "与") || EndsWith(lead, "在");
    } else if (m.begin >= name_end && m.end <= sentence_end) {
      const std::string_view gap = StripSpaces(text.substr(name_end, m.begin - name_end));
      site = gap == "在" || gap == "落户" || gap == "位于" || gap == "落地";
    }
    if (site && (!best || m.code.size() > best->code.size())) best = &m;
  }
  return best;
}

// The projects of passage `pi` from its candidate names: nested and overlapping candidates
// resolved, names without a place or an introduction dropped, names already in `seen` skipped.
void EmitProjects(const DocContext& ctx, size_t pi, std::vector<Candidate> found, std::set<std::string>* seen,
                  std::vector<Project>* out) {
  const auto& passage = ctx.doc->passages[pi];
  std::string_view text(passage.text);
  const auto& places = ctx.passages[pi].places;
  // Nested names with one start: "…产业园项目" keeps the longer (the project is the park's
  // project); "…产业园孵化中心" keeps the park (the part is no project of its own).
  std::sort(found.begin(), found.end(), [](const Candidate& a, const Candidate& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end < b.end;
  });
  std::vector<Candidate> kept;
  for (const auto& c : found) {
    if (!kept.empty() && kept.back().begin == c.begin) {
      // "…产业园项目" is the park's project; "…产业园区" is the park itself, named in full.
      std::string_view longer = text.substr(c.begin, c.end - c.begin);
      // "某工业园区某产业园": a park named inside a development zone, which opens its name.
      std::string_view shorter = text.substr(kept.back().begin, kept.back().end - kept.back().begin);
      // "…协作园首批入园项目", "…产业园当年新签约项目": projects entering the park, a batch,
      // not the park's project.
      const std::string_view extra = longer.substr(shorter.size());
      if (ContainsAny(extra, {"入园", "首批", "一批", "批次", "签约", "当年", "新增", "新引进"})) continue;
      // "…飞地产业园": the enclave's park is named in full.
      if (EndsWith(longer, "项目") || EndsWith(shorter, "园区") || EndsWith(shorter, "飞地") ||
          (EndsWith(longer, "园区") && c.end == kept.back().end + std::string_view("区").size()))
        kept.back() = c;
      continue;
    }
    if (!kept.empty() && c.begin < kept.back().end) continue;
    kept.push_back(c);
  }
  auto giving = [&](const std::string& code) { return ctx.OnGivingSide(code); };
  auto receiving = [&](const std::string& code) {
    return ctx.receiving_side ? ctx.InHome(code) : !giving(code);
  };
  for (const auto& c : kept) {
    const gazetteer::PlaceMention* partner = nullptr;
    const gazetteer::PlaceMention* home_side = nullptr;
    bool has_place = false;
    for (const auto& m : places) {
      if (m.begin < c.begin || m.end > c.end) continue;
      has_place = true;
      if (!m.resolved()) continue;
      if (giving(m.code)) {
        if (!home_side) home_side = &m;
      } else if (receiving(m.code) && (!partner || m.code.size() > partner->code.size())) {
        partner = &m;
      }
    }
    size_t s_begin = 0, s_end = text.size();
    for (const Range& r : ctx.passages[pi].sentences)
      if (r.begin <= c.begin && c.begin < r.end) s_begin = r.begin, s_end = r.end;
    auto backer = Backer(text, s_begin, s_end, c.begin, ctx);
    // "甲乙新材料有限公司在某地…建设甲乙复合材料项目": an enterprise's project, built right after
    // its verb and named with the enterprise's trade name: the name's first two characters are
    // the firm's, right after the place (two or three characters) its name may open with.
    bool built_by_backer = false;
    const size_t trade = backer && c.end - c.begin > 6 ? backer->name.find(text.substr(c.begin, 6)) : std::string::npos;
    if (trade != std::string::npos && CharCount(std::string_view(backer->name).substr(0, trade)) <= 3)
      for (auto v : kBuildVerbs)
        built_by_backer = built_by_backer || (c.begin >= v.size() && text.substr(c.begin - v.size(), v.size()) == v);
    if (!has_place && !c.introduced && !built_by_backer) continue;
    // A workshop (扶贫车间) is a kind of facility every partner has; only one named by its
    // place ("某县某镇竹编扶贫车间") is a project. Works (工程) are built in a county or a
    // township ("某县某镇污水处理工程"); a province's or city's 工程 is a programme
    // ("某省山海协作工程"), not a project.
    std::string_view written = text.substr(c.begin, c.end - c.begin);
    if (!has_place && EndsWith(written, "车间")) continue;
    // A name that ends like an institution's (某县疾病预防控制中心, 某县融媒体中心) names the
    // institution, found as an organization.
    if (!c.school && TypeFromName(written) != OrgType::kOther) continue;
    // "在某县建设的X", "某区在某县共建X": the place the clause builds in, when the name names
    // none outside the home city or only the prefecture around it.
    const size_t clause_begin = ClauseStart(text, c.begin);
    const gazetteer::PlaceMention* built_in = nullptr;
    for (const auto& m : places) {
      if (m.begin < clause_begin || m.end > c.begin || !m.resolved() || !receiving(m.code)) continue;
      if (!EndsWith(text.substr(clause_begin, m.begin - clause_begin), "在")) continue;
      built_in = &m;
      if (!partner || (m.code.size() > partner->code.size() && m.code.starts_with(partner->code))) partner = &m;
    }
    // "在某县实施的…工程": works the clause builds in a county are as local as ones named so.
    if (EndsWith(written, "工程") && !LocalPlaceIn(places, c.begin, c.end) &&
        !(built_in && built_in->code.size() >= 6 && c.introduced))
      continue;
    Project p;
    p.name = WithoutQuotes(StripSpaces(text.substr(c.begin, c.end - c.begin)));
    if (!seen->insert(p.name).second) continue;
    p.passage = pi;
    if (partner) {
      p.place = {Ref::Kind::kPlace, SeatOf(*partner), partner->surface};
    } else {
      if (const std::string& sr = ctx.passages[pi].section_recipient; !sr.empty())
        p.place = {Ref::Kind::kPlace, sr, ctx.NameOf(sr)};
    }
    // Where the clause puts it, more precisely than its name ("位于乙区的甲—乙产业园",
    // "甲—乙产业园在乙县丙镇开工", "与乙市丙区合作建设的…").
    if (const auto* site = SiteInClause(text, places, c.begin, c.end, s_end, p.place.key, receiving))
      p.place = {Ref::Kind::kPlace, site->code, site->surface};
    // An enclave park (飞地) lies on the giving side of its pair ("甲—乙山海协作飞地产业园" in
    // 乙, the developed side), and so does a showroom selling the partner's produce (展销中心):
    // where its clause sets it up ("在甲区设立…"), else the giving place its name names, else
    // the giving side.
    if (Contains(written, "飞地") && home_side && ctx.InHome(home_side->code) != ctx.receiving_side) {
      const auto* site = SiteInClause(text, places, c.begin, c.end, s_end, home_side->code, giving);
      p.place = site ? Ref{Ref::Kind::kPlace, site->code, site->surface}
                     : Ref{Ref::Kind::kPlace, home_side->code, home_side->surface};
    }
    else if (Contains(written, "展销")) {
      if (const auto* site = SiteInClause(text, places, c.begin, c.end, s_end, "", giving))
        p.place = {Ref::Kind::kPlace, site->code, site->surface};
      else if (home_side && giving(home_side->code) && home_side->code.size() >= 4)
        p.place = {Ref::Kind::kPlace, home_side->code, home_side->surface};
      else if (const std::string& side = ctx.receiving_side ? ctx.supporter_code : ctx.home_code; !side.empty())
        p.place = {Ref::Kind::kPlace, side, ctx.NameOf(side)};
    }
    if (backer) p.funders.push_back({Ref::Kind::kOrganization, backer->name, backer->surface});
    // The giving side of a pair in the name ("晴隆—北仑…产业园"); a home place in an
    // enterprise's project name only says where the enterprise comes from.
    const bool home_side_gives = home_side && (ctx.receiving_side ? home_side->code.size() >= 4 : ctx.InHome(home_side->code));
    if (home_side_gives && !backer)
      p.funders.push_back({Ref::Kind::kPlace, home_side->code, home_side->surface});
    else if (ctx.receiving_side && !ctx.supporter_code.empty() && p.funders.empty())
      p.funders.push_back({Ref::Kind::kPlace, ctx.supporter_code, ctx.NameOf(ctx.supporter_code)});
    else if (!ctx.home_code.empty() && p.funders.empty())
      p.funders.push_back({Ref::Kind::kPlace, ctx.home_code, ctx.home_name});
    p.investment_cny = Investment(text, c.begin, c.end, s_end);
    out->push_back(std::move(p));
  }
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

std::span<const std::string_view> ProjectHeadWords() { return kHeads; }

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
    const size_t body = ctx.passages[pi].body_start;
    // The places a head word may start, from the Extractor's scan of the passage (else
    // scanned here), the body's only (the order of `found` does not matter: it is sorted on
    // (begin, end) below, and no head is a suffix of another).
    static const WordStarts kHeadStarts(kHeads);
    static_assert(kHeads.size() <= 32);
    std::vector<size_t> scanned;
    const std::vector<size_t>& stops =
        ctx.passage_word_stops ? (*ctx.passage_word_stops)[pi] : (scanned = FactWordStops(text));
    for (size_t pos : stops) {
      if (pos < body) continue;
      // Only the heads that start with this character are compared (in kHeads order).
      const uint32_t candidates = kHeadStarts.At(text, pos);
      for (uint32_t rest = candidates; rest != 0; rest &= rest - 1) {
        const std::string_view head = kHeads[std::countr_zero(rest)];
        if (!words::At(text, pos, head)) continue;
        if (in_book(pos)) continue;
        // 城 is common (县城, 城乡): it heads a name only right after a place name.
        if (head == "城" && !PlaceEndsAt(places, pos)) continue;
        size_t end = pos + head.size();
        // A category counted right after ("项目5个", "项目五十二个") is no name.
        if (CountFollows(text, end)) continue;
        // "某某建筑工程有限公司", "某园区管委会", "某工程项目部": the head inside a body's name.
        if (InsideABodysName(text.substr(end, 24))) continue;
        // "某产业园管理中心": an administration, not a thing built.
        if (head == "中心" && EndsWith(text.substr(0, pos), "管理")) continue;
        // "某区中心医院": 中心 inside an institution's name.
        if (head == "中心" && std::any_of(kNounsAfterCentre.begin(), kNounsAfterCentre.end(),
                                          [&](std::string_view w) { return text.substr(end).starts_with(w); }))
          continue;
        if (CountedAfter(text, end)) continue;
        bool organization = false;
        for (auto tail : kOrganizationTails) organization = organization || text.substr(end, tail.size()) == tail;
        if (organization) continue;
        size_t start = NameStart(text, pos, 0, 24);
        // "年产3万吨高性能复合材料项目": a capacity opens the name, and makes it a specific one.
        const size_t capacity = CapacityBefore(text, start);
        const bool by_capacity = capacity != start && head == "项目";
        if (by_capacity) start = capacity;
        // "A—B…产业园": the pair belongs to the name.
        if (start > 0) {
          size_t dash = PrevChar(text, start);
          // "甲·乙东西部协作产业园": a middle dot joins a pair as a dash does.
          if (IsDash(CharAt(text, dash)) || CharAt(text, dash) == "·") {
            bool left_place = false, right_place = false;
            for (const auto& m : places) {
              if (m.end == dash) {
                start = m.begin;
                left_place = true;
              }
              right_place = right_place || m.begin == start;
            }
            // "甲乙—丙县帮扶车间": a partner on the right and, on the left, a short name the
            // gazetteer does not know (a township's name without 镇) of two to four characters.
            if (!left_place && right_place && dash > 0) {
              size_t left = NameStart(text, dash, 0, 5);
              size_t n = CharCount(text.substr(left, dash - left));
              bool han = n >= 2 && n <= 4;
              for (size_t q = left; han && q < dash; q += CharLen(text, q)) han = CharLen(text, q) == 3;
              if (han) start = left;
            }
          }
        }
        // "“某品牌”某地展销中心": a quoted brand opens the name, and makes it a proper one; a
        // place right before the brand belongs to the name ("某县“某品牌”辣椒基地").
        const size_t unquoted_start = start;
        start = QuotedLead(text, start);
        // A quoted slogan before a bare category ("“飞地”园区", "“十三五”对口支援规划项目") is no brand.
        const std::string_view after_brand = text.substr(unquoted_start, pos - unquoted_start);
        const bool branded =
            start != unquoted_start && CharCount(after_brand) >= 2 && !IsGenericModifier(after_brand);
        if (branded)
          for (const auto& m : places)
            if (m.end == start && m.resolved()) start = m.begin;
        // "甲—乙山海协作“飞地”产业园": a quoted word inside the name of a pair's park; the name
        // goes on before it up to the pair.
        if (start != unquoted_start && !branded && start > 0) {
          const size_t more = NameStart(text, start, 0, 16);
          const size_t dash = more > 0 ? PrevChar(text, more) : 0;
          if (more < start && more > 0 && IsDash(CharAt(text, dash)))
            for (const auto& m : places)
              if (m.end == dash && PlaceEndsAt(places, m.end) &&
                  std::any_of(places.begin(), places.end(), [&](const auto& r) { return r.begin == more; }))
                start = m.begin;
        }
        // "两地共建产业园": the parks of both sides in general, no name.
        if (Contains(text.substr(start, pos - start), "两地")) continue;
        bool introduced = branded || by_capacity;
        // "在某县共建X产业园": the name starts after the verb.
        for (auto v : kInnerVerbs) {
          size_t at = RFindWord(text.substr(start, pos - start), v);
          if (at != std::string_view::npos && start + at + v.size() < pos) {
            start += at + v.size();
            introduced = true;
          }
        }
        // "我县编制年度援疆项目": the chapter's own home speaking, no name.
        if (words::At(text, start, "我")) continue;
        std::string_view core = text.substr(start, pos - start);
        if (CharCount(core) < (introduced ? 3 : 2) || IsGenericModifier(core)) continue;
        // "某市重点项目", "某县民生项目": a place's projects of a kind, no name.
        size_t kind_from = start;
        for (const auto& m : places)
          if (m.begin == kind_from) kind_from = m.end;
        const std::string_view kind = text.substr(kind_from, pos - kind_from);
        if (kind_from > start && (kind == "重点" || kind == "重大" || kind == "民生" || kind == "援建" || kind == "帮扶"))
          continue;
        // "在某市文化中心演出": where something takes place is a venue, not a project.
        if (EndsWith(text.substr(0, start), "在") &&
            std::any_of(kVenueVerbs.begin(), kVenueVerbs.end(), [&](std::string_view v) { return words::At(text, end, v); }))
          continue;
        if (Contains(core, "个") || Contains(core, "、")) continue;
        if (!AcceptsHead(text, start, pos, head, places)) continue;
        if (SharedByAListOfPlaces(text, start, places)) continue;
        // "在某县某镇建设某某蔬菜供应基地": the thing built there, when its name says more than
        // its kind (a short "果蔬直供基地" or "蔬菜基地" is a kind of facility).
        if (!introduced && CharCount(core) >= 5 && BuiltThere(text, start, head == "工程")) introduced = true;
        // "某工业园区—某县": a zone paired with a partner in a list of pairs, not a project.
        if (end < text.size() && IsDash(CharAt(text, end))) {
          size_t after = end + CharLen(text, end);
          bool paired = false;
          for (const auto& m : places) paired = paired || m.begin == after;
          if (paired) continue;
        }
        for (auto w : kIntroducers)
          if (words::EndsAt(text, start, w)) introduced = true;
        // "位于乙区的某某工业园": a thing the text sets in a place is a named one.
        if (words::EndsAt(text, start, "的"))
          for (const auto& m : places)
            if (m.end + 3 == start && words::EndsAt(text, m.begin, "位于")) introduced = true;
        for (auto w : kBuiltBy)
          if (words::EndsAt(text, start, w)) introduced = true;
        // "以X为重点/依托/载体": the thing a plan centres on is a named one.
        if (EndsWith(text.substr(0, start), "以") && text.substr(end).starts_with("为") && CharCount(core) >= 3)
          introduced = true;
        // "两市农业部门共建优质粮食产销基地": what both sides build together is a kind of facility
        // unless a brand names it, or it is a park with a name of its own ("两市在乙区共建甲乙
        // 产业合作园": the two cities' syllables).
        const bool named_park = EndsWith(head, "园") && CharCount(core) >= 3 && !IsGenericModifier(core);
        if (introduced && !branded && !named_park) {
          const size_t clause = ClauseStart(text, start);
          if (ContainsAny(text.substr(clause, start - clause), {"两市", "两地", "两县", "两区", "两省", "双方"}))
            introduced = false;
        }
        found.push_back({start, end, introduced});
      }
    }
    for (const Candidate& school : AidBuiltSchools(ctx, pi)) found.push_back(school);
    EmitProjects(ctx, pi, std::move(found), &seen, out);
  }
  // Park names in table cells ("甲—乙工业园" in a column of co-built parks), after the prose
  // (which names the same parks in a sentence with more context).
  for (size_t pi = 0; pi < doc.passages.size(); ++pi)
    if (doc.passages[pi].kind == document::PassageKind::kTable)
      EmitProjects(ctx, pi, TableCellCandidates(doc.passages[pi].text), &seen, out);
  // A short form of a project named in full elsewhere ("茶叶加工中心" after "某县茶叶精深加工中心":
  // its characters in order, same head, no place of its own) is that project again.
  auto short_form_of = [](const std::string& part, const std::string& whole) {
    if (part.size() >= whole.size() || CharCount(part) < 2) return false;
    const std::string_view head = std::string_view(part).substr(PrevChar(part, PrevChar(part, part.size())));
    if (!EndsWith(whole, head)) return false;
    size_t at = 0;
    for (size_t i = 0; i < part.size(); i += CharLen(part, i)) {
      at = whole.find(CharAt(part, i), at);
      if (at == std::string::npos) return false;
      at += CharLen(part, i);
    }
    return true;
  };
  std::vector<Project> kept;
  for (const Project& p : *out) {
    bool repeat = false;
    for (const Project& q : *out) repeat = repeat || short_form_of(p.name, q.name);
    if (repeat) {
      gazetteer::ResolveContext rc;
      rc.home_code = ctx.home_code;
      repeat = ctx.matcher->FindAll(p.name, rc).empty();
    }
    if (!repeat) kept.push_back(p);
  }
  *out = std::move(kept);
}

}  // namespace duikou::extract::internal
