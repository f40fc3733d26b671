#include "gazetteer/alias_rules.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "gazetteer_fixture.h"

namespace duikou::gazetteer {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::UnorderedElementsAre;

// "text/kind" for every form, official name first.
std::vector<std::string> Forms(const std::string& name, Level level) {
  std::vector<std::string> out;
  for (const NameForm& f : NameForms(Division{"", name, level, ""})) {
    out.push_back(f.text + "/" + (f.kind == NameKind::kOfficial ? "official" : f.kind == NameKind::kShort ? "short"
                                          : f.kind == NameKind::kFormer ? "former" : "bare"));
  }
  return out;
}

TEST(AliasRules, ProvinceShortNames) {
  EXPECT_THAT(Forms("新疆维吾尔自治区", Level::kProvince), ElementsAre("新疆维吾尔自治区/official", "新疆/short"));
  EXPECT_THAT(Forms("广西壮族自治区", Level::kProvince), ElementsAre("广西壮族自治区/official", "广西/short"));
  EXPECT_THAT(Forms("宁夏回族自治区", Level::kProvince), ElementsAre("宁夏回族自治区/official", "宁夏/short"));
  EXPECT_THAT(Forms("西藏自治区", Level::kProvince), ElementsAre("西藏自治区/official", "西藏/short"));
  EXPECT_THAT(Forms("内蒙古自治区", Level::kProvince), ElementsAre("内蒙古自治区/official", "内蒙古/short"));
  EXPECT_THAT(Forms("四川省", Level::kProvince), ElementsAre("四川省/official", "四川/short"));
  EXPECT_THAT(Forms("重庆市", Level::kProvince), ElementsAre("重庆市/official", "重庆/short"));
}

TEST(AliasRules, AutonomousPrefecturesLoseTheirEthnicDesignation) {
  EXPECT_THAT(Forms("阿坝藏族羌族自治州", Level::kPrefecture),
              ElementsAre("阿坝藏族羌族自治州/official", "阿坝州/short", "阿坝/bare"));
  EXPECT_THAT(Forms("海西蒙古族藏族自治州", Level::kPrefecture),
              ElementsAre("海西蒙古族藏族自治州/official", "海西州/short", "海西/bare"));
  // Without 族 after the ethnic name.
  EXPECT_THAT(Forms("博尔塔拉蒙古自治州", Level::kPrefecture),
              ElementsAre("博尔塔拉蒙古自治州/official", "博尔塔拉州/short", "博尔塔拉/bare"));
  EXPECT_THAT(Forms("伊犁哈萨克自治州", Level::kPrefecture),
              ElementsAre("伊犁哈萨克自治州/official", "伊犁州/short", "伊犁/bare"));
  EXPECT_THAT(Forms("黔东南苗族侗族自治州", Level::kPrefecture),
              ElementsAre("黔东南苗族侗族自治州/official", "黔东南州/short", "黔东南/bare"));
}

TEST(AliasRules, PrefecturesHaveBareNames) {
  EXPECT_THAT(Forms("衢州市", Level::kPrefecture), ElementsAre("衢州市/official", "衢州/bare", "衢州地区/former"));
  EXPECT_THAT(Forms("阿克苏地区", Level::kPrefecture), ElementsAre("阿克苏地区/official", "阿克苏/bare"));
  EXPECT_THAT(Forms("锡林郭勒盟", Level::kPrefecture), ElementsAre("锡林郭勒盟/official", "锡林郭勒/bare"));
}

TEST(AliasRules, AutonomousCounties) {
  EXPECT_THAT(Forms("马边彝族自治县", Level::kCounty), ElementsAre("马边彝族自治县/official", "马边县/short", "马边/bare"));
  EXPECT_THAT(Forms("景宁畲族自治县", Level::kCounty), ElementsAre("景宁畲族自治县/official", "景宁县/short", "景宁/bare"));
  EXPECT_THAT(Forms("积石山保安族东乡族撒拉族自治县", Level::kCounty),
              ElementsAre("积石山保安族东乡族撒拉族自治县/official", "积石山县/short", "积石山/bare"));
  EXPECT_THAT(Forms("隆林各族自治县", Level::kCounty), ElementsAre("隆林各族自治县/official", "隆林县/short", "隆林/bare"));
  EXPECT_THAT(Forms("鄂温克族自治旗", Level::kCounty), ElementsAre("鄂温克族自治旗/official", "鄂温克旗/short", "鄂温克/bare"));
  // Nothing but the ethnic designation: the name keeps it.
  EXPECT_THAT(Forms("东乡族自治县", Level::kCounty), ElementsAre("东乡族自治县/official", "东乡县/short", "东乡/bare"));
}

TEST(AliasRules, AdministrativeCommittees) {
  EXPECT_THAT(Forms("大柴旦行政委员会", Level::kCounty),
              ElementsAre("大柴旦行政委员会/official", "大柴旦行委/short", "大柴旦行政区/short", "大柴旦/bare"));
}

TEST(AliasRules, CountiesHaveBareNamesOfTwoCharactersOrMore) {
  EXPECT_THAT(Forms("涪陵区", Level::kCounty), ElementsAre("涪陵区/official", "涪陵/bare", "涪陵县/former", "涪陵市/former"));
  EXPECT_THAT(Forms("柯桥区", Level::kCounty), ElementsAre("柯桥区/official", "柯桥/bare", "柯桥县/former", "柯桥市/former"));
  EXPECT_THAT(Forms("江山市", Level::kCounty), ElementsAre("江山市/official", "江山/bare", "江山县/former"));
  EXPECT_THAT(Forms("阿瓦提县", Level::kCounty), ElementsAre("阿瓦提县/official", "阿瓦提/bare"));
  EXPECT_THAT(Forms("神农架林区", Level::kCounty), ElementsAre("神农架林区/official", "神农架/bare"));
  EXPECT_THAT(Forms("六枝特区", Level::kCounty), ElementsAre("六枝特区/official", "六枝/bare"));
  EXPECT_THAT(Forms("土默特左旗", Level::kCounty), ElementsAre("土默特左旗/official", "土默特左/bare"));
  EXPECT_THAT(Forms("赵县", Level::kCounty), ElementsAre("赵县/official"));  // no 1-character bare name
  EXPECT_THAT(Forms("城区", Level::kCounty), ElementsAre("城区/official"));  // no 城市 either
  EXPECT_THAT(Forms("芒市", Level::kCounty), ElementsAre("芒市/official"));
}

TEST(AliasRules, TownshipsOnlyLoseEthnicDesignations) {
  EXPECT_THAT(Forms("江山镇", Level::kTownship), ElementsAre("江山镇/official"));
  EXPECT_THAT(Forms("荔枝街道", Level::kTownship), ElementsAre("荔枝街道/official"));
  EXPECT_THAT(Forms("三仁畲族乡", Level::kTownship), ElementsAre("三仁畲族乡/official", "三仁乡/short"));
  EXPECT_THAT(Forms("恩和俄罗斯族民族乡", Level::kTownship), ElementsAre("恩和俄罗斯族民族乡/official", "恩和乡/short"));
  EXPECT_THAT(Forms("司前畲族镇", Level::kTownship), ElementsAre("司前畲族镇/official", "司前镇/short"));
  EXPECT_THAT(Forms("四族镇", Level::kTownship), ElementsAre("四族镇/official"));  // 四 is no nationality
}

TEST(AliasRules, SearchableTownshipNames) {
  EXPECT_TRUE(IsSearchableTownshipName("江山镇"));
  EXPECT_TRUE(IsSearchableTownshipName("阿瓦提乡"));
  EXPECT_TRUE(IsSearchableTownshipName("荔枝街道"));
  EXPECT_TRUE(IsSearchableTownshipName("吉忽伦图苏木"));
  EXPECT_FALSE(IsSearchableTownshipName("深州监狱"));
  EXPECT_FALSE(IsSearchableTownshipName("经济技术开发区乡级单位"));
}

TEST(AliasRules, GazetteerLookupUsesTheRules) {
  const Gazetteer& g = SharedGazetteer();
  EXPECT_THAT(g.Lookup("马边彝族自治县"), ElementsAre("511133"));
  EXPECT_THAT(g.Lookup("马边县"), ElementsAre("511133"));
  EXPECT_THAT(g.Lookup("新疆"), ElementsAre("65"));
  EXPECT_THAT(g.Lookup("阿坝州"), ElementsAre("5132"));
  EXPECT_THAT(g.Lookup("海西州"), ElementsAre("6328"));
  EXPECT_THAT(g.Lookup("大柴旦行委"), ElementsAre("632857"));
  EXPECT_THAT(g.Lookup("涪陵"), ElementsAre("500102"));
  EXPECT_THAT(g.Lookup("江山镇"), ElementsAre("350802107", "450603106"));
  EXPECT_THAT(g.Lookup("西安区"), ElementsAre("220403", "231005"));
  // Official names and short forms name their divisions equally: 司前镇 officially and 司前畲族镇.
  EXPECT_THAT(g.Lookup("司前镇"), ElementsAre("330329101", "440222105", "440705102"));
  // A province short name outranks the bare name of 吉林市.
  EXPECT_THAT(g.Lookup("吉林"), ElementsAre("22"));
  EXPECT_THAT(g.Lookup("吉林市"), ElementsAre("2202"));
  // Former names: 上虞市 became 上虞区, 那曲地区 became 那曲市; a current name outranks them.
  EXPECT_THAT(g.Lookup("上虞市"), ElementsAre("330604"));
  EXPECT_THAT(g.Lookup("那曲地区"), ElementsAre("5406"));
  EXPECT_THAT(g.Lookup("朝阳县"), ElementsAre("211321"));
  EXPECT_THAT(g.Lookup("城市"), IsEmpty());
  EXPECT_THAT(g.Lookup("市辖区"), IsEmpty());
  EXPECT_THAT(g.Lookup("深州监狱"), IsEmpty());  // township-level, but not searched
  EXPECT_THAT(g.Lookup(""), IsEmpty());
}

TEST(AliasRules, AliasesAndShortNames) {
  const Gazetteer& g = SharedGazetteer();
  EXPECT_THAT(g.Aliases("511133"), ElementsAre("马边县", "马边"));
  EXPECT_THAT(g.Aliases("330604"), ElementsAre("上虞", "上虞县", "上虞市"));
  EXPECT_THAT(g.Aliases("65"), ElementsAre("新疆"));
  EXPECT_THAT(g.Aliases("999"), IsEmpty());
  EXPECT_EQ(g.ShortName("511133"), "马边县");
  EXPECT_EQ(g.ShortName("5132"), "阿坝州");
  EXPECT_EQ(g.ShortName("65"), "新疆");
  EXPECT_EQ(g.ShortName("330603"), "柯桥区");
  EXPECT_EQ(g.ShortName("999"), "");
}

TEST(AliasRules, EverySearchableOfficialNameFindsItsDivision) {
  const Gazetteer& g = SharedGazetteer();
  size_t checked = 0;
  for (const Division& d : g.divisions()) {
    if (d.level == Level::kTownship && !IsSearchableTownshipName(d.name)) continue;
    const std::vector<std::string> codes = g.Lookup(d.name);
    ASSERT_TRUE(std::find(codes.begin(), codes.end(), d.code) != codes.end()) << d.code << " " << d.name;
    ++checked;
  }
  EXPECT_GT(checked, 40000u);
}

}  // namespace
}  // namespace duikou::gazetteer
