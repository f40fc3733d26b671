#include "recognize/organization_recognizer.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace duikou::recognize {
namespace {

// "surface|kind" for each organization; "surface|kind|full_name" when it was expanded.
std::vector<std::string> Orgs(std::string_view text, const OrganizationContext& ctx = {}) {
  std::vector<std::string> out;
  for (const auto& o : FindOrganizations(text, ctx)) {
    std::string s = o.surface + "|" + OrgKindName(o.kind);
    if (o.full_name != o.surface) s += "|" + o.full_name;
    out.push_back(s);
  }
  return out;
}

using V = std::vector<std::string>;

TEST(OrganizationTest, LegalFormSuffixes) {
  EXPECT_EQ(Orgs("2020年,宁波市对接杭州某某科技有限公司开展合作"), V{"杭州某某科技有限公司|Enterprise"});
  EXPECT_EQ(Orgs("温州瓯越股份有限公司与延吉市人民政府签约"),
            (V{"温州瓯越股份有限公司|Enterprise", "延吉市人民政府|GovernmentBody"}));
  EXPECT_EQ(Orgs("联系宁波甬江控股集团、东方集团有限公司参观"),
            (V{"宁波甬江控股集团|Enterprise", "东方集团有限公司|Enterprise"}));
  EXPECT_EQ(Orgs("杭州联合农商银行和温州银行签约"), (V{"杭州联合农商银行|Enterprise", "温州银行|Enterprise"}));
  EXPECT_EQ(Orgs("成立龙泉市青瓷专业合作社"), V{"龙泉市青瓷专业合作社|Enterprise"});
}

TEST(OrganizationTest, GovernmentBodiesAndCoordinatedLists) {
  EXPECT_EQ(Orgs("由市委宣传部、市文化广电旅游局、市文联等单位联合举办"),
            (V{"市委宣传部|GovernmentBody", "市文化广电旅游局|GovernmentBody", "市文联|SocialGroup"}));
  EXPECT_EQ(Orgs("(市委组织部、市发改委 提供)"), (V{"市委组织部|GovernmentBody", "市发改委|GovernmentBody"}));
  EXPECT_EQ(Orgs("由丽水县委县政府主办"), (V{"丽水县委|GovernmentBody", "县政府|GovernmentBody|丽水县政府"}));
  EXPECT_EQ(Orgs("市援疆指挥部联合市教育局发起活动"),
            (V{"市援疆指挥部|GovernmentBody", "市教育局|GovernmentBody"}));
  EXPECT_EQ(Orgs("宁波市对口工作领导小组召开会议"), V{"宁波市对口工作领导小组|GovernmentBody"});
  EXPECT_EQ(Orgs("中共浙江省委召开会议"), V{"中共浙江省委|GovernmentBody"});
}

TEST(OrganizationTest, ABodyBeforeItsHeadsTitleEndsAtItsOwnSuffix) {
  // 局长 and 厅长 are titles: the second 局 is not part of the body's name.
  EXPECT_EQ(Orgs("市教育局局长陈某某出席"), V{"市教育局|GovernmentBody"});
  EXPECT_EQ(Orgs("浙江省商务厅厅长到会"), V{"浙江省商务厅|GovernmentBody"});
}

TEST(OrganizationTest, OfficialNamesWithConjunctions) {
  EXPECT_EQ(Orgs("宁波市对口支援和区域合作局召开会议"), V{"宁波市对口支援和区域合作局|GovernmentBody"});
  EXPECT_EQ(Orgs("会同温州市人力资源和社会保障局"), V{"温州市人力资源和社会保障局|GovernmentBody"});
  EXPECT_EQ(Orgs("由湖州市文化和旅游局承办"), V{"湖州市文化和旅游局|GovernmentBody"});
  EXPECT_EQ(Orgs("国务院扶贫开发领导小组办公室印发"), V{"国务院扶贫开发领导小组办公室|GovernmentBody"});
  // Verbs that also name departments do not cut names.
  EXPECT_EQ(Orgs("宁波市对外交流协会、宁波市住房和城乡建设局、宁波市市场监督管理局、宁波交通建设投资集团有限公司参加"),
            (V{"宁波市对外交流协会|SocialGroup", "宁波市住房和城乡建设局|GovernmentBody",
               "宁波市市场监督管理局|GovernmentBody", "宁波交通建设投资集团有限公司|Enterprise"}));
  EXPECT_EQ(Orgs("宁波市发展和改革委员会牵头"), V{"宁波市发展和改革委员会|GovernmentBody"});
  EXPECT_EQ(Orgs("宁波市扶持延边州龙井市人民政府"), V{"延边州龙井市人民政府|GovernmentBody"});
}

TEST(OrganizationTest, LevelWordsAreNotAbbreviations) {
  OrganizationContext ctx;
  ctx.home = {{"市", "宁波市"}};
  auto orgs = FindOrganizations("联合市场监管局开展检查", ctx);
  ASSERT_EQ(orgs.size(), 1u);
  EXPECT_EQ(orgs[0].surface, "市场监管局");
  EXPECT_FALSE(orgs[0].abbreviated);
  EXPECT_EQ(orgs[0].full_name, "市场监管局");
}

TEST(OrganizationTest, InstitutionsAndSocialGroups) {
  EXPECT_EQ(Orgs("在温州市第二中学报告厅举行"), V{"温州市第二中学|Institution"});
  EXPECT_EQ(Orgs("推进湖州市人民医院和延边州人民医院远程会诊"),
            (V{"湖州市人民医院|Institution", "延边州人民医院|Institution"}));
  EXPECT_EQ(Orgs("四川省宁波(浙江)商会在成都成立"), V{"四川省宁波(浙江)商会|SocialGroup"});
  EXPECT_EQ(Orgs("市文联、鄞州区心连心艺术团分别赴当地演出"),
            (V{"市文联|SocialGroup", "鄞州区心连心艺术团|SocialGroup"}));
  EXPECT_EQ(Orgs("对接宁波市委党校开展培训"), V{"宁波市委党校|Institution"});
  EXPECT_EQ(Orgs("民盟海曙区支部与某县签订协议"), V{"民盟海曙区支部|SocialGroup"});
}

TEST(OrganizationTest, NotOrganizations) {
  EXPECT_EQ(Orgs("市建功中学等15所学校开展结对"), V{"市建功中学|Institution"});  // "15所学校" counts schools
  EXPECT_EQ(Orgs("新建10所乡镇卫生院和一个卫生院综合楼"), V{});
  EXPECT_EQ(Orgs("新增2家结对医院"), V{});
  EXPECT_EQ(Orgs("在全市中小学中发起活动"), V{});
  EXPECT_EQ(Orgs("形成对口合作新格局"), V{});
  EXPECT_EQ(Orgs("由市委、市政府主办"), (V{"市委|GovernmentBody", "市政府|GovernmentBody"}));
  EXPECT_EQ(Orgs("为贫困大学生联系就业岗位"), V{});
  EXPECT_EQ(Orgs("率党政代表团考察"), V{});
  EXPECT_EQ(Orgs("浙江援青7个工作组中第一个率先全面完成的工作组"), V{});
  EXPECT_EQ(Orgs("开通本地实验小学与以上学校的远程课程"), V{"本地实验小学|Institution"});
}

TEST(OrganizationTest, APlacesBodiesOfAKindAreNoneOfThem) {
  // A place and then only plural or area words (各, 山区) before the suffix, or a bare 学校
  // after it, names the place's bodies of that kind; 中学, 人民医院 are names.
  const std::string text = "常州市各医院与紫阳县学校、白河县山区学校结对,紫阳县中学与白河县人民医院参加";
  OrganizationContext ctx;
  for (std::string_view place : {"常州市", "紫阳县", "白河县"})
    for (size_t at = text.find(place); at != std::string::npos; at = text.find(place, at + 1))
      ctx.places.push_back({at, at + place.size()});
  std::sort(ctx.places.begin(), ctx.places.end(), [](const Span& a, const Span& b) { return a.begin < b.begin; });
  EXPECT_EQ(Orgs(text, ctx), (V{"紫阳县中学|Institution", "白河县人民医院|Institution"}));
  // Counted partners and sister schools are kinds too.
  EXPECT_EQ(Orgs("组织46所中小学与两州学校结对,与钟楼中学结为姊妹学校"), V{"钟楼中学|Institution"});
}

TEST(OrganizationTest, AFundNamedByItsPurposeAloneIsNoBody) {
  EXPECT_EQ(Orgs("天宁区商会向紫阳县捐赠300万元,设立助学奖励基金"), V{"天宁区商会|SocialGroup"});
  // A founder, brand or place makes the fund one.
  EXPECT_EQ(Orgs("设立“常州龙城电子有限公司助学关爱基金”"),
            (V{"常州龙城电子有限公司助学关爱基金|SocialGroup", "常州龙城电子有限公司|Enterprise"}));
  EXPECT_EQ(Orgs("设立龙城教育发展基金"), V{"龙城教育发展基金|SocialGroup"});
}

TEST(OrganizationTest, NamesNestedInLongerNames) {
  EXPECT_EQ(Orgs("对接浙江大学建筑设计研究院有限公司"), V{"浙江大学建筑设计研究院有限公司|Enterprise"});
  // A founder inside a fund's name is reported too.
  EXPECT_EQ(Orgs("成立“宁波某某新材料股份有限公司某某助学关爱基金”"),
            (V{"宁波某某新材料股份有限公司某某助学关爱基金|SocialGroup", "宁波某某新材料股份有限公司|Enterprise"}));
  // A city enterprise: 企业 is not part of the company's name.
  EXPECT_EQ(Orgs("推动宁波企业海西某某生物科技有限公司落地"), V{"海西某某生物科技有限公司|Enterprise"});
}

TEST(OrganizationTest, AbbreviationsExpandWithHome) {
  OrganizationContext ctx;
  ctx.home = {{"市", "宁波市"}};
  EXPECT_EQ(Orgs("(市委组织部、市发改委 提供)", ctx),
            (V{"市委组织部|GovernmentBody|宁波市委组织部", "市发改委|GovernmentBody|宁波市发展和改革委员会"}));
  EXPECT_EQ(Orgs("对接市卫健局等单位", ctx), V{"市卫健局|GovernmentBody|宁波市卫生健康局"});
  auto orgs = FindOrganizations("市文联", ctx);
  ASSERT_EQ(orgs.size(), 1u);
  EXPECT_TRUE(orgs[0].abbreviated);
  EXPECT_EQ(orgs[0].full_name, "宁波市文学艺术界联合会");
  // Without a home, an abbreviation keeps its surface.
  EXPECT_EQ(Orgs("市委组织部"), V{"市委组织部|GovernmentBody"});
  EXPECT_EQ(ExpandAbbreviation("温州市卫健委"), "温州市卫生健康委员会");
  EXPECT_EQ(ExpandAbbreviation("温州市教育局"), "温州市教育局");
}

TEST(OrganizationTest, OverlongNamesAreCutAtTheirLastPlaceOrDropped) {
  const std::string text = "全年实施了一大批面向群众的惠民实事项目的恩施土家族苗族自治州巴东县人民政府";
  // 的 ends the name here anyway; without it the name would run too long.
  const std::string run_on = "全年实施一大批惠民实事项目恩施土家族苗族自治州巴东县教育局";
  EXPECT_EQ(Orgs(run_on), V{});
  OrganizationContext ctx;
  size_t place = run_on.find("巴东县");
  ctx.places = {{run_on.find("恩施"), place}, {place, place + std::string("巴东县").size()}};
  EXPECT_EQ(Orgs(run_on, ctx), V{"巴东县教育局|GovernmentBody"});
  EXPECT_EQ(Orgs(text), V{"恩施土家族苗族自治州巴东县人民政府|GovernmentBody"});
}

TEST(OrganizationTest, PlaceSpansAreKeptWhole) {
  // Without the place, 于 (a preposition) would cut "于都县" after 于.
  const std::string text = "帮助于都县教育局购买电脑";
  OrganizationContext ctx;
  ctx.places = {{text.find("于都县"), text.find("于都县") + std::string("于都县").size()}};
  EXPECT_EQ(Orgs(text, ctx), V{"于都县教育局|GovernmentBody"});
}

TEST(OrganizationTest, SharedSuffixListNamesOneBodyPerPlace) {
  EXPECT_EQ(Orgs("会同黔东市、黔南市人力资源和社会保障局签订协议"),
            (V{"黔东市|GovernmentBody|黔东市人力资源和社会保障局",
               "黔南市人力资源和社会保障局|GovernmentBody"}));
  // A list item may be a chain itself; its last level matches the written body's.
  EXPECT_EQ(Orgs("东海市甲山区、乙水区人民政府签订协议"),
            (V{"东海市甲山区|GovernmentBody|东海市甲山区人民政府", "乙水区人民政府|GovernmentBody"}));
  // A chain (one place inside another) is one body, not a list.
  EXPECT_EQ(Orgs("支持甲山市乙水县教育局开展培训"), V{"甲山市乙水县教育局|GovernmentBody"});
}

TEST(OrganizationTest, AVerbBetweenTwoBodiesSeparatesThem) {
  EXPECT_EQ(Orgs("东海大学附属仁心医院托管青岭县医院"),
            (V{"东海大学附属仁心医院|Institution", "青岭县医院|Institution"}));
  EXPECT_EQ(Orgs("东海大学附属第二医院派出专家团队常驻青岭市人民医院"),
            (V{"东海大学附属第二医院|Institution", "青岭市人民医院|Institution"}));
}

TEST(OrganizationTest, ATeamNamedForItsTaskKeepsTheTask) {
  EXPECT_EQ(Orgs("【表彰】南湖区对口帮扶青岭市工作队获评先进集体"), V{"南湖区对口帮扶青岭市工作队|GovernmentBody"});
}

TEST(OrganizationTest, ModifiedChambersCharitiesAndFederations) {
  EXPECT_EQ(Orgs("东海市青年企业家商会等商会赴当地考察"), V{"东海市青年企业家商会|SocialGroup"});
  EXPECT_EQ(Orgs("东海市慈善会向青岭县捐款"), V{"东海市慈善会|SocialGroup"});
}

TEST(OrganizationTest, AnOfficeOfAGovernmentKeepsTheGovernmentsName) {
  EXPECT_EQ(Orgs("东海市人民政府合作交流办公室组织企业考察"), V{"东海市人民政府合作交流办公室|GovernmentBody"});
}

TEST(OrganizationTest, AGradeNamesNoHospital) {
  EXPECT_EQ(Orgs("东海市人民医院帮助青岭县人民医院创建三级医院"),
            (V{"东海市人民医院|Institution", "青岭县人民医院|Institution"}));
}

TEST(OrganizationTest, UnionsVillageCommitteesAndCommissions) {
  EXPECT_EQ(Orgs("东海市总工会、东海市农业农村委组织慰问"),
            (V{"东海市总工会|SocialGroup", "东海市农业农村委|GovernmentBody"}));
  EXPECT_EQ(Orgs("开展工会活动"), V{});
}

TEST(OrganizationTest, HeWithinAWordOfTheName) {
  // 和 after 协 is part of the name, not a conjunction.
  EXPECT_EQ(Orgs("，东海协和医院通过远程会诊"), V{"东海协和医院|Institution"});
  EXPECT_EQ(Orgs("东海市乡村振兴和协作交流局牵头"), V{"东海市乡村振兴和协作交流局|GovernmentBody"});
}

TEST(OrganizationTest, BanStartingAWordEndsNoName) {
  // 合作办学: 办 starts 办学; the school is the organization.
  EXPECT_EQ(Orgs("东海中学与青岭高级中学合作办学"), (V{"东海中学|Institution", "青岭高级中学|Institution"}));
}

TEST(OrganizationTest, AKindOfPlaceNamesNoSchool) { EXPECT_EQ(Orgs("捐赠500万元,建设乡村学校数字课堂"), V{}); }

TEST(OrganizationTest, NumberedSchoolsStartAtTheirPlace) {
  const std::string text = "帮助建设青岭县四中标准化考场";
  OrganizationContext ctx;
  ctx.places = {{text.find("青岭县"), text.find("青岭县") + std::string("青岭县").size()}};
  EXPECT_EQ(Orgs(text, ctx), V{"青岭县四中|Institution"});
}

TEST(OrganizationTest, EntryMarksEndNames) {
  EXPECT_EQ(Orgs("〖社会帮扶〗东海市慈善协会捐款"), V{"东海市慈善协会|SocialGroup"});
}

TEST(OrganizationTest, ASubsidiaryKeepsItsGroupsName) {
  EXPECT_EQ(Orgs("与东海远航集团远航新能源有限公司签约"), V{"东海远航集团远航新能源有限公司|Enterprise"});
}

TEST(OrganizationTest, SupplyAndMarketingCooperativesAreGovernmentBodies) {
  EXPECT_EQ(Orgs("东海市供销合作总社在青岭县开设直营店"), V{"东海市供销合作总社|GovernmentBody"});
  EXPECT_EQ(Orgs("青岭县供销合作社组织收购"), V{"青岭县供销合作社|GovernmentBody"});
}

TEST(OrganizationTest, ALiaisonOfficeIsAGovernmentBody) {
  EXPECT_EQ(Orgs("东海市人民政府驻青岭州联络处成立"), V{"东海市人民政府驻青岭州联络处|GovernmentBody"});
  EXPECT_EQ(Orgs("青岭地区行政公署与东海市人民政府签约"),
            (V{"青岭地区行政公署|GovernmentBody", "东海市人民政府|GovernmentBody"}));
}

TEST(OrganizationTest, ABranchIsNamedAfterItsCompany) {
  EXPECT_EQ(Orgs("东海银行股份有限公司青岭分行捐赠"), V{"东海银行股份有限公司青岭分行|Enterprise"});
  EXPECT_EQ(Orgs("东海传媒集团有限公司青岭分公司参与"), V{"东海传媒集团有限公司青岭分公司|Enterprise"});
}

TEST(OrganizationTest, ABrokeringVerbEndsTheNameAfterIt) {
  EXPECT_EQ(Orgs("东海市牵线青岭茶业有限公司与当地合作"), V{"青岭茶业有限公司|Enterprise"});
}

TEST(OrganizationTest, CooperationAndExchangeIsARemitInsideANameNotAnEdge) {
  EXPECT_EQ(Orgs("东海区对口支援与合作交流工作领导小组召开会议"),
            V{"东海区对口支援与合作交流工作领导小组|GovernmentBody"});
  EXPECT_EQ(Orgs("东海区合作交流办获评先进集体"), V{"东海区合作交流办|GovernmentBody"});
  // A name that long is trusted up to its place.
  const std::string office = "东海市对口支援和扶贫协作领导小组办公室牵头";
  OrganizationContext ctx;
  ctx.places = {{0, std::string("东海市").size()}};
  EXPECT_EQ(Orgs(office, ctx), V{"东海市对口支援和扶贫协作领导小组办公室|GovernmentBody"});
  // 与 before anything else still ends a name.
  EXPECT_EQ(Orgs("东海区与青岭县人民政府签约"), V{"青岭县人民政府|GovernmentBody"});
}

TEST(OrganizationTest, ABodyWhoseRemitIsTheTaskKeepsTheTasksVerb) {
  EXPECT_EQ(Orgs("东海市对口帮扶工作领导小组办公室获评先进集体"),
            V{"东海市对口帮扶工作领导小组办公室|GovernmentBody"});
  // The verb alone, with no 工作 after it, still ends a name.
  EXPECT_EQ(Orgs("东海市对口帮扶青岭县人民医院"), V{"青岭县人民医院|Institution"});
}

TEST(OrganizationTest, KindFromSuffixTypesAWholeName) {
  OrgKind kind;
  ASSERT_TRUE(KindFromSuffix("东海市人民政府对口支援和合作交流办公室", &kind));
  EXPECT_EQ(kind, OrgKind::kGovernmentBody);
  EXPECT_FALSE(KindFromSuffix("张小明", &kind));
}

}  // namespace
}  // namespace duikou::recognize
