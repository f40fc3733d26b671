#include "extract/name_scanner.h"

#include <algorithm>
#include <array>
#include <utility>
#include <vector>

#include "extract/text_util.h"

namespace duikou::extract::internal {

namespace {

// Single characters that never sit inside a name here: prepositions, conjunctions, particles.
constexpr std::array<std::string_view, 27> kStopChars = {
    "以",
    "的", "与", "和", "向", "在", "由", "及", "等", "赴", "至", "到", "为", "是", "将",
    "从", "并", "或", "把", "被", "给", "于", "获", "跟", "即", "了", "着"};

// Words (mostly verbs) that introduce a name; the name starts right after them.
constexpr std::array<std::string_view, 90> kStopWords = {
    "缔结", "加快", "加大", "完成", "实现", "促进", "深化", "打造", "谋划", "结成",
    "对接", "联合", "帮助", "推动", "推进", "成立", "新增", "组织", "通过", "支持", "签订", "落户",
    "企业", "举办", "主办", "承办", "开通", "创办", "援建", "建成", "建设", "落实", "贯彻", "助力",
    "依托", "引进", "携手", "会同", "协调", "争取", "邀请", "参观", "考察", "访问", "进入", "就读",
    "设立", "开设", "前往", "来自", "其中", "召开", "开展", "实施", "发起", "启动", "指导", "培训",
    "帮扶", "选派", "安排", "动员", "加入", "入选", "组建", "入驻", "捐赠", "捐助", "包括",
    "以及", "分别", "共同", "年内", "期间", "同时", "此外", "另外", "位于", "作为", "获得", "荣获",
    "察看", "查看", "视察", "调研", "走访", "观摩", "出席", "参加", "承建"};

constexpr std::array<std::string_view, 50> kGenericPrefixes = {
    "各", "全市", "全县", "全省", "全国", "全区", "以上", "相关", "有关", "当地", "结对", "对口", "帮扶",
    "本市", "本县", "该", "其他", "中小", "中职", "所", "家", "个", "批", "乡镇", "一批", "一个", "一家",
    "这", "两地", "社会", "国有", "民营", "职工", "省级", "市级", "县级", "村级", "首个", "首家", "首批",
    "受援", "援", "专项", "定点", "多", "部分", "第", "友好",
    // A programme's name alone ("共建山海协作产业园") names the kind of park, not one park.
    "山海协作", "东西部"};

bool IsOpenParen(std::string_view ch) { return ch == "(" || ch == "（"; }
bool IsCloseParen(std::string_view ch) { return ch == ")" || ch == "）"; }

}  // namespace

size_t NameStart(std::string_view text, size_t head_begin, size_t floor, size_t max_chars) {
  size_t start = head_begin;
  size_t chars = 0;
  while (start > floor && chars < max_chars) {
    size_t prev = PrevChar(text, start);
    std::string_view ch = CharAt(text, prev);
    if (IsCloseParen(ch)) {
      // Keep a balanced parenthesis group of a few characters: 湖州(浙江).
      size_t p = prev;
      size_t n = 0;
      while (p > floor && n < 8) {
        p = PrevChar(text, p);
        ++n;
        if (IsOpenParen(CharAt(text, p))) break;
      }
      if (!IsOpenParen(CharAt(text, p)) || p == floor) break;
      start = p;
      chars += n + 1;
      continue;
    }
    if (IsPunct(ch) || (ch.size() == 1 && (IsAsciiDigit(ch[0]) || ch[0] == '%'))) break;
    // Characters that end a stop word (or are one): only then are the words compared.
    static const CharSet kStopEnds = [] {
      CharSet out;
      for (auto w : kStopChars) out.Add(w);
      for (auto w : kStopWords) out.Add(w.substr(PrevChar(w, w.size())));
      return out;
    }();
    if (ch.size() == 3 && kStopEnds.Contains(ch)) {
      static const CharSet kStopCharSet = [] {
        CharSet out;
        for (auto w : kStopChars) out.Add(w);
        return out;
      }();
      if (kStopCharSet.Contains(ch)) break;
      // Only the stop words ending in `ch` can end here.
      static const std::vector<std::pair<char32_t, std::string_view>> kByLastChar = [] {
        std::vector<std::pair<char32_t, std::string_view>> out;
        for (auto w : kStopWords) out.push_back({CodePoint(w.substr(PrevChar(w, w.size()))), w});
        std::sort(out.begin(), out.end());
        return out;
      }();
      const char32_t last = CodePoint(ch);
      bool stop = false;
      auto it = std::lower_bound(kByLastChar.begin(), kByLastChar.end(), std::pair<char32_t, std::string_view>{last, {}});
      for (; it != kByLastChar.end() && it->first == last; ++it)
        if (start >= floor + it->second.size() && text.substr(start - it->second.size(), it->second.size()) == it->second)
          // "技能培训中心": training right before the head word names what the centre is for.
          stop = !(start == head_begin && it->second == "培训");
      if (!stop && start == head_begin && words::EndsAt(text, start, "培训")) {
        // The words before 培训 belong to the name only when there are some: a bare
        // "培训中心" is a kind of centre.
        const size_t before = start - std::string_view("培训").size();
        if (before <= floor || IsPunct(CharAt(text, PrevChar(text, before)))) break;
      }
      if (stop) break;
    }
    start = prev;
    ++chars;
  }
  return start;
}

bool IsGenericModifier(std::string_view core) {
  static const CharSet kFirstChars = [] {
    CharSet out;
    for (auto p : kGenericPrefixes) out.Add(CharAt(p, 0));
    return out;
  }();
  if (!kFirstChars.Contains(CharAt(core, 0))) return false;
  for (auto p : kGenericPrefixes)
    if (StartsWith(core, p)) return true;
  return false;
}

}  // namespace duikou::extract::internal
