#include "recognize/organization_recognizer.h"

#include <algorithm>
#include <unordered_map>

#include "recognize/agent_scan.h"
#include "recognize/name_boundary.h"
#include "recognize/number_parser.h"
#include "recognize/utf8.h"
#include "recognize/word_set.h"

namespace duikou::recognize {
namespace {

using internal::StopReason;

enum Flags : unsigned {
  kNone = 0,
  kStandalone = 1,   // a complete name by itself: 市委, 县政府 (an abbreviation of the home's)
  kNeedsAdmin = 2,   // the name must show its level or place: "市教育局", not "新格局"
  kKeepsInner = 4,   // named after its founder: the founder inside is reported too (某公司助学基金)
  kNeedsProvince = 8,  // a provincial department: "某省商务厅", not "报告厅"
  kNumbered = 16,    // a school by number: "某县四中" (an admin level, a numeral, 中)
  kTeam = 32,        // a working team named for its task: "某区对口帮扶某市工作队"
};

struct Suffix {
  std::string_view word;
  OrgKind kind;
  unsigned flags = kNone;
  std::string_view bad_next = {};  // characters that, right after the suffix, show it is no name end
  std::string_view bad_prev = {};  // characters that, right before a one-character suffix, make a word
};

constexpr OrgKind kGov = OrgKind::kGovernmentBody;
constexpr OrgKind kEnt = OrgKind::kEnterprise;
constexpr OrgKind kIns = OrgKind::kInstitution;
constexpr OrgKind kSoc = OrgKind::kSocialGroup;

// Suffixes by kind. Where two end at the same place the longest wins (股份有限公司 over 公司).
constexpr Suffix kSuffixes[] = {
    // Enterprises: legal forms.
    {"股份有限公司", kEnt}, {"有限责任公司", kEnt}, {"有限公司", kEnt}, {"分公司", kEnt}, {"公司", kEnt, kNone, "化"},
    {"控股集团", kEnt}, {"集团", kEnt, kNone, "化军"}, {"农村商业银行", kEnt}, {"农商银行", kEnt},
    {"商业银行", kEnt}, {"银行", kEnt, kNone, "卡"}, {"分行", kEnt}, {"支行", kEnt}, {"信用联社", kEnt}, {"信用社", kEnt}, {"合作社", kEnt},
    {"事务所", kEnt}, {"酒店", kEnt}, {"宾馆", kEnt},
    // Government bodies.
    {"国务院", kGov, kStandalone}, {"人民政府", kGov}, {"市政府", kGov, kStandalone}, {"县政府", kGov, kStandalone},
    {"区政府", kGov, kStandalone}, {"省政府", kGov, kStandalone}, {"州政府", kGov, kStandalone},
    {"政府", kGov, kNeedsAdmin, "性"}, {"人大常委会", kGov}, {"常委会", kGov, kNeedsAdmin}, {"政协", kGov, kNeedsAdmin, "委"},
    {"管理委员会", kGov}, {"委员会", kGov, kNeedsAdmin}, {"管委会", kGov}, {"党工委", kGov}, {"党委", kGov, kNeedsAdmin, "书"},
    {"纪委", kGov, kNeedsAdmin}, {"监委", kGov, kNeedsAdmin}, {"政法委", kGov, kNeedsAdmin}, {"发改委", kGov},
    {"卫健委", kGov}, {"卫生健康委", kGov}, {"发展改革委", kGov}, {"国资委", kGov}, {"经信委", kGov}, {"教委", kGov, kNeedsAdmin}, {"科委", kGov, kNeedsAdmin},
    // 工行委 writes two bodies (工委、行委) as one word: not taken as either.
    {"农委", kGov, kNeedsAdmin}, {"民宗委", kGov}, {"农业农村委", kGov}, {"工信委", kGov}, {"住建委", kGov},
    {"商务委", kGov, kNeedsAdmin}, {"民委", kGov, kNeedsAdmin}, {"侨委", kGov, kNeedsAdmin}, {"行委", kGov, kNone, "", "工"},
    {"市委", kGov, kStandalone, "员"}, {"县委", kGov, kStandalone, "员"}, {"区委", kGov, kStandalone, "员"},
    {"省委", kGov, kStandalone, "员"}, {"州委", kGov, kStandalone, "员"}, {"盟委", kGov, kStandalone, "员"},
    {"旗委", kGov, kStandalone, "员"}, {"办公室", kGov, kNeedsAdmin}, {"办公厅", kGov, kNeedsAdmin},
    {"办事处", kGov, kNeedsAdmin}, {"行政公署", kGov}, {"联络处", kGov, kNeedsAdmin}, {"村委会", kGov}, {"居委会", kGov}, {"供销社", kGov}, {"供销合作社", kGov}, {"供销合作总社", kGov}, {"对口办", kGov}, {"扶贫办", kGov}, {"协作办", kGov}, {"合作办", kGov}, {"合作交流办", kGov},
    {"援疆办", kGov}, {"援藏办", kGov}, {"援青办", kGov}, {"外办", kGov, kNeedsAdmin}, {"侨办", kGov, kNeedsAdmin},
    {"台办", kGov, kNeedsAdmin}, {"金融办", kGov, kNeedsAdmin}, {"编办", kGov, kNeedsAdmin},
    {"信访办", kGov, kNeedsAdmin}, {"办", kGov, kNeedsAdmin, "法理公事学", "主承协举创开兴督代帮包申合联试筹操照查交领自民公严快好难怎必"},
    {"领导小组", kGov, kNeedsAdmin}, {"工作组", kGov, kNeedsAdmin | kTeam, "员"}, {"工作队", kGov, kNeedsAdmin | kTeam, "员"},
    {"工作专班", kGov, kNeedsAdmin}, {"工作站", kGov, kNeedsAdmin}, {"指挥部", kGov, kNeedsAdmin | kTeam}, {"组织部", kGov, kNeedsAdmin, "门"},
    {"宣传部", kGov, kNeedsAdmin, "门"}, {"统战部", kGov, kNeedsAdmin, "门"}, {"武装部", kGov, kNeedsAdmin},
    {"局", kGov, kNeedsAdmin, "面势部限长", "格布开大全结时变破棋饭赌骗当新总"},
    {"厅", kGov, kNeedsProvince, "长", "展客餐大门舞歌球会告"}, {"法院", kGov, kNeedsAdmin}, {"检察院", kGov, kNeedsAdmin},
    {"派出所", kGov, kNeedsAdmin},
    // Institutions.
    {"大学", kIns, kNone, "生堂"}, {"学院", kIns, kNone, "派"}, {"中学", kIns, kNone, "生"}, {"中", kIns, kNumbered, "学心国文央型小级间等部"},
    {"小学", kIns, kNone, "生"}, {"学校", kIns, kNone, "舍"}, {"中心校", kIns}, {"幼儿园", kIns}, {"党校", kIns}, {"医院", kIns},
    {"中医院", kIns}, {"卫生院", kIns}, {"保健院", kIns}, {"疾病预防控制中心", kIns}, {"疾控中心", kIns},
    {"卫生服务中心", kIns}, {"研究院", kIns}, {"设计院", kIns}, {"研究所", kIns}, {"研究中心", kIns},
    {"科学院", kIns}, {"博物馆", kIns}, {"文化馆", kIns}, {"图书馆", kIns}, {"纪念馆", kIns},
    {"美术馆", kIns}, {"档案馆", kIns}, {"科技馆", kIns}, {"剧院", kIns}, {"电视台", kIns},
    {"融媒体中心", kIns}, {"报社", kIns}, {"出版社", kIns}, {"学系", kIns}, {"福利院", kIns},
    {"敬老院", kIns}, {"养老院", kIns},
    // Social groups.
    {"商会", kSoc}, {"慈善会", kSoc}, {"基金会", kSoc, kKeepsInner}, {"基金", kSoc, kKeepsInner, "会"}, {"艺术团", kSoc}, {"文艺团", kSoc},
    {"歌舞团", kSoc}, {"剧团", kSoc}, {"合唱团", kSoc}, {"协会", kSoc}, {"联合会", kSoc}, {"总会", kSoc}, {"红十字会", kSoc},
    {"学会", kSoc}, {"研究会", kSoc}, {"促进会", kSoc}, {"文联", kSoc}, {"工商联", kSoc}, {"侨联", kSoc},
    {"妇联", kSoc}, {"科协", kSoc}, {"残联", kSoc}, {"总工会", kSoc}, {"工会", kSoc, kNeedsAdmin}, {"社科联", kSoc}, {"团委", kSoc, kNeedsAdmin},
    {"党支部", kSoc}, {"支部", kSoc}, {"总支", kSoc}, {"俱乐部", kSoc}, {"服务队", kSoc},
};

// Suffixes grouped by their last character, longest first.
const std::unordered_map<char32_t, std::vector<const Suffix*>>& SuffixesByLastChar() {
  static const auto* table = [] {
    auto* t = new std::unordered_map<char32_t, std::vector<const Suffix*>>();
    for (const Suffix& s : kSuffixes) {
      size_t len = 0;
      char32_t last = utf8::DecodeBefore(s.word, s.word.size(), &len);
      (*t)[last].push_back(&s);
    }
    for (auto& [c, list] : *t) {
      std::stable_sort(list.begin(), list.end(),
                       [](const Suffix* a, const Suffix* b) { return a->word.size() > b->word.size(); });
    }
    return t;
  }();
  return *table;
}

bool ContainsChar(std::string_view set, char32_t c) {
  for (size_t i = 0; i < set.size();) {
    size_t len = 0;
    if (utf8::Decode(set, i, &len) == c) return true;
    i += len;
  }
  return false;
}

bool HasAdminMarker(std::string_view text, size_t begin, size_t end, const std::vector<Span>& places) {
  for (const Span& p : places) {
    if (p.begin >= begin && p.end <= end) return true;
  }
  if (utf8::At(text, begin, "中共") || utf8::At(text, begin, "中国") || utf8::At(text, begin, "国家") ||
      utf8::At(text, begin, "中央") || utf8::At(text, begin, "国务院")) {
    return true;
  }
  for (size_t i = begin; i < end;) {
    size_t len = 0;
    if (internal::IsAdminChar(utf8::Decode(text, i, &len))) return true;
    i += len;
  }
  return false;
}

// "一个卫生院", "两家医院": a Chinese numeral and a measure word before the name count things.
bool StartsWithCount(std::string_view text, size_t begin, size_t end) {
  NumberMatch m;
  if (!ParseNumberAt(text, begin, &m) || !m.chinese || m.span.end >= end) return false;
  return ContainsChar("个家所名位批支座间", utf8::Next(text, m.span.end));
}

// If [?, end) is the whole content of a quotation (“…” 《…》 「…」) that starts at most
// kMaxQuotedNameChars before `suffix_begin`, the content's start; else npos.
size_t QuotedNameStart(std::string_view text, size_t suffix_begin, size_t end, size_t floor) {
  constexpr int kMaxQuotedNameChars = 30;
  char32_t close = utf8::Next(text, end);
  if (close != U'”' && close != U'》' && close != U'」') return std::string_view::npos;
  size_t p = suffix_begin;
  for (int n = 0; n < kMaxQuotedNameChars && p > floor; ++n) {
    size_t len = 0;
    char32_t c = utf8::DecodeBefore(text, p, &len);
    if (c == U'“' || c == U'《' || c == U'「') return p < suffix_begin ? p : std::string_view::npos;
    if (utf8::IsBreak(c) && c != '(' && c != ')') return std::string_view::npos;
    p -= len;
  }
  return std::string_view::npos;
}

// `s` without the marks “ and ”.
std::string WithoutQuoteMarks(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size();) {
    size_t len = 0;
    char32_t c = utf8::Decode(s, i, &len);
    if (c != U'“' && c != U'”') out.append(s.substr(i, len));
    i += len;
  }
  return out;
}

// Words that begin with a level character without being an abbreviation: 市场监管局 is no
// 市-abbreviation of "某市场监管局".
bool StartsWithLevelWord(std::string_view text, size_t pos) {
  static const internal::WordSet* words = new internal::WordSet({"市场", "市民", "市级", "市属", "市区", "市政",
                                                                 "县域", "县级", "县属", "区域", "区级", "省级",
                                                                 "省属", "州级", "乡村", "乡镇", "镇村"});
  return !words->LongestAt(text, pos).empty();
}

// "某县四中": the character before 中 is a numeral and the one before that an admin level.
bool IsNumberedSchool(std::string_view text, size_t suffix_begin) {
  size_t len = 0;
  if (suffix_begin == 0) return false;
  char32_t numeral = utf8::DecodeBefore(text, suffix_begin, &len);
  if (!IsChineseNumeral(numeral) || suffix_begin <= len) return false;
  return internal::IsAdminChar(utf8::Prev(text, suffix_begin - len));
}

// 办 ends a name (扶贫办) but also starts words: 办学, 办公, 办事, 办理, 办法, 办班.
bool ContinuesAfterBan(const Suffix& suffix, std::string_view text, size_t end) {
  static constexpr std::string_view kBan = "办";
  if (suffix.word.size() < kBan.size() || suffix.word.substr(suffix.word.size() - kBan.size()) != kBan) return false;
  return ContainsChar("学公事理法班", utf8::Next(text, end));
}

// A kind of place rather than a place: "建设乡村学校" names no school. True when [begin, end)
// ends in such a word and names no administrative level.
bool EndsInKindOfPlace(std::string_view text, size_t begin, size_t end) {
  static const internal::WordSet* kinds =
      new internal::WordSet({"乡村", "农村", "山区", "边远", "偏远", "城区", "社区", "村级", "基层"});
  std::string_view w = kinds->LongestEndingAt(text, end);
  if (w.empty() || end - w.size() < begin) return false;
  for (size_t q = begin; q < end - w.size();) {
    size_t len = 0;
    if (internal::IsAdminChar(utf8::Decode(text, q, &len))) return false;
    q += len;
  }
  return true;
}

// "甲市各医院", "乙县山区学校", "丙市学校": a place and then only words of plurality or of a
// kind of area before the suffix, or a bare 学校 right after the place — the place's bodies of
// that kind, not one of them. `place_end` is where the place opening the name ends.
bool PlacesBodiesOfAKind(std::string_view text, size_t place_end, size_t suffix_begin, std::string_view suffix) {
  static const internal::WordSet* plural = new internal::WordSet(
      {"各", "各级", "各类", "所有", "部分", "相关", "有关", "其他", "山区", "乡村", "农村", "边远", "偏远", "基层",
       "乡镇", "村级", "结对"});
  if (place_end == suffix_begin) return suffix == "学校";
  for (size_t p = place_end; p < suffix_begin;) {
    std::string_view w = plural->LongestAt(text.substr(0, suffix_begin), p);
    if (w.empty()) return false;
    p += w.size();
  }
  return true;
}

// "设立教育奖励基金": a fund named by its purpose alone (no founder, brand or place) is money set
// aside, not a body.
bool FundNamedByPurposeOnly(std::string_view text, size_t begin, size_t suffix_begin) {
  static const internal::WordSet* purposes = new internal::WordSet(
      {"教育", "奖励", "奖学", "助学", "扶贫", "发展", "关爱", "帮扶", "慈善", "救助", "专项", "产业", "引导", "创业",
       "就业", "医疗", "爱心", "公益", "乡村振兴", "振兴", "互助", "风险", "补偿", "奖教"});
  if (begin >= suffix_begin) return true;
  for (size_t p = begin; p < suffix_begin;) {
    std::string_view w = purposes->LongestAt(text.substr(0, suffix_begin), p);
    if (w.empty()) return false;
    p += w.size();
  }
  return true;
}

// Where the place that opens a name ends: the first administrative level character within the
// first few characters ("甲市" of 甲市人力资源和社会保障局), or npos.
size_t LeadingPlaceEnd(std::string_view name) {
  constexpr int kMaxPlaceChars = 7;
  size_t p = 0;
  for (int n = 0; n < kMaxPlaceChars && p < name.size(); ++n) {
    size_t len = 0;
    char32_t c = utf8::Decode(name, p, &len);
    p += len;
    if (n > 0 && internal::IsAdminChar(c) && c != U'乡' && c != U'镇') return p;
  }
  return std::string_view::npos;
}

// "甲市、乙市人力资源和社会保障局": places listed before a name that opens with a place of the
// same level share the rest of the name. Returns the places' spans, nearest first.
std::vector<Span> SharedSuffixPlaces(std::string_view text, size_t name_begin, std::string_view name,
                                     const std::vector<Span>& places) {
  std::vector<Span> out;
  constexpr std::string_view kComma = "、";
  if (!utf8::EndsAt(text, name_begin, kComma)) return out;  // no list before the name (the usual case)
  const size_t place_end = LeadingPlaceEnd(name);
  if (place_end == std::string_view::npos || place_end == name.size()) return out;
  size_t level_len = 0;
  const char32_t level = utf8::DecodeBefore(name, place_end, &level_len);
  size_t pos = name_begin;
  while (utf8::EndsAt(text, pos, kComma)) {
    const size_t end = pos - kComma.size();
    size_t len = 0;
    if (end == 0 || utf8::DecodeBefore(text, end, &len) != level) break;
    // The place starts where a name would: after a break, a list separator or a conjunction.
    internal::StopReason why;
    const size_t begin = internal::NameStart(text, end, 0, 8, places, &why);
    size_t chars = 0;
    for (size_t q = begin; q < end; ++chars) {
      size_t l = 0;
      if (!utf8::IsHan(utf8::Decode(text, q, &l))) chars = 99;
      q += l;
    }
    if (why == internal::StopReason::kLimit || why == internal::StopReason::kQuantity || chars < 2 || chars > 8) break;
    out.push_back({begin, end});
    pos = begin;
  }
  return out;
}

// A working team's name says whom it helps: "某区对口帮扶某市工作队". When the name stops at
// such a verb with a place before it, the verb and that place belong to the name too.
size_t TeamNameStart(std::string_view text, size_t start, size_t floor, const std::vector<Span>& places) {
  static const internal::WordSet* verbs = new internal::WordSet({"对口帮扶", "对口支援", "帮扶", "支援", "结对帮扶"});
  std::string_view verb = verbs->LongestEndingAt(text, start);
  if (verb.empty() || start - verb.size() <= floor) return start;
  const size_t verb_begin = start - verb.size();
  if (!internal::IsAdminChar(utf8::Prev(text, verb_begin))) return start;
  internal::StopReason why;
  size_t outer = internal::NameStart(text, verb_begin, floor, 10, places, &why);
  if (why == internal::StopReason::kLimit || why == internal::StopReason::kQuantity || outer == verb_begin) return start;
  return outer;
}

struct Candidate {
  OrganizationMention mention;
  const Suffix* suffix = nullptr;
};

std::string HomeExpansion(std::string_view surface, const OrganizationContext& ctx) {
  for (const auto& [level, name] : ctx.home) {
    if (utf8::At(surface, 0, level)) return name + std::string(surface.substr(level.size()));
  }
  return std::string(surface);
}

}  // namespace

