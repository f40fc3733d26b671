#include "extract/award_extractor.h"

#include <set>

#include "extract/organizations.h"
#include "extract/persons.h"
#include "extract/text_util.h"

namespace duikou::extract::internal {

namespace {

// True when a title follows the organization ending at `end` ("某市援川工作组组长某某",
// "某工作队队员、某县副县长某某"): the body is a winner's affiliation, not a winner.
bool IsAffiliation(std::string_view who, size_t end, std::string_view org) {
  // "某工作组长某某": the title shares the body's last character (组长, 队长).
  if ((EndsWith(org, "组") || EndsWith(org, "队")) && words::At(who, end, "长")) return true;
  static constexpr std::string_view kTitles[] = {
      "组长", "副组长", "队长", "副队长", "领队", "队员", "成员", "干部", "教师", "医生", "专家", "书记", "副书记",
      "主任", "副主任", "局长", "副局长", "总指挥", "副总指挥", "指挥长", "院长", "副院长", "校长", "副校长"};
  for (std::string_view t : kTitles)
    if (words::At(who, end, t)) return true;
  return false;
}

bool IsQuote(std::string_view ch) {
  return ch == "“" || ch == "”" || ch == "\"" || ch == "「" || ch == "」" || ch == "『" || ch == "』";
}

// The name without quotation marks around it or inside it (“全国文明城市”, 「全国文明城市」 -> 全国文明城市).
std::string WithoutQuotes(std::string_view name) {
  std::string out;
  for (size_t i = 0; i < name.size(); i += CharLen(name, i)) {
    std::string_view ch = CharAt(name, i);
    if (!IsQuote(ch)) out.append(ch);
  }
  return out;
}

// The year that opens an award's name ("2020年…", "2019年度…", also inside an opening quote),
// which is the award's year, not part of its name: the year, and `name` advanced past it.
// 0 and `name` unchanged when there is none.
int StripLeadingYear(std::string_view* name) {
  std::string_view s = *name;
  size_t quote = 0;
  while (quote < s.size() && IsQuote(CharAt(s, quote))) quote += CharLen(s, quote);
  size_t digits = quote;
  while (digits < s.size() && (IsAsciiDigit(s[digits]) || s[digits] == ' ')) ++digits;
  std::string year = StripSpaces(s.substr(quote, digits - quote));
  if (year.size() != 4) return 0;
  // A term of years ("2019—2020年度"): the award is of its last year.
  for (std::string_view dash : {"—", "-", "–", "~", "至"}) {
    if (!s.substr(digits).starts_with(dash)) continue;
    size_t second = digits + dash.size(), end = second;
    while (end < s.size() && IsAsciiDigit(s[end])) ++end;
    if (end - second == 4) {
      year = std::string(s.substr(second, 4));
      digits = end;
    }
    break;
  }
  std::string_view rest = s.substr(digits);
  if (!StartsWith(rest, "年")) return 0;
  rest.remove_prefix(std::string_view("年").size());
  if (StartsWith(rest, "度")) rest.remove_prefix(std::string_view("度").size());
  if (CharCount(rest) < 3) return 0;
  int y = std::stoi(year);
  if (y < 1949 || y > 2100) return 0;
  *name = rest;
  return y;
}

// "多项荣誉", "3个奖项", "各类奖": a count or a kind of honours, no award's name.
bool CountsHonours(std::string_view name) {
  size_t i = 0;
  while (i < name.size() && (IsAsciiDigit(name[i]) || name[i] == ' ')) ++i;
  static constexpr std::string_view kCounts = "一二三四五六七八九十两多数各";
  size_t n = i;
  while (n < name.size() && CharLen(name, n) == 3 && kCounts.find(CharAt(name, n)) != std::string_view::npos)
    n += 3;
  if (n == 0) return false;
  for (std::string_view measure : {"项", "个", "次", "类", "批", "种"})
    if (name.substr(n).starts_with(measure)) return true;
  return false;
}

}  // namespace

void ExtractAwards(const DocContext& ctx, const std::vector<Project>& projects, std::vector<Award>* out) {
  const auto& doc = *ctx.doc;
  std::set<std::string> seen;
  for (size_t pi = 0; pi < doc.passages.size(); ++pi) {
    const auto& passage = doc.passages[pi];
    if (passage.kind == document::PassageKind::kTable) continue;
    std::string_view text(passage.text);
    // An entry's heading (【获得荣誉】) names a topic; its verbs award nothing.
    const size_t body = ctx.passages[pi].body_start;
    // Every verb below contains 获 or 被 or is 荣膺: most passages are ruled out with three scans.
    // (Each scan is done once, and a verb is looked for only when its character is there: the
    // bare 评为, 授予 … count only after a 被.)
    const bool has_huo = Contains(text, "获"), has_bei = Contains(text, "被"), has_rongying = Contains(text, "荣膺");
    if (!has_huo && !has_bei && !has_rongying) continue;
    for (std::string_view verb : {"荣获", "获得", "被评为", "被表彰为", "获评", "被授予", "被命名为", "荣膺", "获",
                                  "评为", "授予", "表彰为", "命名为"}) {
      const bool possible = verb == "荣膺" ? has_rongying : Contains(verb, "获") ? has_huo : has_bei;
      if (!possible) continue;
      for (size_t p = FindWord(text, verb, body); p != std::string_view::npos; p = FindWord(text, verb, p + 1)) {
        // "甲被乙授予…", "甲被乙评为…": the passive with the awarding body named; the winner is
        // what stands before 被. (Right after 被 the verb was handled as 被授予, 被评为 ….)
        size_t passive = std::string_view::npos;
        if (verb == "评为" || verb == "授予" || verb == "表彰为" || verb == "命名为") {
          size_t cb = ClauseStart(text, p);
          passive = RFindWord(text.substr(cb, p - cb), "被");
          if (passive == std::string_view::npos || cb + passive + std::string_view("被").size() == p) continue;
          passive += cb;
        }
        // A shorter verb inside a longer one already handled (获 in 荣获/获得/获评).
        if (verb == "获" && (text.substr(p, 6) == "获得" || text.substr(p, 6) == "获评" ||
                            (p >= 3 && text.substr(p - 3, 6) == "荣获")))
          continue;
        size_t name_begin = p + verb.size();
        // 获奖 is a word ("获奖情况", "获奖名单"), not the verb before an award's name.
        if (verb == "获" && text.substr(name_begin).starts_with("奖")) continue;
        size_t clause_end = ClauseEnd(text, name_begin);
        std::string_view rest = text.substr(name_begin, clause_end - name_begin);
        size_t last = std::string_view::npos, last_len = 0;
        for (std::string_view w : {"奖", "称号", "先进个人", "先进集体", "荣誉", "模范集体", "模范个人", "先进单位",
                                   "示范单位", "先进工作者", "标兵", "模范", "红旗手", "示范项目", "优秀县", "优秀市",
                                   "优秀区", "先进县", "先进市", "示范县", "优秀单位", "优秀集体", "优秀个人"}) {
          size_t q = RFindWord(rest, w);
          if (q != std::string_view::npos && (last == std::string_view::npos || q + w.size() > last + last_len)) {
            last = q;
            last_len = w.size();
          }
        }
        // "被评为“某省优秀援青干部”": a title quoted whole right after a verb of naming is an
        // award whatever its head word.
        if (last == std::string_view::npos && verb != "获" && verb != "获得" && StartsWith(rest, "“") &&
            EndsWith(StripSpaces(rest), "”") && rest.find("“", 3) == std::string_view::npos) {
          last = 0;
          last_len = StripSpaces(rest).size();
        }
        if (last == std::string_view::npos) continue;
        std::string_view name = rest.substr(0, last + last_len);
        int year = ctx.passages[pi].year;
        // A leading year ("2020年四川省…奖", "“2019年度…先进集体”") is the award's year.
        if (int y = StripLeadingYear(&name)) year = y;
        // "某县人民政府授予的“某某单位”称号": the giver is no part of the name; what it gives is.
        const size_t granted = name.rfind("授予的");
        if (granted != std::string_view::npos) name.remove_prefix(granted + std::string_view("授予的").size());
        // "…先进集体称号": 称号 says the award is a title; the title is the name.
        if (EndsWith(name, "称号") && CharCount(name) > 4) {
          name.remove_suffix(std::string_view("称号").size());
          // "…”荣誉称号": an honorary title, named by what is quoted.
          if (EndsWith(name, "荣誉") && CharCount(name) > 4) name.remove_suffix(std::string_view("荣誉").size());
        }
        if (CharCount(name) < 3 || CountsHonours(name)) continue;
        Award a;
        a.name = WithoutQuotes(StripSpaces(name));
        a.year = year;
        a.passage = pi;
        size_t cb = ClauseStart(text, p);
        std::string_view who = text.substr(cb, (passive != std::string_view::npos ? passive : p) - cb);
        // "某某(甲医院医生)获…": the aside says who the winner is; its body wins nothing.
        while (EndsWith(who, " ")) who.remove_suffix(1);
        if (EndsWith(who, ")"))
          if (size_t open = who.rfind('('); open != std::string_view::npos && open > 0) who = who.substr(0, open);
        for (const auto& person : FindPersons(who)) a.awarded_to.push_back({Ref::Kind::kPerson, person.name, person.name});
        for (const auto& org : FindOrganizations(who, ctx))
          if (!IsAffiliation(who, org.end, org.name))
            a.awarded_to.push_back({Ref::Kind::kOrganization, org.name, org.surface});
        for (const auto& proj : projects)
          if (Contains(who, proj.name)) a.awarded_to.push_back({Ref::Kind::kMention, proj.name, proj.name});
        // "我县获评…", "甲县获…": a place the clause names before the verb (the chapter's own
        // home by its name).
        if (a.awarded_to.empty())
          for (const auto& m : ctx.passages[pi].places)
            if (m.resolved() && m.begin >= cb && m.end <= (passive != std::string_view::npos ? passive : p) &&
                StripSpaces(text.substr(m.end, (passive != std::string_view::npos ? passive : p) - m.end)).empty())
              a.awarded_to.push_back(
                  {Ref::Kind::kPlace, m.code, StartsWith(m.surface, "我") ? ctx.NameOf(m.code) : m.surface});
        // "周某获…称号", "年内，周某被评为…": a bare name, no title before it.
        if (a.awarded_to.empty()) {
          std::string bare = StripSpaces(who);
          for (std::string_view lead : {"年内,", "年内，", "同年,", "同年，", "其中,", "其中，", "年内", "同年"})
            if (StartsWith(bare, lead)) bare = bare.substr(lead.size());
          // A place is named so too ("甲市获…先进集体", 甲市 a county-level city): the gazetteer tells them apart.
          gazetteer::ResolveContext rc;
          rc.home_code = ctx.home_code;
          const gazetteer::PlaceMention place = bare.empty() ? gazetteer::PlaceMention{} : ctx.matcher->Resolve(bare, rc);
          if (place.resolved())
            a.awarded_to.push_back({Ref::Kind::kPlace, place.code, bare});
          else if (LooksLikePersonName(bare))
            a.awarded_to.push_back({Ref::Kind::kPerson, bare, bare});
        }
        if (!seen.insert(a.name).second) continue;
        out->push_back(std::move(a));
      }
    }
  }
}

}  // namespace duikou::extract::internal
