// Extractor on documents built by hand (no reader involved): one behaviour per test, in a
// city and wording that are not the sample chapter's.
#include "extract/extractor.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <thread>

#include "test_docs.h"

namespace duikou::extract {
namespace {

using testing::MakeDocument;
using testing::PassageSpec;
using ::testing::Contains;
using ::testing::Not;

class ExtractorTest : public ::testing::Test {
 protected:
  void SetUp() override {
    gaz_ = testing::SharedGazetteer();
    ASSERT_NE(gaz_, nullptr) << "gazetteer data missing: " << gazetteer::Gazetteer::DefaultPath();
  }
  Extraction Run(const std::vector<PassageSpec>& specs) {
    Extractor ex(gaz_);
    return ex.Extract(MakeDocument(specs));
  }
  const gazetteer::Gazetteer* gaz_ = nullptr;
};

std::vector<std::string> FigureKeys(const Extraction& ex) {
  std::vector<std::string> out;
  for (const auto& f : ex.figures) out.push_back(f.metric + " " + f.value + (f.qualifier.empty() ? "" : " " + f.qualifier));
  return out;
}

std::vector<std::string> PairingKeys(const Extraction& ex) {
  std::vector<std::string> out;
  for (const auto& p : ex.pairings) out.push_back(p.supporter.key + ">" + p.recipient.key + " " + p.type);
  return out;
}

const std::vector<PassageSpec> kNingbo = {
    {"东西部扶贫协作", "概况",
     "2021年,宁波市承担贵州省黔西南布依族苗族自治州晴隆县、安龙县结对帮扶工作,拨付计划内援助资金3.2亿元,"
     "计划外资金1800万元,实施帮扶项目120个。宁波市向帮扶地区选派党政干部45人、专业技术人才600人,"
     "其中6个月以上200人。全年培训党政干部30期、2000人次,专业技术人员15期、900人次。"},
    {"东西部扶贫协作", "消费扶贫",
     "2021年,宁波市帮助销售黔西南州农产品5.5亿元,实现规上工业总产值9亿元,入库税收3000万元。"
     "宁波甬兴纺织有限公司向晴隆县捐赠价值50万元的物资,带动贫困人口3000人,解决就业800人。"},
    {"东西部扶贫协作", "市领导赴晴隆县考察",
     "2021年6月18日至20日,市委书记王明华率宁波市党政代表团赴晴隆县考察,副市长李卫国等参加。"
     "宁波甬兴纺织有限公司获2021年全国脱贫攻坚先进集体。",
     document::PassageKind::kEntry, "市发改委、市经信局"},
};

TEST_F(ExtractorTest, FiguresTakeTheirMetricFromCueWords) {
  Extraction ex = Run(kNingbo);
  auto keys = FigureKeys(ex);
  EXPECT_THAT(keys, Contains("FundsCNY 320000000 计划内"));
  EXPECT_THAT(keys, Contains("FundsCNY 18000000 计划外"));
  EXPECT_THAT(keys, Contains("ProjectCount 120"));
  EXPECT_THAT(keys, Contains("CadresSent 45"));
  EXPECT_THAT(keys, Contains("TalentsSent 600"));
  EXPECT_THAT(keys, Contains("Trainees 2000"));
  EXPECT_THAT(keys, Contains("Trainees 900"));  // continues the 培训 enumeration
  EXPECT_THAT(keys, Contains("SalesCNY 550000000"));
  EXPECT_THAT(keys, Contains("DonationCNY 500000"));
  EXPECT_THAT(keys, Contains("Jobs 800"));
}

TEST_F(ExtractorTest, SentProfessionalsAreTalentsAndComingTraineesAreTrainees) {
  Extraction ex = Run({
      {"对口支援", "人才支援",
       "2021年,宁波市选派教师15人、医生10人赴库车市开展支援和培训工作。库车市选派骨干教师20人来宁波跟岗进修。"},
  });
  auto keys = FigureKeys(ex);
  EXPECT_THAT(keys, Contains("TalentsSent 15"));
  EXPECT_THAT(keys, Contains("TalentsSent 10"));
  EXPECT_THAT(keys, Contains("Trainees 20"));
}

TEST_F(ExtractorTest, AmountsPerHeadAreNoFigures) {
  Extraction ex = Run({{"对口支援", "概况",
                        "2021年,泉州市投入帮扶资金1200万元,带动农户户均增收3200元,为学生人均补助500元。"}});
  auto keys = FigureKeys(ex);
  EXPECT_THAT(keys, Contains("FundsCNY 12000000"));
  for (const auto& k : keys) {
    EXPECT_EQ(k.find(" 3200"), std::string::npos) << k;
    EXPECT_EQ(k.find(" 500"), std::string::npos) << k;
  }
}

TEST_F(ExtractorTest, NumbersWithoutAMetricAreNoFigures) {
  Extraction ex = Run(kNingbo);
  for (const auto& f : ex.figures) {
    EXPECT_NE(f.value, "200") << "a breakdown (其中…) is no figure of its own";
    EXPECT_NE(f.value, "900000000") << "产值 is not a metric";
    EXPECT_NE(f.value, "30000000") << "税收 is not a metric";
    EXPECT_NE(f.value, "3000") << "带动贫困人口 is not a metric";
    EXPECT_NE(f.value, "30") << "期 counts sessions";
  }
}

TEST_F(ExtractorTest, FiguresHaveHomeSubjectYearAndPartnerRecipient) {
  Extraction ex = Run(kNingbo);
  ASSERT_FALSE(ex.figures.empty());
  for (const auto& f : ex.figures) {
    EXPECT_EQ(f.subject.key, "3302") << f.surface;
    EXPECT_EQ(f.year, 2021) << f.surface;
  }
  auto donation = std::find_if(ex.figures.begin(), ex.figures.end(), [](const Figure& f) { return f.metric == "DonationCNY"; });
  ASSERT_NE(donation, ex.figures.end());
  EXPECT_EQ(donation->recipient.key, "522324");  // 晴隆县, named in the clause
}

TEST_F(ExtractorTest, FigureRecipientsOnlyWhenOnePartnerIsNamed) {
  Extraction ex = Run({
      {"对口支援", "", "温州市对口支援工作由温州市发改委牵头,温州市各县(市、区)参与。"},
      {"对口支援", "概况",
       "2021年,温州市对口支援四川省甘孜州理塘县、巴塘县,全年拨付援助资金3.1亿元;"
       "温州市与湖州市共同在理塘县实施项目6个,投入资金4200万元。温州市向巴塘县捐赠物资,价值65万元。"},
  });
  std::map<std::string, std::string> recipient;  // metric value -> recipient code
  for (const auto& f : ex.figures) recipient[f.metric + " " + f.value] = f.recipient.key;
  EXPECT_EQ(recipient["FundsCNY 310000000"], "5133");  // two counties of 甘孜州: the prefecture's total
  EXPECT_EQ(recipient["ProjectCount 6"], "513334");  // 理塘县; 湖州市 is a co-supporter
  EXPECT_EQ(recipient["FundsCNY 42000000"], "513334");  // the enumeration's partner
  EXPECT_EQ(recipient["DonationCNY 650000"], "513335");
}

TEST_F(ExtractorTest, QualifiersReachOverDurationsAndAcrossTheEnumeration) {
  Extraction ex = Run({
      {"对口支援", "概况",
       "2021年,温州市实施计划内项目5个,投入资金900万元。企业计划3年内完成总投资2亿元。"
       "全年累计帮助销售农产品800吨,销售额1.2亿元。"},
  });
  auto keys = FigureKeys(ex);
  EXPECT_THAT(keys, Contains("FundsCNY 9000000 计划内"));
  EXPECT_THAT(keys, Contains("InvestmentCNY 200000000 计划"));
  EXPECT_THAT(keys, Contains("SalesCNY 120000000 累计"));
}

TEST_F(ExtractorTest, ProsePairingsFromTakingOnPartners) {
  Extraction ex = Run(kNingbo);
  auto keys = PairingKeys(ex);
  EXPECT_THAT(keys, Contains("3302>522324 东西部扶贫协作"));
  EXPECT_THAT(keys, Contains("3302>522328 东西部扶贫协作"));
}

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

TEST_F(ExtractorTest, EventsWithRangesTitlesAndPlace) {
  Extraction ex = Run(kNingbo);
  ASSERT_EQ(ex.events.size(), 1u);
  EXPECT_EQ(ex.events[0].start_date, "2021-06-18");
  EXPECT_EQ(ex.events[0].end_date, "2021-06-20");
  EXPECT_EQ(ex.events[0].title, "市领导赴晴隆县考察");
  EXPECT_EQ(ex.events[0].place.key, "522324");
}

TEST_F(ExtractorTest, AwardsWithoutLeadingYear) {
  Extraction ex = Run(kNingbo);
  ASSERT_EQ(ex.awards.size(), 1u);
  EXPECT_EQ(ex.awards[0].name, "全国脱贫攻坚先进集体");
  EXPECT_EQ(ex.awards[0].year, 2021);
  ASSERT_FALSE(ex.awards[0].awarded_to.empty());
  EXPECT_EQ(ex.awards[0].awarded_to[0].key, "宁波甬兴纺织有限公司");
}

TEST_F(ExtractorTest, AwardNamesDropAYearOfRecordAndTheGiver) {
  Extraction ex = Run({
      {"东西部协作", "获奖",
       "年内,常州市钟楼区商务局被评为2021年度江苏省东西部协作先进集体;"
       "天宁区红梅街道荣获紫阳县人民政府授予的“东西部协作突出贡献单位”称号。"},
  });
  std::map<std::string, int> years;
  for (const auto& a : ex.awards) years[a.name] = a.year;
  EXPECT_EQ(years.count("江苏省东西部协作先进集体"), 1u);
  EXPECT_EQ(years["江苏省东西部协作先进集体"], 2021);
  EXPECT_EQ(years.count("东西部协作突出贡献单位"), 1u);
  EXPECT_EQ(ex.awards.size(), 2u);
}

TEST_F(ExtractorTest, TablePairingsUseHeaderColumnsAndFilledCells) {
  document::Document doc = MakeDocument({
      {"综述", "概况", "2021年,宁波市实施对口支援项目30个。宁波市海曙区、宁波市北仑区参与结对。"},
      {"综述", "", "对口关系\t受援地\t支援地\n对口支援\t新疆库车市\t宁波市\n东西部扶贫协作\t晴隆县\t海曙区\n东西部扶贫协作\t安龙县\t北仑区",
       document::PassageKind::kTable},
  });
  document::Table t;
  t.number = "1";
  t.section = "综述";
  t.header = {"对口关系", "受援地", "支援地"};
  t.rows = {{"对口支援", "新疆库车市", "宁波市"}, {"东西部扶贫协作", "晴隆县", "海曙区"}, {"东西部扶贫协作", "安龙县", "北仑区"}};
  t.ambiguous = {false, false, false};
  t.passage_index = 1;
  doc.passages[1].table_index = 0;
  doc.tables.push_back(t);
  Extractor ex(gaz_);
  auto keys = PairingKeys(ex.Extract(doc));
  EXPECT_THAT(keys, Contains("3302>652902 对口支援"));
  EXPECT_THAT(keys, Contains("330203>522324 东西部扶贫协作"));
  EXPECT_THAT(keys, Contains("330206>522328 东西部扶贫协作"));
}

TEST_F(ExtractorTest, TableTypeColumnNamedAfterHelpingIsNoSupporterColumn) {
  // "帮扶类型" holds the kind of relation; "结对区" holds the home city's districts.
  document::Document doc = MakeDocument({
      {"综述", "概况", "2021年,宁波市实施对口支援项目30个。宁波市海曙区、宁波市北仑区参与结对。"},
      {"综述", "", "帮扶类型\t受援地\t结对区\n东西部协作\t晴隆县\t海曙区\n\t安龙县\t北仑区", document::PassageKind::kTable},
  });
  document::Table t;
  t.number = "2";
  t.section = "综述";
  t.header = {"帮扶类型", "受援地", "结对区"};
  t.rows = {{"东西部协作", "晴隆县", "海曙区"}, {"", "安龙县", "北仑区"}};
  t.ambiguous = {false, false};
  t.passage_index = 1;
  doc.passages[1].table_index = 0;
  doc.tables.push_back(t);
  Extractor ex(gaz_);
  auto keys = PairingKeys(ex.Extract(doc));
  EXPECT_THAT(keys, Contains("330203>522324 东西部扶贫协作"));
  EXPECT_THAT(keys, Contains("330206>522328 东西部扶贫协作"));
  for (const auto& k : keys) EXPECT_EQ(k.find("东西部协作>"), std::string::npos) << k;
}

std::vector<std::string> FigureDetails(const Extraction& ex) {
  std::vector<std::string> out;
  for (const auto& f : ex.figures)
    out.push_back(f.metric + " " + f.value + " " + f.subject.key + ">" + f.recipient.key +
                  (f.qualifier.empty() ? "" : " " + f.qualifier));
  return out;
}

TEST_F(ExtractorTest, ATotalOverTwoCountiesGoesToTheirPrefectureOnlyWhenThePassageNamesIt) {
  Extraction counties = Run({
      {"对口支援", "援青",
       "2021年,常州市对口支援玛沁县、班玛县。全年安排援青资金8000万元,选派干部12名。"},
  });
  Extraction prefecture = Run({
      {"对口支援", "援青",
       "2021年,常州市对口支援果洛藏族自治州玛沁县、班玛县。全年安排援青资金8000万元,选派干部12名。"},
  });
  auto recipient_of = [](const Extraction& ex, const std::string& value) {
    for (const auto& f : ex.figures)
      if (f.value == value) return f.recipient.key;
    return std::string("(none)");
  };
  EXPECT_EQ(recipient_of(counties, "80000000"), "");
  EXPECT_EQ(recipient_of(prefecture, "80000000"), "6326");
}

TEST_F(ExtractorTest, ABreakdownByPartnerContinuesTheTotalsMetricForEachPlace) {
  Extraction ex = Run({
      {"对口支援", "援青",
       "2021年,常州市对口支援玛沁县、班玛县。全年安排援青资金8000万元,其中玛沁县4500万元、班玛县3500万元;"
       "销售农产品2600万元,其中12个月以上项目1200万元。"},
  });
  auto details = FigureDetails(ex);
  EXPECT_THAT(details, Contains("FundsCNY 45000000 3204>632621"));
  EXPECT_THAT(details, Contains("FundsCNY 35000000 3204>632622"));
  EXPECT_THAT(details, Contains("FundsCNY 80000000 3204>"));
  for (const auto& d : details) EXPECT_EQ(d.find(" 12000000 "), std::string::npos) << "no place: no breakdown item";
}

TEST_F(ExtractorTest, DealValuesCadresComingToShadowAndInvestmentThatArrived) {
  Extraction ex = Run({
      {"东西部协作", "合作",
       "2021年,常州市在紫阳县举办展销会,现场成交额3400万元。紫阳县选派十五名干部到常州市跟班学习。"
       "全年签约项目12个、协议投资21亿元,其中到位资金8.5亿元;拨付帮扶资金4000万元,到位资金3900万元。"},
  });
  auto keys = FigureKeys(ex);
  EXPECT_THAT(keys, Contains("SalesCNY 34000000"));
  EXPECT_THAT(keys, Contains("Trainees 15"));
  EXPECT_THAT(keys, Not(Contains("CadresSent 15")));
  EXPECT_THAT(keys, Contains("InvestmentCNY 850000000 到位"));  // part of the investment
  EXPECT_THAT(keys, Contains("FundsCNY 39000000 到位"));        // read as written
}

TEST_F(ExtractorTest, PartsOfACountVisitedProjectsChildrenAndCumulativeLists) {
  Extraction ex = Run({
      {"东西部协作", "人才",
       "2021年,常州市选派党政干部35名、教师88名到紫阳县挂职。选派的35名党政干部中有20名担任副县长,"
       "88名教师分布在紫阳县12所学校。考察团实地察看帮扶项目23个。常州市第二人民医院为紫阳县筛查儿童1500余名。"
       "两地累计实施合作项目64个、完成投资31亿元。"},
  });
  auto keys = FigureKeys(ex);
  EXPECT_EQ(std::count(keys.begin(), keys.end(), "CadresSent 35"), 1) << ::testing::PrintToString(keys);
  EXPECT_THAT(keys, Not(Contains("CadresSent 20")));
  EXPECT_THAT(keys, Not(Contains("CadresSent 88")));
  EXPECT_THAT(keys, Not(Contains("ProjectCount 23")));
  for (const auto& k : keys) EXPECT_EQ(k.find(" 1500"), std::string::npos) << k;
  EXPECT_THAT(keys, Contains("ProjectCount 64 累计"));
  EXPECT_THAT(keys, Contains("InvestmentCNY 3100000000 累计"));
}

TEST_F(ExtractorTest, AHomeUnitOpeningTheEnumerationPicksItsOwnRecipient) {
  // The enumeration names two partners; the clause's subject, a district paired with one of
  // them, says which. A list of several districts picks none.
  Extraction ex = Run({
      {"东西部协作", "", "常州市东西部协作工作由常州市发改委牵头,常州市天宁区、常州市钟楼区参与。"},
      {"东西部协作", "概况",
       "2021年,常州市天宁区、钟楼区分别与白河县、紫阳县结对,两区选派干部40名。"
       "对口白河县和紫阳县方面,钟楼区全年向紫阳县拨付帮扶资金900万元,选派挂职干部7名,支持白河县茶叶加工。"},
  });
  auto details = FigureDetails(ex);
  EXPECT_THAT(details, Contains("CadresSent 7 3204>610924"));
  EXPECT_THAT(details, Contains("FundsCNY 9000000 3204>610924"));
  EXPECT_THAT(details, Not(Contains("CadresSent 40 3204>610924")));
}

TEST_F(ExtractorTest, WhatIsSignedAtAMeetingNamedAfterAPairGoesToThePairsPartner) {
  // The sentence names two partners, and 两地 says "both sides"; the meeting's name says which
  // partner the signing is with.
  Extraction ex = Run({
      {"东西部协作", "", "常州市东西部协作工作由常州市发改委牵头。常州市与安康市、汉中市开展东西部协作。"},
      {"东西部协作", "联席会议",
       "2021年5月,常州市党政代表团赴安康市、汉中市考察,出席常州·安康东西部协作联席会议,"
       "会上两地签约合作项目9个、协议投资12亿元。"},
  });
  auto details = FigureDetails(ex);
  EXPECT_THAT(details, Contains("ProjectCount 9 3204>6109"));
  EXPECT_THAT(details, Contains("InvestmentCNY 1200000000 3204>6109 协议"));
}

TEST_F(ExtractorTest, TableColumnsWithAUnitInTheirHeadingGiveOneFigurePerRow) {
  // Headings name the metric and the unit; the row's partner is the figure's recipient; the
  // 合计 row restates the prose total (one figure, not two); a prose sentence restating a row
  // is that row's figure; a column of rates names no metric.
  document::Document doc = MakeDocument({
      {"东西部协作", "概况",
       "2021年,常州市天宁区、钟楼区分别与安康市白河县、紫阳县结对,全年拨付帮扶资金5300万元,实施项目31个。"
       "钟楼区向紫阳县拨付帮扶资金2900万元。"},
      {"东西部协作", "",
       "表3 结对帮扶情况\n结对区\t受援县\t帮扶资金(万元)\t实施项目(个)\t增长率(%)\n天宁区\t白河县\t2400\t14\t12\n"
       "钟楼区\t紫阳县\t2900\t17\t9\n合计\t\t5300\t31\t",
       document::PassageKind::kTable},
  });
  document::Table t;
  t.number = "3";
  t.title = "结对帮扶情况";
  t.section = "东西部协作";
  t.header = {"结对区", "受援县", "帮扶资金(万元)", "实施项目(个)", "增长率(%)"};
  t.rows = {{"天宁区", "白河县", "2400", "14", "12"}, {"钟楼区", "紫阳县", "2900", "17", "9"}, {"合计", "", "5300", "31", ""}};
  t.ambiguous = {false, false, true};
  t.passage_index = 1;
  doc.passages[1].table_index = 0;
  doc.tables.push_back(t);
  Extractor ex(gaz_);
  const Extraction got = ex.Extract(doc);
  auto details = FigureDetails(got);
  EXPECT_THAT(details, Contains("FundsCNY 24000000 3204>610929"));
  EXPECT_THAT(details, Contains("ProjectCount 14 3204>610929"));
  EXPECT_THAT(details, Contains("ProjectCount 17 3204>610924"));
  EXPECT_EQ(std::count(details.begin(), details.end(), "ProjectCount 17 3204>610924"), 1);
  auto keys = FigureKeys(got);
  EXPECT_EQ(std::count(keys.begin(), keys.end(), "FundsCNY 53000000"), 1) << ::testing::PrintToString(keys);
  EXPECT_EQ(std::count(keys.begin(), keys.end(), "ProjectCount 31"), 1);
  EXPECT_EQ(std::count(keys.begin(), keys.end(), "FundsCNY 29000000"), 1);  // prose and row: one figure
  for (const auto& k : keys) EXPECT_NE(k, "FundsCNY 120000") << "a rate column is no figure";
  for (const auto& f : got.figures)
    if (f.value == "53000000") {
      EXPECT_EQ(f.passage, 0u) << "the prose total is kept, the 合计 row dropped";
    }
}

TEST_F(ExtractorTest, InProvinceAidSetAgainstAnotherProgrammeIsItsOwnType) {
  // 对口帮扶 is loose (said of any programme), but set against 对口支援 in one sentence it names
  // a programme of its own; a table under a heading that names both types types no row.
  document::Document doc = MakeDocument({
      {"对口支援与省内对口帮扶", "概况",
       "2022年,绵阳市涪城区对口支援丹巴县,游仙区、安州区分别对口帮扶昭觉县、喜德县。"},
      {"对口支援与省内对口帮扶", "", "结对区\t受援县\n涪城区\t丹巴县\n游仙区\t昭觉县\n安州区\t喜德县",
       document::PassageKind::kTable},
  });
  document::Table t;
  t.section = "对口支援与省内对口帮扶";
  t.header = {"结对区", "受援县"};
  t.rows = {{"涪城区", "丹巴县"}, {"游仙区", "昭觉县"}, {"安州区", "喜德县"}};
  t.ambiguous = {false, false, false};
  t.passage_index = 1;
  doc.passages[1].table_index = 0;
  doc.tables.push_back(t);
  Extractor ex(gaz_);
  auto keys = PairingKeys(ex.Extract(doc));
  EXPECT_THAT(keys, Contains("510703>513323 对口支援"));
  EXPECT_THAT(keys, Contains("510704>513431 对口帮扶"));
  EXPECT_THAT(keys, Contains("510705>513432 对口帮扶"));
  EXPECT_THAT(keys, Not(Contains("510704>513431 对口支援")));
}

TEST_F(ExtractorTest, AMiddleDotPairsTwoPlacesBeforeAProgrammesName) {
  Extraction ex = Run({
      {"东西部协作", "会议",
       "2021年,常州市、安康市、汉中市企业参加展会。5月10日,常州·安康东西部协作联席会议在西安召开。"
       "10月8日,2021常州·安康·汉中农产品展销会开幕。"},
  });
  auto keys = PairingKeys(ex);
  EXPECT_THAT(keys, Contains("3204>6109 东西部扶贫协作"));
  for (const auto& k : keys) EXPECT_EQ(k.find(">6107"), std::string::npos) << k;  // 汉中: a fair's list
}

TEST_F(ExtractorTest, DashPairsNameSupporterFromTheHomeSide) {
  Extraction ex = Run({
      {"山海协作工程", "概况",
       "2021年,宁波市海曙区与丽水市龙泉市深化合作,宁波市推进龙泉—海曙山海协作产业园建设,产业园完成固定资产投资2亿元。"},
  });
  EXPECT_THAT(PairingKeys(ex), Contains("330203>331181 山海协作"));
  std::vector<std::string> projects;
  for (const auto& p : ex.projects) projects.push_back(p.name + "@" + p.place.key);
  EXPECT_THAT(projects, Contains("龙泉—海曙山海协作产业园@331181"));
}

TEST_F(ExtractorTest, EnterprisesBackTheProjectsTheyPutUp) {
  Extraction ex = Run({
      {"对口支援", "产业援建",
       "2021年,温州瓯江纺织有限公司在理塘县建成理塘高原纺织产业园项目,总投资2.4亿元。"
       "理塘县雪域牧业有限公司高原牦牛加工基地项目开工,"
       "温州鹿城鞋业有限公司考察理塘县,理塘县文旅综合体项目签约落地。"},
  });
  std::map<std::string, std::vector<std::string>> funders;
  std::map<std::string, std::string> investment;
  for (const auto& p : ex.projects) {
    for (const auto& f : p.funders) funders[p.name].push_back(f.key);
    investment[p.name] = p.investment_cny;
  }
  EXPECT_EQ(funders["理塘高原纺织产业园项目"], std::vector<std::string>{"温州瓯江纺织有限公司"});
  EXPECT_EQ(investment["理塘高原纺织产业园项目"], "240000000");  // opening the next clause
  EXPECT_EQ(funders["理塘县雪域牧业有限公司高原牦牛加工基地项目"], std::vector<std::string>{"理塘县雪域牧业有限公司"});
  // Another clause, another subject: the shoe firm only visited.
  EXPECT_THAT(funders["理塘县文旅综合体项目"], Not(Contains("温州鹿城鞋业有限公司")));
}

TEST_F(ExtractorTest, AQuotedBrandMakesAProjectNameProper) {
  // A quoted brand opens a name that names no place (its place is where the clause builds);
  // a place right before the brand belongs to the name; a quoted slogan before a bare or
  // generic category is no brand. 共建的 introduces a name; 综合楼 heads one.
  Extraction ex = Run({
      {"东西部协作", "产业合作",
       "2021年,常州市钟楼区与紫阳县在蒿坪镇共建的“钟紫”富硒茶产业园一期建成,"
       "天宁区在白河县建成“天白”魔芋精深加工厂;武进区在紫阳县打造紫阳县“汉江红”茶叶基地。"
       "两地推进“飞地”园区和“十四五”对口协作规划项目。天宁区援建的白河县天宁小学教学综合楼建成。"},
  });
  std::vector<std::string> projects;
  for (const auto& p : ex.projects) projects.push_back(p.name + "@" + p.place.key);
  EXPECT_THAT(projects, Contains("钟紫富硒茶产业园@610924101"));
  EXPECT_THAT(projects, Contains("天白魔芋精深加工厂@610929"));
  EXPECT_THAT(projects, Contains("紫阳县汉江红茶叶基地@610924"));
  EXPECT_THAT(projects, Contains("白河县天宁小学教学综合楼@610929"));
  for (const auto& p : ex.projects) {
    EXPECT_EQ(p.name.find("飞地"), std::string::npos) << p.name;
    EXPECT_EQ(p.name.find("规划项目"), std::string::npos) << p.name;
  }
}

TEST_F(ExtractorTest, CountedCategoriesOrganizationsAndProgrammesAreNoProjects) {
  // A head word counted right after, or after the next item of its list, is a category; a
  // head word the name of a hospital or group goes on after is no project's; a programme's
  // name alone is no park's. An enterprise's project built right after its verb is one when
  // the firm's trade name opens it (after the firm's place), not otherwise.
  Extraction ex = Run({
      {"东西部协作", "产业合作",
       "2021年,常州市在紫阳县设立紫阳农特产品展销中心四家,在白河县设立白河农特产品展销中心、直营店15家。"
       "紫阳县人民医院与常州市第一人民医院、白河县中心医院开展合作,紫阳县富硒物流中心集团有限公司扩大采购。"
       "两地共建东西部协作产业园。常州龙城新材料有限公司在白河县投资2亿元建设龙城碳纤维项目,"
       "江苏云帆电子商务有限公司在紫阳县建设富硒直采基地。"},
  });
  std::vector<std::string> names;
  for (const auto& p : ex.projects) names.push_back(p.name);
  EXPECT_THAT(names, Contains("龙城碳纤维项目"));
  for (const auto& n : names) {
    EXPECT_EQ(n.find("展销中心"), std::string::npos) << n;
    EXPECT_EQ(n.find("中心"), std::string::npos) << n;
    EXPECT_EQ(n.find("东西部协作产业园"), std::string::npos) << n;
    EXPECT_NE(n, "富硒直采基地");
  }
}

TEST_F(ExtractorTest, ShortFormsAndWhatBothSidesBuildAreNoProjectsOfTheirOwn) {
  Extraction ex = Run({
      {"东西部协作", "产业合作",
       "2021年,钟楼区在紫阳县援建的紫阳富硒茶叶精深加工中心于4月投入使用。两市农业部门共建优质富硒茶产销合作基地。"},
      {"东西部协作", "", "图为紫阳县茶农在钟楼区援建的茶叶加工中心制茶", document::PassageKind::kCaption},
  });
  std::vector<std::string> names;
  for (const auto& p : ex.projects) names.push_back(p.name);
  EXPECT_THAT(names, Contains("紫阳富硒茶叶精深加工中心"));
  EXPECT_THAT(names, Not(Contains("茶叶加工中心")));          // the same centre, shortened
  EXPECT_THAT(names, Not(Contains("优质富硒茶产销合作基地")));  // what both sides build: a kind
}

TEST_F(ExtractorTest, AMonthDatesWhatWasBuiltOrPutInUse) {
  Extraction ex = Run({
      {"东西部协作", "社会事业",
       "2021年,白河县天宁小学教学综合楼于8月投入使用;紫阳县富硒茶加工车间于10月建成。截至11月,累计建成车间12个。"},
  });
  std::vector<std::string> starts;
  for (const auto& e : ex.events) starts.push_back(e.start_date);
  EXPECT_THAT(starts, Contains("2021-08"));
  EXPECT_THAT(starts, Contains("2021-10"));
  EXPECT_THAT(starts, Not(Contains("2021-11")));  // a state up to a month, no happening
}

TEST_F(ExtractorTest, AVisitingVerbIsNoPartOfTheProjectsName) {
  Extraction ex = Run({{"东西部扶贫协作", "考察",
                        "2021年,泉州市考察团实地察看临夏县花椒精深加工项目,观摩永靖县现代农业产业园。"}});
  std::vector<std::string> names;
  for (const auto& p : ex.projects) names.push_back(p.name);
  EXPECT_THAT(names, Contains("临夏县花椒精深加工项目"));
  EXPECT_THAT(names, Contains("永靖县现代农业产业园"));
  for (const auto& n : names) EXPECT_EQ(n.find("察看"), std::string::npos) << n;
}

TEST_F(ExtractorTest, CategoryWordsAreNoProjectsAndBookTitlesAreSkipped) {
  Extraction ex = Run({
      {"对口支援", "概况",
       "2021年,宁波市实施援疆项目12个,签订《宁波市和库车市共建产业园框架协议》,库车市纺织产业园项目计划总投资8亿元。"},
  });
  std::vector<std::string> names;
  for (const auto& p : ex.projects) names.push_back(p.name);
  EXPECT_THAT(names, Contains("库车市纺织产业园项目"));
  EXPECT_THAT(names, Not(Contains("援疆项目")));
  for (const auto& n : names) EXPECT_EQ(n.find("共建产业园"), std::string::npos) << n;
  ASSERT_FALSE(ex.projects.empty());
  EXPECT_EQ(ex.projects[0].investment_cny, "800000000");
}

TEST_F(ExtractorTest, SameInputSameOutputAnyThreadCount) {
  Extractor ex(gaz_);
  document::Document doc = MakeDocument(kNingbo);
  const std::string once = ToDebugString(ex.Extract(doc));
  EXPECT_FALSE(once.empty());
  EXPECT_EQ(ToDebugString(ex.Extract(doc)), once);
  std::vector<std::string> results(4);
  std::vector<std::thread> threads;
  for (size_t i = 0; i < results.size(); ++i)
    threads.emplace_back([&, i] { results[i] = ToDebugString(ex.Extract(doc)); });
  for (auto& t : threads) t.join();
  for (const auto& r : results) EXPECT_EQ(r, once);
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

TEST_F(ExtractorTest, AChronicleTakesItsYearFromTheYearHeading) {
  // A 大事记: the year once, as a heading; each line starts with a month and day.
  Extraction ex = Run({
      {"2018年", "", "3月6日  台州市对口支援工作领导小组召开会议,部署全年工作。"},
      {"2018年", "", "5月9—11日  台州市党政代表团赴阿坝州考察,签约项目4个。"},
      {"2019年", "", "1月15日  台州市向阿坝州拨付援助资金8000万元。"},
  });
  std::vector<std::string> events;
  for (const auto& e : ex.events) events.push_back(e.start_date + "/" + e.end_date);
  EXPECT_THAT(events, Contains("2018-03-06/"));
  EXPECT_THAT(events, Contains("2018-05-09/2018-05-11"));
  EXPECT_THAT(events, Contains("2019-01-15/"));
  std::vector<std::string> figures;
  for (const auto& f : ex.figures) figures.push_back(f.metric + " " + std::to_string(f.year));
  EXPECT_THAT(figures, Contains("ProjectCount 2018"));
  EXPECT_THAT(figures, Contains("FundsCNY 2019"));
}

TEST_F(ExtractorTest, AnEntryTitledByAPartnerStatesThePairingAndTheRecipient) {
  // "二、对口支援" then "（一）西藏当雄县": the layout alone says who the entry is about.
  Extraction ex = Run({
      {"对口支援", "概况", "2021年,温州市对口支援工作由温州市发改委牵头,温州市各区参与。"},
      {"对口支援", "西藏当雄县", "2021年,温州市安排援藏资金1.2亿元,实施援藏项目20个。"},
      {"对口支援", "四川木里县", "2021年,温州市投入帮扶资金9000万元。"},
  });
  EXPECT_THAT(PairingKeys(ex), Contains("3303>540122 对口支援"));
  EXPECT_THAT(PairingKeys(ex), Contains("3303>513422 对口支援"));
  std::map<std::string, std::string> recipient;
  for (const auto& f : ex.figures) recipient[f.metric + " " + f.value] = f.recipient.key;
  EXPECT_EQ(recipient["FundsCNY 120000000"], "540122");
  EXPECT_EQ(recipient["ProjectCount 20"], "540122");
  EXPECT_EQ(recipient["FundsCNY 90000000"], "513422");
}

TEST_F(ExtractorTest, EmptyDocumentGivesEmptyExtraction) {
  Extraction ex = Run({});
  EXPECT_TRUE(ex.places.empty());
  EXPECT_TRUE(ex.figures.empty());
  EXPECT_TRUE(ex.pairings.empty());
}

TEST_F(ExtractorTest, FigureRecipientOfATotalOverPartnersInDifferentPrefecturesIsEmpty) {
  Extraction ex = Run({
      {"对口支援", "概况", "2021年,温州市对口支援四川省甘孜州理塘县、阿坝州红原县,全年拨付援助资金2.4亿元。"},
  });
  ASSERT_EQ(ex.figures.size(), 1u);
  EXPECT_EQ(ex.figures[0].recipient.key, "");
}

TEST_F(ExtractorTest, AnAidWordPicksThePartnerInItsRegion) {
  Extraction ex = Run({
      {"对口支援", "其他地区",
       "2021年,无锡市对口支援西藏日喀则市拉孜县和青海省果洛藏族自治州玛沁县,年内安排援藏资金3900万元、援青资金1700万元。"},
  });
  std::map<std::string, std::string> recipient;
  for (const auto& f : ex.figures) recipient[f.metric + " " + f.value] = f.recipient.key;
  EXPECT_EQ(recipient["FundsCNY 39000000"], "540225");
  EXPECT_EQ(recipient["FundsCNY 17000000"], "632621");
}

TEST_F(ExtractorTest, PlacesInsideTheSectionPartnerArePartnersWithoutTheirOwnPairing) {
  Extraction ex = Run({
      {"对口支援", "概况", "2021年,无锡市对口支援新疆伊犁哈萨克自治州新源县,安排援疆资金1亿元。"},
      {"东西部扶贫协作", "概况", "2021年,安顺市各县全部脱贫摘帽,安顺市农产品进入无锡市场。"},
      {"东西部扶贫协作", "携手奔小康",
       "无锡市某镇与紫云苗族布依族自治县猴场镇结成对子,投入帮扶资金260万元。"},
  });
  std::map<std::string, std::string> recipient;
  for (const auto& f : ex.figures) recipient[f.metric + " " + f.value] = f.recipient.key;
  EXPECT_EQ(recipient["FundsCNY 2600000"], "520425102");
}

TEST_F(ExtractorTest, PlacesInAnEntryHeadingAreNoFigurePartners) {
  document::Document doc = MakeDocument({
      {"综述", "", "无锡市锡山区、无锡市新吴区、无锡市梁溪区参与对口支援工作。无锡市对口支援西藏拉萨市墨竹工卡县。"},
      {"对口支援", "对口支援新疆西藏",
       "【对口支援新疆西藏】2021年,无锡市对口支援新疆克孜勒苏柯尔克孜自治州阿合奇县、乌恰县,投入援疆资金3.3亿元。"},
  });
  Extractor ex(gaz_);
  Extraction out = ex.Extract(doc);
  ASSERT_EQ(out.figures.size(), 1u);
  EXPECT_EQ(out.figures[0].subject.key, "3202");
  EXPECT_EQ(out.figures[0].recipient.key, "6530");  // the two counties' prefecture; 西藏 is the heading's
}

TEST_F(ExtractorTest, AFigureOverTwoPartnersDoesNotTakeTheSectionPartner) {
  Extraction ex = Run({
      {"东西部扶贫协作", "概况",
       "2021年,无锡市与贵州省安顺市、铜仁市开展协作。无锡市紫云苗族布依族自治县工作组进驻紫云苗族布依族自治县。"},
      {"东西部扶贫协作", "消费协作", "2021年,无锡市采购、销售两市农特产品3.4亿元。"},
  });
  std::map<std::string, std::string> recipient;
  for (const auto& f : ex.figures) recipient[f.metric + " " + f.value] = f.recipient.key;
  ASSERT_TRUE(recipient.count("SalesCNY 340000000"));
  EXPECT_EQ(recipient["SalesCNY 340000000"], "");
}

// ---- figures: cues without a sending verb, donations, breakdowns, signed amounts (gen-facts)

TEST_F(ExtractorTest, CountsOfCadresServingInThePartnerAreSentWithoutASendingVerb) {
  Extraction ex = Run({
      {"对口支援", "援疆干部",
       "2021年,无锡市对口支援新疆伊犁哈萨克自治州新源县。年内在岗援疆党政干部十五名、专业技术人才三十名。"
       "在新源工作的援疆干部人才中,有党政干部 12 人。援疆工作队培训当地党政干部200人。"},
  });
  auto keys = FigureKeys(ex);
  EXPECT_THAT(keys, Contains("CadresSent 15"));
  EXPECT_THAT(keys, Contains("TalentsSent 30"));
  EXPECT_THAT(keys, Contains("CadresSent 12"));
  EXPECT_THAT(keys, Not(Contains("CadresSent 200")));  // trained there, not sent
}

TEST_F(ExtractorTest, TeachersExpertsAndSkilledStaffAreTalentsSent) {
  Extraction ex = Run({
      {"对口支援", "教育医疗",
       "2021年,无锡市选派支教教师一百零八名赴新源县。无锡市第二人民医院派驻管理骨干11名。"
       "无锡市“组团式”医疗援疆专家 25 名在新源县人民医院工作。"},
  });
  auto keys = FigureKeys(ex);
  EXPECT_THAT(keys, Contains("TalentsSent 108"));
  EXPECT_THAT(keys, Contains("TalentsSent 11"));
  EXPECT_THAT(keys, Contains("TalentsSent 25"));
}

TEST_F(ExtractorTest, EndowedFundsAndCharityAppealsAreDonations) {
  Extraction ex = Run({
      {"社会帮扶", "社会捐赠",
       "2021年,无锡某集团有限公司出资600万元设立助学基金。无锡市慈善总会募集善款330万元。"
       "无锡某投资有限公司出资2000万元成立合资公司。"},
  });
  auto keys = FigureKeys(ex);
  EXPECT_THAT(keys, Contains("DonationCNY 6000000"));
  EXPECT_THAT(keys, Contains("DonationCNY 3300000"));
  EXPECT_THAT(keys, Not(Contains("DonationCNY 20000000")));  // a stake, not a gift
}

TEST_F(ExtractorTest, BreakdownByKindOfPersonKeepsTheMetricOfItsTotal) {
  Extraction ex = Run({
      {"劳务协作", "劳务协作",
       "2021年,帮助新源县农村劳动力到无锡就业2600人,其中建档立卡贫困劳动力750人。"
       "开展技能培训480人次,其中创业成功36人。"},
  });
  auto keys = FigureKeys(ex);
  EXPECT_THAT(keys, Contains("Jobs 750"));
  EXPECT_THAT(keys, Not(Contains("Trainees 36")));  // an outcome, not a kind of trainee
}

TEST_F(ExtractorTest, SignedAmountIsAnAgreedInvestment) {
  Extraction ex = Run({
      {"对口合作", "对口合作",
       "2021年,无锡市与吉林省白山市开展对口合作,签约项目9个,签约金额31.5亿元。"},
  });
  auto keys = FigureKeys(ex);
  EXPECT_THAT(keys, Contains("ProjectCount 9"));  // a count of projects signed has no qualifier
  EXPECT_THAT(keys, Contains("InvestmentCNY 3150000000 协议"));
}

TEST_F(ExtractorTest, AFiveYearPlanTotalIsCumulative) {
  Extraction ex = Run({
      {"对口支援", "概况", "2021年,无锡市完成“十三五”总投资6800万元的援疆项目。"},
  });
  EXPECT_THAT(FigureKeys(ex), Contains("InvestmentCNY 68000000 累计"));
}

TEST_F(ExtractorTest, CountsWrittenBeforeTheirNounTakeTheMetricOfWhatFollows) {
  Extraction ex = Run({
      {"对口支援", "人才与就业",
       "2021年,无锡市选派12名党政干部赴新源县挂职。帮助1300名贫困劳动力实现就业,组织420名农牧民参加技能培训。"},
  });
  auto keys = FigureKeys(ex);
  EXPECT_THAT(keys, Contains("CadresSent 12"));
  EXPECT_THAT(keys, Contains("Jobs 1300"));
  EXPECT_THAT(keys, Contains("Trainees 420"));
}

// ---- projects: name forms and boundaries (gen-facts)

// An overview that makes 无锡市 the home city and names the partners in full (short forms
// such as 新源 are read only when the full name is written somewhere).
const PassageSpec kWuxiOverview = {
    "综述", "概况",
    "2021年,无锡市对口支援新疆伊犁哈萨克自治州新源县、巩留县,伊宁市。无锡市锡山区、无锡市新吴区参与结对。"};

std::vector<std::string> ProjectNames(const Extraction& ex) {
  std::vector<std::string> out;
  for (const auto& p : ex.projects) out.push_back(p.name);
  return out;
}

TEST_F(ExtractorTest, TownsLogisticsParksCampusesAndPlantsAreProjects) {
  Extraction ex = Run({
      kWuxiOverview,
      {"对口支援", "产业援疆",
       "2021年,无锡市援建的新源县那拉提旅游小镇二期竣工,新源县农产品物流园投入使用。"
       "图为无锡援建的新源县无锡高级中学新校区落成。新源县奶制品加工厂投产。"},
  });
  auto names = ProjectNames(ex);
  EXPECT_THAT(names, Contains("新源县那拉提旅游小镇"));
  EXPECT_THAT(names, Contains("新源县农产品物流园"));
  EXPECT_THAT(names, Contains("新源县无锡高级中学新校区"));
  EXPECT_THAT(names, Contains("新源县奶制品加工厂"));
}

TEST_F(ExtractorTest, ACityBrandedComplexNeedsTwoPlaceNames) {
  Extraction ex = Run({
      kWuxiOverview,
      {"对口支援", "产业援疆", "2021年,无锡援建的伊宁无锡城开业,新源县城新建道路12公里。"},
  });
  auto names = ProjectNames(ex);
  EXPECT_THAT(names, Contains("伊宁无锡城"));
  for (const auto& n : names) EXPECT_EQ(n.find("县城"), std::string::npos) << n;
}

TEST_F(ExtractorTest, WhatAnEnterpriseBuildsIsAProjectWithoutAPlaceInItsName) {
  Extraction ex = Run({
      kWuxiOverview,
      {"对口支援", "产业援疆",
       "2021年,无锡某乳业有限公司在新源县建设的奶制品深加工项目协议投资1.5亿元,"
       "无锡某材料有限公司投资的高纯硅材料产业化项目一期投产。"},
  });
  auto names = ProjectNames(ex);
  EXPECT_THAT(names, Contains("奶制品深加工项目"));
  EXPECT_THAT(names, Contains("高纯硅材料产业化项目"));
  auto p = std::find_if(ex.projects.begin(), ex.projects.end(), [](const Project& x) { return x.name == "奶制品深加工项目"; });
  ASSERT_NE(p, ex.projects.end());
  EXPECT_EQ(p->place.key, "654025");  // 在新源县建设的
}

TEST_F(ExtractorTest, ParkNamesKeepTheirZoneParenthesesAndQuotedBrand) {
  Extraction ex = Run({
      kWuxiOverview,
      {"东西部扶贫协作", "考察",
       "2021年,代表团考察无锡高新区新源产业园、“天山雪果”无锡展销中心,无锡(新源)产业园区新注册企业40家。"},
  });
  auto names = ProjectNames(ex);
  EXPECT_THAT(names, Contains("无锡高新区新源产业园"));
  EXPECT_THAT(names, Contains("天山雪果无锡展销中心"));
  EXPECT_THAT(names, Contains("无锡(新源)产业园区"));
  EXPECT_THAT(names, Not(Contains("无锡(新源)产业园")));
}

TEST_F(ExtractorTest, ACoBuildingVerbEndsTheWordsBeforeTheParkName) {
  Extraction ex = Run({
      kWuxiOverview,
      {"东西部扶贫协作", "园区共建",
       "2021年,新吴区在新源县共建锡新生物医药产业园,年内入园企业9家。无锡、新源两地共建产业园区实现全覆盖。"
       "锡山—巩留共建产业园引进企业6家。"},
  });
  auto names = ProjectNames(ex);
  EXPECT_THAT(names, Contains("锡新生物医药产业园"));
  EXPECT_THAT(names, Contains("锡山—巩留共建产业园"));
  for (const auto& n : names) {
    EXPECT_EQ(n.find("新源县共建"), std::string::npos) << n;
    EXPECT_EQ(n.find("两地"), std::string::npos) << n;
    EXPECT_NE(n, "产业园区");
  }
}

TEST_F(ExtractorTest, VenuesAndZonesInAListOfPairsAreNoProjects) {
  Extraction ex = Run({
      kWuxiOverview,
      {"东西部扶贫协作", "结对关系", "无锡高新区—新源县,无锡工业园区—巩留县。"},
      {"东西部扶贫协作", "", "2021年9月6日,新源县特产展销会在无锡国际会展中心举行", document::PassageKind::kCaption},
  });
  auto names = ProjectNames(ex);
  EXPECT_THAT(names, Not(Contains("无锡工业园区")));
  EXPECT_THAT(names, Not(Contains("无锡国际会展中心")));
}

TEST_F(ExtractorTest, ParkNamesInTableCellsAreProjects) {
  Extraction ex = Run({
      kWuxiOverview,
      {"山海协作", "", "帮扶方\t受帮扶方\t共建园区\n锡山区\t新源县\t锡山—新源工业园\n新吴区\t巩留县\t—",
       document::PassageKind::kTable},
  });
  auto names = ProjectNames(ex);
  EXPECT_THAT(names, Contains("锡山—新源工业园"));
  EXPECT_EQ(names.size(), 1u);
}

TEST_F(ExtractorTest, TheParkAPlanCentresOnIsNamed) {
  Extraction ex = Run({
      kWuxiOverview,
      {"对口支援", "产业援疆", "2021年,无锡市支持新源县以乳品加工产业园为重点的园区建设,以产业园为载体。"},
  });
  auto names = ProjectNames(ex);
  EXPECT_THAT(names, Contains("乳品加工产业园"));
  EXPECT_THAT(names, Not(Contains("产业园")));
}

// ---- events: month-only dates inside a clause (gen-facts)

std::vector<std::string> EventDates(const Extraction& ex) {
  std::vector<std::string> out;
  for (const auto& e : ex.events) out.push_back(e.start_date + (e.end_date.empty() ? "" : "~" + e.end_date));
  return out;
}

TEST_F(ExtractorTest, AMonthInsideAClauseDatesTheHappeningItNames) {
  Extraction ex = Run({
      {"对口合作", "对口合作",
       "2021年,无锡市对口合作吉林省白山市,5月在无锡举办白山特色商品展销会。新源县奶制品加工厂于8月投产。"},
  });
  auto dates = EventDates(ex);
  EXPECT_THAT(dates, Contains("2021-05"));
  EXPECT_THAT(dates, Contains("2021-08"));
  auto plant = std::find_if(ex.events.begin(), ex.events.end(), [](const Event& e) { return e.start_date == "2021-08"; });
  ASSERT_NE(plant, ex.events.end());
  EXPECT_EQ(plant->title, "新源县奶制品加工厂投产");
}

TEST_F(ExtractorTest, AMonthInsideAClauseWithoutAHappeningIsNoEvent) {
  Extraction ex = Run({
      {"东西部扶贫协作", "消费扶贫", "2021年,无锡市采购农产品,截至10月累计销售2.1亿元,全市11月完成全年任务。"},
  });
  EXPECT_TRUE(ex.events.empty()) << ex.events[0].start_date;
}

// ---- awards (gen-facts)

std::vector<std::string> AwardNames(const Extraction& ex) {
  std::vector<std::string> out;
  for (const auto& a : ex.awards) out.push_back(a.name);
  return out;
}

TEST_F(ExtractorTest, AwardTitlesDropATrailingTitleWord) {
  Extraction ex = Run({
      {"表彰", "表彰", "无锡市新吴区获2021年江苏省东西部协作先进集体称号。"},
  });
  EXPECT_EQ(AwardNames(ex), std::vector<std::string>{"江苏省东西部协作先进集体"});
}

TEST_F(ExtractorTest, NamedAsAModelCollectiveIsAnAward) {
  Extraction ex = Run({
      {"表彰", "表彰", "无锡援疆前方指挥部被评为全国民族团结进步模范集体。"},
  });
  EXPECT_EQ(AwardNames(ex), std::vector<std::string>{"全国民族团结进步模范集体"});
}

TEST_F(ExtractorTest, ConferredTitlesAreAwards) {
  Extraction ex = Run({
      {"表彰", "表彰", "无锡援疆前方指挥部被授予“全疆民族团结先进集体”称号。"},
  });
  EXPECT_EQ(AwardNames(ex), std::vector<std::string>{"全疆民族团结先进集体"});
}

TEST_F(ExtractorTest, AwardWinningAsAWordIsNoAwardVerb) {
  Extraction ex = Run({
      {"表彰", "", "获奖情况 无锡市某集团有限公司获2021年全国脱贫攻坚奖组织创新奖。"},
  });
  EXPECT_EQ(AwardNames(ex), std::vector<std::string>{"全国脱贫攻坚奖组织创新奖"});
}

// ---- qproj: awards, projects and organizations ----

TEST_F(ExtractorTest, AwardNamesDropCornerQuotesAndALeadingYearOfTheTerm) {
  Extraction ex = Run({
      {"大事记", "", "12月3日 无锡市协作办获评「2021年度云南省东西部协作先进集体」，援滇干部陈立获「云南省扶贫先进工作者」。"},
  });
  EXPECT_EQ(AwardNames(ex), (std::vector<std::string>{"云南省东西部协作先进集体", "云南省扶贫先进工作者"}));
  ASSERT_FALSE(ex.awards.empty());
  EXPECT_EQ(ex.awards[0].year, 2021);
}

TEST_F(ExtractorTest, AYearInsideTheQuoteIsTheAwardsYear) {
  Extraction ex = Run({
      {"表彰", "", "2022年，无锡市协作办获“2021年全国脱贫攻坚奖组织创新奖”。"},
  });
  EXPECT_EQ(AwardNames(ex), std::vector<std::string>{"全国脱贫攻坚奖组织创新奖"});
  ASSERT_FALSE(ex.awards.empty());
  EXPECT_EQ(ex.awards[0].year, 2021);
}

TEST_F(ExtractorTest, AnHonoraryTitleIsNamedByWhatIsQuotedAndACountOfHonoursIsNoAward) {
  Extraction ex = Run({
      {"表彰", "", "2021年，无锡市协作办被授予“全国民族团结进步模范集体”荣誉称号，援疆干部张立华被表彰为全国三八红旗手。"
                   "无锡市援疆指挥部获得多项荣誉。"},
  });
  EXPECT_EQ(AwardNames(ex), (std::vector<std::string>{"全国三八红旗手", "全国民族团结进步模范集体"}));
}

TEST_F(ExtractorTest, APassiveWithTheAwardingBodyNamedGivesTheAwardToTheSubject) {
  Extraction ex = Run({{"表彰", "", "2021年，无锡市协作办被中共中央、国务院授予“全国脱贫攻坚先进集体”称号。"
                                   "无锡援疆前方指挥部被江苏省人民政府评为江苏省对口支援工作先进集体。"}});
  EXPECT_EQ(AwardNames(ex), (std::vector<std::string>{"江苏省对口支援工作先进集体", "全国脱贫攻坚先进集体"}));
  for (const auto& a : ex.awards) {
    ASSERT_EQ(a.awarded_to.size(), 1u) << a.name;
    EXPECT_NE(a.awarded_to[0].key.find("无锡"), std::string::npos) << a.awarded_to[0].key;
  }
}

TEST_F(ExtractorTest, AnAwardOfATermOfYearsTakesItsLastYear) {
  Extraction ex = Run({{"表彰", "", "无锡市协作办获“2019—2020年度江苏省东西部协作先进集体”称号。"}});
  EXPECT_EQ(AwardNames(ex), std::vector<std::string>{"江苏省东西部协作先进集体"});
  ASSERT_FALSE(ex.awards.empty());
  EXPECT_EQ(ex.awards[0].year, 2020);
}

TEST_F(ExtractorTest, AnEntryHeadingAboutHonoursAwardsNothing) {
  Extraction ex = Run({
      {"东西部协作", "获得荣誉", "【获得荣誉】无锡市协作办获“全国脱贫攻坚奖组织创新奖”。"},
  });
  EXPECT_EQ(AwardNames(ex), std::vector<std::string>{"全国脱贫攻坚奖组织创新奖"});
}

std::vector<std::string> PlaceCodes(const Extraction& ex) {
  std::vector<std::string> out;
  for (const auto& p : ex.places) out.push_back(p.code);
  return out;
}

TEST_F(ExtractorTest, AnInstitutionNamedAfterAPlaceNamesNoPlace) {
  Extraction ex = Run({
      {"东西部协作", "教育帮扶",
       "2021年，宁波市对口帮扶黔西南州晴隆县。宁波市第二中学向沙子镇中心小学捐赠图书，贵州大学派出专家8人，"
       "宁波市第一医院帮扶安龙县医院。"},
  });
  auto codes = PlaceCodes(ex);
  EXPECT_THAT(codes, Contains("522324"));
  EXPECT_THAT(codes, Not(Contains("522324101")));  // 沙子镇 only names the school
  EXPECT_THAT(codes, Not(Contains("52")));         // 贵州 only names the university
  EXPECT_THAT(codes, Contains("522328"));          // 安龙县医院: a county's hospital, in the county
}

TEST_F(ExtractorTest, AShortNameBeforeACollegeNamesAPlaceTheDocumentNamesElsewhere) {
  Extraction ex = Run({{"东西部协作", "概况", "2021年，宁波市对口帮扶黔西南州兴义市。"},
                       {"东西部协作", "教育帮扶", "宁波市为兴义学院培训教师120人次。"}});
  const PlaceRecord* city = nullptr;
  for (const auto& p : ex.places)
    if (p.code == "522301") city = &p;
  ASSERT_NE(city, nullptr);
  EXPECT_THAT(city->passages, Contains(1u));  // the college's city, named in full in passage 0
}

TEST_F(ExtractorTest, ATownshipBeforeAKindOfSchoolNamesOnlyTheSchool) {
  Extraction ex = Run({
      {"东西部协作", "教育帮扶",
       "2021年，常州市对口帮扶紫阳县。常州市第一中学与蒿坪镇民族中学结为姊妹学校，天宁区援建汉王镇实验小学。"},
  });
  auto codes = PlaceCodes(ex);
  EXPECT_THAT(codes, Contains("610924"));
  EXPECT_THAT(codes, Not(Contains("610924101")));  // 蒿坪镇 only names the school
  EXPECT_THAT(codes, Not(Contains("610924102")));  // 汉王镇 likewise
}

TEST_F(ExtractorTest, StudentsFromAPlaceStillNameThePlace) {
  Extraction ex = Run({{"东西部协作", "劳务协作", "2021年，宁波市对口帮扶黔西南州晴隆县，吸纳贵州大学生就业300人。"}});
  EXPECT_THAT(PlaceCodes(ex), Contains("52"));
}

const PassageSpec kNingboGuizhou = {"东西部协作", "概况", "2021年，宁波市对口帮扶黔西南州晴隆县、安龙县，宁波市投入资金2亿元。"};

TEST_F(ExtractorTest, CentreInsideAnInstitutionsNameIsNoProject) {
  Extraction ex = Run({kNingboGuizhou, {"东西部协作", "医疗帮扶", "宁波市中心医院、宁波市妇幼保健院派出专家5人。"}});
  EXPECT_THAT(ProjectNames(ex), Not(Contains("宁波市中心")));
}

TEST_F(ExtractorTest, AHospitalsNewTechniquesAreNoProjectCount) {
  Extraction ex = Run({kNingboGuizhou, {"东西部协作", "医疗帮扶", "宁波市第一医院帮扶晴隆县人民医院，开展新技术新项目17项。"}});
  EXPECT_THAT(FigureKeys(ex), Not(Contains("ProjectCount 17")));
}

TEST_F(ExtractorTest, AnInstitutionsCentreIsNoProject) {
  Extraction ex = Run({kNingboGuizhou, {"东西部协作", "医疗帮扶",
                                        "宁波市援建晴隆县疾病预防控制中心实验室，帮助晴隆县融媒体中心建设，宁波市中心血站派员支援。"
                                        "晴隆县农产品电商服务中心建成。"}});
  EXPECT_EQ(ProjectNames(ex), std::vector<std::string>{"晴隆县农产品电商服务中心"});
}

TEST_F(ExtractorTest, ACategoryCountedInChineseNumeralsIsNoProject) {
  Extraction ex = Run({kNingboGuizhou, {"东西部协作", "产业合作", "全年引导宁波企业到晴隆投资落地项目三十二个。"}});
  EXPECT_TRUE(ProjectNames(ex).empty()) << ProjectNames(ex)[0];
}

TEST_F(ExtractorTest, AFacilityNamedForAListOfPlacesIsNoProject) {
  Extraction ex = Run({kNingboGuizhou,
                       {"东西部协作", "考察", "副市长一行考察晴隆县、安龙县东西部协作项目和晴隆县、安龙县农特产品展销中心。"}});
  EXPECT_TRUE(ProjectNames(ex).empty()) << ProjectNames(ex)[0];
}

TEST_F(ExtractorTest, WhatIsBuiltAtAPlaceIsAProjectWhenItsNameSaysMoreThanItsKind) {
  Extraction ex = Run({kNingboGuizhou,
                       {"东西部协作", "产业合作",
                        "宁波市在晴隆县沙子镇建设长江中游蔬菜供应基地。某某食品有限公司在安龙县建设生鲜直采基地。"}});
  auto names = ProjectNames(ex);
  EXPECT_THAT(names, Contains("长江中游蔬菜供应基地"));
  EXPECT_THAT(names, Not(Contains("生鲜直采基地")));
}

TEST_F(ExtractorTest, WorkshopsBeltsWorksAndTrainingBuildingsNamedByTheirPlaceAreProjects) {
  Extraction ex = Run({kNingboGuizhou,
                       {"东西部协作", "项目建设",
                        "晴隆县沙子镇竹编扶贫车间、安龙县乡村振兴示范带、晴隆县沙子镇安居配套工程和安龙县职业技术学校实训楼"
                        "相继建成。宁波某某鞋业有限公司在安龙县投资建设的鞋材加工扶贫车间投产。"}});
  auto names = ProjectNames(ex);
  EXPECT_THAT(names, Contains("晴隆县沙子镇竹编扶贫车间"));
  EXPECT_THAT(names, Contains("安龙县乡村振兴示范带"));
  EXPECT_THAT(names, Contains("晴隆县沙子镇安居配套工程"));
  EXPECT_THAT(names, Contains("安龙县职业技术学校实训楼"));
  EXPECT_THAT(names, Not(Contains("鞋材加工扶贫车间")));  // a workshop without a place is a kind
}

TEST_F(ExtractorTest, DemonstrationAndStartUpParksAreProjects) {
  Extraction ex = Run({kNingboGuizhou, {"东西部协作", "产业协作",
                                        "晴隆县沙子镇现代农业示范园区、安龙县返乡创业园和晴隆县茶叶示范园相继建成。"}});
  auto names = ProjectNames(ex);
  EXPECT_THAT(names, Contains("晴隆县沙子镇现代农业示范园区"));
  EXPECT_THAT(names, Contains("安龙县返乡创业园"));
  EXPECT_THAT(names, Contains("晴隆县茶叶示范园"));
}

TEST_F(ExtractorTest, WorksOfAProvinceAreAProgrammeNotAProject) {
  Extraction ex = Run({kNingboGuizhou, {"东西部协作", "表彰", "宁波市协作办获“浙江省山海协作工程先进单位”，"
                                                         "实施晴隆县沙子镇污水处理工程。"}});
  EXPECT_EQ(ProjectNames(ex), std::vector<std::string>{"晴隆县沙子镇污水处理工程"});
}

TEST_F(ExtractorTest, AProjectNamedByAPrefecturesShortNameStandsInItsSeat) {
  Extraction ex = Run({{"对口支援", "概况", "2021年，宁波市对口支援新疆阿克苏地区，宁波市投入资金3亿元。"},
                       {"对口支援", "产业援疆", "阿克苏宁波城建成开业。"}});
  ASSERT_EQ(ProjectNames(ex), std::vector<std::string>{"阿克苏宁波城"});
  EXPECT_EQ(ex.projects[0].place.key, "652901");  // 阿克苏市, not 阿克苏地区
}

TEST_F(ExtractorTest, AnExpoCentreIsAVenueNotAProject) {
  Extraction ex = Run({kNingboGuizhou, {"东西部协作", "消费帮扶", "组织晴隆县企业参加宁波国际博览中心举办的展销会。"}});
  EXPECT_TRUE(ProjectNames(ex).empty()) << ProjectNames(ex)[0];
}

TEST_F(ExtractorTest, APairNameMayOpenWithAShortNameTheGazetteerDoesNotKnow) {
  Extraction ex = Run({kNingboGuizhou, {"东西部协作", "携手奔小康", "宁波市某某镇在晴隆县沙子镇援建某甲—晴隆帮扶车间。"}});
  EXPECT_THAT(ProjectNames(ex), Contains("某甲—晴隆帮扶车间"));
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

// A Qingdao chapter's opening, naming the home city often enough to be recognized as home.
const PassageSpec kQingdaoOpening = {"综述", "概况",
                                     "2021年,青岛市全面推进协作工作,青岛市各区(市)参与,青岛市财政投入资金5亿元。"};

Extraction RunWithTitle(const gazetteer::Gazetteer* gaz, const std::string& title, std::vector<PassageSpec> specs) {
  document::Document doc = MakeDocument(specs);
  doc.title = title;
  Extractor ex(gaz);
  return ex.Extract(doc);
}

TEST_F(ExtractorTest, HelpVerbListsPairEachDistrictWithItsCounties) {
  Extraction ex = Run({kQingdaoOpening,
                       {"东西部扶贫协作", "结对关系", "市南区对口帮扶陇南市武都区、西和县；市北区对口帮扶宕昌县。"}});
  auto keys = PairingKeys(ex);
  EXPECT_THAT(keys, Contains("370202>621202 东西部扶贫协作"));
  EXPECT_THAT(keys, Contains("370202>621225 东西部扶贫协作"));
  EXPECT_THAT(keys, Contains("370203>621223 东西部扶贫协作"));
  EXPECT_THAT(keys, Not(Contains("3702>621223 东西部扶贫协作")));
}

TEST_F(ExtractorTest, DistrictBeforeTheVerbStaysTheSupporter) {
  Extraction ex = Run({kQingdaoOpening, {"对口支援", "概况", "青岛市崂山区对口支援日喀则市萨迦县。"}});
  auto keys = PairingKeys(ex);
  EXPECT_THAT(keys, Contains("370212>540224 对口支援"));
  EXPECT_THAT(keys, Not(Contains("3702>540224 对口支援")));
}

TEST_F(ExtractorTest, EntryTitleNamesTheTypeInsideAnotherSection) {
  Extraction ex = Run({kQingdaoOpening,
                       {"山海协作", "东西部扶贫协作", "2021年,市南区、市北区分别与武都区、西和县结对。"}});
  auto keys = PairingKeys(ex);
  EXPECT_THAT(keys, Contains("370202>621202 东西部扶贫协作"));
  EXPECT_THAT(keys, Contains("370203>621225 东西部扶贫协作"));
  EXPECT_THAT(keys, Not(Contains("370202>621202 山海协作")));
}

TEST_F(ExtractorTest, WithClauseTakesTheSentenceSubject) {
  Extraction ex = Run({kQingdaoOpening,
                       {"东西部扶贫协作", "概况",
                        "2021年,青岛市把协作列为重点工作,与甘肃省陇南市开展结对帮扶,全年投入资金3亿元。"}});
  EXPECT_THAT(PairingKeys(ex), Contains("3702>6212 东西部扶贫协作"));
}

TEST_F(ExtractorTest, ShortPredicateBeforeWithKeepsTheSubject) {
  Extraction ex = Run({kQingdaoOpening,
                       {"东西部扶贫协作", "概况", "青岛市圆满完成与陇南市、日喀则市的东西部扶贫协作任务。"}});
  auto keys = PairingKeys(ex);
  EXPECT_THAT(keys, Contains("3702>6212 东西部扶贫协作"));
  EXPECT_THAT(keys, Contains("3702>5402 东西部扶贫协作"));
}

TEST_F(ExtractorTest, TownshipsPairedAsAPair) {
  Extraction ex = Run({kQingdaoOpening, {"东西部扶贫协作", "携手奔小康", "黄岛区琅琊镇与成县黄渚镇结成对子。"}});
  EXPECT_THAT(PairingKeys(ex), Contains("370211102>621221101 东西部扶贫协作"));
}

TEST_F(ExtractorTest, ElidedSubjectOfASentenceIsTheHomeCity) {
  Extraction ex = Run({kQingdaoOpening,
                       {"对口协作", "其他", "青岛市对口支援日喀则市桑珠孜区。对口合作甘肃省陇南市,举办展销会2场。"}});
  EXPECT_THAT(PairingKeys(ex), Contains("3702>6212 对口合作"));
}

TEST_F(ExtractorTest, OrganizationsOnBothSidesAreNoPairing) {
  Extraction ex = Run({kQingdaoOpening,
                       {"东西部扶贫协作", "医疗帮扶",
                        "青岛市市立医院与陇南市人民医院结对帮扶。崂山区第二中学与西和县第一中学结对。"
                        "市南区对口帮扶陇南市工作队获先进集体。"}});
  EXPECT_TRUE(ex.pairings.empty()) << ::testing::PrintToString(PairingKeys(ex));
}

TEST_F(ExtractorTest, PartnersThatAreNoDivisionKeepTheirNames) {
  Extraction ex = Run({kQingdaoOpening,
                       {"对口支援", "概况", "青岛市对口支援日喀则市萨迦县及新疆生产建设兵团第三师。"},
                       {"东西部扶贫协作", "结对关系", "市南区对口帮扶武都区；西海岸新区对口帮扶两当县。"}});
  auto keys = PairingKeys(ex);
  EXPECT_THAT(keys, Contains("3702>540224 对口支援"));
  EXPECT_THAT(keys, Contains("3702>新疆生产建设兵团第三师 对口支援"));
  EXPECT_THAT(keys, Contains("西海岸新区>621228 东西部扶贫协作"));
}

TEST_F(ExtractorTest, UntypedListTakesTheTypeOfTheRecipientsOtherPairing) {
  // The chapter title names both types; the recipient's own pairing says which.
  Extraction ex = RunWithTitle(gaz_, "对口支援与东西部扶贫协作",
                               {kQingdaoOpening,
                                {"综述", "援藏", "2021年,青岛市对口支援日喀则市桑珠孜区、萨迦县。"},
                                {"综述", "结对", "市南区—桑珠孜区,市北区—萨迦县。"}});
  auto keys = PairingKeys(ex);
  EXPECT_THAT(keys, Contains("370202>540202 对口支援"));
  EXPECT_THAT(keys, Contains("370203>540224 对口支援"));
  EXPECT_THAT(keys, Not(Contains("370202>540202 东西部扶贫协作")));
}

TEST_F(ExtractorTest, DashPairBehindAZoneNameUsesTheDivisionInParentheses) {
  Extraction ex = Run({kQingdaoOpening, {"东西部扶贫协作", "结对", "高新区(崂山区)—西和县,李沧区—宕昌县。"}});
  auto keys = PairingKeys(ex);
  EXPECT_THAT(keys, Contains("370212>621225 东西部扶贫协作"));
  EXPECT_THAT(keys, Contains("370213>621223 东西部扶贫协作"));
}

TEST_F(ExtractorTest, HomeCityIsTheSubjectNotThePartnerNamedMostOften) {
  // The partner prefecture's counties are named nine times, the home city three times, but
  // only the home city opens the statements of who supports whom.
  Extraction ex = Run({
      {"东西部扶贫协作", "概况",
       "2021年,青岛市对口帮扶陇南市武都区、成县、西和县、宕昌县、两当县。武都区、成县、西和县脱贫摘帽。"},
      {"东西部扶贫协作", "人才", "青岛市选派干部30人到宕昌县、两当县挂职。"},
      {"东西部扶贫协作", "资金", "青岛市拨付资金2亿元。"},
  });
  auto keys = PairingKeys(ex);
  EXPECT_THAT(keys, Contains("3702>621202 东西部扶贫协作"));
  EXPECT_THAT(keys, Contains("3702>621228 东西部扶贫协作"));
}

TEST_F(ExtractorTest, TwoCharacterCountyInsideAListIsResolvedByName) {
  Extraction ex = Run({kQingdaoOpening, {"东西部扶贫协作", "结对关系", "市南区对口帮扶陇南市武都区、成县、两当县。"}});
  auto keys = PairingKeys(ex);
  EXPECT_THAT(keys, Contains("370202>621221 东西部扶贫协作"));  // 成县
  EXPECT_THAT(keys, Contains("370202>621228 东西部扶贫协作"));  // and the list goes on after it
}

TEST_F(ExtractorTest, PairsWithinOneListEachTakeTheirOwnSupporter) {
  Extraction ex = Run({kQingdaoOpening, {"东西部扶贫协作", "结对", "市南区与武都区、市北区与宕昌县结对。"}});
  auto keys = PairingKeys(ex);
  EXPECT_THAT(keys, Contains("370202>621202 东西部扶贫协作"));
  EXPECT_THAT(keys, Contains("370203>621223 东西部扶贫协作"));
  EXPECT_THAT(keys, Not(Contains("370202>621223 东西部扶贫协作")));
}

TEST_F(ExtractorTest, RespectiveListCutShortPairsNothing) {
  // 四方区 is no division any more: "分别" cannot pair the rest in order.
  Extraction ex = Run({kQingdaoOpening, {"东西部扶贫协作", "结对", "四方区、市北区分别对口帮扶武都区、宕昌县。"}});
  auto keys = PairingKeys(ex);
  EXPECT_THAT(keys, Not(Contains("370203>621202 东西部扶贫协作")));
  EXPECT_THAT(keys, Not(Contains("370203>621223 东西部扶贫协作")));
}

TEST_F(ExtractorTest, ShortWordEndingLikeADivisionFarAwayIsNoPartner) {
  // 矿区 names a district of a province this chapter never mentions: a word here.
  Extraction ex = Run({kQingdaoOpening, {"东西部扶贫协作", "结对", "市南区对口帮扶矿区、武都区。"}});
  auto keys = PairingKeys(ex);
  EXPECT_THAT(keys, Contains("370202>621202 东西部扶贫协作"));
  for (const auto& k : keys) EXPECT_EQ(k.find(">14"), std::string::npos) << k;
}

// gen-org: organizations and persons on wording from other yearbooks.
std::vector<std::string> OrgKeys(const Extraction& ex) {
  std::vector<std::string> out;
  for (const auto& o : ex.organizations) out.push_back(o.name + "|" + OrgTypeName(o.type));
  return out;
}

// ---- qproj: organizations ----

TEST_F(ExtractorTest, AHeadWordInsideABodysNameIsNoProject) {
  Extraction ex = Run({kNingboGuizhou, {"东西部协作", "项目建设",
                                        "晴隆县宏达建筑工程有限公司承建晴隆县第二中学教学楼。晴隆县农业科技园区管委会、"
                                        "安龙县产业园管理中心和晴隆县城乡供水工程项目部参加。"}});
  EXPECT_EQ(ProjectNames(ex), std::vector<std::string>{"晴隆县第二中学教学楼"});
  EXPECT_THAT(OrgKeys(ex), Contains("晴隆县第二中学|Institution"));
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

// A district's own yearbook: the district is the subject throughout, its bodies written 区….
const std::vector<PassageSpec> kDistrictYearbook = {
    {"对口支援与合作交流", "概况",
     "2021年，宁波市海曙区对口帮扶黔西南州晴隆县。海曙区投入资金8000万元，海曙区选派干部12人。"
     "区合作交流办获评先进集体，区中医医院派出专家5人。"},
    {"区对口支援工作领导小组会议", "", "3月2日，海曙区召开会议，海曙区各部门参加。区工商联、区慈善基金会参加。"},
};

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

std::vector<std::string> PersonNames(const Extraction& ex) {
  std::vector<std::string> out;
  for (const auto& p : ex.persons) out.push_back(p.name);
  return out;
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

// --- pairings and recipients in wordings of a second batch of chapters (new names) ----------

// A Fuzhou chapter's opening: the home city acts, its partner prefecture is acted on.
const PassageSpec kFuzhouOpening = {"东西部扶贫协作", "概况",
                                    "2020年,福州市对口帮扶甘肃省定西市,福州市财政向定西市拨付帮扶资金2亿元。"};

TEST_F(ExtractorTest, JieDuiAfterADistrictPairsItWithShortCountyNames) {
  Extraction ex = Run({kFuzhouOpening, {"东西部扶贫协作", "携手奔小康", "鼓楼区结对岷县和漳县,台江区结对渭源县。"}});
  auto keys = PairingKeys(ex);
  EXPECT_THAT(keys, Contains("350102>621126 东西部扶贫协作"));
  EXPECT_THAT(keys, Contains("350102>621125 东西部扶贫协作"));
  EXPECT_THAT(keys, Contains("350103>621123 东西部扶贫协作"));
}

TEST_F(ExtractorTest, NewlyAddedPartnersAfterWhileContinuingArePaired) {
  Extraction ex = Run({kFuzhouOpening,
                       {"东西部扶贫协作", "结对调整",
                        "福州市在继续帮扶定西市岷县的同时,新增结对帮扶定西市漳县、渭源县。"}});
  auto keys = PairingKeys(ex);
  EXPECT_THAT(keys, Contains("3501>621126 东西部扶贫协作"));
  EXPECT_THAT(keys, Contains("3501>621125 东西部扶贫协作"));
  EXPECT_THAT(keys, Contains("3501>621123 东西部扶贫协作"));
}

// A Zhongshan chapter: a prefecture with no counties, its towns right under it, and a partner
// prefecture named more often than the home city.
const std::vector<PassageSpec> kZhongshan = {
    {"对口帮扶", "概况",
     "2020年,中山市承担东西部扶贫协作帮扶云南省大理白族自治州的任务,全年向大理白族自治州拨付财政帮扶资金2亿元。"},
    {"对口帮扶", "联席会议",
     "6月3日,中山市—大理白族自治州东西部扶贫协作联席会议在大理市召开,大理白族自治州领导介绍大理白族自治州情况。"},
    {"对口帮扶", "携手奔小康", "中山市2个镇与大理白族自治州2个县结对帮扶,分别为沙溪镇—剑川县、小榄镇—云龙县。"},
};

TEST_F(ExtractorTest, AHomeCityNamedLessThanItsPartnerIsStillHome) {
  auto keys = PairingKeys(Run(kZhongshan));
  EXPECT_THAT(keys, Contains("4420>5329 东西部扶贫协作"));
  EXPECT_THAT(keys, Not(Contains("5329>4420 东西部扶贫协作")));  // the meeting's name is no pairing backwards
}

TEST_F(ExtractorTest, AnAmbiguousTownOnTheSupportingSideIsTheHomeCitysOwn) {
  auto keys = PairingKeys(Run(kZhongshan));
  EXPECT_THAT(keys, Contains("442000106>532931 东西部扶贫协作"));  // 沙溪镇 of the home city, not 剑川县's
  EXPECT_THAT(keys, Contains("442000118>532929 东西部扶贫协作"));
}

TEST_F(ExtractorTest, InProvinceDuikouBangfuIsATypeOfItsOwn) {
  Extraction ex = Run({{"对口帮扶", "概况", "2020年,佛山市对口帮扶云浮市,佛山市全年投入资金5亿元。"},
                       {"对口帮扶", "省内对口帮扶", "佛山市对口帮扶云浮市新兴县、郁南县。"}});
  auto keys = PairingKeys(ex);
  EXPECT_THAT(keys, Contains("4406>4453 对口帮扶"));
  EXPECT_THAT(keys, Contains("4406>445321 对口帮扶"));
}

TEST_F(ExtractorTest, DuikouBangfuVerbInsideAnotherProgrammeKeepsThatType) {
  Extraction ex = Run({kFuzhouOpening, {"东西部扶贫协作", "结对关系", "鼓楼区对口帮扶岷县。"}});
  auto keys = PairingKeys(ex);
  EXPECT_THAT(keys, Contains("350102>621126 东西部扶贫协作"));
  EXPECT_THAT(keys, Not(Contains("350102>621126 对口帮扶")));
}

TEST_F(ExtractorTest, ARegionalAidWordYieldsToTheRecipientsKnownType) {
  Extraction ex = Run({kFuzhouOpening,
                       {"东西部扶贫协作", "结对关系", "鼓楼区与渭源县开展东西部扶贫协作结对帮扶。"},
                       {"东西部扶贫协作", "援陇项目建设", "鼓楼区—渭源县产业园年内投产。"}});
  auto keys = PairingKeys(ex);
  EXPECT_THAT(keys, Contains("350102>621123 东西部扶贫协作"));
  EXPECT_THAT(keys, Not(Contains("350102>621123 对口支援")));
  // 援滇, 援黔, 援川 are said of several programmes: an entry named so decides nothing.
  Extraction loose = Run({{"区域合作", "概况", "2020年,宁波市海曙区与晴隆县开展东西部扶贫协作。"},
                          {"区域合作", "援黔项目建设", "海曙区—晴隆县产业园年内投产。"}});
  EXPECT_THAT(PairingKeys(loose), Not(Contains("330203>522324 对口支援")));
}

std::map<std::string, std::string> RecipientByFigure(const Extraction& ex) {
  std::map<std::string, std::string> out;  // metric value -> recipient code
  for (const auto& f : ex.figures) out[f.metric + " " + f.value] = f.recipient.key;
  return out;
}

TEST_F(ExtractorTest, AmountsListedAfterRespectivelyGoToThePlacesInOrder) {
  Extraction ex = Run({kFuzhouOpening,
                       {"东西部扶贫协作", "资金帮扶", "6月,向临洮县、陇西县分别拨付市级统筹资金1500万元、700万元。"}});
  auto recipient = RecipientByFigure(ex);
  EXPECT_EQ(recipient["FundsCNY 15000000"], "621124");
  EXPECT_EQ(recipient["FundsCNY 7000000"], "621122");
}

TEST_F(ExtractorTest, AmountsOfHomeUnitsListedAfterRespectivelyGoToTheirPartners) {
  Extraction ex = Run({kFuzhouOpening,
                       {"东西部扶贫协作", "结对帮扶",
                        "鼓楼区与临洮县、台江区与陇西县分别签订结对帮扶协议,鼓楼区、台江区当年分别安排帮扶资金300万元、200万元。"}});
  auto recipient = RecipientByFigure(ex);
  EXPECT_EQ(recipient["FundsCNY 3000000"], "621124");
  EXPECT_EQ(recipient["FundsCNY 2000000"], "621122");
}

TEST_F(ExtractorTest, ATownshipInAPartnerCountyGivesTheCounty) {
  Extraction ex = Run({kFuzhouOpening,
                       {"东西部扶贫协作", "产业协作", "鼓楼区对口帮扶岷县。岷县梅川镇中药材专业合作社销售额300万元。"}});
  EXPECT_EQ(RecipientByFigure(ex)["SalesCNY 3000000"], "621126");
}

TEST_F(ExtractorTest, ADelegationVisitingItsPairedCountyNamesThePairing) {
  Extraction ex = Run({kFuzhouOpening,
                       {"东西部扶贫协作", "交流交往", "9月,台江区党政代表团赴结对帮扶的陇西县考察产业项目。"}});
  EXPECT_THAT(PairingKeys(ex), Contains("350103>621122 东西部扶贫协作"));
}

TEST_F(ExtractorTest, FundsTransferredUnderAProgrammeNameTheCityLevelPairing) {
  Extraction ex = Run({{"大事记", "2020年", "福州市召开协作工作会议。福州市对口帮扶临洮县。"},
                       {"大事记", "2020年", "3月2日  福州市向甘肃省定西市拨付东西部扶贫协作财政援助资金1.2亿元。"},
                       {"大事记", "2020年", "5月6日  福州市向定西市捐赠物资,价值20万元。"}});
  auto keys = PairingKeys(ex);
  EXPECT_THAT(keys, Contains("3501>6211 东西部扶贫协作"));
  EXPECT_EQ(std::count_if(keys.begin(), keys.end(), [](const std::string& k) { return k.rfind("3501>6211 ", 0) == 0; }),
            1);  // a donation without a programme's name pairs nothing more
}

TEST_F(ExtractorTest, AProvinceCountingItsCountiesKeepsTheTotal) {
  Extraction ex = Run({{"援陇", "概况", "2020年,福州市鼓楼区对口帮扶渭源县,渭源县产业园开工,渭源县新建车间3个。"},
                       {"援陇", "项目建设", "2020年,鼓楼区在甘肃3个结对县实施帮扶项目12个。"},
                       {"援陇", "产业协作", "2020年,鼓楼区在甘肃实施帮扶项目5个。"}});
  auto recipient = RecipientByFigure(ex);
  EXPECT_EQ(recipient["ProjectCount 12"], "62");      // three counties: the province's total
  EXPECT_EQ(recipient["ProjectCount 5"], "621123");   // the province alone: the section's county
}

TEST_F(ExtractorTest, AOneCharacterCountyAfterWithIsAPartner) {
  Extraction ex = Run({kFuzhouOpening,
                       {"东西部扶贫协作", "结对关系", "鼓楼区与岷县开展结对帮扶,台江区与该县开展结对帮扶。"}});
  auto keys = PairingKeys(ex);
  EXPECT_THAT(keys, Contains("350102>621126 东西部扶贫协作"));
  for (const auto& k : keys) EXPECT_EQ(k.rfind("350103>", 0), std::string::npos) << k;  // 该县 names no county
}

TEST_F(ExtractorTest, AMeetingsVenueIsNotItsFiguresRecipient) {
  Extraction ex = Run({kFuzhouOpening, {"东西部扶贫协作", "结对关系", "鼓楼区对口帮扶安定区。"},
                       {"东西部扶贫协作", "福州·定西东西部协作联席会议",
                        "5月,福州市—定西市东西部协作联席会议在定西市安定区召开。副市长陈立新出席并讲话。"
                        "会上,两地现场签约产业合作项目9个。"}});
  EXPECT_EQ(RecipientByFigure(ex)["ProjectCount 9"], "6211");  // though 安定区 is a partner itself
}

// ---- figures: breakdowns, trainees received, approximations (qfig)

TEST_F(ExtractorTest, ABreakdownByPlaceTakesItsTotalsMetricAndThePlace) {
  Extraction ex = Run({
      {"东西部扶贫协作", "概况",
       "2021年,无锡市对口帮扶贵州省安顺市普定县、镇宁布依族苗族自治县和铜仁市石阡县。"
       "全年拨付帮扶资金4亿元,其中安顺市2.5亿元、铜仁市1.5亿元。选派挂职干部20人,其中赴贵州12人、赴新疆8人。"},
      {"东西部扶贫协作", "项目建设",
       "2021年,无锡市在安顺市实施帮扶项目30个,投入资金9000万元。其中,普定县18个、5000万元,"
       "镇宁布依族苗族自治县12个、4000万元。"},
  });
  auto recipient = RecipientByFigure(ex);
  EXPECT_EQ(recipient["FundsCNY 250000000"], "5204");
  EXPECT_EQ(recipient["FundsCNY 150000000"], "5206");
  EXPECT_EQ(recipient["CadresSent 12"], "52");  // the province as written
  EXPECT_EQ(recipient["ProjectCount 18"], "520422");
  EXPECT_EQ(recipient["FundsCNY 50000000"], "520422");
  EXPECT_EQ(recipient["ProjectCount 12"], "520423");
  EXPECT_EQ(recipient["FundsCNY 40000000"], "520423");
  EXPECT_EQ(recipient["FundsCNY 400000000"], "");  // the total over both cities
}

TEST_F(ExtractorTest, ABreakdownByDurationIsStillNoFigure) {
  Extraction ex = Run({
      {"对口支援", "人才支援", "2021年,无锡市选派专业技术人才60人赴新源县,其中新源县12个月以上20人。"},
  });
  auto keys = FigureKeys(ex);
  EXPECT_THAT(keys, Contains("TalentsSent 60"));
  EXPECT_THAT(keys, Not(Contains("TalentsSent 20")));
}

TEST_F(ExtractorTest, AHeadingOverTwoProgrammesDoesNotTypeADashPair) {
  // The section names both programmes; the park named after the pair is typed by the pair's
  // own statement elsewhere, not by the heading's first programme.
  Extraction ex = Run({
      {"东西部协作和对口合作", "结对关系",
       "2021年,无锡市锡山区结对贵州省安顺市普定县。对口合作方面,无锡市新吴区与吉林省白山市浑江区建立对口合作关系。"},
      {"东西部协作和对口合作", "文旅合作", "新吴区与浑江区共建的新吴—浑江文旅产业园新引进企业5家。"},
  });
  auto keys = PairingKeys(ex);
  EXPECT_THAT(keys, Contains("320214>220602 对口合作"));
  EXPECT_THAT(keys, Not(Contains("320214>220602 东西部扶贫协作")));
}

TEST_F(ExtractorTest, DealsAtAFairAndHelpedSalesAreSales) {
  Extraction ex = Run({
      {"消费帮扶", "消费帮扶",
       "2021年,无锡市举办农特产品博览会,现场成交额约1.6亿元。无锡某食品有限公司与新源县5个村结对,帮销农产品420万元。"},
  });
  auto keys = FigureKeys(ex);
  EXPECT_THAT(keys, Contains("SalesCNY 160000000 约"));
  EXPECT_THAT(keys, Contains("SalesCNY 4200000"));
}

TEST_F(ExtractorTest, ABareThousandAfterNearlyIsOneThousand) {
  Extraction ex = Run({
      {"劳务协作", "劳务协作", "2021年,无锡市帮助新源县农村劳动力转移就业近千人,帮销农产品近百万元。"},
  });
  auto keys = FigureKeys(ex);
  EXPECT_THAT(keys, Contains("Jobs 1000 近"));
  EXPECT_THAT(keys, Contains("SalesCNY 1000000 近"));
}

TEST_F(ExtractorTest, CadresReceivedToLearnAreTrainees) {
  Extraction ex = Run({
      kWuxiOverview,
      {"对口支援", "干部交流",
       "2021年,无锡市接收新源县、巩留县选派的85名干部到无锡市挂职锻炼。无锡市选派26名干部到新源县挂职。"},
  });
  auto keys = FigureKeys(ex);
  EXPECT_THAT(keys, Contains("Trainees 85"));
  EXPECT_THAT(keys, Not(Contains("CadresSent 85")));
  EXPECT_THAT(keys, Contains("CadresSent 26"));
}

TEST_F(ExtractorTest, FundsAndGoodsTogetherAreFunds) {
  Extraction ex = Run({
      {"社会帮扶", "社会帮扶", "2021年,无锡市社会帮扶资金和物资折合2300余万元。无锡某集团有限公司向新源县捐赠物资,价值80万元。"},
  });
  auto keys = FigureKeys(ex);
  EXPECT_THAT(keys, Contains("FundsCNY 23000000 余"));
  EXPECT_THAT(keys, Contains("DonationCNY 800000"));
}

TEST_F(ExtractorTest, ChronicleLinesDatedBySameDaySameMonthAndNextDay) {
  Extraction ex = Run({
      {"2018年", "", "3月31日  台州市党政代表团赴阿坝州考察。"},
      {"2018年", "", "同日  台州市与阿坝州签订对口支援框架协议。"},
      {"2018年", "", "次日  台州市向阿坝州捐赠物资。"},
      {"2018年", "", "5月  台州市举办阿坝州特色商品展销会。"},
      {"2018年", "", "同月  台州市选派教师赴阿坝州支教。"},
  });
  std::vector<std::string> events;
  for (const auto& e : ex.events) events.push_back(e.start_date);
  EXPECT_EQ(std::count(events.begin(), events.end(), "2018-03-31"), 2);
  EXPECT_THAT(events, Contains("2018-04-01"));  // the day after, across the month end
  EXPECT_EQ(std::count(events.begin(), events.end(), "2018-05"), 2);
}

TEST_F(ExtractorTest, AMonthBeforeCompletionDatesTheEvent) {
  Extraction ex = Run({
      {"对口支援", "项目建设", "2021年,无锡市援建的新源县游客中心于10月建成投用。截至10月,累计完成投资3亿元。"},
  });
  ASSERT_EQ(ex.events.size(), 1u);
  EXPECT_EQ(ex.events[0].start_date, "2021-10");
}

TEST_F(ExtractorTest, ACountBeforeAShortProjectNounIsAProjectCount) {
  Extraction ex = Run({
      {"对口支援", "项目建设",
       "2021年,无锡市拨付援助资金8000万元,用于45个产业和民生项目。代表团察看了7个协作项目。"
       "新源县建成3个项目区,无锡市第二人民医院开展新技术新项目19项。"},
  });
  auto keys = FigureKeys(ex);
  EXPECT_THAT(keys, Contains("ProjectCount 45"));
  EXPECT_THAT(keys, Contains("ProjectCount 7"));
  EXPECT_THAT(keys, Not(Contains("ProjectCount 3")));   // 项目区: areas, not projects
  EXPECT_THAT(keys, Not(Contains("ProjectCount 19")));  // a hospital's new procedures
}

TEST_F(ExtractorTest, CadresOfAnAidProgrammeNamedByItsRegionAreSent) {
  Extraction ex = Run({
      {"东西部扶贫协作", "干部人才",
       "4月,无锡市第三批援黔挂职干部14人、专业技术人才37人到安顺市报到。安顺市选派干部20人来无锡学习。"},
  });
  auto keys = FigureKeys(ex);
  EXPECT_THAT(keys, Contains("CadresSent 14"));
  EXPECT_THAT(keys, Contains("TalentsSent 37"));
  EXPECT_THAT(keys, Not(Contains("CadresSent 20")));
}

TEST_F(ExtractorTest, ARunningTotalQualifiesTheFiguresCoordinatedAfterIt) {
  Extraction ex = Run({
      {"对口支援", "概况",
       "十年来,无锡市累计投入援疆资金12.4亿元,实施援疆项目196个。2021年,无锡市累计投入资金3亿元,全年实施项目40个。"},
  });
  auto keys = FigureKeys(ex);
  EXPECT_THAT(keys, Contains("FundsCNY 1240000000 累计"));
  EXPECT_THAT(keys, Contains("ProjectCount 196 累计"));
  EXPECT_THAT(keys, Contains("ProjectCount 40"));  // 全年: the year's own count
}

TEST_F(ExtractorTest, SelfRaisedMoneyIsFundsAndAnAdditionToThePlanIsNotPlanned) {
  Extraction ex = Run({
      {"东西部扶贫协作", "资金帮扶",
       "2021年,无锡市在原计划基础上增加安排帮扶资金2400万元。各区另自筹3100余万元支持安顺。无锡市计划安排资金5000万元。"},
  });
  auto keys = FigureKeys(ex);
  EXPECT_THAT(keys, Contains("FundsCNY 24000000"));
  EXPECT_THAT(keys, Contains("FundsCNY 31000000 余"));
  EXPECT_THAT(keys, Contains("FundsCNY 50000000 计划"));
}

TEST_F(ExtractorTest, AChapterTitleStandingInForTheSectionTypesOnlyWeakly) {
  // The chapter "对口支援" has no sections of its own, so its title is every passage's
  // section; the east-west pairing of 凉山州 says what its counties' pairings are.
  document::Document doc = MakeDocument({
      {"对口支援", "对口支援新疆", "2021年,佛山市对口支援新疆伽师县,安排援疆资金2亿元。"},
      {"对口支援", "对口帮扶凉山州",
       "2021年,佛山市与四川省凉山彝族自治州开展东西部协作。顺德区帮扶美姑县、南海区帮扶布拖县。"},
  });
  doc.title = "对口支援";
  Extractor ex(gaz_);
  auto keys = PairingKeys(ex.Extract(doc));
  EXPECT_THAT(keys, Contains("4406>653129 对口支援"));
  EXPECT_THAT(keys, Contains("440606>513436 东西部扶贫协作"));
  EXPECT_THAT(keys, Contains("440605>513429 东西部扶贫协作"));
}

TEST_F(ExtractorTest, AnAgreedAmountIsAnAgreedInvestmentButASalesContractIsSales) {
  Extraction ex = Run({
      {"对口合作", "对口合作",
       "2021年,无锡市与吉林省白山市签订合作协议,签约项目6个,协议金额4.2亿元。现场签约销售合同金额900万元。"},
  });
  auto keys = FigureKeys(ex);
  EXPECT_THAT(keys, Contains("InvestmentCNY 420000000 协议"));
  EXPECT_THAT(keys, Contains("SalesCNY 9000000 协议"));
}

TEST_F(ExtractorTest, ABreakdownKeepsItsMeasureWordAndItsOnePlaceIsNotTheTotalsRecipient) {
  Extraction ex = Run({
      {"东西部扶贫协作", "概况",
       "2021年,无锡市对口帮扶贵州省安顺市普定县、镇宁布依族苗族自治县和铜仁市石阡县。"},
      {"东西部扶贫协作", "产业协作",
       "2021年,无锡市引进项目30个,落地企业15家,其中普定县8家。"},
      {"东西部扶贫协作", "资金帮扶",
       "2021年,无锡市与安顺市召开联席会议。全年投入资金2亿元,其中普定县1.2亿元。"},
  });
  auto keys = FigureKeys(ex);
  EXPECT_THAT(keys, Contains("ProjectCount 30"));
  EXPECT_THAT(keys, Not(Contains("ProjectCount 8")));  // firms (家), not projects (个)
  auto recipient = RecipientByFigure(ex);
  EXPECT_EQ(recipient["FundsCNY 120000000"], "520422");
  ASSERT_TRUE(recipient.count("FundsCNY 200000000"));
  EXPECT_EQ(recipient["FundsCNY 200000000"], "5204");  // the passage's partner; 普定县 got a part of it
}

// A document with one table passage after `specs`, the table given by header and rows.
document::Document WithTable(const std::vector<PassageSpec>& specs, const std::string& section, const std::string& title,
                             const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows,
                             const std::vector<bool>& ambiguous = {}) {
  std::vector<PassageSpec> all = specs;
  std::string text = title;
  auto add_line = [&](const std::vector<std::string>& cells) {
    text += "\n";
    for (size_t i = 0; i < cells.size(); ++i) text += (i ? "\t" : "") + cells[i];
  };
  add_line(header);
  for (const auto& row : rows) add_line(row);
  all.push_back({section, "", text, document::PassageKind::kTable});
  document::Document doc = MakeDocument(all);
  document::Table t;
  t.title = title;
  t.section = section;
  t.header = header;
  t.rows = rows;
  t.ambiguous = ambiguous.empty() ? std::vector<bool>(rows.size(), false) : ambiguous;
  t.passage_index = doc.passages.size() - 1;
  doc.passages.back().table_index = 0;
  doc.tables.push_back(t);
  return doc;
}

TEST_F(ExtractorTest, ATableColumnNamingAMetricGivesOneFigurePerRow) {
  document::Document doc = WithTable(
      {{"东西部协作", "概况",
        "2022年,常州市与陕西省安康市开展东西部协作,常州市金坛区对口帮扶汉阴县,溧阳市对口帮扶紫阳县,武进区对口帮扶石泉县。"}},
      "东西部协作", "表3 2022年常州市帮扶情况",
      {"结对县", "帮扶资金(万元)", "实施项目(个)", "选派干部(人)", "培训人数(人次)", "备注"},
      {{"汉阴县", "3600", "25", "6", "1200", "含产业园"},
       {"紫阳县", "3200万元", "21", "5", "980", ""},
       {"石泉县", "2800", "—", "4", "860", ""},
       {"合计", "9600", "46", "15", "3040", ""}},
      {false, false, true, false});
  Extractor ex(gaz_);
  Extraction out = ex.Extract(doc);
  std::vector<std::string> keys;
  for (const auto& f : out.figures)
    keys.push_back(f.metric + " " + f.value + " " + std::to_string(f.year) + " " + f.recipient.key);
  EXPECT_THAT(keys, Contains("FundsCNY 36000000 2022 610921"));
  EXPECT_THAT(keys, Contains("FundsCNY 32000000 2022 610924"));  // a cell with its own unit
  EXPECT_THAT(keys, Contains("ProjectCount 25 2022 610921"));
  EXPECT_THAT(keys, Contains("CadresSent 4 2022 610922"));      // an ambiguous row that still fits
  EXPECT_THAT(keys, Contains("Trainees 1200 2022 610921"));
  for (const auto& k : keys) {
    EXPECT_EQ(k.find("96000000"), std::string::npos) << "a total row: " << k;
    EXPECT_EQ(k.find("ProjectCount 46"), std::string::npos) << "a total row: " << k;
  }
}

TEST_F(ExtractorTest, ATableWithARowPerYearDatesItsFiguresByRow) {
  document::Document doc = WithTable(
      {{"对口支援", "概况", "2022年,泰州市对口支援新疆伊犁哈萨克自治州昭苏县,昭苏县各族群众受益。"}},
      "对口支援", "表2 泰州市援疆资金情况", {"年份", "援疆资金(万元)", "援疆项目(个)"},
      {{"2020年", "8600", "21"}, {"2021年", "9100", "23"}});
  Extractor ex(gaz_);
  Extraction out = ex.Extract(doc);
  std::vector<std::string> keys;
  for (const auto& f : out.figures)
    keys.push_back(f.metric + " " + f.value + " " + std::to_string(f.year) + " " + f.recipient.key);
  EXPECT_THAT(keys, Contains("FundsCNY 86000000 2020 654026"));  // the section's partner
  EXPECT_THAT(keys, Contains("ProjectCount 23 2021 654026"));
}

TEST_F(ExtractorTest, ATableOfPairsGivesNoFigures) {
  document::Document doc = WithTable(
      {{"对口支援", "概况", "2022年,泰州市对口支援新疆伊犁哈萨克自治州昭苏县。"}}, "对口支援", "表1 结对关系",
      {"帮扶方", "受帮扶方", "共建园区"}, {{"泰州市海陵区", "昭苏县", "海陵—昭苏产业园"}});
  Extractor ex(gaz_);
  EXPECT_TRUE(ex.Extract(doc).figures.empty());
}

TEST_F(ExtractorTest, APlannedDateAndTheSameMonthAsARangeAreNoEvents) {
  Extraction ex = Run({
      {"2018年", "", "5月—7月  台州市开展消费帮扶月活动。"},
      {"2018年", "", "同月  台州市选派教师赴阿坝州支教。"},
      {"对口支援", "项目建设", "2018年,台州市援建的阿坝州游客中心计划于2019年6月建成。"},
  });
  std::vector<std::string> events;
  for (const auto& e : ex.events) events.push_back(e.start_date + "/" + e.end_date);
  EXPECT_THAT(events, Contains("2018-05/2018-07"));
  EXPECT_THAT(events, Not(Contains("2018-05/")));  // 同月 after a range of months
  EXPECT_THAT(events, Not(Contains("2019-06/")));  // a plan
}

TEST_F(ExtractorTest, ATotalOverCountiesIsTheirPrefecturesOnlyWhenTheWordsNameIt) {
  Extraction ex = Run({
      {"东西部扶贫协作", "概况", "2021年,无锡市对口帮扶贵州省安顺市普定县、镇宁布依族苗族自治县和铜仁市石阡县。"},
      {"东西部扶贫协作", "资金帮扶",
       "2021年,无锡市向安顺市普定县、镇宁布依族苗族自治县拨付帮扶资金8000万元。"
       "无锡市追加帮扶资金2400万元,集中支持普定县、镇宁布依族苗族自治县。"},
  });
  auto recipient = RecipientByFigure(ex);
  EXPECT_EQ(recipient["FundsCNY 80000000"], "5204");  // 安顺市 named at the head of the list
  ASSERT_TRUE(recipient.count("FundsCNY 24000000"));
  EXPECT_EQ(recipient["FundsCNY 24000000"], "");  // two counties named on their own
}

TEST_F(ExtractorTest, AHomeSubjectAfterAmongThemStillCountsAsTheSubject) {
  // The partner prefecture is named more often, and once as the subject of 选派; the home
  // city's own 选派 comes after 其中.
  Extraction ex = Run({
      {"对口合作", "概况",
       "2021年,台州市与四川省阿坝藏族羌族自治州开展对口合作。全年互派干部30人,其中台州市选派干部16人赴阿坝州挂职,"
       "阿坝州选派干部14人来台州挂职。阿坝州农产品进入台州市场,阿坝州文旅推介会在台州举办。"},
  });
  ASSERT_FALSE(ex.figures.empty());
  for (const auto& f : ex.figures) EXPECT_EQ(f.subject.key, "3310") << f.surface;
  auto keys = FigureKeys(ex);
  EXPECT_THAT(keys, Contains("CadresSent 16"));
  EXPECT_THAT(keys, Contains("Trainees 14"));  // they come to the home city to learn
}

}  // namespace
}  // namespace duikou::extract
