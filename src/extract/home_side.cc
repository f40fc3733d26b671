#include "extract/home_side.h"

#include <algorithm>
#include <array>
#include <map>

#include "extract/doc_context.h"
#include "extract/text_util.h"

namespace duikou::extract::internal {
namespace {

// Words a supporter does things with: a place opening a clause right before them is its
// subject, and the home city is the one subject yearbook chapters keep coming back to.
// A chapter's opening "甲市与乙州、丙市开展协作" names its own city first, too.
constexpr std::array<std::string_view, 15> kSupporterVerbs = {"对口支援", "对口帮扶", "结对帮扶", "对口合作", "选派",
                                                              "派出",     "援建",     "拨付",     "安排",     "投入",
                                                              "承担",     "帮助",     "引导",     "向",       "与"};
constexpr std::array<std::string_view, 6> kSubjectAdverbs = {"继续", "全面", "共", "累计", "先后", "还"};
constexpr int kSubjectWeight = 5;  // a subject mention outweighs this many plain ones

// True when `text` from `pos` on reads as a supporter's predicate ("…对口帮扶", "…继续选派").
bool SupporterVerbAt(std::string_view text, size_t pos) {
  // Most places are followed by none: the first character is tested before any word.
  static const CharSet kFirstChars = [] {
    CharSet set;
    for (std::string_view w : kSupporterVerbs) set.Add(CharAt(w, 0));
    for (std::string_view w : kSubjectAdverbs) set.Add(CharAt(w, 0));
    return set;
  }();
  if (pos >= text.size() || !kFirstChars.Contains(CharAt(text, pos))) return false;
  std::string_view rest = text.substr(pos, 24);
  for (std::string_view adverb : kSubjectAdverbs)
    if (StartsWith(rest, adverb)) {
      rest.remove_prefix(adverb.size());
      break;
    }
  for (std::string_view verb : kSupporterVerbs)
    if (StartsWith(rest, verb)) return true;
  return false;
}

// The character before byte `pos` (0 < pos). Asked for every place mention: a three-byte
// character, the usual case, is taken in place without the call to PrevChar.
inline std::string_view CharBefore(std::string_view text, size_t pos) {
  if (pos >= 3 && (static_cast<unsigned char>(text[pos - 3]) & 0xF0) == 0xE0) return {text.data() + pos - 3, 3};
  return CharAt(text, PrevChar(text, pos));
}

// True when `pos` starts a clause: the text's start, or right after a clause mark, a line
// break or an entry title's closing bracket; a 其中 in between ("…,其中甲市选派…") too.
bool OpensClause(std::string_view text, size_t pos) {
  if (words::EndsAt(text, pos, "其中")) pos -= 6;
  if (pos == 0) return true;
  std::string_view before = CharBefore(text, pos);
  return IsClauseBreak(before) || words::Equal(before, "】") || words::Equal(before, "〗");  // in place, no memcmp
}

// Words after which a place is what the supporter acts on, not the supporter: "向乙市拨付",
// "到乙县挂职", "对口帮扶乙市". Such an object mention says the place is a partner.
constexpr std::array<std::string_view, 13> kObjectMarks = {"向", "到", "赴", "帮扶", "支援", "拨付", "援建",
                                                            "帮助", "结对", "捐赠", "对接", "协作", "服务"};

bool ObjectMarkBefore(std::string_view text, size_t pos) {
  // Most mentions follow none: the character before is tested against the marks' last
  // characters before any word is compared.
  static const CharSet kLastChars = [] {
    CharSet set;
    for (std::string_view w : kObjectMarks) set.Add(CharAt(w, PrevChar(w, w.size())));
    return set;
  }();
  if (pos == 0 || !kLastChars.Contains(CharBefore(text, pos))) return false;
  for (std::string_view w : kObjectMarks)
    if (words::EndsAt(text, pos, w)) return true;
  return false;
}

// The home city as the subject of the chapter: the prefecture (or municipality) whose places
// are mentioned most, a mention right before a supporter's verb counting kSubjectWeight
// times and an object mention (ObjectMarkBefore) not at all. A chapter that lists many counties of one partner prefecture names that prefecture
// more often than its own city, but rarely makes it the subject of 对口帮扶 or 选派.
std::string SubjectWeightedHome(const gazetteer::Gazetteer& gazetteer, std::string_view text,
                                const std::vector<gazetteer::PlaceMention>& mentions) {
  // unit -> (weight, first offset). Hashed: the choice below does not depend on the order,
  // since no two units share their first offset.
  CodeMap<std::pair<int, size_t>> score;
  // By the province's two digits: 1 for 北京市, 重庆市…, 0 for any other, -1 not yet known.
  std::array<int8_t, 100> municipality;
  municipality.fill(-1);
  int subjects = 0;
  size_t object_chain_end = std::string_view::npos;  // end of the last object mention
  for (const auto& m : mentions) {
    // A chain continues its first mention's role (向某省|乙市).
    const bool object = ObjectMarkBefore(text, m.begin) || m.begin == object_chain_end;
    if (object) object_chain_end = m.end;
    if (!m.resolved() || m.code.size() < 4) continue;
    const std::string_view province(m.code.data(), 2);  // (code.size() >= 4)
    const unsigned tens = static_cast<unsigned char>(province[0] - '0'), ones = static_cast<unsigned char>(province[1] - '0');
    if (tens > 9 || ones > 9) continue;  // no code (never, from the gazetteer)
    int8_t& known = municipality[10 * tens + ones];
    if (known < 0) {
      const gazetteer::Division* p = gazetteer.Find(province);
      known = p && EndsWith(p->name, "市");
    }
    const std::string_view unit(m.code.data(), known ? 2 : 4);
    // An ambiguous name (a town name several counties share) proves nothing about whose
    // chapter this is: it counts as a plain mention only.
    const bool subject = m.candidates.size() <= 1 && OpensClause(text, m.begin) && SupporterVerbAt(text, m.end);
    subjects += subject;
    auto [it, inserted] = score.try_emplace(unit, 0, m.begin);
    it->second.first += subject ? kSubjectWeight : object ? 0 : 1;
  }
  if (subjects == 0) return "";
  std::string_view best;
  std::pair<int, size_t> best_score{0, 0};
  for (const auto& [unit, sc] : score)
    if (best.empty() || sc.first > best_score.first || (sc.first == best_score.first && sc.second < best_score.second)) {
      best = unit;
      best_score = sc;
    }
  return std::string(best);
}

// True when the text speaks of its own division ("我市", "我州", "我县"…) as the object of the
// aid more often than as its subject, and at least twice: "向我州捐赠", "帮助我市农村劳动力",
// "对口支援我州" against "我市选派…". A supporter's chapter says "我市" as the one who gives, or
// not at all. Coming to it ("来我市考察", "到我市挂职") proves nothing: partners' delegations
// and trainees come to a supporter too.
bool SpeaksOfItselfAsRecipient(std::string_view text) {
  static constexpr std::array<std::string_view, 19> kAidObjectMarks = {
      "向", "帮助", "帮扶", "支援", "援助", "援建", "捐赠", "资助", "消费", "培训", "携手", "对接",
      "支持", "销售", "采购", "捐助", "投入", "拨付", "为"};
  int object = 0, subject = 0;
  for (size_t p = FindWord(text, "我"); p != std::string_view::npos; p = FindWord(text, "我", p + 3)) {
    const std::string_view unit = text.substr(p + 3, 3);
    if (unit != "市" && unit != "州" && unit != "县" && unit != "区" && unit != "盟") continue;
    if (std::any_of(kAidObjectMarks.begin(), kAidObjectMarks.end(),
                    [&](std::string_view w) { return words::EndsAt(text, p, w); }))
      ++object;
    else if (SupporterVerbAt(text, p + 6))
      ++subject;
  }
  return object >= 2 && object > subject;
}

// The prefecture (or municipality) outside the province `skip` whose places are mentioned
// most, at least twice; empty when none is.
std::string MostMentionedOutside(const gazetteer::Gazetteer& gazetteer, const std::vector<gazetteer::PlaceMention>& mentions,
                                 std::string_view skip) {
  std::map<std::string, int> counts;
  for (const auto& m : mentions) {
    if (!m.resolved() || m.code.size() < 4 || m.code.starts_with(skip)) continue;
    const gazetteer::Division* p = gazetteer.Find(m.code.substr(0, 2));
    ++counts[m.code.substr(0, p && EndsWith(p->name, "市") ? 2 : 4)];
  }
  std::string best = ArgMax(counts);
  return !best.empty() && counts[best] >= 2 ? best : "";
}

// The kind of division the text calls itself most often ("我县" → 县, "我州" → 州), or empty.
std::string_view SelfReferenceUnit(std::string_view text) {
  int county = 0, prefecture = 0, other = 0;
  for (size_t p = FindWord(text, "我"); p != std::string_view::npos; p = FindWord(text, "我", p + 3)) {
    const std::string_view unit = text.substr(p + 3, 3);
    county += unit == "县";
    prefecture += unit == "州";
    other += unit == "市" || unit == "区" || unit == "盟" || unit == "旗";
  }
  if (county > prefecture + other) return "县";
  if (prefecture > county + other) return "州";
  return "";
}

// In a receiving side's chapter that calls itself 我县 (or 我州): the prefecture of the division
// of that kind outside the supporter's prefecture that the text names most (松阳县 among the
// supporters' districts), else empty. Districts of supporters are never 县.
std::string MostMentionedOfKind(const gazetteer::Gazetteer& gazetteer, const std::vector<gazetteer::PlaceMention>& mentions,
                                std::string_view unit, std::string_view supporter) {
  std::map<std::string, int> counts;
  for (const auto& m : mentions) {
    if (!m.resolved() || m.code.size() < 4 || m.code.starts_with(supporter)) continue;
    const std::string code = m.code.substr(0, unit == "县" ? 6 : 4);
    const gazetteer::Division* d = gazetteer.Find(code);
    if (d && EndsWith(d->name, unit)) ++counts[code];
  }
  const std::string best = ArgMax(counts);
  return best.empty() ? "" : best.substr(0, 4);
}

// The prefecture (or municipality) a title opens with when 与 and a partner follow ("甲市与乙市
// 对口合作大事记"), else empty.
std::string TitleOpensWithPartnerOf(const gazetteer::GazetteerMatcher& matcher, std::string_view title) {
  const std::vector<gazetteer::PlaceMention> mentions = matcher.FindAll(title, {});
  if (mentions.size() < 2 || mentions[0].begin != 0 || !mentions[0].resolved() || mentions[0].code.size() < 4 ||
      !StartsWith(title.substr(mentions[0].end), "与") || mentions[1].begin != mentions[0].end + 3) {
    return "";
  }
  return mentions[0].code.substr(0, 4);
}

}  // namespace

HomeSide DecideHomeSide(const gazetteer::Gazetteer& gazetteer, const gazetteer::GazetteerMatcher& matcher,
                        std::string_view title, std::string_view text,
                        const std::vector<gazetteer::PlaceMention>& mentions, const std::string& counted_home) {
  HomeSide side;
  side.home_code = counted_home;
  std::string subject_home = SubjectWeightedHome(gazetteer, text, mentions);
  const std::string supporter = subject_home.empty() ? counted_home : subject_home;
  std::string received;
  // "甲市与乙市对口合作大事记": the city the title opens with is the chapter's own. When the
  // subjects of the aid are the other city's, the chapter is the receiving side's.
  const std::string titled = TitleOpensWithPartnerOf(matcher, title);
  if (!titled.empty() && !supporter.empty()) {
    if (!titled.starts_with(supporter)) received = titled;
  } else if (!supporter.empty() && SpeaksOfItselfAsRecipient(text)) {
    // The receiving side's chapter is about the place the aid goes to: the supporters are
    // the subjects there, and may be named more often, yet are not the home.
    // A text that calls itself 我县 is a county's: the county named most is the home.
    if (std::string_view unit = SelfReferenceUnit(text); !unit.empty())
      received = MostMentionedOfKind(gazetteer, mentions, unit, supporter.substr(0, std::min<size_t>(supporter.size(), 4)));
    if (received.empty()) received = MostMentionedOutside(gazetteer, mentions, supporter.substr(0, 2));
    // Within one province (山海协作): outside the supporter's prefecture.
    if (received.empty() && supporter.size() >= 4)
      received = MostMentionedOutside(gazetteer, mentions, supporter.substr(0, 4));
  }
  if (!received.empty()) {
    side.receiving_side = true;
    side.supporter_code = supporter;
    side.home_code = received;
  } else if (!subject_home.empty()) {
    side.home_code = subject_home;
  }
  return side;
}

}  // namespace duikou::extract::internal
