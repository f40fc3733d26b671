#include "recognize/surnames.h"

#include <unordered_set>

#include "recognize/utf8.h"

namespace duikou::recognize {
namespace {

constexpr std::string_view kCompound[] = {
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "长孙", "宇文",
    "司徒", "夏侯", "轩辕", "端木", "西门", "南宫", "独孤", "呼延", "申屠", "万俟", "澹台", "公冶",
    "太史", "闻人", "濮阳", "淳于", "单于", "钟离", "宗政", "拓跋", "百里", "东郭", "公羊", "赫连",
};

constexpr std::u32string_view kSingle =
    U"王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕"
    U"丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严"
    U"覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符"
    U"舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司"
    U"卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙"
    U"荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘"
    U"满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普"
    U"阙浦戈伏鹿薄邸雍辜羊母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉"
    U"冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由訾鄂喇才归凤双木达铁贝阿习";

const std::unordered_set<char32_t>& SingleSet() {
  static const auto* set = new std::unordered_set<char32_t>(kSingle.begin(), kSingle.end());
  return *set;
}

}  // namespace

size_t SurnameLengthAt(std::string_view text, size_t pos) {
  static const auto* compound_first = [] {
    auto* set = new std::unordered_set<char32_t>();
    for (std::string_view c : kCompound) {
      size_t len = 0;
      set->insert(utf8::Decode(c, 0, &len));
    }
    return set;
  }();
  if (pos >= text.size()) return 0;
  size_t len = 0;
  char32_t c = utf8::Decode(text, pos, &len);
  if (compound_first->count(c)) {
    for (std::string_view w : kCompound) {
      if (utf8::At(text, pos, w)) return w.size();
    }
  }
  return SingleSet().count(c) ? len : 0;
}

}  // namespace duikou::recognize