const char* OrgKindName(OrgKind kind) {
  switch (kind) {
    case OrgKind::kGovernmentBody: return "GovernmentBody";
    case OrgKind::kEnterprise: return "Enterprise";
    case OrgKind::kInstitution: return "Institution";
    case OrgKind::kSocialGroup: return "SocialGroup";
  }
  return "GovernmentBody";
}

bool KindFromSuffix(std::string_view name, OrgKind* kind) {
  if (name.empty()) return false;
  size_t len = 0;
  auto it = SuffixesByLastChar().find(utf8::DecodeBefore(name, name.size(), &len));
  if (it == SuffixesByLastChar().end()) return false;
  for (const Suffix* s : it->second) {  // longest first
    if (s->word.size() < name.size() && utf8::EndsAt(name, name.size(), s->word) && !(s->flags & kNumbered)) {
      *kind = s->kind;
      return true;
    }
  }
  return false;
}

std::string ExpandAbbreviation(std::string_view name) {
  // Abbreviations fixed by the naming rules of Chinese government bodies and people's
  // organizations; the left side is always the tail of the name.
  static constexpr std::pair<std::string_view, std::string_view> kExpansions[] = {
      {"发改委", "发展和改革委员会"}, {"发改局", "发展和改革局"}, {"卫健委", "卫生健康委员会"},
      {"卫健局", "卫生健康局"}, {"卫生健康委", "卫生健康委员会"}, {"发展改革委", "发展和改革委员会"},
      {"国资委", "国有资产监督管理委员会"}, {"经信委", "经济和信息化委员会"}, {"经信局", "经济和信息化局"},
      {"人社局", "人力资源和社会保障局"}, {"住建局", "住房和城乡建设局"}, {"文联", "文学艺术界联合会"},
      {"工商联", "工商业联合会"}, {"侨联", "归国华侨联合会"}, {"妇联", "妇女联合会"}, {"科协", "科学技术协会"},
      {"残联", "残疾人联合会"}, {"社科联", "社会科学界联合会"}, {"管委会", "管理委员会"}, {"外办", "外事办公室"},
      {"侨办", "侨务办公室"}, {"台办", "台湾事务办公室"}, {"纪委", "纪律检查委员会"}, {"政法委", "政法委员会"},
  };
  static const auto* abbreviations = [] {
    std::vector<std::string_view> words;
    for (const auto& [abbr, full] : kExpansions) words.push_back(abbr);
    return new internal::WordSet(words);
  }();
  std::string_view abbr = abbreviations->LongestEndingAt(name, name.size());
  if (abbr.empty() || abbr.size() == name.size()) return std::string(name);
  for (const auto& [a, full] : kExpansions) {
    if (a == abbr) return std::string(name.substr(0, name.size() - abbr.size())) + std::string(full);
  }
  return std::string(name);
}

