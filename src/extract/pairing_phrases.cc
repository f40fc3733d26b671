#include "extract/pairing_phrases.h"

#include <algorithm>
#include <array>

#include "extract/text_util.h"
#include "recognize/number_parser.h"

namespace duikou::extract::internal {

namespace {

using gazetteer::PlaceMention;

constexpr size_t kMaxUnitNameChars = 16;
constexpr size_t kMaxPredicateChars = 6;  // "甲市全面完成|与…": a short predicate between

// Adverbs that may stand between a subject and its verb (甲市继续对口支援…, 甲市在继续帮扶
// 乙县…的同时, 新增结对帮扶丙县).
constexpr std::array<std::string_view, 22> kAdverbs = {"继续", "全面", "深入", "持续", "重点", "主要", "同时",
                                                       "积极", "先后", "长期", "正式", "新增", "另外", "还",
                                                       "也",   "并",   "已",   "均",   "在",   "协同", "共同",
                                                       "联合"};

// Where a count of the units just listed starts when it ends at `pos` ("甲市、乙市、丙县3个县(市)|
// 分别与…", "…等4个区|"), else npos: the count restates the list, it names no unit of its own.
size_t CountOfUnitsBefore(std::string_view text, size_t pos, size_t floor) {
  static constexpr std::string_view kUnitChars[] = {"县", "市", "区", "旗", "(", ")", "、"};
  size_t p = pos;
  for (bool more = true; more && p > floor;) {
    more = false;
    for (std::string_view c : kUnitChars)
      if (p >= floor + c.size() && text.compare(p - c.size(), c.size(), c) == 0) {
        p -= c.size();
        more = true;
        break;
      }
  }
  if (p == pos || p < floor + 3 || text.compare(p - 3, 3, "个") != 0) return std::string_view::npos;
  p -= 3;
  const size_t number_end = p;
  while (p > floor && ((text[p - 1] >= '0' && text[p - 1] <= '9') ||
                       (PrevChar(text, p) >= floor && recognize::IsChineseNumeral(CodePoint(CharAt(text, PrevChar(text, p)))))))
    p = PrevChar(text, p);
  if (p == number_end) return std::string_view::npos;
  if (p >= floor + 3 && text.compare(p - 3, 3, "等") == 0) p -= 3;
  return p;
}

// The words that open an organization's name right after a place (乙市人民医院,
// 乙市委, 乙市工作队): the place is then part of the organization, not a partner.
constexpr std::array<std::string_view, 27> kOrgHeads = {
    "人民医院", "医院", "中学", "小学", "学校", "大学", "学院", "职业", "民族中学", "高级中学",
    "工作队",   "工作组", "指挥部", "人民政府", "政府", "委", "人大", "政协", "人力资源", "发展和改革",
    "发改",     "慈善", "红十字", "商会", "协会", "公司", "集团"};

// Last characters of an organization's name (…第十中学, …保障局, …工作队, …人民医院).
bool EndsLikeOrganization(std::string_view s) {
  static const std::array<std::string_view, 14> kTails = {"学", "院", "局", "委", "队", "部", "司",
                                                          "会", "馆", "所", "办", "厂", "站", "中心"};
  for (std::string_view t : kTails)
    if (EndsWith(s, t)) return true;
  return false;
}

bool IsChineseNumeral(std::string_view ch) {
  static const std::string_view kNumerals = "一二三四五六七八九十";
  return ch.size() == 3 && kNumerals.find(ch) != std::string_view::npos && kNumerals.find(ch) % 3 == 0;
}

// A short run of Han characters ending like a county or district (乙县, 丙县): a division
// name the text scan leaves alone when it stands by itself.
bool LooksLikeDivisionName(std::string_view item) {
  size_t chars = CharCount(item);
  if (chars < 2 || chars > 6) return false;
  for (size_t i = 0; i < item.size(); i += CharLen(item, i))
    if (CharLen(item, i) != 3 || IsPunct(CharAt(item, i))) return false;
  for (std::string_view suffix : {"县", "区", "市", "旗", "州", "盟"})
    if (EndsWith(item, suffix)) return true;
  return false;
}

// End of a division-like name (LooksLikeDivisionName) starting at `pos`: the whole item, its
// part before a joint 和/及 ("乙县和丙县", names the scan leaves alone when they are as short
// as 乙县), or a two-character county that opens it; npos when there is none.
size_t DivisionNameEnd(std::string_view text, size_t pos, size_t item_end) {
  for (size_t p = pos; p < item_end; p += CharLen(text, p)) {
    std::string_view ch = CharAt(text, p);
    if ((ch == "和" || ch == "及") && LooksLikeDivisionName(StripSpaces(text.substr(pos, p - pos)))) return p;
  }
  if (LooksLikeDivisionName(StripSpaces(text.substr(pos, item_end - pos)))) return item_end;
  // A one-character county opening the item ("与乙县开展…"): the caller checks it names one.
  size_t second = pos + CharLen(text, pos);
  if (second < item_end && CharLen(text, pos) == 3 && text.compare(second, 3, "县") == 0 && !IsPunct(CharAt(text, pos)))
    return second + 3;
  return std::string_view::npos;
}

// A character that ends a list item: clause and sentence marks, the enumeration comma,
// brackets, quotes.
bool EndsItem(std::string_view ch) { return IsClauseBreak(ch) || ch == "、" || (IsPunct(ch) && ch != "—"); }

// The mention starting at `pos` (places are in text order), or null.
const PlaceMention* MentionAt(const std::vector<PlaceMention>& places, size_t pos) {
  auto it = std::lower_bound(places.begin(), places.end(), pos,
                             [](const PlaceMention& m, size_t p) { return m.begin < p; });
  return it != places.end() && it->begin == pos ? &*it : nullptr;
}

// The mention ending at `pos`, or null.
const PlaceMention* MentionEndingAt(const std::vector<PlaceMention>& places, size_t pos) {
  auto it = std::lower_bound(places.begin(), places.end(), pos,
                             [](const PlaceMention& m, size_t p) { return m.begin < p; });
  while (it != places.begin()) {
    --it;
    if (it->end == pos) return &*it;
    if (it->end < pos) return nullptr;
  }
  return nullptr;
}

size_t SkipSpaces(std::string_view text, size_t pos, size_t limit) {
  while (pos < limit && text[pos] == ' ') ++pos;
  return pos;
}

// A chain of mentions from `first` on (nothing but spaces between them): its most specific
// mention and where it ends.
const PlaceMention* ChainFrom(std::string_view text, const std::vector<PlaceMention>& places, const PlaceMention* first,
                              size_t limit, size_t* end) {
  const PlaceMention* head = first;
  for (;;) {
    const PlaceMention* next = MentionAt(places, SkipSpaces(text, head->end, limit));
    if (!next || next->end > limit || next == head) break;
    head = next;
  }
  *end = head->end;
  return head;
}

// End of the list item starting at `pos`: the first character that ends an item.
size_t ItemEnd(std::string_view text, size_t pos, size_t limit) {
  size_t p = pos;
  while (p < limit && !EndsItem(CharAt(text, p))) p += CharLen(text, p);
  return p;
}

bool OrgFollows(std::string_view text, size_t pos) {
  std::string_view rest = text.substr(pos, 18);
  for (std::string_view head : kOrgHeads)
    if (StartsWith(rest, head)) return true;
  // 第一中学, 第二人民医院
  if (StartsWith(rest, "第")) {
    std::string_view near = text.substr(pos, 24);
    return Contains(near, "中学") || Contains(near, "小学") || Contains(near, "医院");
  }
  return false;
}

// The end of a list joint (、 和 及 ,) at `pos`, or npos.
size_t JointEnd(std::string_view text, size_t pos, size_t limit) {
  for (std::string_view j : {"、", "和", "及", ","})
    if (pos + j.size() <= limit && text.compare(pos, j.size(), j) == 0) return pos + j.size();
  return std::string_view::npos;
}

// The leading clause of a sentence that only sets the scene ("2020年", "年内", "截至年底",
// "按照…的方式"): short and free of places.
bool IsSceneClause(const std::vector<PlaceMention>& places, size_t begin, size_t end, std::string_view text) {
  if (CharCount(text.substr(begin, end - begin)) > kMaxUnitNameChars) return false;
  auto it = std::lower_bound(places.begin(), places.end(), begin,
                             [](const PlaceMention& m, size_t p) { return m.begin < p; });
  return it == places.end() || it->begin >= end;
}

// Partners of the chain(s) listed backwards from `pos` ("甲市乙区、丙区|分别"), in text
// order; empty unless a chain ends right at `pos`.
std::vector<Partner> ChainsEndingAt(std::string_view text, const std::vector<PlaceMention>& places, size_t pos,
                                    size_t floor) {
  std::vector<Partner> out;
  size_t at = pos;
  for (;;) {
    const PlaceMention* last = MentionEndingAt(places, at);
    if (!last || last->begin < floor) break;
    // Walk back over the chain to its first mention.
    const PlaceMention* first = last;
    for (;;) {
      size_t b = first->begin;
      while (b > floor && text[b - 1] == ' ') --b;
      const PlaceMention* prev = MentionEndingAt(places, b);
      if (!prev || prev->begin < floor) break;
      first = prev;
    }
    out.push_back({last, "", false, first->begin, last->end});
    // A joint before the chain continues the list.
    size_t b = first->begin;
    bool joined = false;
    for (std::string_view j : {"、", "和", "及"})
      if (b >= floor + j.size() && text.compare(b - j.size(), j.size(), j) == 0) {
        at = b - j.size();
        joined = true;
        break;
      }
    if (!joined) break;
  }
  std::reverse(out.begin(), out.end());
  return out;
}

}  // namespace

const std::vector<PairingVerb>& PairingVerbs() {
  static const std::vector<PairingVerb> kVerbs = {
      {"对口支援", "对口支援", false}, {"对口合作", "对口合作", false}, {"对口帮扶", "", false},
      {"结对帮扶", "", false},         {"帮扶", "", true},     {"结对", "", true},
      // "甲市、乙市携手丙市": joining hands with a place, only right after the places that do.
      {"携手", "", true},
  };
  return kVerbs;
}

bool IsInsideLongerVerb(std::string_view text, size_t at, const PairingVerb& verb) {
  if (verb.word == "结对") return text.compare(at + verb.word.size(), 6, "帮扶") == 0;
  if (verb.word != "帮扶") return false;
  return IsWordBefore(text, at, "对口") || IsWordBefore(text, at, "结对");
}

bool IsWordBefore(std::string_view text, size_t pos, std::string_view word) {
  return pos >= word.size() && text.compare(pos - word.size(), word.size(), word) == 0;
}

bool NamesPairing(std::string_view words) {
  return ContainsAny(words, {"结对", "对子", "帮扶", "协作", "对口", "援"});
}

bool IsUnitName(std::string_view name) {
  size_t chars = CharCount(name);
  if (chars < 3 || chars > kMaxUnitNameChars) return false;
  for (size_t i = 0; i < name.size(); i += CharLen(name, i))
    if (IsPunct(CharAt(name, i)) && CharAt(name, i) != "(" && CharAt(name, i) != ")") return false;
  // "甲市6个辖市区和甲经济开发区": a count of units, no unit's name.
  for (char c : name)
    if (IsAsciiDigit(c)) return false;
  if (Contains(name, "个") || FindWord(name, "和", 3) != std::string_view::npos) return false;  // 和林格尔新区 is one
  for (std::string_view suffix : {"合作区", "开发区", "经济区", "新区", "示范区", "试验区", "实验区", "特区", "兵团", "团场",
                                  "农场", "牧场", "林区", "垦区", "管理区"})
    if (EndsWith(name, suffix)) return true;
  // 第十四师, 农一师: a corps division is numbered.
  if (EndsWith(name, "师")) return IsChineseNumeral(CharAt(name, PrevChar(name, name.size() - 3)));
  return false;
}

std::vector<Partner> PartnersAfter(std::string_view text, const std::vector<PlaceMention>& places, size_t pos,
                                   size_t limit) {
  std::vector<Partner> out;
  size_t at = pos;
  for (;;) {
    at = SkipSpaces(text, at, limit);
    if (at >= limit) break;
    const size_t item_end = ItemEnd(text, at, limit);
    const PlaceMention* first = MentionAt(places, at);
    if (first && first->end <= limit) {
      size_t chain_end = 0;
      const PlaceMention* head = ChainFrom(text, places, first, limit, &chain_end);
      const bool joint_follows = JointEnd(text, SkipSpaces(text, chain_end, limit), limit) != std::string_view::npos;
      // (The item is copied without spaces only when it may be a unit's name.)
      std::string item = item_end > chain_end && !joint_follows ? StripSpaces(text.substr(at, item_end - at)) : "";
      if (item_end > chain_end && !joint_follows && IsUnitName(item)) {
        out.push_back({nullptr, item, false, at, item_end});  // 某生产建设兵团第三师
        at = item_end;
      } else if (OrgFollows(text, chain_end)) {
        break;
      } else {
        out.push_back({head, "", false, at, chain_end});
        at = chain_end;
      }
    } else if (std::string item = out.empty() ? "" : StripSpaces(text.substr(at, item_end - at));
               !out.empty() && IsUnitName(item)) {
      out.push_back({nullptr, item, false, at, item_end});
      at = item_end;
    } else if (size_t cut = DivisionNameEnd(text, at, item_end); cut != std::string_view::npos) {
      out.push_back({nullptr, StripSpaces(text.substr(at, cut - at)), true, at, cut});
      at = cut;
    } else {
      break;
    }
    size_t next = SkipSpaces(text, at, limit);
    if (MentionAt(places, next)) break;  // "和X县" after a place is a place, not a joint
    size_t joint = JointEnd(text, next, limit);
    if (joint == std::string_view::npos) break;
    at = joint;
  }
  return out;
}

Subject SubjectBefore(std::string_view text, const std::vector<PlaceMention>& places, size_t sentence_begin,
                      size_t pos) {
  Subject s;
  const size_t clause = ClauseStart(text, pos, sentence_begin);
  size_t p = pos;
  for (bool stripped = true; stripped;) {
    stripped = false;
    while (p > clause && text[p - 1] == ' ') --p;
    if (IsWordBefore(text, p, "分别")) {
      s.each = true;
      p -= std::string_view("分别").size();
      stripped = true;
      continue;
    }
    if (size_t count = CountOfUnitsBefore(text, p, clause); count != std::string_view::npos) {
      p = count;
      stripped = true;
      continue;
    }
    for (std::string_view adverb : kAdverbs)
      if (p >= clause + adverb.size() && IsWordBefore(text, p, adverb)) {
        p -= adverb.size();
        stripped = true;
        break;
      }
  }
  s.partners = ChainsEndingAt(text, places, p, clause);
  if (!s.partners.empty()) {
    s.kind = Subject::Kind::kNamed;
    s.adjacent = true;
    s.incomplete = IsWordBefore(text, s.partners.front().begin, "、");
    return s;
  }
  const size_t begin = SkipSpaces(text, clause, p);
  std::string rest = StripSpaces(text.substr(begin, p - begin));
  if (rest.empty()) return s;  // kElided
  if (IsUnitName(rest)) {
    s.kind = Subject::Kind::kNamed;
    s.adjacent = true;
    s.partners.push_back({nullptr, rest, false, begin, p});
    return s;
  }
  s.kind = Subject::Kind::kOther;
  if (const PlaceMention* first = MentionAt(places, begin)) {
    size_t chain_end = 0;
    const PlaceMention* head = ChainFrom(text, places, first, p, &chain_end);
    std::string_view predicate = text.substr(chain_end, p - chain_end);
    bool plain = CharCount(predicate) <= kMaxPredicateChars && !OrgFollows(text, chain_end) &&
                 !EndsLikeOrganization(predicate);
    for (size_t i = 0; plain && i < predicate.size(); i += CharLen(predicate, i)) plain = !IsPunct(CharAt(predicate, i));
    if (plain) s.kind = Subject::Kind::kNamed;
    s.partners.push_back({head, "", false, begin, chain_end});
  }
  return s;
}

Subject SentenceSubject(std::string_view text, const std::vector<PlaceMention>& places, size_t begin, size_t end) {
  Subject s;
  size_t clause = begin;
  size_t clause_end = ClauseEnd(text, clause, end);
  if (clause_end < end && IsSceneClause(places, clause, clause_end, text)) {
    clause = clause_end + CharLen(text, clause_end);
    clause_end = ClauseEnd(text, clause, end);
  }
  clause = SkipSpaces(text, clause, clause_end);
  const PlaceMention* first = MentionAt(places, clause);
  if (!first) return s;  // kElided
  // "A区、B区…": the listed chains opening the clause.
  std::vector<Partner> listed;
  size_t at = clause;
  while (const PlaceMention* m = MentionAt(places, at)) {
    size_t chain_end = 0;
    const PlaceMention* head = ChainFrom(text, places, m, clause_end, &chain_end);
    if (OrgFollows(text, chain_end)) {
      s.kind = Subject::Kind::kOther;
      s.partners = {{head, "", false, at, chain_end}};
      return s;
    }
    listed.push_back({head, "", false, at, chain_end});
    size_t joint = JointEnd(text, chain_end, clause_end);
    if (joint == std::string_view::npos) break;
    at = SkipSpaces(text, joint, clause_end);
  }
  s.kind = Subject::Kind::kNamed;
  s.partners = std::move(listed);
  return s;
}

}  // namespace duikou::extract::internal
