#include "gazetteer/gazetteer_matcher.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <map>

#include "gazetteer_fixture.h"
#include "support/test_paths.h"

namespace duikou::gazetteer {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::SizeIs;

class MatcherTest : public ::testing::Test {
 protected:
  MatcherTest() : matcher_(&SharedGazetteer()) {}

  // "surface=code" (or "surface?cand1,cand2" when unresolved) for every mention.
  std::vector<std::string> Find(std::string_view text, const ResolveContext& ctx = {}) const {
    std::vector<std::string> out;
    for (const PlaceMention& m : matcher_.FindAll(text, ctx)) {
      EXPECT_EQ(text.substr(m.begin, m.end - m.begin), m.surface);
      if (m.resolved()) {
        out.push_back(m.surface + "=" + m.code);
      } else {
        std::string s = m.surface + "?";
        for (size_t i = 0; i < m.candidates.size(); ++i) s += (i ? "," : "") + m.candidates[i];
        out.push_back(s);
      }
    }
    return out;
  }
  static ResolveContext Home(std::string code) { return ResolveContext{{}, std::move(code)}; }
  static ResolveContext Nearby(std::vector<std::string> codes) { return ResolveContext{std::move(codes), ""}; }

  GazetteerMatcher matcher_;
};

TEST_F(MatcherTest, OfficialNamesAndSuffixedAliases) {
  EXPECT_THAT(Find("马边彝族自治县和马边县"), ElementsAre("马边彝族自治县=511133", "马边县=511133"));
  EXPECT_THAT(Find("援建阿坝州和海西州"), ElementsAre("阿坝州=5132", "海西州=6328"));
  EXPECT_THAT(Find("青海大柴旦行委的项目"), ElementsAre("青海大柴旦行委=632857"));
  EXPECT_THAT(Find("赴大柴旦行政区考察"), ElementsAre("大柴旦行政区=632857"));
  EXPECT_THAT(Find("对口支援新疆、西藏、青海"), ElementsAre("新疆=65", "西藏=54", "青海=63"));
  EXPECT_THAT(Find("内蒙古与广西、宁夏"), ElementsAre("内蒙古=15", "广西=45", "宁夏=64"));
}

TEST_F(MatcherTest, PrefixedChainsResolveToTheInnermostPlace) {
  EXPECT_THAT(Find("丽水市景宁县"), ElementsAre("丽水市景宁县=331127"));
  EXPECT_THAT(Find("支援新疆阿瓦提县"), ElementsAre("新疆阿瓦提县=652928"));
  EXPECT_THAT(Find("那曲市比如县"), ElementsAre("那曲市比如县=540622"));
  EXPECT_THAT(Find("衢州市江山市"), ElementsAre("衢州市江山市=330881"));
  EXPECT_THAT(Find("四川省乐山市马边彝族自治县"), ElementsAre("四川省乐山市马边彝族自治县=511133"));
  EXPECT_THAT(Find("浙江 衢州市　江山市"), ElementsAre("浙江 衢州市　江山市=330881"));
  // A bare name is accepted inside a chain: 重庆涪陵, and a chain fixes an ambiguous township.
  EXPECT_THAT(Find("落实重庆涪陵项目"), ElementsAre("重庆涪陵=500102"));
  EXPECT_THAT(Find("新罗区江山镇"), ElementsAre("新罗区江山镇=350802107"));
  EXPECT_THAT(Find("涪陵区荔枝街道"), ElementsAre("涪陵区荔枝街道=500102008"));
  EXPECT_THAT(Find("浙江省绍兴市柯桥区"), ElementsAre("浙江省绍兴市柯桥区=330603"));
  EXPECT_THAT(Find("乐山马边县"), ElementsAre("乐山马边县=511133"));
  EXPECT_THAT(Find("西藏自治区那曲市比如县"), ElementsAre("西藏自治区那曲市比如县=540622"));
  // Places side by side that do not nest stay apart.
  EXPECT_THAT(Find("新疆西藏"), ElementsAre("新疆=65", "西藏=54"));
}

TEST_F(MatcherTest, TwoCharacterBareNamesNeedSupport) {
  EXPECT_THAT(Find("比如说，援建项目"), IsEmpty());
  EXPECT_THAT(Find("比如县"), ElementsAre("比如县=540622"));
  EXPECT_THAT(Find("帮助比如各校"), IsEmpty());
  EXPECT_THAT(Find("援藏比如县。帮助比如各校"), ElementsAre("比如县=540622", "比如=540622"));
  EXPECT_THAT(Find("帮助比如各校", Nearby({"540622"})), ElementsAre("比如=540622"));
  EXPECT_THAT(Find("涪陵项目"), IsEmpty());
  EXPECT_THAT(Find("涪陵项目", Home("500102")), ElementsAre("涪陵=500102"));
  // Not just because it lies inside the home city: 2-character names are too often words.
  EXPECT_THAT(Find("柯桥援疆", Home("3306")), IsEmpty());
  EXPECT_THAT(Find("柯桥区干部。柯桥援疆"), ElementsAre("柯桥区=330603", "柯桥=330603"));
  EXPECT_THAT(Find("绍兴援疆，绍兴市"), ElementsAre("绍兴=3306", "绍兴市=3306"));
  // A suffixed place inside supports the bare name of what encloses it.
  EXPECT_THAT(Find("绍兴援疆，柯桥区"), ElementsAre("绍兴=3306", "柯桥区=330603"));
  EXPECT_THAT(Find("互助合作"), IsEmpty());
  EXPECT_THAT(Find("互助合作", Home("6302")), IsEmpty());  // 互助县 lies in 海东 but is no context itself
  // 2-character official names are words as often as places: 城区, 和县.
  EXPECT_THAT(Find("城区改造，省市和县三级"), IsEmpty());
}

TEST_F(MatcherTest, TwoCharacterCountiesMatchInsideANamedPrefecture) {
  // 沁县 is an official name of two characters: alone it needs support, but a named prefecture
  // around it (or a county beside it in it) is enough; 和县 stays a word when nothing names
  // its prefecture.
  EXPECT_THAT(Find("帮扶沁县"), IsEmpty());
  EXPECT_THAT(Find("对口长治市。帮扶沁县、武乡县"), ElementsAre("长治市=1404", "沁县=140430", "武乡县=140429"));
  EXPECT_THAT(Find("沁源县与沁县"), ElementsAre("沁源县=140431", "沁县=140430"));
  EXPECT_THAT(Find("长治市省市和县三级"), ElementsAre("长治市=1404"));
}

TEST_F(MatcherTest, BarePrefectureNamesMatchInsideANamedProvince) {
  EXPECT_THAT(Find("商会在西宁成立"), IsEmpty());
  EXPECT_THAT(Find("青海省商会在西宁成立"), ElementsAre("青海省=63", "西宁=6301"));
  EXPECT_THAT(Find("门源县商会在西宁成立"), ElementsAre("门源县=632221", "西宁=6301"));
  EXPECT_THAT(Find("商会在西宁成立", Home("6302")), ElementsAre("西宁=6301"));
  EXPECT_THAT(Find("与会来宾"), IsEmpty());
  // Counties are not enough inside a province: 万州 needs 万州区 or a chain.
  EXPECT_THAT(Find("重庆市。万州项目"), ElementsAre("重庆市=50"));
}

TEST_F(MatcherTest, LongerBareNamesAlsoMatchInsideAContextPlace) {
  EXPECT_THAT(Find("到阿瓦提投资"), IsEmpty());
  EXPECT_THAT(Find("到阿瓦提投资", Home("6529")), ElementsAre("阿瓦提=652928"));
  EXPECT_THAT(Find("到阿瓦提投资", Nearby({"6529"})), ElementsAre("阿瓦提=652928"));
  EXPECT_THAT(Find("阿克苏地区。到阿瓦提投资"), ElementsAre("阿克苏地区=6529", "阿瓦提=652928"));
  EXPECT_THAT(Find("阿瓦提县。到阿瓦提投资"), ElementsAre("阿瓦提县=652928", "阿瓦提=652928"));
  EXPECT_THAT(Find("到阿瓦提投资", Home("3306")), IsEmpty());
}

TEST_F(MatcherTest, FormerNamesNeedSupportLikeBareNames) {
  EXPECT_THAT(Find("建设新城市"), IsEmpty());
  EXPECT_THAT(Find("上虞市委", Home("3306")), ElementsAre("上虞市=330604"));
  EXPECT_THAT(Find("浙江省上虞市"), ElementsAre("浙江省上虞市=330604"));
  EXPECT_THAT(Find("西藏那曲地区比如县"), ElementsAre("西藏那曲地区比如县=540622"));
  EXPECT_THAT(Find("上虞市委"), IsEmpty());
}

TEST_F(MatcherTest, WordsThatOnlyLookLikePlaces) {
  EXPECT_THAT(Find("江山市场监管"), IsEmpty());
  EXPECT_THAT(Find("江山市市场监管局"), ElementsAre("江山市=330881"));
  EXPECT_THAT(Find("建设美丽乡村"), IsEmpty());
}

TEST_F(MatcherTest, AmbiguousTownshipsNeedContext) {
  EXPECT_THAT(Find("江山镇"), ElementsAre("江山镇?350802107,450603106"));
  EXPECT_THAT(Find("江山镇", Home("3508")), ElementsAre("江山镇=350802107"));
  EXPECT_THAT(Find("江山镇", Nearby({"450603"})), ElementsAre("江山镇=450603106"));
  // The caller's places count in their order; places named in the text come first.
  EXPECT_THAT(Find("江山镇", Nearby({"3508", "4506"})), ElementsAre("江山镇=350802107"));
  EXPECT_THAT(Find("江山镇", Nearby({"4506", "3508"})), ElementsAre("江山镇=450603106"));
  EXPECT_THAT(Find("防城港市：江山镇", Home("3508")), ElementsAre("防城港市=4506", "江山镇=450603106"));
  // The scope widens to the province: 防城港 is in 广西 like 北海.
  EXPECT_THAT(Find("江山镇", Home("4505")), ElementsAre("江山镇=450603106"));
  // Context outside every candidate's province resolves nothing.
  EXPECT_THAT(Find("江山镇", Home("3306")), ElementsAre("江山镇?350802107,450603106"));
  EXPECT_THAT(Find("阿瓦提乡"), ElementsAre("阿瓦提乡?652801206,653101208"));
  EXPECT_THAT(Find("阿瓦提乡", Nearby({"6531"})), ElementsAre("阿瓦提乡=653101208"));
  EXPECT_THAT(Find("巴音郭楞蒙古自治州库尔勒市。阿瓦提乡"),
              ElementsAre("巴音郭楞蒙古自治州库尔勒市=652801", "阿瓦提乡=652801206"));
  // Both candidates lie in 新疆: the province alone does not decide.
  EXPECT_THAT(Find("阿瓦提乡", Home("65")), ElementsAre("阿瓦提乡?652801206,653101208"));
  // A township with a unique name is still resolved only with context.
  EXPECT_THAT(Find("荔枝街道"), ElementsAre("荔枝街道?500102008"));
  EXPECT_THAT(Find("重庆涪陵区：荔枝街道、南沱镇"),
              ElementsAre("重庆涪陵区=500102", "荔枝街道=500102008", "南沱镇=500102103"));
}

TEST_F(MatcherTest, AmbiguousCountiesResolveFromPlacesNamedNearby) {
  EXPECT_THAT(Find("西安区"), ElementsAre("西安区?220403,231005"));
  EXPECT_THAT(Find("对口合作辽源市：龙山区、西安区"),
              ElementsAre("辽源市=2204", "龙山区=220402", "西安区=220403"));
  EXPECT_THAT(Find("西安区", Nearby({"2310"})), ElementsAre("西安区=231005"));
  // The nearest place in the text wins over the caller's context.
  EXPECT_THAT(Find("牡丹江市西安区"), ElementsAre("牡丹江市西安区=231005"));
  // One candidate encloses the other: 吉安 is the city, not 吉安县 inside it.
  EXPECT_THAT(Find("吉安市。吉安"), ElementsAre("吉安市=3608", "吉安=3608"));
}

TEST_F(MatcherTest, ResolveTakesAWholeCell) {
  ResolveContext none;
  PlaceMention m = matcher_.Resolve("马边县", none);
  EXPECT_EQ(m.code, "511133");
  EXPECT_EQ(m.surface, "马边县");
  m = matcher_.Resolve("  新疆阿瓦提县　", none);
  EXPECT_EQ(m.code, "652928");
  EXPECT_EQ(m.surface, "新疆阿瓦提县");
  EXPECT_EQ(m.begin, 2u);
  EXPECT_EQ(m.end, 2u + m.surface.size());
  EXPECT_EQ(matcher_.Resolve("柯桥", none).code, "330603");  // a cell may be a bare name
  m = matcher_.Resolve(" 嵊　州 ", none);  // padded to the width of three characters
  EXPECT_EQ(m.code, "330683");
  EXPECT_EQ(m.surface, "嵊　州");
  EXPECT_EQ(m.begin, 1u);
  EXPECT_EQ(matcher_.Resolve("重庆涪陵区", none).code, "500102");
  m = matcher_.Resolve("辽源经济开发区", none);  // not a division
  EXPECT_FALSE(m.resolved());
  EXPECT_EQ(m.surface, "辽源经济开发区");
  EXPECT_THAT(m.candidates, IsEmpty());
  m = matcher_.Resolve("江山镇", none);
  EXPECT_FALSE(m.resolved());
  EXPECT_THAT(m.candidates, ElementsAre("350802107", "450603106"));
  EXPECT_EQ(matcher_.Resolve("西安区", Nearby({"2204"})).code, "220403");
  EXPECT_FALSE(matcher_.Resolve("", none).resolved());
}

TEST_F(MatcherTest, GuessesTheHomeCity) {
  EXPECT_EQ(matcher_.GuessHomeCode("绍兴市与阿瓦提县结对。柯桥区、诸暨市援建。"), "3306");
  EXPECT_EQ(matcher_.GuessHomeCode("重庆市涪陵区、重庆市万州区"), "50");
  EXPECT_EQ(matcher_.GuessHomeCode("新疆、西藏"), "");  // provinces do not count
  EXPECT_EQ(matcher_.GuessHomeCode("没有地名"), "");
}

TEST_F(MatcherTest, SameInputSameOutput) {
  std::string text;
  for (int i = 0; i < 200; ++i) text += "城关镇与百色市隆林县、朝阳区、互助县结对；";
  const ResolveContext ctx = Nearby({"6302", "4510"});
  const std::vector<PlaceMention> a = matcher_.FindAll(text, ctx);
  const std::vector<PlaceMention> b = matcher_.FindAll(text, ctx);
  ASSERT_EQ(a.size(), 800u);
  for (size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].begin, b[i].begin);
    EXPECT_EQ(a[i].end, b[i].end);
    EXPECT_EQ(a[i].code, b[i].code);
    EXPECT_EQ(a[i].candidates, b[i].candidates);
  }
  EXPECT_EQ(a[1].code, "451031");  // 百色市隆林县
  EXPECT_EQ(a[3].code, "630223");  // 互助县
}

