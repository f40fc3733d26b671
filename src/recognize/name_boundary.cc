#include "recognize/name_boundary.h"

#include <algorithm>
#include <unordered_map>
#include <vector>

#include "recognize/number_parser.h"
#include "recognize/utf8.h"
#include "recognize/word_set.h"

namespace duikou::recognize::internal {
namespace {

// Words that end a name on its left: what comes before an organization in running text.
// Verbs of cooperation and reporting, prepositions, conjunctions, generic nouns.
constexpr std::string_view kStopWords[] = {
    "对接", "推动", "推进", "成立", "组织", "帮助", "助力", "支持", "协调", "联系", "创办", "开通",
    "建成", "建立", "举办", "主办", "承办", "开设", "设立", "新增", "选派", "捐赠", "援建", "依托", "通过",
    "会同", "邀请", "携手", "指导", "考察", "参观", "走访", "慰问", "入选", "评为", "授予", "荣获", "获得",
    "签订", "签约", "引进", "引导", "动员", "落实", "实施", "开展", "参加", "出席", "召开", "发起", "接收",
    "接待", "前往", "来到", "深入", "看望", "访问", "调研", "牵头", "促成", "争取", "安排", "拨付", "投入",
    "采购", "购买", "销售", "以及", "其中", "其间", "期间", "分别", "积极", "全力", "全面", "加强",
    "深化", "持续", "组建", "筹建", "新建", "启动", "联手", "当地", "各地", "两地", "单位", "部门", "机构",
    "社会各界", "爱心人士", "率领", "带领", "陪同", "包括", "协助", "委托", "资助", "捐助", "捐建", "帮扶",
    "结对", "对口帮扶", "赞助", "获评", "荣膺", "作为", "还有", "以及", "由于", "经过", "利用", "发挥",
    "依靠", "进入", "参与", "同时", "并与", "并由", "分赴", "来自", "位于", "隶属", "展出", "举行", "在于",
    "开业", "落户", "入驻", "打造", "培育", "引入", "招引", "对标", "就读", "缔结", "就业", "毕业",
    "会见", "接见", "会谈", "欢迎", "迎接", "座谈", "见证", "出访", "回访", "互访", "扶持", "援助", "面向",
    "覆盖", "惠及", "带动", "吸引", "聘请", "担任", "派驻", "派出", "选送", "安置", "成为", "形成", "感谢",
    "推荐", "表彰", "授牌", "命名", "评选", "认定", "获批", "挂牌", "揭牌", "授予", "颁发", "委派",
    // Verbs between two bodies: "某医院托管某县医院", "某医院派出专家团队常驻某医院".
    "托管", "常驻", "进驻", "领办", "兼并", "收购", "创建", "争创", "承建", "共建", "落地",
    // Brokering: "某区牵线某某有限公司与某县合作".
    "牵线", "搭桥",
    // Personal titles: what precedes a title is a person's affiliation, and an organization's
    // name never runs through a person ("市长某某会见代表团").
    "书记", "市长", "县长", "区长", "省长", "州长", "主任", "局长", "部长", "主席", "董事长", "总经理",
};

// Words that end a name only when some of the name follows them: "某市企业某某有限公司" (a
// city's enterprise 某某有限公司) but "某省企业联合会"; "指挥部联合市教育局" but "某某联合农商银行".
// Verbs that also name departments (交流, 服务, 建设, 管理, 发展: 对外交流协会, 城乡建设局) are
// deliberately no stop words at all.
// 集团 is none: a subsidiary's full name starts with its group's ("某集团某某投资有限公司").
constexpr std::string_view kSoftStops[] = {"企业", "公司", "联合", "合作", "共同"};

// Single characters that end a name, unless followed by one of `except` (和 in 发展和改革).
struct StopChar {
  char32_t c;
  std::string_view except[20];
};
constexpr StopChar kStopChars[] = {
    // 与 inside official names: 对口支援与合作交流, 与扶贫协作 (a body's remit, as 和 in 发展和改革).
    {U'在', {}}, {U'与', {"合作交流", "扶贫协作"}}, {U'向', {}}, {U'由', {}}, {U'赴', {}}, {U'到', {}}, {U'为', {}},
    {U'等', {}}, {U'及', {}}, {U'将', {}}, {U'把', {}}, {U'被', {}}, {U'是', {}}, {U'给', {}},
    {U'从', {}}, {U'让', {}}, {U'获', {}}, {U'并', {}}, {U'的', {}}, {U'了', {}}, {U'着', {}},
    {U'均', {}}, {U'已', {}}, {U'也', {}}, {U'还', {}}, {U'又', {}}, {U'就', {}}, {U'请', {}},
    {U'跟', {}}, {U'率', {}}, {U'往', {}}, {U'据', {}}, {U'按', {}}, {U'随', {}}, {U'至', {}},
    {U'或', {}}, {U'暨', {}}, {U'即', {}}, {U'以', {"上", "下"}}, {U'令', {}}, {U'使', {"馆"}},
    {U'对', {"口", "外"}},
    // 和 inside official names: 发展和改革, 文化和旅游, 住房和城乡建设, 人力资源和社会保障,
    // 经济和信息化, 自然资源和规划, 教育和体育, 对口支援和区域合作.
    {U'和', {"改革", "旅游", "城乡", "社会", "信息", "技术", "规划", "体育", "区域", "对口", "科技", "民族",
            "合作", "协作", "交流", "就业", "扶贫协作"}},
    {U'于', {"都"}},
    {U'同', {"济", "仁"}},
    {U'经', {"济", "信", "贸", "开"}},
    {U'共', {"青", "产"}},
};

// Leading words that do not belong to a name: "全市中小学", "各级医院", "有关单位".
constexpr std::string_view kGenericLeads[] = {"全市", "全省", "全县", "全区", "全州", "全国", "各级", "各类",
                                               "各", "本市", "本县", "本区", "该", "有关", "相关", "当地",
                                               "所属", "下属", "其他", "其", "多家", "部分", "这些", "此", "以上", "上述", "这",
                                               "那", "每", "爱心", "知名", "著名", "周边"};

// Modifiers that describe a kind of organization ("结对医院", "乡镇卫生院"), not a name.
constexpr std::string_view kGenericWords[] = {
    "乡镇", "村级", "基层", "结对", "当地", "定点", "帮扶", "受援", "社会", "国有", "民营", "私营",
    "中小", "省级", "市级", "县级", "区级", "国家级", "一流", "重点", "龙头", "骨干", "知名", "大型",
    "中型", "小型", "上市", "本地", "外地", "贫困", "农村", "城市", "专业", "合作", "对口", "中", "各",
    "新", "该", "有关", "相关", "两", "多", "全", "公立", "民办", "公办", "高等", "职业", "示范", "特色",
    "优质", "名", "驻地", "属地", "行业", "主管", "牵头", "成员", "联系", "协作", "共建", "挂钩", "援建",
    "当地政府", "地方", "所在", "下级", "上级", "市属", "县属", "省属", "县域", "镇村", "人民",
    "中职", "高职", "友好", "党政", "企业", "驻村",
    // Partners counted ("两州学校") and schools paired as sisters ("结为姊妹学校").
    "两州", "两市", "两县", "两区", "两地", "两省", "姊妹",
    // Grades of hospitals and schools: "创建三级医院" names none.
    "一级", "二级", "三级", "二甲", "三甲", "二乙", "三乙",
};

const WordSet& StopWords() {
  static const WordSet* set = new WordSet(kStopWords);
  return *set;
}
const WordSet& SoftStops() {
  static const WordSet* set = new WordSet(kSoftStops);
  return *set;
}

// Stop characters by character.
const std::unordered_map<char32_t, const StopChar*>& StopChars() {
  static const auto* map = [] {
    auto* m = new std::unordered_map<char32_t, const StopChar*>();
    for (const StopChar& c : kStopChars) (*m)[c.c] = &c;
    return m;
  }();
  return *map;
}

bool ContainsPrev(std::string_view text, size_t pos, std::u32string_view set) {
  return pos > 0 && set.find(utf8::Prev(text, pos)) != std::u32string_view::npos;
}

bool StopCharAt(std::string_view text, size_t char_begin, char32_t c, size_t char_len) {
  // Most characters are none: one bit test before the hash lookup (NameStart asks at every
  // character it walks over).
  static const utf8::CharSet* stop_set = [] {
    auto* set = new utf8::CharSet();
    for (const StopChar& stop : kStopChars) set->Add(stop.c);
    return set;
  }();
  if (!stop_set->Has(c)) return false;
  const auto& chars = StopChars();
  auto it = chars.find(c);
  if (it == chars.end()) return false;
  // 和 closing a word of a name: 协和, 共和, 太和, 祥和, 人和, 保和 (no conjunction there).
  if (c == U'和' && ContainsPrev(text, char_begin, U"协共太祥人保谐")) return false;
  for (std::string_view e : it->second->except) {
    if (!e.empty() && utf8::At(text, char_begin + char_len, e)) return false;
  }
  return true;
}

// The place span that contains byte `pos` - 1 (the character just left of pos), if any.
const Span* PlaceEndingIn(const std::vector<Span>& places, size_t pos) {
  auto it = std::upper_bound(places.begin(), places.end(), pos - 1,
                             [](size_t p, const Span& s) { return p < s.begin; });
  if (it == places.begin()) return nullptr;
  --it;
  return (it->begin < pos && pos <= it->end) ? &*it : nullptr;
}

// Marks that open or close a yearbook entry title: 〖标题〗, ■标题, ●, ◆.
bool IsEntryMark(char32_t c) {
  switch (c) {
    case U'〖': case U'〗': case U'■': case U'□': case U'●': case U'◆': case U'▲': case U'★':
      return true;
    default:
      return false;
  }
}

}  // namespace

bool IsAdminChar(char32_t c) {
  switch (c) {
    case U'省': case U'市': case U'县': case U'区': case U'州': case U'盟': case U'旗': case U'镇': case U'乡':
      return true;
    default:
      return false;
  }
}

size_t NameStart(std::string_view text, size_t end, size_t floor, size_t max_chars,
                 const std::vector<Span>& places, StopReason* why) {
  size_t p = end;
  size_t chars = 0;
  while (true) {
    if (p <= floor) {
      *why = p == 0 ? StopReason::kBreak : StopReason::kFloor;
      return std::max(p, floor);
    }
    if (const Span* place = places.empty() ? nullptr : PlaceEndingIn(places, p)) {
      if (place->begin >= floor) {
        chars += 2;
        p = place->begin;
        continue;
      }
    }
    size_t len = 0;
    char32_t c = utf8::DecodeBefore(text, p, &len);
    if (c == ')' || c == U'）') {
      // A parenthesized part inside a name: 某省某某(某省)商会.
      size_t q = p - len;
      size_t open = std::string_view::npos;
      for (int n = 0; n < 8 && q > floor; ++n) {
        size_t l = 0;
        char32_t d = utf8::DecodeBefore(text, q, &l);
        q -= l;
        if (d == '(' || d == U'（') {
          open = q;
          break;
        }
        if (utf8::IsBreak(d)) break;
      }
      if (open == std::string_view::npos || open == floor) {
        *why = StopReason::kBreak;
        return p;
      }
      chars += 2;
      p = open;
      continue;
    }
    if (utf8::IsBreak(c) || IsEntryMark(c)) {
      *why = StopReason::kBreak;
      return p;
    }
    if (utf8::IsAsciiDigit(c)) {
      // "第5中学" keeps its number; any other number ends the name.
      size_t q = p - len;
      while (q > 0 && utf8::IsAsciiDigit(text[q - 1])) --q;
      if (utf8::EndsAt(text, q, "第")) {
        p = q;
        continue;
      }
      *why = StopReason::kQuantity;
      return p;
    }
    if (c == U'年' || c == U'月' || c == U'日') {
      char32_t before = utf8::Prev(text, p - len);
      if (utf8::IsAsciiDigit(before) || (IsChineseNumeral(before) && c != U'日')) {
        *why = StopReason::kDate;
        return p;
      }
    }
    if (std::string_view w = StopWords().LongestEndingAt(text, p); !w.empty() && p - w.size() >= floor) {
      *why = StopReason::kWord;
      return p;
    }
    if (p < end && !utf8::At(text, p, "家")) {  // 企业家商会: 企业家 is a word of the name
      // After a government (某市人民政府合作交流办公室) the word names one of its offices;
      // 合作交流 is a body's remit (某区对口支援与合作交流工作领导小组).
      if (std::string_view w = SoftStops().LongestEndingAt(text, p);
          !w.empty() && p - w.size() >= floor && !utf8::EndsAt(text, p - w.size(), "政府") &&
          !(w == "合作" && utf8::At(text, p, "交流"))) {
        *why = StopReason::kWord;
        return p;
      }
    }
    if (c == U'共' && utf8::EndsAt(text, p, "中共")) {  // 中共某某省委
      p -= len;
      ++chars;
      continue;
    }
    if (StopCharAt(text, p - len, c, len)) {
      *why = StopReason::kWord;
      return p;
    }
    if (++chars > max_chars) {
      *why = StopReason::kLimit;
      return p;
    }
    p -= len;
  }
}

size_t StripGenericLead(std::string_view text, size_t begin, size_t end) {
  static const WordSet* leads = new WordSet(kGenericLeads);
  while (begin < end) {
    std::string_view w = leads->LongestAt(text, begin);
    if (w.empty() || begin + w.size() > end) break;
    begin += w.size();
  }
  return begin;
}

bool IsGenericOnly(std::string_view text, size_t begin, size_t end) {
  static const WordSet* generic = new WordSet(kGenericWords);
  if (begin >= end) return true;
  // Greedy longest-first cover by generic words.
  for (size_t p = begin; p < end;) {
    std::string_view w = generic->LongestAt(text.substr(0, end), p);
    if (w.empty()) return false;
    p += w.size();
  }
  return true;
}

}  // namespace duikou::recognize::internal
