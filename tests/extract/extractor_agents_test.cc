// Extractor: organizations and persons.
#include "extractor_test_support.h"

namespace duikou::extract {
namespace {

TEST_F(ExtractorTest, OrganizationsAreTypedAndRelativeNamesCompleted) {
  Extraction ex = Run(kNingbo);
  auto find = [&](const std::string& name) -> const Organization* {
    for (const auto& o : ex.organizations)
      if (o.name == name) return &o;
    return nullptr;
  };
  const Organization* firm = find("宁波甬兴纺织有限公司");
  ASSERT_NE(firm, nullptr);
  EXPECT_EQ(firm->type, OrgType::kEnterprise);
  const Organization* ndrc = find("宁波市发改委");  // from the attribution "市发改委"
  ASSERT_NE(ndrc, nullptr);
  EXPECT_EQ(ndrc->type, OrgType::kGovernmentBody);
  EXPECT_THAT(ndrc->surfaces, Contains("市发改委"));
  EXPECT_NE(find("宁波市经信局"), nullptr);
}

TEST_F(ExtractorTest, PersonsAfterTitlesWithRoleAndAffiliation) {
  Extraction ex = Run(kNingbo);
  std::vector<std::string> names;
  for (const auto& p : ex.persons) names.push_back(p.name + "/" + p.role);
  EXPECT_THAT(names, Contains("王明华/市委书记"));
  EXPECT_THAT(names, Contains("李卫国/副市长"));
  EXPECT_EQ(ex.persons.size(), 2u);
}

// The organization finder looks up the places of the passage a sentence lies in by the
// sentence's address. A lookup cached across calls went stale when a later document reused
// memory (two passages' texts trading places here): the school's place was then missed and
// its name started at the verb before it ("建设安龙县四中").
TEST_F(ExtractorTest, AnEarlierExtractionLeavesNoTraceInTheNext) {
  const std::vector<PassageSpec> specs = {
      {"东西部扶贫协作", "概况", "2021年,宁波市承担晴隆县、安龙县结对帮扶工作,拨付援助资金3.2亿元。"},
      {"东西部扶贫协作", "教育", "宁波市选派教师30人到晴隆县支教,帮助建设安龙县四中实验室。"},
      {"东西部扶贫协作", "医疗", "在晴隆县人民医院设立宁波名医工作室,接诊患者5000人次,安龙县也同步开展义诊。"},
  };
  Extractor ex(gaz_);
  document::Document doc = MakeDocument(specs);
  ex.Extract(doc);
  std::swap(doc.passages[1], doc.passages[2]);  // the same texts, at each other's addresses
  const std::string again = ToDebugString(ex.Extract(doc));
  const document::Document fresh_doc = doc;  // new addresses
  EXPECT_EQ(again, ToDebugString(Extractor(gaz_).Extract(fresh_doc)));
  std::vector<std::string> orgs;
  for (const auto& o : ex.Extract(doc).organizations) orgs.push_back(o.name);
  EXPECT_THAT(orgs, Contains("安龙县四中"));
}

// ---- gen-pair: credits, pairing verbs, list forms, types, subjects ----
TEST_F(ExtractorTest, WriterCreditIsAPersonNotAnOrganization) {
  document::Document doc = MakeDocument({
      {"对口协作", "概况", "2022年,泰州市对口支援昌都市江达县,安排资金8000万元。"},
  });
  doc.passages[0].author = "韩雪梅";
  Extractor ex(gaz_);
  Extraction out = ex.Extract(doc);
  std::vector<std::string> persons, orgs;
  for (const auto& p : out.persons) persons.push_back(p.name);
  for (const auto& o : out.organizations) orgs.push_back(o.name);
  EXPECT_THAT(persons, Contains("韩雪梅"));
  EXPECT_THAT(orgs, Not(Contains("韩雪梅")));
}

TEST_F(ExtractorTest, ATeamSpeakingThroughItsHeadIsAnOrganizationUnlessItIsOneOfHisPosts) {
  auto ex = Run({kNingboGuizhou,
                 {"东西部协作", "工作推进", "宁波市援黔指挥部总指挥赵启明介绍工作情况。第三批宁波援黔工作组组长、"
                                            "晴隆县委副书记钱立新出席。宁波市驻安龙县工作队队长孙海涛讲话。"}});
  auto orgs = OrgKeys(ex);
  EXPECT_THAT(orgs, Contains("宁波市援黔指挥部|GovernmentBody"));
  EXPECT_THAT(orgs, Contains("宁波市驻安龙县工作队|GovernmentBody"));
  EXPECT_THAT(orgs, Not(Contains("第三批宁波援黔工作组|GovernmentBody")));
  EXPECT_THAT(orgs, Not(Contains("晴隆县委|GovernmentBody")));
}

TEST_F(ExtractorTest, ADistrictsYearbookCompletesItsOwnBodiesWithTheDistrict) {
  auto orgs = OrgKeys(Run(kDistrictYearbook));
  EXPECT_THAT(orgs, Contains("海曙区合作交流办|GovernmentBody"));
  EXPECT_THAT(orgs, Contains("海曙区中医医院|Institution"));
  EXPECT_THAT(orgs, Contains("海曙区工商联|SocialGroup"));
  EXPECT_THAT(orgs, Contains("海曙区慈善基金会|SocialGroup"));
}

TEST_F(ExtractorTest, ACityYearbookLeavesADistrictsBodiesUncompleted) {
  auto orgs = OrgKeys(Run({kNingboGuizhou,
                           {"东西部协作", "结对", "宁波市海曙区对口帮扶晴隆县，宁波市北仑区对口帮扶安龙县。区中医医院派出专家5人。"}}));
  EXPECT_THAT(orgs, Not(Contains("海曙区中医医院|Institution")));
  EXPECT_THAT(orgs, Not(Contains("区中医医院|Institution")));
}

TEST_F(ExtractorTest, AShortFormOfAnOrganizationIsOneOfItsSurfaces) {
  auto ex = Run({kNingboGuizhou, {"东西部协作", "文化交流", "晴隆县民族艺术团赴宁波市演出。这是晴隆艺术团第一次赴外演出。"
                                                        "宁波市歌舞团、宁波歌舞剧院同台。"}});
  auto orgs = OrgKeys(ex);
  EXPECT_THAT(orgs, Contains("晴隆县民族艺术团|SocialGroup"));
  EXPECT_THAT(orgs, Not(Contains("晴隆艺术团|SocialGroup")));
  for (const auto& o : ex.organizations) {
    if (o.name == "晴隆县民族艺术团") {
      EXPECT_THAT(o.surfaces, Contains("晴隆艺术团"));
    }
  }
}

TEST_F(ExtractorTest, AHeadingThatNamesABodyGivesTheBody) {
  auto orgs = OrgKeys(Run(kDistrictYearbook));
  EXPECT_THAT(orgs, Contains("海曙区对口支援工作领导小组|GovernmentBody"));
}

TEST_F(ExtractorTest, ABodyOnlyInAPersonsTitleIsNoOrganization) {
  auto ex = Run({{"东西部扶贫协作", "概况", "2020年,遵义市委常务副书记赵启航到温州市考察,温州市教育局参加。"}});
  EXPECT_THAT(OrgKeys(ex), Not(Contains("遵义市委|GovernmentBody")));
  EXPECT_THAT(OrgKeys(ex), Contains("温州市教育局|GovernmentBody"));
  EXPECT_THAT(PersonNames(ex), Contains("赵启航"));
}

TEST_F(ExtractorTest, ASharedSuffixGivesEveryListedBody) {
  auto ex = Run({{"东西部扶贫协作", "劳务协作",
                  "2020年,温州市人力资源和社会保障局与遵义市、毕节市人力资源和社会保障局签订劳务协作协议。"}});
  auto orgs = OrgKeys(ex);
  EXPECT_THAT(orgs, Contains("温州市人力资源和社会保障局|GovernmentBody"));
  EXPECT_THAT(orgs, Contains("遵义市人力资源和社会保障局|GovernmentBody"));
  EXPECT_THAT(orgs, Contains("毕节市人力资源和社会保障局|GovernmentBody"));
}

TEST_F(ExtractorTest, TheSubjectAndVerbBeforeAFirmAreNotItsName) {
  auto ex = Run({{"对口支援", "产业援藏", "2020年,温州市引导温州瓯江食品集团有限公司在林芝市建设加工基地。"}});
  EXPECT_THAT(OrgKeys(ex), Contains("温州瓯江食品集团有限公司|Enterprise"));
  EXPECT_THAT(OrgKeys(ex), Not(Contains("温州市引导温州瓯江食品集团有限公司|Enterprise")));
}

TEST_F(ExtractorTest, ATranscribedNameAfterATitleIsAPerson) {
  auto ex = Run({{"对口支援", "交流交往", "2020年8月,林芝市委书记格桑旺堆、温州市副市长陈海涛出席签约仪式。"}});
  EXPECT_THAT(PersonNames(ex), Contains("格桑旺堆"));
  EXPECT_THAT(PersonNames(ex), Contains("陈海涛"));
}

TEST_F(ExtractorTest, ACountysBodiesWithoutTheCountyAreNoOrganizations) {
  auto ex = Run({{"对口支援", "概况", "2020年,温州市对口支援林芝市。县委县政府高度重视,温州市教育局参加。"}});
  EXPECT_THAT(OrgKeys(ex), Not(Contains("县委|GovernmentBody")));
  EXPECT_THAT(OrgKeys(ex), Not(Contains("县政府|GovernmentBody")));
  EXPECT_THAT(OrgKeys(ex), Contains("温州市教育局|GovernmentBody"));
}

TEST_F(ExtractorTest, AttributionsAreTypedByTheirWholeName) {
  auto ex = Run({{"对口支援", "概况", "2020年,温州市对口支援林芝市。", document::PassageKind::kEntry,
                  "温州市人民政府对口支援和合作交流办公室"}});
  EXPECT_THAT(OrgKeys(ex), Contains("温州市人民政府对口支援和合作交流办公室|GovernmentBody"));
}

}  // namespace
// A 州's own bodies (州扶贫办) take the prefecture's short name; a station is a body only when
// named for where it is based; "我州医院" names none; 落地 is no part of a firm's name.
TEST_F(ExtractorTest, PrefectureBodiesStationsAndTheHomesOwnWords) {
  Extraction ex = Run({
      {"东西部协作", "概况",
       "2020年,珠海市对口帮扶怒江傈僳族自治州,向我州捐赠资金1亿元,帮助我州销售农产品。州人社局在珠海市设立怒江州驻珠海劳务工作站,"
       "在各县设立劳务工作站4个。珠海专家到我州医院坐诊。全年新落地珠海格润电子有限公司等企业5家。"},
  });
  auto keys = OrgKeys(ex);
  EXPECT_THAT(keys, Contains("怒江州人社局|GovernmentBody"));
  EXPECT_THAT(keys, Contains("怒江州驻珠海劳务工作站|GovernmentBody"));
  EXPECT_THAT(keys, Contains("珠海格润电子有限公司|Enterprise"));
  for (const auto& k : keys) {
    EXPECT_EQ(k.find("我州"), std::string::npos) << k;
    EXPECT_EQ(k.find("落地"), std::string::npos) << k;
    EXPECT_NE(k, "劳务工作站|GovernmentBody");
  }
}

// "其中陈某任副县长": a name taking up a title after 任 is a person with that role; a word that
// is no name before 任 ("主要负责人任组长") is none.
TEST_F(ExtractorTest, ANameThatTakesUpATitleAfterRenIsAPerson) {
  Extraction ex = Run({
      {"东西部协作", "干部交流",
       "2020年,厦门市选派挂职干部3名到海原县挂职,其中陈志鸿任副县长,协助分管协作工作。指挥部主要负责人任组长。"},
  });
  std::map<std::string, std::string> roles;
  for (const auto& p : ex.persons) roles[p.name] = p.role;
  ASSERT_TRUE(roles.count("陈志鸿"));
  EXPECT_EQ(roles["陈志鸿"], "副县长");
  EXPECT_FALSE(roles.count("负责人"));
}

// Persons the tenth batch showed missing: a post taken up on secondment after a title or 干部,
// a name with an aside before 获, a credit after the photographer's body or without a Han
// surname, and a table's 姓名 column.
TEST_F(ExtractorTest, SecondedCadresWinnersWithAnAsideCreditsAndNameColumnsArePersons) {
  std::vector<PassageSpec> specs = {
      {"东西部协作", "人才支援",
       "全年选派党政干部14名,其中区发改局副局长陈立航挂职任炉霍县委常委、副县长,区农业农村局干部许文涛挂职任道孚县副县长。"},
      {"东西部协作", "荣誉", "刘晓东(挂职任信宜市副市长)获广东省对口帮扶协作工作先进个人称号。"},
      {"东西部协作", "", "产业园首批日光温室投产", document::PassageKind::kCaption},
      {"东西部协作", "", "拉孜县上海实验幼儿园迎来首批幼儿", document::PassageKind::kCaption},
  };
  document::Document doc = WithTable(specs, "东西部协作", "第十批援藏干部名单", {"姓名", "派出单位", "挂职职务"},
                                     {{"沈佳怡", "杨浦区中心医院", "县人民医院副院长"}, {"邬志明", "长宁区教育局", "拉孜县中学副校长"}});
  doc.passages[2].credit = "市协作办 赵雪松";
  doc.passages[3].credit = "次仁旺堆";
  Extraction ex = Extractor(gaz_).Extract(doc);
  std::map<std::string, std::string> role;
  for (const auto& p : ex.persons) role[p.name] = p.role;
  EXPECT_EQ(role["陈立航"], "炉霍县委常委、副县长");
  EXPECT_EQ(role["许文涛"], "道孚县副县长");
  EXPECT_TRUE(role.count("刘晓东"));
  EXPECT_EQ(role["赵雪松"], "摄影");
  EXPECT_EQ(role["次仁旺堆"], "摄影");
  EXPECT_EQ(role["沈佳怡"], "县人民医院副院长");
  EXPECT_TRUE(role.count("邬志明"));
  EXPECT_FALSE(role.count("市协作办"));
  // The 派出单位 column names bodies.
  EXPECT_THAT(OrgKeys(ex), Contains("长宁区教育局|GovernmentBody"));
  EXPECT_THAT(OrgKeys(ex), Contains("杨浦区中心医院|Institution"));
  ASSERT_EQ(ex.awards.size(), 1u);
  ASSERT_EQ(ex.awards[0].awarded_to.size(), 1u);
  EXPECT_EQ(ex.awards[0].awarded_to[0].key, "刘晓东");
}

// "优秀工作队员" names a person's honour, not a team.
TEST_F(ExtractorTest, AnAwardForTeamMembersNamesNoTeam) {
  Extraction ex = Run({{"对口帮扶", "荣誉", "2022年,黄丽萍获珠海市对口帮扶优秀工作队员称号。珠海市驻茂名市工作队获表彰。"}});
  auto orgs = OrgKeys(ex);
  for (const auto& o : orgs) EXPECT_EQ(o.find("优秀工作队"), std::string::npos) << o;
}

}  // namespace duikou::extract