// FindAllAtHome shares one scan between the home guess and the matching: it must give what
// the two calls give.
TEST_F(MatcherTest, FindAllAtHomeIsGuessThenFindAll) {
  for (const std::string text :
       {"绍兴市与阿瓦提县结对。柯桥区、诸暨市援建。城关镇、互助合作", "重庆市涪陵区、重庆市万州区、万州", "新疆、西藏",
        "没有地名", "",
        // The home (防城港, from its township resolved near 北海市) is named by no strong
        // name of its own: as context it adds support, and the mentions are found again.
        "江山镇、江山镇、江山镇、北海市", "朝阳区、长春市、朝阳区"}) {
    std::string home = "unset";
    const std::vector<PlaceMention> shared = matcher_.FindAllAtHome(text, &home);
    EXPECT_EQ(home, matcher_.GuessHomeCode(text)) << text;
    const std::vector<PlaceMention> separate = matcher_.FindAll(text, Home(home));
    ASSERT_EQ(shared.size(), separate.size()) << text;
    for (size_t i = 0; i < shared.size(); ++i) {
      EXPECT_EQ(shared[i].begin, separate[i].begin);
      EXPECT_EQ(shared[i].end, separate[i].end);
      EXPECT_EQ(shared[i].code, separate[i].code);
      EXPECT_EQ(shared[i].candidates, separate[i].candidates);
    }
  }
}

