#include "extract/organizations.h"

#include <algorithm>
#include <array>

#include "extract/name_scanner.h"
#include "extract/text_util.h"

namespace duikou::extract::internal {

namespace {

enum class Rule {
  kPlain,
  kCommittee,  // 委: only right after 市/县/省/区/州/党, never in a title (市委书记)
  kBureau,     // 局: not in 格局/布局/全局/结局/大局/当局
  kNumbered,   // 中 after a numeral after 县/市/区: 晴隆县四中
};

struct Head {
  std::string_view word;
  OrgType type;
  Rule rule;
};

constexpr std::array<Head, 57> kHeads = {{
    {"股份有限公司", OrgType::kEnterprise, Rule::kPlain},
    {"有限责任公司", OrgType::kEnterprise, Rule::kPlain},
    {"有限公司", OrgType::kEnterprise, Rule::kPlain},
    {"公司", OrgType::kEnterprise, Rule::kPlain},
    {"集团", OrgType::kEnterprise, Rule::kPlain},
    {"银行", OrgType::kEnterprise, Rule::kPlain},
    {"酒店", OrgType::kEnterprise, Rule::kPlain},
    {"厂", OrgType::kEnterprise, Rule::kPlain},
    {"大学", OrgType::kInstitution, Rule::kPlain},
    {"学院", OrgType::kInstitution, Rule::kPlain},
    {"学系", OrgType::kInstitution, Rule::kPlain},
    {"中学", OrgType::kInstitution, Rule::kPlain},
    {"小学", OrgType::kInstitution, Rule::kPlain},
    {"学校", OrgType::kInstitution, Rule::kPlain},
    {"党校", OrgType::kInstitution, Rule::kPlain},
    {"幼儿园", OrgType::kInstitution, Rule::kPlain},
    {"医院", OrgType::kInstitution, Rule::kPlain},
    {"卫生院", OrgType::kInstitution, Rule::kPlain},
    {"保健院", OrgType::kInstitution, Rule::kPlain},
    {"研究院", OrgType::kInstitution, Rule::kPlain},
    {"研究所", OrgType::kInstitution, Rule::kPlain},
    {"科学院", OrgType::kInstitution, Rule::kPlain},
    {"博物馆", OrgType::kInstitution, Rule::kPlain},
    {"文化馆", OrgType::kInstitution, Rule::kPlain},
    {"图书馆", OrgType::kInstitution, Rule::kPlain},
    {"中", OrgType::kInstitution, Rule::kNumbered},
    {"商会", OrgType::kSocialGroup, Rule::kPlain},
    {"基金会", OrgType::kSocialGroup, Rule::kPlain},
    {"基金", OrgType::kSocialGroup, Rule::kPlain},
    {"艺术团", OrgType::kSocialGroup, Rule::kPlain},
    {"文联", OrgType::kSocialGroup, Rule::kPlain},
    {"支部", OrgType::kSocialGroup, Rule::kPlain},
    {"协会", OrgType::kSocialGroup, Rule::kPlain},
    {"学会", OrgType::kSocialGroup, Rule::kPlain},
    {"联合会", OrgType::kSocialGroup, Rule::kPlain},
    {"慈善总会", OrgType::kSocialGroup, Rule::kPlain},
    {"红十字会", OrgType::kSocialGroup, Rule::kPlain},
    {"人民政府", OrgType::kGovernmentBody, Rule::kPlain},
    {"政府", OrgType::kGovernmentBody, Rule::kPlain},
    {"组织部", OrgType::kGovernmentBody, Rule::kPlain},
    {"宣传部", OrgType::kGovernmentBody, Rule::kPlain},
    {"统战部", OrgType::kGovernmentBody, Rule::kPlain},
    {"指挥部", OrgType::kGovernmentBody, Rule::kPlain},
    {"工作组", OrgType::kGovernmentBody, Rule::kPlain},
    {"领导小组", OrgType::kGovernmentBody, Rule::kPlain},
    {"对口办", OrgType::kGovernmentBody, Rule::kPlain},
    {"扶贫办", OrgType::kGovernmentBody, Rule::kPlain},
    {"协作办", OrgType::kGovernmentBody, Rule::kPlain},
    {"合作办", OrgType::kGovernmentBody, Rule::kPlain},
    {"交流办", OrgType::kGovernmentBody, Rule::kPlain},
    {"办公室", OrgType::kGovernmentBody, Rule::kPlain},
    {"供销社", OrgType::kGovernmentBody, Rule::kPlain},
    {"政协", OrgType::kGovernmentBody, Rule::kPlain},
    {"法院", OrgType::kGovernmentBody, Rule::kPlain},
    {"检察院", OrgType::kGovernmentBody, Rule::kPlain},
    {"局", OrgType::kGovernmentBody, Rule::kBureau},
    {"委", OrgType::kGovernmentBody, Rule::kCommittee},
}};

// Words that continue a head word into something else: 部门, 委员, 学校 after 中 …
bool ContinuesAsWord(std::string_view after, std::string_view head) {
  static constexpr std::array<std::string_view, 11> kTitles = {"书记", "副书记", "常委", "委员", "长", "主任",
                                                               "门", "会", "员", "副", "秘书"};
  if (head == "委" || head == "局" || head == "工作组" || head == "政府") {
    for (auto t : kTitles)
      if (StartsWith(after, t)) {
        // "工作组长" still names the group; the title is separate.
        if (head == "工作组" && t == "长") return false;
        return true;
      }
  }
  if (head == "中" && (StartsWith(after, "学") || StartsWith(after, "心") || StartsWith(after, "国"))) return true;
  // 大学生, 中学生, 小学生 are students, not schools.
  if ((head == "大学" || head == "中学" || head == "小学" || head == "学院") && StartsWith(after, "生")) return true;
  if (head == "公司" || head == "集团") return false;
  return false;
}

bool IsNumeral(std::string_view ch) {
  static constexpr std::string_view kNumerals = "一二三四五六七八九十";
  return ch.size() == 3 && kNumerals.find(ch) != std::string_view::npos;
}

bool RuleAccepts(std::string_view text, size_t head_begin, const Head& head) {
  if (head_begin == 0) return false;
  size_t prev = PrevChar(text, head_begin);
  std::string_view before = CharAt(text, prev);
  switch (head.rule) {
    case Rule::kPlain: return true;
    case Rule::kCommittee:
      return before == "市" || before == "县" || before == "省" || before == "区" || before == "州" || before == "党" ||
             (before == "改" || before == "健" || before == "纪");
    case Rule::kBureau:
      for (auto w : {"格", "布", "全", "结", "大", "当", "开", "时", "政"})
        if (before == w) return false;
      return true;
    case Rule::kNumbered: {
      if (!IsNumeral(before) || prev == 0) return false;
      std::string_view before2 = CharAt(text, PrevChar(text, prev));
      return before2 == "县" || before2 == "市" || before2 == "区";
    }
  }
  return false;
}

}  // namespace

OrgType TypeFromName(std::string_view name) {
  for (const Head& h : kHeads)
    if (!name.empty() && name.back() == h.word.back() && EndsWith(name, h.word)) return h.type;
  return OrgType::kOther;
}

std::string NormalizeOrgName(std::string_view surface, const DocContext& ctx) {
  std::string s = StripSpaces(surface);
  if (StartsWith(s, "市") && !ctx.home_name.empty()) return ctx.home_name + s.substr(3);
  if (StartsWith(s, "省") && !ctx.home_province_name.empty()) return ctx.home_province_name + s.substr(3);
  return s;
}

std::vector<OrgMention> FindOrganizations(std::string_view text, const DocContext& ctx) {
  std::vector<OrgMention> found;
  // Head words grouped by their last character: one pass over the text finds every head.
  // (All last characters are three bytes long and in the Basic Multilingual Plane.)
  struct Index {
    CharSet last_chars;
    std::vector<std::pair<char32_t, std::vector<const Head*>>> by_last;
  };
  static const Index kIndex = [] {
    Index idx;
    for (const Head& h : kHeads) {
      std::string_view last = h.word.substr(PrevChar(h.word, h.word.size()));
      idx.last_chars.Add(last);
      const char32_t c = CodePoint(last);
      auto it = std::find_if(idx.by_last.begin(), idx.by_last.end(), [&](const auto& e) { return e.first == c; });
      if (it == idx.by_last.end()) it = idx.by_last.insert(idx.by_last.end(), {c, {}});
      it->second.push_back(&h);
    }
    return idx;
  }();
  std::vector<std::pair<size_t, const Head*>> heads;
  for (size_t i = 0; i < text.size();) {
    if (static_cast<unsigned char>(text[i]) < 0x80) {  // no head ends in ASCII
      ++i;
      continue;
    }
    size_t n = CharLen(text, i);
    std::string_view ch = text.substr(i, n);
    i += n;
    if (n != 3 || !kIndex.last_chars.Contains(ch)) continue;
    const char32_t c = CodePoint(ch);
    for (const auto& [last, group] : kIndex.by_last) {
      if (c != last) continue;
      for (const Head* h : group)
        if (i >= h->word.size() && text.compare(i - h->word.size(), h->word.size(), h->word) == 0)
          heads.push_back({i - h->word.size(), h});
      break;
    }
  }
  for (const auto& [pos, head_ptr] : heads) {
    const Head& head = *head_ptr;
    {
      size_t end = pos + head.word.size();
      if (!RuleAccepts(text, pos, head)) continue;
      if (ContinuesAsWord(text.substr(end), head.word)) continue;
      size_t start = NameStart(text, pos, 0);
      std::string_view core = text.substr(start, pos - start);
      size_t core_chars = CharCount(core);
      bool relative = core == "市" || core == "省";
      if (core_chars < 2 && !relative) continue;
      if (IsGenericModifier(core)) continue;
      OrgMention m;
      // "晴隆县委县政府" names two bodies: the committee (its own 委 head) and the government.
      if (head.word == "政府") {
        size_t wei = core.rfind("委");
        if (wei != std::string_view::npos && wei >= 3 && wei + 3 < core.size() &&
            core.substr(wei - 3, 3) == core.substr(wei + 3)) {
          m.begin = start + wei + 3;
          m.end = end;
          m.surface = std::string(text.substr(m.begin, end - m.begin));
          m.name = std::string(core.substr(0, wei)) + std::string(head.word);
          m.type = head.type;
          found.push_back(std::move(m));
          continue;
        }
      }
      m.begin = start;
      m.end = end;
      m.surface = std::string(text.substr(start, end - start));
      m.name = NormalizeOrgName(m.surface, ctx);
      m.type = head.type;
      found.push_back(std::move(m));
    }
  }
  // One mention per span (the longest head word wins: 农商银行 over 银行 …), then drop names
  // nested at the start of a longer name of the same kind.
  std::sort(found.begin(), found.end(), [](const OrgMention& a, const OrgMention& b) {
    if (a.begin != b.begin) return a.begin < b.begin;
    return a.end > b.end;
  });
  std::vector<OrgMention> out;
  for (auto& m : found) {
    bool nested = false;
    for (const auto& o : found) {
      if (&o == &m) continue;
      bool inside = o.begin <= m.begin && m.end <= o.end && (o.end - o.begin) > (m.end - m.begin);
      if (inside && (o.type == m.type || o.type != OrgType::kSocialGroup)) nested = true;
    }
    if (!out.empty() && out.back().begin == m.begin && out.back().end == m.end) continue;
    if (!nested) out.push_back(m);
  }
  std::sort(out.begin(), out.end(), [](const OrgMention& a, const OrgMention& b) { return a.begin < b.begin; });
  return out;
}

}  // namespace duikou::extract::internal
