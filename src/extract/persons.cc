#include "extract/persons.h"

#include <array>

#include "extract/name_scanner.h"
#include "extract/text_util.h"

namespace duikou::extract::internal {

namespace {

// The most common Chinese surnames (single character), which between them cover the vast
// majority of the population; compound surnames are rare in yearbooks.
constexpr std::string_view kSurnames =
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    "常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季"
    "裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄"
    "窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池"
    "查麻苑迟邝习";

// Titles after which a name follows; longest first so 副书记 wins over 书记.
constexpr std::array<std::string_view, 24> kTitles = {
    "总书记", "副书记", "书记", "副市长", "市长", "副县长", "县长", "副省长", "省长", "副主任", "主任", "副局长",
    "局长", "组长", "部长", "主席", "院长", "校长", "教师", "医生", "领导", "董事长", "总经理", "指挥长"};

// Characters that start the word after a name rather than continuing it.
constexpr std::string_view kFollowers =
    "主率一等参在赴到出考调获讲表指带为同与和及的是于陪说强要作介会专亲来去对向任代担分也还已将视慰看"
    "、，,。;；:：(（)）“”\"》《 ";

bool IsSurname(std::string_view ch) { return ch.size() == 3 && kSurnames.find(ch) != std::string_view::npos; }
bool IsFollower(std::string_view ch) { return kFollowers.find(ch) != std::string_view::npos; }
bool IsCjk(std::string_view ch) { return ch.size() == 3 && static_cast<unsigned char>(ch[0]) >= 0xE4; }

// A name starting at `pos`: surname + 1 or 2 given characters. Returns its end or `pos`.
size_t NameEnd(std::string_view text, size_t pos) {
  std::string_view s = CharAt(text, pos);
  if (!IsSurname(s)) return pos;
  size_t g1 = pos + s.size();
  std::string_view c1 = CharAt(text, g1);
  if (!IsCjk(c1) || IsFollower(c1)) return pos;
  size_t g2 = g1 + c1.size();
  std::string_view c2 = CharAt(text, g2);
  if (IsCjk(c2) && !IsFollower(c2)) return g2 + c2.size();
  return g2;
}

}  // namespace

bool LooksLikePersonName(std::string_view name) {
  size_t n = CharCount(name);
  return n >= 2 && n <= 4 && IsSurname(CharAt(name, 0));
}

std::vector<PersonMention> FindPersons(std::string_view text) {
  std::vector<PersonMention> out;
  size_t covered = 0;  // mentions never overlap
  // Characters a title can start with: a cheap filter before comparing titles.
  static const CharSet kTitleStarts = [] {
    CharSet out;
    for (auto t : kTitles) out.Add(t.substr(0, CharLen(t, 0)));
    return out;
  }();
  for (size_t i = 0; i < text.size(); i += CharLen(text, i)) {
    if (i < covered) continue;
    std::string_view first = CharAt(text, i);
    if (first.size() != 3 || !kTitleStarts.Contains(first)) continue;
    for (auto title : kTitles) {
      if (text.substr(i, title.size()) != title) continue;
      size_t after = i + title.size();
      if (title == "总书记") {
        // Name before the title: 习近平总书记.
        for (size_t back : {9u, 6u}) {
          if (i < back || i - back < covered) continue;
          size_t b = i - back;
          std::string_view name = text.substr(b, back);
          if (LooksLikePersonName(name) && IsCjk(CharAt(name, 3))) {
            out.push_back({b, i, std::string(name), std::string(title)});
            covered = after;
            break;
          }
        }
        if (covered == after) break;
      }
      size_t end = NameEnd(text, after);
      if (end == after) break;
      size_t role_begin = NameStart(text, i, covered, 10);
      std::string role(text.substr(role_begin, after - role_begin));
      out.push_back({after, end, std::string(text.substr(after, end - after)), role});
      covered = end;
      // A list of names sharing the title: 市领导A、B、C等.
      while (text.substr(covered, 3) == "、") {
        size_t next = covered + 3;
        size_t e = NameEnd(text, next);
        if (e == next) break;
        std::string_view term = CharAt(text, e);
        if (term != "、" && term != "等" && !IsPunct(term)) break;
        out.push_back({next, e, std::string(text.substr(next, e - next)), role});
        covered = e;
      }
      break;
    }
  }
  return out;
}

}  // namespace duikou::extract::internal