std::vector<OrganizationMention> FindOrganizations(std::string_view text, const OrganizationContext& context) {
  return internal::FindOrganizationsAt(text, context, utf8::PositionsIn(text, internal::OrganizationSuffixEnds()));
}

const utf8::CharSet& internal::OrganizationSuffixEnds() {
  static const utf8::CharSet* last_chars = [] {
    auto* set = new utf8::CharSet();
    for (const auto& [c, list] : SuffixesByLastChar()) set->Add(c);
    return set;
  }();
  return *last_chars;
}

std::vector<OrganizationMention> internal::FindOrganizationsAt(std::string_view text,
                                                               const OrganizationContext& context,
                                                               const std::vector<size_t>& suffix_ends) {
  constexpr size_t kMaxNameChars = 14;  // characters before the suffix
  const auto& table = SuffixesByLastChar();
  const utf8::CharSet& ends = OrganizationSuffixEnds();
  std::vector<Candidate> found;
  found.reserve(suffix_ends.size());
  for (const size_t at : suffix_ends) {  // no suffix ends in ASCII
    size_t len = 0;
    char32_t c = utf8::Decode(text, at, &len);
    const size_t i = at + len;
    if (!ends.Has(c)) continue;
    auto it = table.find(c);
    if (it == table.end()) continue;
    const size_t end = i;
    const Suffix* suffix = nullptr;
    for (const Suffix* s : it->second) {
      if (utf8::EndsAt(text, end, s->word)) {
        suffix = s;
        break;
      }
    }
    if (suffix == nullptr) continue;
    const size_t suffix_begin = end - suffix->word.size();
    if (!suffix->bad_next.empty() && ContainsChar(suffix->bad_next, utf8::Next(text, end))) continue;
    if (!suffix->bad_prev.empty() && ContainsChar(suffix->bad_prev, utf8::Prev(text, suffix_begin))) continue;
    if (ContinuesAfterBan(*suffix, text, end)) continue;
    if ((suffix->flags & kNumbered) && !IsNumberedSchool(text, suffix_begin)) continue;
    // A name right after another one starts anew at a level character: 县委|县政府.
    size_t floor = 0;
    if (!found.empty()) {
      const Span& prev = found.back().mention.span;
      if (prev.end <= suffix_begin && internal::IsAdminChar(utf8::Next(text, prev.end))) floor = prev.end;
    }
    StopReason why;
    size_t start = internal::NameStart(text, suffix_begin, floor, kMaxNameChars, context.places, &why);
    if (why == StopReason::kQuantity) continue;
    if (suffix->flags & kNumbered) {
      // "建设某县四中": the school's name is the place before its number.
      size_t numeral_begin = utf8::BackChars(text, suffix_begin, 1);
      for (const Span& p : context.places)
        if (p.end == numeral_begin && p.begin >= start) start = p.begin;
    }
    // A team, or a body whose remit is the task ("某市对口帮扶工作领导小组办公室"), keeps the
    // verb of its task and the place before it.
    if (why == StopReason::kWord && ((suffix->flags & kTeam) || utf8::At(text, start, "工作")))
      start = TeamNameStart(text, start, floor, context.places);
    // A quoted name is taken whole: “某某股份有限公司某某助学关爱基金”.
    if (size_t quoted = QuotedNameStart(text, suffix_begin, end, floor); quoted != std::string_view::npos) {
      start = quoted;
      why = StopReason::kBreak;
    }
    // "某县“某某之声”文艺团": a place, a quoted name and the kind make one body.
    bool quoted_brand = false;
    if (suffix_begin > floor + 3 && utf8::Prev(text, suffix_begin) == U'”') {
      if (size_t open = QuotedNameStart(text, suffix_begin - 3, suffix_begin - 3, floor); open != std::string_view::npos)
        for (const Span& p : context.places)
          if (p.end + 3 == open && p.begin >= floor) {
            start = p.begin;
            why = StopReason::kBreak;
            quoted_brand = true;
          }
    }
    if (why == StopReason::kLimit) {
      // Too long to trust; cut at the last place name if there is one.
      size_t cut = std::string_view::npos;
      for (const Span& p : context.places) {
        if (p.begin >= start && p.end <= suffix_begin) cut = p.begin;
      }
      if (cut == std::string_view::npos) continue;
      start = cut;
    }
    start = internal::StripGenericLead(text, start, suffix_begin);
    // "某某银行股份有限公司某地分行": a branch is named after its company, which opens its name
    // (the company alone is then nested in it and dropped).
    if (suffix->kind == kEnt && (suffix->word == "分公司" || suffix->word == "分行" || suffix->word == "支行") &&
        !found.empty() && found.back().mention.span.end == start && found.back().mention.kind == kEnt)
      start = found.back().mention.span.begin;
    if (StartsWithCount(text, start, suffix_begin)) continue;
    const bool standalone = (suffix->flags & kStandalone) != 0;
    if (!standalone && internal::IsGenericOnly(text, start, suffix_begin)) continue;
    if (!standalone && EndsInKindOfPlace(text, start, suffix_begin)) continue;
    bool bodies_of_a_kind = false;
    for (const Span& p : context.places)
      if (p.begin == start && p.end <= suffix_begin)
        bodies_of_a_kind = bodies_of_a_kind || PlacesBodiesOfAKind(text, p.end, suffix_begin, suffix->word) ||
                           StartsWithCount(text, p.end, suffix_begin);  // "某区一所小学": one of them
    if (bodies_of_a_kind) continue;
    if (suffix->word == "基金" && FundNamedByPurposeOnly(text, start, suffix_begin)) continue;
    if ((suffix->flags & kNeedsAdmin) && !HasAdminMarker(text, start, suffix_begin, context.places)) continue;
    if ((suffix->flags & kNeedsProvince) &&
        !words::Contains(text.substr(start, suffix_begin - start), "省") &&
        !words::Contains(text.substr(start, suffix_begin - start), "自治区")) {
      continue;
    }
    Candidate cand;
    cand.suffix = suffix;
    OrganizationMention& m = cand.mention;
    m.span = {start, end};
    m.surface = std::string(text.substr(start, end - start));
    m.name = m.surface;
    if (quoted_brand) m.name = WithoutQuoteMarks(m.surface);
    m.kind = suffix->kind;
    m.suffix = std::string(suffix->word);
    char32_t first = utf8::Next(text, start);
    bool place_first = false;
    for (const Span& p : context.places) {
      if (p.begin == start) place_first = true;
    }
    m.abbreviated = !place_first && (first == U'市' || first == U'县' || first == U'区' || first == U'省' ||
                                     first == U'州' || first == U'镇' || first == U'乡') &&
                    ((standalone && start == suffix_begin) || !StartsWithLevelWord(text, start));
    if (m.abbreviated && floor == start && !found.empty()) {
      // 某县委县政府: the second body belongs to the first one's place.
      const std::string& prev = found.back().mention.surface;
      std::string level(text.substr(start, utf8::Next(text, start) < 0x10000 ? 3 : 4));  // the level character
      size_t at = prev.find(level);
      m.name = at == std::string::npos ? m.surface : prev.substr(0, at) + m.surface;
    } else if (m.abbreviated) {
      m.name = HomeExpansion(m.surface, context);
    }
    // The type abbreviation is expanded only once the place is known (宁波市发改委), never on
    // a bare 市发改委 whose city is unknown.
    m.full_name = !m.abbreviated || m.name != m.surface ? ExpandAbbreviation(m.name) : m.name;
    found.push_back(std::move(cand));
  }
  // Drop names nested in a longer one (集团 inside 集团有限公司), except founders inside funds.
  // Sorted by begin, longest first, a name is nested when an earlier one reaches as far.
  // (The order is sorted by index: the candidates and their strings stay where they are.)
  std::vector<uint32_t> order(found.size());
  for (uint32_t k = 0; k < order.size(); ++k) order[k] = k;
  // (Equal spans keep their order by index: a stable sort, without its buffer.)
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
    const Span& x = found[a].mention.span;
    const Span& y = found[b].mention.span;
    if (x.begin != y.begin) return x.begin < y.begin;
    if (x.end != y.end) return x.end > y.end;
    return a < b;
  });
  std::vector<OrganizationMention> out;
  out.reserve(found.size());
  const Candidate* reach = nullptr;  // the earlier candidate that reaches furthest
  for (uint32_t k : order) {
    Candidate& cand = found[k];
    const Span s = cand.mention.span;
    bool nested = reach != nullptr && reach->mention.span.end >= s.end &&
                  !(reach->mention.span.begin == s.begin && reach->mention.span.end == s.end) &&
                  !(reach->suffix->flags & kKeepsInner);
    if (reach == nullptr || s.end > reach->mention.span.end) reach = &cand;
    if (nested) continue;
    // The bodies a shared suffix names too, in text order, before the written one.
    std::vector<Span> shared = SharedSuffixPlaces(text, s.begin, cand.mention.name, context.places);
    for (auto it = shared.rbegin(); it != shared.rend(); ++it) {
      OrganizationMention sibling = cand.mention;
      const std::string& name = cand.mention.name;
      std::string place(text.substr(it->begin, it->end - it->begin));
      sibling.span = *it;
      sibling.surface = place;
      sibling.name = place + name.substr(LeadingPlaceEnd(name));
      sibling.full_name = ExpandAbbreviation(sibling.name);
      sibling.abbreviated = false;
      out.push_back(std::move(sibling));
    }
    out.push_back(std::move(cand.mention));  // its span and suffix, which `reach` reads, stay
  }
  return out;
}

}  // namespace duikou::recognize
