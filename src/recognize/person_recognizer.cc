#include "recognize/person_recognizer.h"

#include <algorithm>
#include <unordered_map>

#include "recognize/agent_scan.h"
#include "recognize/name_boundary.h"
#include "recognize/surnames.h"
#include "recognize/utf8.h"
#include "recognize/word_set.h"

namespace duikou::recognize {
namespace {

// The words that credit a writer before the names ("撰稿:某某"), and the one title written
// after a name ("某某某总书记"). Their first characters are among the recognizer's stops.
constexpr std::string_view kWriterCues[] = {"撰稿", "执笔"};
constexpr std::string_view kTitleAfterName = "总书记";

struct Title {
  std::string_view word;  // as written before the name
  std::string_view tail;  // leading part that belongs to the affiliation: 市委 of 市委书记
  std::string_view role;  // the role to report; empty: the word itself
};

// Titles, longest first where they share an end. Level-prefixed party and government titles
// keep their level in the role (市委书记) and give it to the affiliation too (延吉 + 市委).
constexpr Title kTitles[] = {
    {"市委书记", "市委", ""}, {"市委副书记", "市委", ""}, {"市委常委", "市委", ""},
    {"省委书记", "省委", ""}, {"省委副书记", "省委", ""}, {"省委常委", "省委", ""},
    {"县委书记", "县委", ""}, {"县委副书记", "县委", ""}, {"县委常委", "县委", ""},
    {"区委书记", "区委", ""}, {"区委副书记", "区委", ""}, {"区委常委", "区委", ""},
    {"州委书记", "州委", ""}, {"州委副书记", "州委", ""}, {"州委常委", "州委", ""},
    {"地委书记", "地委", ""}, {"地委副书记", "地委", ""}, {"专员", "", ""}, {"副专员", "", ""},
    {"团长", "", ""}, {"副团长", "", ""}, {"巡视员", "", ""}, {"调研员", "", ""}, {"主任委员", "", ""},
    {"党委书记", "党委", ""}, {"党委副书记", "党委", ""}, {"党组书记", "党组", ""},
    {"党工委书记", "党工委", ""}, {"工作组长", "工作组", "组长"}, {"工作组副组长", "工作组", "副组长"},
    {"工作队长", "工作队", "队长"}, {"指挥部总指挥", "指挥部", "总指挥"},
    {"书记", "", ""}, {"副书记", "", ""}, {"第一书记", "", ""}, {"支部书记", "", ""}, {"村支书", "", ""},
    {"市长", "", ""}, {"副市长", "", ""}, {"县长", "", ""}, {"副县长", "", ""}, {"区长", "", ""},
    {"副区长", "", ""}, {"省长", "", ""}, {"副省长", "", ""}, {"州长", "", ""}, {"副州长", "", ""},
    {"镇长", "", ""}, {"副镇长", "", ""}, {"乡长", "", ""}, {"副乡长", "", ""}, {"旗长", "", ""},
    {"盟长", "", ""}, {"主任", "", ""}, {"副主任", "", ""}, {"局长", "", ""}, {"副局长", "", ""},
    {"部长", "", ""}, {"副部长", "", ""}, {"主席", "", ""}, {"副主席", "", ""}, {"厅长", "", ""},
    {"副厅长", "", ""}, {"处长", "", ""}, {"副处长", "", ""}, {"科长", "", ""}, {"组长", "", ""},
    {"副组长", "", ""}, {"队长", "", ""}, {"副队长", "", ""}, {"领队", "", ""}, {"总指挥", "", ""},
    {"副总指挥", "", ""}, {"指挥长", "", ""}, {"副指挥长", "", ""}, {"院长", "", ""}, {"副院长", "", ""},
    {"校长", "", ""}, {"副校长", "", ""}, {"会长", "", ""}, {"副会长", "", ""}, {"秘书长", "", ""},
    {"理事长", "", ""}, {"董事长", "", ""}, {"副董事长", "", ""}, {"总经理", "", ""},
    {"副总经理", "", ""}, {"经理", "", ""}, {"所长", "", ""}, {"站长", "", ""}, {"社长", "", ""},
    {"常委", "", ""}, {"主任医师", "", ""}, {"副主任医师", "", ""}, {"教授", "", ""}, {"医生", "", ""},
    {"教师", "", ""}, {"老师", "", ""}, {"干部", "", ""}, {"专家", "", ""}, {"记者", "", ""},
    {"市领导", "", ""}, {"省领导", "", ""}, {"县领导", "", ""}, {"区领导", "", ""}, {"州领导", "", ""},
    {"负责人", "", ""}, {"创始人", "", ""}, {"志愿者", "", ""}, {"企业家", "", ""},
};

// Words that may follow a name.
constexpr std::string_view kFollowWords[] = {
    "主持", "一行", "参加", "出席", "考察", "调研", "讲话", "表示", "指出", "带队", "同志", "强调", "会见",
    "陪同", "前往", "深入", "走访", "慰问", "看望", "听取", "宣布", "致辞", "介绍", "代表", "签约", "签订",
    "分别", "先后", "亲自", "专程", "带领", "率领", "出任", "当选", "荣获", "获得", "一同", "共同", "主动",
    "积极", "随后", "同时", "首先", "详细", "高度", "充分", "会议", "参观", "调研", "推介", "发言", "接见",
    "会谈", "座谈", "视察", "检查", "部署", "通报", "作", "做", "率", "等",
    // What a cadre on assignment does: "副区长某某牵头组建…", "副县长某某协调…".
    "牵头", "协调", "负责", "推动", "组织", "指导",
    "在", "到", "赴", "获", "和", "与", "及", "对", "向", "为", "是", "于", "来", "任", "被", "还", "也",
    "则", "就", "说", "称", "摄", "的", "已", "将", "又", "曾", "现", "指", "主",
};

// Characters that do not occur inside a given name, or that are a word on their own right
// after a two-character name ("金明率", "李娜等", "崔海一行").
constexpr std::u32string_view kNotGiven = U"的了在是和与及等率一赴到获为向对于从被将把也还又就所之其这那个名位人批次年月日";

bool IsFollow(std::string_view text, size_t pos) {
  static const internal::WordSet* follow = new internal::WordSet(kFollowWords);
  if (pos >= text.size()) return true;
  char32_t c = utf8::Next(text, pos);
  if (utf8::IsBreak(c) || utf8::IsAsciiDigit(c)) return true;
  return !follow->LongestAt(text, pos).empty();
}

bool IsGivenChar(char32_t c) { return utf8::IsHan(c) && kNotGiven.find(c) == std::u32string_view::npos; }

// The first character of a given name may be one that is a word of its own elsewhere (吴向南,
// 李和平): right after a surname it cannot be one, since a name has at least two characters.
// Only characters that never start a given name are refused.
constexpr std::u32string_view kNotFirstGiven = U"的了是等之其这那个名位人批次年月日所";
bool IsFirstGivenChar(char32_t c) { return utf8::IsHan(c) && kNotFirstGiven.find(c) == std::u32string_view::npos; }

// Words that end organization names; a "name" that is one is the tail of a body (企业家商会).
bool IsOrganizationWord(std::string_view name) {
  static const internal::WordSet* words = new internal::WordSet(
      {"商会", "协会", "学会", "公司", "集团", "银行", "医院", "学校", "中学", "小学", "大学", "学院", "基金",
       "总会", "联合会", "研究院", "工作队", "工作组"});
  return !words->LongestAt(name, 0).empty() && words->LongestAt(name, 0).size() == name.size();
}

bool IsNameDot(char32_t c) { return c == U'·' || c == U'・' || c == U'•' || c == U'‧'; }
// A middle dot joins the parts of a transcribed name: "艾某·某某" is one name, not 艾某.
bool DotAt(std::string_view text, size_t pos) { return pos < text.size() && IsNameDot(utf8::Next(text, pos)); }

// Characters that are words of their own and never sit in a transcribed name (次 and 多 do:
// 次仁, 多吉).
constexpr std::u32string_view kNotTranscribed =
    U"的了在是和与及等率赴到获为向对于从被将把也还又就所之其这那个名位人批年月日以要并已再各全共有做会上下中后前内外";
bool IsTranscribedChar(char32_t c) { return utf8::IsHan(c) && kNotTranscribed.find(c) == std::u32string_view::npos; }

bool IsTitleWord(std::string_view word);

// A personal name at pos: surname + 1–2 characters followed by a boundary. Returns its end, 0
// if none.
size_t NameAt(std::string_view text, size_t pos) {
  size_t s = SurnameLengthAt(text, pos);
  if (s == 0) return 0;
  // A word that follows names is no name itself, even when it starts with a surname: 强调, 主持.
  static const internal::WordSet* follow = new internal::WordSet(kFollowWords);
  if (follow->LongestAt(text, pos).size() > s) return 0;
  size_t p1 = pos + s;
  if (p1 >= text.size()) return 0;
  size_t l1 = 0, l2 = 0;
  char32_t g1 = utf8::Decode(text, p1, &l1);
  if (!IsFirstGivenChar(g1)) return 0;
  size_t p2 = p1 + l1;
  char32_t g2 = p2 < text.size() ? utf8::Decode(text, p2, &l2) : 0;
  const bool can3 = g2 != 0 && IsGivenChar(g2) && IsFollow(text, p2 + l2) && !DotAt(text, p2 + l2) &&
                    !IsTitleWord(text.substr(p1, p2 + l2 - p1)) &&
                    !IsOrganizationWord(text.substr(pos, p2 + l2 - pos));
  // A two-character name must not end in a word character: 吴向 of 吴向南 is no name.
  const bool can2 = IsGivenChar(g1) && IsFollow(text, p2) && !DotAt(text, p2) &&
                    !IsOrganizationWord(text.substr(pos, p2 - pos));
  if (can3) return p2 + l2;
  if (can2) return p2;
  return 0;
}


// A name without a Han surname right after an office title: a transcribed Tibetan, Uyghur or
// Mongolian name ("次仁多吉", "艾尔肯·吐尔逊"). Three or four characters followed by a boundary,
// or parts joined by a middle dot; none of them a character that is a word of its own. Returns
// its end, 0 if none.
size_t TranscribedNameAt(std::string_view text, size_t pos) {
  constexpr int kMaxPartChars = 6;
  constexpr int kMaxParts = 4;
  size_t p = pos;
  for (int part = 0; part < kMaxParts; ++part) {
    // One part: the shortest run of 2–6 (3–4 for an undotted name) characters followed by a
    // dot or a boundary.
    size_t q = p;
    int chars = 0;
    size_t end = 0;
    while (chars < kMaxPartChars && q < text.size()) {
      size_t len = 0;
      char32_t c = utf8::Decode(text, q, &len);
      if (!IsTranscribedChar(c)) break;
      if (chars == 0 && part == 0 && IsFollow(text, q)) break;  // 主持, 出席: no name here
      q += len;
      ++chars;
      const bool dotted = part > 0 || (q < text.size() && IsNameDot(utf8::Next(text, q)));
      const int min_chars = dotted ? 2 : 3;
      const int max_chars = dotted ? kMaxPartChars : 4;
      if (chars < min_chars || chars > max_chars) continue;
      char32_t next = q < text.size() ? utf8::Next(text, q) : 0;
      if (IsNameDot(next) || IsFollow(text, q)) {
        end = q;
        break;
      }
    }
    if (end == 0) return 0;
    size_t len = 0;
    if (end < text.size() && IsNameDot(utf8::Decode(text, end, &len))) {
      p = end + len;
      continue;
    }
    return end;
  }
  return 0;
}

// Office titles (书记, 市长, 主任, 主席, 常委, 专员) are the ones a transcribed name may follow.
bool IsOfficeTitle(std::string_view word) {
  size_t len = 0;
  char32_t last = utf8::DecodeBefore(word, word.size(), &len);
  return last == U'记' || last == U'长' || last == U'任' || last == U'席' || last == U'委' || last == U'员';
}

const std::unordered_map<char32_t, std::vector<const Title*>>& TitlesByLastChar() {
  static const auto* table = [] {
    auto* t = new std::unordered_map<char32_t, std::vector<const Title*>>();
    for (const Title& title : kTitles) {
      size_t len = 0;
      (*t)[utf8::DecodeBefore(title.word, title.word.size(), &len)].push_back(&title);
    }
    for (auto& [c, list] : *t) {
      std::stable_sort(list.begin(), list.end(),
                       [](const Title* a, const Title* b) { return a->word.size() > b->word.size(); });
    }
    return t;
  }();
  return *table;
}

// A title as a given name is a second title in a list: "教师和医生" (和 is a surname too).
bool IsTitleWord(std::string_view word) {
  static const internal::WordSet* words = [] {
    std::vector<std::string_view> w;
    for (const Title& t : kTitles) w.push_back(t.word);
    return new internal::WordSet(w);
  }();
  return words->LongestAt(word, 0).size() == word.size();
}

// "援黔", "援疆", "挂职", "常务": words that qualify a role and come right before the title.
size_t RoleQualifierStart(std::string_view text, size_t title_begin) {
  static constexpr std::string_view kQualifiers[] = {"挂职", "常务", "执行", "专职", "名誉", "驻村", "首席"};
  size_t p = title_begin;
  for (std::string_view q : kQualifiers) {
    if (utf8::EndsAt(text, p, q)) {
      p -= q.size();
      break;
    }
  }
  size_t back1 = utf8::BackChars(text, p, 1);
  size_t back2 = utf8::BackChars(text, p, 2);
  if (back2 < back1 && utf8::At(text, back2, "援") && utf8::IsHan(utf8::Next(text, back1))) return back2;
  return p;
}

void AddPhotographers(std::string_view text, std::vector<PersonMention>* out) {
  // "(某某 摄)" / "(某某摄)" / "(某某 摄影)"
  for (size_t open = text.find('('); open != std::string_view::npos; open = text.find('(', open + 1)) {
    size_t close = text.find(')', open);
    if (close == std::string_view::npos || close - open > 40) continue;
    std::string_view inside = text.substr(open + 1, close - open - 1);
    size_t credit = words::RFind(inside, "摄");
    if (credit == std::string_view::npos) continue;
    std::string_view tail = inside.substr(credit);
    if (tail != "摄" && tail != "摄影") continue;
    // Names separated by spaces or 、 before 摄.
    size_t p = open + 1;
    const size_t names_end = open + 1 + credit;
    while (p < names_end) {
      while (p < names_end && (text[p] == ' ' || utf8::At(text, p, "、"))) p += text[p] == ' ' ? 1 : 3;
      if (p >= names_end) break;
      size_t s = SurnameLengthAt(text, p);
      size_t e = p;
      while (e < names_end && text[e] != ' ' && !utf8::At(text, e, "、")) {
        size_t len = 0;
        if (!utf8::IsHan(utf8::Decode(text, e, &len))) break;
        e += len;
      }
      size_t chars = 0;
      for (size_t q = p; q < e; ++chars) {
        size_t len = 0;
        utf8::Decode(text, q, &len);
        q += len;
      }
      if (s == 0 || chars < 2 || chars > 4 || (e != names_end && text[e] != ' ' && !utf8::At(text, e, "、"))) break;
      PersonMention m;
      m.span = {p, e};
      m.context = m.span;
      m.name = std::string(text.substr(p, e - p));
      m.role = "摄影";
      out->push_back(std::move(m));
      p = e;
    }
  }
}

// "(撰稿人:某某)", "撰稿:某某、某某": writers' credits, role 撰稿人.
void AddWriters(std::string_view text, const std::vector<size_t>& stops, std::vector<PersonMention>* out) {
  // One pass over the stops per word: 撰稿 finds 撰稿人 too, which is taken as the longer cue.
  // (Names of different cues never start at the same place, so the order they are found in
  // does not matter once they are sorted.)
  for (std::string_view word : kWriterCues) {
    for (const size_t at : stops) {
      if (!utf8::At(text, at, word)) continue;
      const std::string_view cue = text.substr(at, word.size() + (utf8::At(text, at + word.size(), "人") ? 3 : 0));
      size_t p = at + cue.size();
      if (utf8::At(text, p, "人")) continue;  // 撰稿 of 撰稿人: the longer cue takes it
      if (utf8::At(text, p, ":")) p += 1;
      else if (utf8::At(text, p, "：")) p += std::string_view("：").size();
      else continue;
      while (p < text.size()) {
        while (p < text.size() && (text[p] == ' ' || utf8::At(text, p, "、"))) p += text[p] == ' ' ? 1 : 3;
        size_t e = p;
        int chars = 0;
        while (e < text.size() && chars <= 4) {
          size_t len = 0;
          if (!utf8::IsHan(utf8::Decode(text, e, &len))) break;
          e += len;
          ++chars;
        }
        const bool ends = e == text.size() || text[e] == ' ' || text[e] == ')' || utf8::At(text, e, "、") ||
                          utf8::At(text, e, "）") || utf8::IsBreak(utf8::Next(text, e));
        if (chars < 2 || chars > 4 || !ends || SurnameLengthAt(text, p) == 0) break;
        PersonMention m;
        m.span = {p, e};
        m.context = {at, e};
        m.name = std::string(text.substr(p, e - p));
        m.role = "撰稿人";
        out->push_back(std::move(m));
        p = e;
      }
    }
  }
}

// "某某某总书记": the one title written after the name. The name is the two or three
// characters before it that start with a surname (three preferred).
void AddNamesBeforeTitle(std::string_view text, const std::vector<size_t>& stops, std::vector<PersonMention>* out) {
  for (const size_t t : stops) {
    if (!utf8::At(text, t, kTitleAfterName)) continue;
    for (size_t chars : {3, 2}) {
      size_t begin = utf8::BackChars(text, t, chars);
      bool all_han = true;
      for (size_t q = begin; q < t;) {
        size_t len = 0;
        char32_t c = utf8::Decode(text, q, &len);
        if (!IsGivenChar(c) && q != begin) all_han = false;
        if (!utf8::IsHan(c)) all_han = false;
        q += len;
      }
      if (begin == t || !all_han || SurnameLengthAt(text, begin) == 0) continue;
      size_t counted = 0;
      for (size_t q = begin; q < t; ++counted) {
        size_t len = 0;
        utf8::Decode(text, q, &len);
        q += len;
      }
      if (counted != chars) continue;
      PersonMention m;
      m.span = {begin, t};
      m.context = {begin, t + kTitleAfterName.size()};
      m.name = std::string(text.substr(begin, t - begin));
      m.role = std::string(kTitleAfterName);
      out->push_back(std::move(m));
      break;
    }
  }
}

// The body written before the first title of a chain ("某市教育局党组书记、局长某某") that ends
// at `pos` with "、", or empty. *begin receives where it starts.
std::string ChainedAffiliation(std::string_view text, size_t pos, size_t floor, const PersonContext& context,
                               size_t* begin) {
  constexpr size_t kMaxAffiliationChars = 16;
  const auto& titles = TitlesByLastChar();
  for (int link = 0; link < 3; ++link) {  // at most three titles in a chain
    if (!utf8::EndsAt(text, pos, "、")) return {};
    pos -= std::string_view("、").size();
    size_t len = 0;
    if (pos == 0) return {};
    auto it = titles.find(utf8::DecodeBefore(text, pos, &len));
    if (it == titles.end()) return {};
    const Title* title = nullptr;
    for (const Title* t : it->second) {
      if (utf8::EndsAt(text, pos, t->word)) {
        title = t;
        break;
      }
    }
    if (title == nullptr) return {};
    size_t title_begin = pos - title->word.size();
    size_t role_begin = title->tail.empty() ? RoleQualifierStart(text, title_begin) : title_begin;
    internal::StopReason why;
    size_t aff_begin = internal::NameStart(text, role_begin, floor, kMaxAffiliationChars, context.places, &why);
    if (why == internal::StopReason::kLimit || why == internal::StopReason::kQuantity) return {};
    aff_begin = internal::StripGenericLead(text, aff_begin, role_begin);
    // The body before the chain, without the earlier title's own tail: 宁波市教育局 of
    // 宁波市教育局党组书记; a level character of that tail completes a place (温州 + 市委常委 → 温州市).
    std::string affiliation(text.substr(aff_begin, role_begin - aff_begin));
    const char32_t level = title->tail.empty() ? 0 : utf8::Next(title->tail, 0);
    if (!affiliation.empty() && internal::IsAdminChar(level) && utf8::Prev(affiliation, affiliation.size()) != level) {
      affiliation += std::string(title->tail.substr(0, 3));  // the level character (three bytes in UTF-8)
    }
    if (!affiliation.empty()) {
      *begin = aff_begin;
      return affiliation;
    }
    pos = role_begin;
  }
  return {};
}

// Length of a short aside between a title and the name, "副县长(挂职)某某", "(兼)": one to four
// Han characters in parentheses; 0 when there is none.
size_t TitleAsideLength(std::string_view text, size_t pos) {
  // Normalized text has ASCII parentheses; raw text may still hold full-width ones.
  size_t q = utf8::At(text, pos, "(") ? pos + 1 : utf8::At(text, pos, "（") ? pos + 3 : pos;
  if (q == pos) return 0;
  int chars = 0;
  while (q < text.size() && chars <= 4) {
    if (text[q] == ')') return chars >= 1 ? q + 1 - pos : 0;
    if (utf8::At(text, q, "）")) return chars >= 1 ? q + 3 - pos : 0;
    size_t len = 0;
    if (!utf8::IsHan(utf8::Decode(text, q, &len))) return 0;
    q += len;
    ++chars;
  }
  return 0;
}

}  // namespace

std::vector<PersonMention> FindPersons(std::string_view text, const PersonContext& context) {
  return internal::FindPersonsAt(text, context, utf8::PositionsIn(text, internal::PersonStops()));
}

AgentMentions FindAgents(std::string_view text, const OrganizationContext& organizations,
                         const PersonContext& persons) {
  // One scan for the two recognizers: the stops of each, sorted out as they are found.
  const utf8::CharSet& suffix_ends = internal::OrganizationSuffixEnds();
  const utf8::CharSet& person_stops = internal::PersonStops();
  static const utf8::CharSet* either = [&] {
    auto* set = new utf8::CharSet(suffix_ends);
    set->AddAll(person_stops);
    return set;
  }();
  std::vector<size_t> at_suffix_end, at_person_stop;
  for (size_t i = 0; (i = utf8::FindCharIn(text, i, *either)) < text.size();) {
    size_t len = 0;
    const char32_t c = utf8::Decode(text, i, &len);
    if (suffix_ends.Has(c)) at_suffix_end.push_back(i);
    if (person_stops.Has(c)) at_person_stop.push_back(i);
    i += len;
  }
  AgentMentions out;
  out.organizations = internal::FindOrganizationsAt(text, organizations, at_suffix_end);
  out.persons = internal::FindPersonsAt(text, persons, at_person_stop);
  return out;
}

struct MentionScanner::Sets {
  utf8::CharSet also;  // the caller's characters
  utf8::CharSet any;   // theirs and both recognizers'
};

MentionScanner::MentionScanner(const std::vector<char32_t>& also_stop_at) : sets_(std::make_unique<Sets>()) {
  for (char32_t c : also_stop_at) sets_->also.Add(c);
  sets_->any = sets_->also;
  sets_->any.AddAll(internal::OrganizationSuffixEnds());
  sets_->any.AddAll(internal::PersonStops());
}

MentionScanner::~MentionScanner() = default;

AgentMentions MentionScanner::Find(std::string_view text, const OrganizationContext& organizations,
                                   const PersonContext& persons) const {
  // Each stop goes to the recognizers (and the caller) whose character it is. (Reserved for
  // a character in 30 or so each: most texts then need no growing.)
  const utf8::CharSet& suffix_ends = internal::OrganizationSuffixEnds();
  const utf8::CharSet& person_stops = internal::PersonStops();
  std::vector<size_t> at_suffix_end, at_person_stop;
  AgentMentions out;
  for (auto* v : {&at_suffix_end, &at_person_stop, &out.also_at}) v->reserve(text.size() / 90 + 4);
  for (size_t i = 0; (i = utf8::FindCharIn(text, i, sets_->any)) < text.size();) {
    size_t len = 0;
    const char32_t c = utf8::Decode(text, i, &len);
    if (suffix_ends.Has(c)) at_suffix_end.push_back(i);
    if (person_stops.Has(c)) at_person_stop.push_back(i);
    if (sets_->also.Has(c)) out.also_at.push_back(i);
    i += len;
  }
  out.organizations = internal::FindOrganizationsAt(text, organizations, at_suffix_end);
  out.persons = internal::FindPersonsAt(text, persons, at_person_stop);
  return out;
}

std::vector<size_t> MentionScanner::AlsoAt(std::string_view text) const { return utf8::PositionsIn(text, sets_->also); }

const utf8::CharSet& internal::PersonStops() {
  static const utf8::CharSet* stops = [] {
    auto* set = new utf8::CharSet();
    for (const auto& [c, list] : TitlesByLastChar()) set->Add(c);
    for (std::string_view cue : kWriterCues) set->Add(utf8::Next(cue, 0));
    set->Add(utf8::Next(kTitleAfterName, 0));
    return set;
  }();
  return *stops;
}

std::vector<PersonMention> internal::FindPersonsAt(std::string_view text, const PersonContext& context,
                                                   const std::vector<size_t>& stops) {
  constexpr size_t kMaxAffiliationChars = 16;
  std::vector<PersonMention> out;
  const auto& titles = TitlesByLastChar();
  const utf8::CharSet& own = PersonStops();
  size_t resume = 0;
  for (const size_t at : stops) {
    size_t len = 0;
    char32_t c = utf8::Decode(text, at, &len);
    const size_t i = at + len;
    if (i <= resume) continue;  // inside the names of the last match
    if (!own.Has(c)) continue;
    auto it = titles.find(c);
    if (it == titles.end()) continue;
    const size_t title_end = i;
    const Title* title = nullptr;
    size_t name_end = 0;
    const size_t name_start = title_end + TitleAsideLength(text, title_end);
    for (const Title* t : it->second) {
      if (!utf8::EndsAt(text, title_end, t->word)) continue;
      name_end = NameAt(text, name_start);
      if (name_end == 0 && IsOfficeTitle(t->word)) name_end = TranscribedNameAt(text, name_start);
      if (name_end == 0) break;
      title = t;
      break;
    }
    if (title == nullptr) continue;
    const size_t title_begin = title_end - title->word.size();
    // 援黔 qualifies a bare title (援黔教师) but belongs to the body in 援黔工作组长.
    const size_t role_begin = title->tail.empty() ? RoleQualifierStart(text, title_begin) : title_begin;
    if (role_begin < resume) continue;
    internal::StopReason why;
    size_t aff_begin = internal::NameStart(text, role_begin, resume, kMaxAffiliationChars, context.places, &why);
    if (why == internal::StopReason::kLimit || why == internal::StopReason::kQuantity) aff_begin = role_begin;
    aff_begin = internal::StripGenericLead(text, aff_begin, role_begin);
    std::string affiliation(text.substr(aff_begin, role_begin - aff_begin));
    affiliation += title->tail;
    if (affiliation.empty()) {
      // A chain of titles: "某市教育局党组书记、局长某某" - the body is written once, before the
      // first title.
      size_t chain_begin = aff_begin;
      affiliation = ChainedAffiliation(text, role_begin, resume, context, &chain_begin);
      if (!affiliation.empty()) aff_begin = chain_begin;
    }
    std::string role = std::string(text.substr(role_begin, title_begin - role_begin)) +
                       std::string(title->role.empty() ? title->word : title->role);
    // The name, then any further names of a list: 甲、乙、丙等.
    size_t name_begin = name_start;
    while (true) {
      PersonMention m;
      m.span = {name_begin, name_end};
      m.name = std::string(text.substr(name_begin, name_end - name_begin));
      m.role = role;
      m.affiliation = affiliation;
      m.context = {aff_begin, name_end};
      out.push_back(std::move(m));
      resume = name_end;
      size_t next = name_end;
      if (utf8::At(text, next, "、")) {
        next += std::string_view("、").size();
      } else if (utf8::At(text, next, "和") || utf8::At(text, next, "及")) {
        next += 3;
      } else {
        break;
      }
      size_t e = NameAt(text, next);
      if (e == 0) break;
      name_begin = next;
      name_end = e;
    }
  }
  AddPhotographers(text, &out);
  AddWriters(text, stops, &out);
  AddNamesBeforeTitle(text, stops, &out);
  // Usually in order already (a stable sort would still allocate its buffer and move them).
  auto by_begin = [](const PersonMention& a, const PersonMention& b) { return a.span.begin < b.span.begin; };
  if (!std::is_sorted(out.begin(), out.end(), by_begin)) std::stable_sort(out.begin(), out.end(), by_begin);
  return out;
}

}  // namespace duikou::recognize