// A mention's candidates view the gazetteer's codes: copies keep them, and a list given by
// codes holds its own.
TEST_F(MatcherTest, CandidatesOutliveTheMatch) {
  std::vector<PlaceMention> found = matcher_.FindAll("江山镇", {});
  ASSERT_THAT(found, SizeIs(1));
  const CodeList copy = found[0].candidates;
  found.clear();
  EXPECT_THAT(copy, ElementsAre("350802107", "450603106"));
  EXPECT_EQ(std::vector<std::string>(copy.begin(), copy.end()), (std::vector<std::string>{"350802107", "450603106"}));
  const CodeList given{"3306"};
  EXPECT_THAT(given, ElementsAre("3306"));
  EXPECT_FALSE(given == copy);
  EXPECT_EQ(matcher_.Resolve("江山镇", {}).candidates, copy);
  // A chain's narrowed list of one division.
  found = matcher_.FindAll("北海市银海区", {});
  ASSERT_THAT(found, SizeIs(1));
  EXPECT_THAT(found[0].candidates, ElementsAre(found[0].code));
}

// One Scan serves FindAll with any context: it must give what FindAll on the text gives.
TEST_F(MatcherTest, ScanSharedByContextsIsFindAll) {
  const std::string text = "绍兴市与阿瓦提县结对。柯桥区、诸暨市援建。城关镇、互助合作、朝阳区、吉安";
  const GazetteerMatcher::NameScan scan = matcher_.Scan(text);
  for (const std::string home : {"", "3306", "6529", "2201", "110105"}) {
    const std::vector<PlaceMention> shared = matcher_.FindAll(scan, Home(home));
    const std::vector<PlaceMention> separate = matcher_.FindAll(text, Home(home));
    ASSERT_EQ(shared.size(), separate.size()) << home;
    ASSERT_FALSE(shared.empty());
    for (size_t i = 0; i < shared.size(); ++i) {
      EXPECT_EQ(shared[i].begin, separate[i].begin);
      EXPECT_EQ(shared[i].end, separate[i].end);
      EXPECT_EQ(shared[i].surface, separate[i].surface);
      EXPECT_EQ(shared[i].code, separate[i].code);
      EXPECT_EQ(shared[i].candidates, separate[i].candidates);
    }
  }
  std::string home_of_scan, home_of_text;
  const std::vector<PlaceMention> from_scan = matcher_.FindAllAtHome(scan, &home_of_scan);
  const std::vector<PlaceMention> from_text = matcher_.FindAllAtHome(text, &home_of_text);
  EXPECT_EQ(home_of_scan, "3306");
  EXPECT_EQ(home_of_scan, home_of_text);
  EXPECT_EQ(from_scan.size(), from_text.size());
}

TEST_F(MatcherTest, IgnoresAsciiAndBrokenBytes) {
  EXPECT_THAT(Find("abc 123 \xFF\xFE 绍兴市"), ElementsAre("绍兴市=3306"));
  EXPECT_THAT(Find(""), IsEmpty());
  EXPECT_THAT(Find(std::string("绍兴市").substr(0, 7)), IsEmpty());
}

TEST_F(MatcherTest, SampleChapter) {
  const auto path = testing::SampleChapter();
  if (!path) GTEST_SKIP() << "../shared is absent";
  const std::string text = testing::ReadFileOrDie(*path);
  EXPECT_EQ(matcher_.GuessHomeCode(text), "3306");
  const std::vector<PlaceMention> mentions = matcher_.FindAll(text, Home("3306"));
  std::string home;
  const std::vector<PlaceMention> at_home = matcher_.FindAllAtHome(text, &home);
  EXPECT_EQ(home, "3306");
  ASSERT_EQ(at_home.size(), mentions.size());
  for (size_t i = 0; i < at_home.size(); ++i) {
    EXPECT_EQ(at_home[i].begin, mentions[i].begin);
    EXPECT_EQ(at_home[i].code, mentions[i].code);
  }
  std::map<std::string, std::string> code_of;  // surface → code of resolved mentions
  size_t last_end = 0;
  for (const PlaceMention& m : mentions) {
    EXPECT_GE(m.begin, last_end) << "mentions overlap or are out of order";
    last_end = m.end;
    EXPECT_EQ(text.substr(m.begin, m.end - m.begin), m.surface);
    EXPECT_NE(m.surface, "比如说");
    if (m.resolved()) code_of[m.surface] = m.code;
    if (m.surface == "比如") {
      EXPECT_NE(text.substr(m.end, 3), "说");
    }
  }
  EXPECT_GT(mentions.size(), 200u);
  EXPECT_EQ(code_of["绍兴市"], "3306");
  EXPECT_EQ(code_of["新疆阿瓦提县"], "652928");
  EXPECT_EQ(code_of["西藏比如县"], "540622");
  EXPECT_EQ(code_of["青海大柴旦行委"], "632857");
  EXPECT_EQ(code_of["重庆涪陵区"], "500102");
  EXPECT_EQ(code_of["衢州市江山市"], "330881");
  EXPECT_EQ(code_of["丽水市景宁县"], "331127");
  EXPECT_EQ(code_of["马边县"], "511133");
  EXPECT_EQ(code_of["阿坝州"], "5132");
  EXPECT_EQ(code_of["西安区"], "220403");  // next to 辽源市 in the table
  EXPECT_EQ(code_of["荔枝街道"], "500102008");
  // Same input, same output.
  const std::vector<PlaceMention> again = matcher_.FindAll(text, Home("3306"));
  ASSERT_EQ(again.size(), mentions.size());
  for (size_t i = 0; i < again.size(); ++i) {
    EXPECT_EQ(again[i].begin, mentions[i].begin);
    EXPECT_EQ(again[i].code, mentions[i].code);
    EXPECT_EQ(again[i].candidates, mentions[i].candidates);
  }
}

}  // namespace
}  // namespace duikou::gazetteer
