// Extractor: reported figures (metric, value, qualifier, year, recipient).
#include "extractor_test_support.h"

namespace duikou::extract {
namespace {

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
    // The donation and the jobs of the enterprise's sentence are the enterprise's; everything
    // else the home city's.
    const bool firms = f.metric == "DonationCNY" || f.metric == "Jobs";
    EXPECT_EQ(f.subject.key, firms ? "宁波甬兴纺织有限公司" : "3302") << f.surface;
    EXPECT_EQ(f.year, 2021) << f.surface;
  }
  auto donation = std::find_if(ex.figures.begin(), ex.figures.end(), [](const Figure& f) { return f.metric == "DonationCNY"; });
  ASSERT_NE(donation, ex.figures.end());
  EXPECT_EQ(donation->recipient.key, "522324");  // 晴隆县, named in the clause
  EXPECT_EQ(donation->subject.kind, Ref::Kind::kOrganization);
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
  EXPECT_THAT(details, Contains("CadresSent 7 320404>610924"));  // 钟楼区's, the clause's actor
  EXPECT_THAT(details, Contains("FundsCNY 9000000 320404>610924"));
  EXPECT_THAT(details, Contains("CadresSent 40 3204>"));  // the two districts' together: the city's
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
  document::Document doc = WithTable(
      {{"东西部协作", "概况",
        "2021年,常州市天宁区、钟楼区分别与安康市白河县、紫阳县结对,全年拨付帮扶资金5300万元,实施项目31个。"
        "钟楼区向紫阳县拨付帮扶资金2900万元。"}},
      "东西部协作", "结对帮扶情况", {"结对区", "受援县", "帮扶资金(万元)", "实施项目(个)", "增长率(%)"},
      {{"天宁区", "白河县", "2400", "14", "12"}, {"钟楼区", "紫阳县", "2900", "17", "9"}, {"合计", "", "5300", "31", ""}},
      {false, false, true});
  Extractor ex(gaz_);
  const Extraction got = ex.Extract(doc);
  auto details = FigureDetails(got);
  // A row's district is its figures' subject; the prose total is the city's.
  EXPECT_THAT(details, Contains("FundsCNY 24000000 320402>610929"));
  EXPECT_THAT(details, Contains("ProjectCount 14 320402>610929"));
  EXPECT_THAT(details, Contains("ProjectCount 17 320404>610924"));
  EXPECT_THAT(details, Contains("FundsCNY 53000000 3204>6109"));
  EXPECT_EQ(std::count(details.begin(), details.end(), "ProjectCount 17 320404>610924"), 1);
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

TEST_F(ExtractorTest, AHospitalsNewTechniquesAreNoProjectCount) {
  Extraction ex = Run({kNingboGuizhou, {"东西部协作", "医疗帮扶", "宁波市第一医院帮扶晴隆县人民医院，开展新技术新项目17项。"}});
  EXPECT_THAT(FigureKeys(ex), Not(Contains("ProjectCount 17")));
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

TEST_F(ExtractorTest, AProvinceCountingItsCountiesKeepsTheTotal) {
  Extraction ex = Run({{"援陇", "概况", "2020年,福州市鼓楼区对口帮扶渭源县,渭源县产业园开工,渭源县新建车间3个。"},
                       {"援陇", "项目建设", "2020年,鼓楼区在甘肃3个结对县实施帮扶项目12个。"},
                       {"援陇", "产业协作", "2020年,鼓楼区在甘肃实施帮扶项目5个。"}});
  auto recipient = RecipientByFigure(ex);
  EXPECT_EQ(recipient["ProjectCount 12"], "62");      // three counties: the province's total
  EXPECT_EQ(recipient["ProjectCount 5"], "621123");   // the province alone: the section's county
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
  // The 合计 row, which no sentence restates, is the home's own figure (once).
  std::vector<std::string> totals;
  for (const auto& f : out.figures)
    if (f.value == "96000000" || (f.metric == "ProjectCount" && f.value == "46"))
      totals.push_back(f.metric + " " + f.value + " " + f.subject.key);
  EXPECT_THAT(totals, ::testing::UnorderedElementsAre("FundsCNY 96000000 3204", "ProjectCount 46 3204"));
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


TEST_F(ExtractorTest, TheCityThatOpensWithItsPartnersIsHomeThoughNamedLessOften) {
  // Title-less chapter: the partner prefecture is named three times, the home city twice (once
  // inside a firm's name); only the opening "甲市与乙州、丙市开展协作" says whose chapter it is.
  Extraction ex = Run({
      {"东西部协作", "概况", "2021年,珠海市与怒江州、茂名市开展协作,投入财政帮扶资金3.2亿元,实施项目86个。"},
      {"东西部协作", "产业合作", "引导珠海华发农业发展有限公司等12家企业到茂名市投资。"},
      {"东西部协作", "人才交流", "选派党政干部18人、专业技术人才126人到怒江州挂职。"},
      {"东西部协作", "消费帮扶", "帮助销售怒江州农产品2.6亿元。"},
  });
  ASSERT_EQ(ex.figures.size(), 5u);
  for (const auto& f : ex.figures) EXPECT_EQ(f.subject.key, "4404") << f.surface;
  auto keys = FigureKeys(ex);
  EXPECT_THAT(keys, Contains("CadresSent 18"));  // sent out by the home, not trainees received
  EXPECT_THAT(keys, Contains("TalentsSent 126"));
}

TEST_F(ExtractorTest, AChapterTitledWithItsCityAndPartnerIsThatCitysOwn) {
  // The partner's districts open most clauses and do the giving; the title names whose chapter
  // it is, so the home is the titled city, on the receiving side.
  document::Document doc = testing::MakeDocument({
      {"大事记", "", "2月25日 广州市增城区与讷河市签订结对合作协议,增城区安排对口合作资金500万元。"},
      {"大事记", "", "3月9日 天河区与龙沙区、越秀区与建华区、海珠区与铁锋区分别签订区区合作协议。"},
      {"大事记", "", "7月 齐齐哈尔市选派第三批25名干部赴广州市挂职锻炼。"},
      {"大事记", "", "12月28日 广州市企业在我市新落地合作项目57个。"},
      {"大事记", "", "(市对口合作办 供稿)", document::PassageKind::kParagraph, "市对口合作办"},
  });
  doc.title = "齐齐哈尔市与广州市对口合作大事记";
  Extraction ex = Extractor(gaz_).Extract(doc);
  EXPECT_THAT(OrgKeys(ex), Contains(::testing::HasSubstr("齐齐哈尔市对口合作办")));
  EXPECT_THAT(PairingKeys(ex), Contains("440118>230281 对口合作"));  // 增城区 → 讷河市
  for (const auto& f : ex.figures) {
    if (f.value == "25")  // the home's own cadres, posted to the partner: named, it acts as 我市 would
      EXPECT_EQ(f.metric + " " + f.subject.key + ">" + f.recipient.key, "CadresSent 2302>4401");
    else
      EXPECT_EQ(f.recipient.key.substr(0, 4), "2302") << f.surface;
  }
}

TEST_F(ExtractorTest, AReceivingSidesOwnCadresPostedToTheSupporterAreSentUnlessTheyGoToLearn) {
  Extraction ex = Run({
      {"东西部协作", "概况",
       "2021年,江苏省与青海省开展东西部协作,南京市、无锡市携手我市。全年到位江苏省财政援助资金2.35亿元,"
       "实施援建项目96个。江苏省选派干部26名到我市挂职,引导江苏企业向我市投资。"
       "南京市江宁区结对帮扶湟中区,无锡市江阴市结对帮扶湟源县,帮助我市销售农产品。"},
      {"东西部协作", "干部交流", "我市选派30名干部赴南京市挂职锻炼。我市选派56名干部到江苏挂职学习。"},
  });
  std::map<std::string, std::string> by_value;
  for (const auto& f : ex.figures) by_value[f.value] = f.metric + " " + f.subject.key + ">" + f.recipient.key;
  EXPECT_THAT(by_value["30"], ::testing::StartsWith("CadresSent 63"));  // posted to work: the home's cadres sent
  EXPECT_THAT(by_value["56"], ::testing::StartsWith("Trainees"));  // gone to learn
  EXPECT_THAT(by_value["26"], ::testing::StartsWith("CadresSent 32>"));
}

TEST_F(ExtractorTest, ArrivedFundsAfterAnInvestmentInTheirSentenceAreInvestment) {
  Extraction ex = Run({
      {"产业协作", "概况", "2021年,引导42家企业赴固原市投资兴业,新签协议投资额23.6亿元,到位资金8.7亿元。"
                           "拨付帮扶资金到位资金3亿元。"},
  });
  EXPECT_THAT(FigureKeys(ex), Contains("InvestmentCNY 870000000 到位"));
  EXPECT_THAT(FigureKeys(ex), Contains("FundsCNY 300000000 到位"));  // no investment before it
}

TEST_F(ExtractorTest, ReturnsAndDividendsToVillagesAreNoFigures) {
  Extraction ex = Run({
      {"山海协作", "消薄飞地", "2022年,桐乡市安排帮扶资金2500万元支持庆元县,消薄飞地当年为庆元县34个村返利680万元,"
                               "产业园向龙游县分红1100万元。"},
  });
  EXPECT_THAT(FigureKeys(ex), ::testing::ElementsAre("FundsCNY 25000000"));
}

TEST_F(ExtractorTest, ABreakdownItemLedByAVerbOfAllottingTakesItsTotalsMetric) {
  Extraction ex = Run({
      {"东西部协作", "产业协作", "2021年,青岛市黄岛区向西和县拨付协作资金5200万元,其中安排长道镇1100万元。"},
  });
  std::map<std::string, std::string> recipient;
  for (const auto& f : ex.figures) recipient[f.metric + " " + f.value] = f.recipient.key;
  ASSERT_TRUE(recipient.count("FundsCNY 11000000"));
  EXPECT_EQ(recipient["FundsCNY 11000000"], "621225101");
}

// A county's own yearbook on the aid it receives: a figure whose sentence names no place of its
// own goes to the county, not to the prefecture the county lies in.
TEST_F(ExtractorTest, ACountyReceivingAidIsTheRecipientOfItsFigures) {
  Extraction ex = Run({
      {"东西部协作", "概况",
       "2020年，天津市北辰区继续对口帮扶会宁县。全年向我县拨付财政帮扶资金3000万元，帮助我县实施帮扶项目20个。"
       "会宁县选派干部到北辰区挂职。"},
      {"东西部协作", "劳务协作", "2020年，北辰区帮助我县转移农村劳动力就业500人，会宁县在北辰区设立劳务工作站。"},
      {"东西部协作", "消费帮扶", "2020年，北辰区采购、帮助销售会宁县农特产品1200万元。会宁县农产品进入北辰区市场。"},
  });
  auto recipients = RecipientByFigure(ex);
  EXPECT_EQ(recipients["FundsCNY 30000000"], "620422");
  EXPECT_EQ(recipients["ProjectCount 20"], "620422");
}

}  // namespace
// A section headed by its partner ("对口支援西藏乙县") gives that partner to its figures even when
// the body names the county only inside a hospital's name and through one of its towns.
TEST_F(ExtractorTest, ASectionHeadingThatNamesOnePartnerGivesItsFiguresTheRecipient) {
  Extraction ex = Run({
      {"综述", "",
       "2022年,合肥市对口支援西藏自治区山南市贡嘎县和新疆维吾尔自治区和田地区皮山县。合肥市全年落实资金2亿元。"},
      {"对口支援西藏贡嘎县", "",
       "全年落实援藏资金9800万元,实施项目24个。援建的吉雄镇安居小区新增住房320套。"},
  });
  auto details = FigureDetails(ex);
  EXPECT_THAT(details, Contains("FundsCNY 98000000 3401>540522"));
  EXPECT_THAT(details, Contains("ProjectCount 24 3401>540522"));
  // The overview's total names two partners: none of them.
  EXPECT_THAT(details, Contains("FundsCNY 200000000 3401>"));
}

inline std::vector<std::string> FigureSubjects(const Extraction& ex) {
  std::vector<std::string> out;
  for (const auto& f : ex.figures) out.push_back(f.metric + " " + f.value + " " + f.subject.key);
  return out;
}

// Whose money or people a figure is: the acting district, enterprise or charity, else the
// home city; a partner's hospital and a name after a verb are no actors.
TEST_F(ExtractorTest, AFiguresSubjectIsTheActorThatOpensItsClause) {
  Extraction ex = Run({
      {"东西部协作", "概况",
       "2022年,大连市与贵州省六盘水市深化东西部协作,全年投入财政帮扶资金3.2亿元。"
       "甘井子区全年向盘州市投入帮扶资金2100万元,实施项目14个;金州区投入资金1800万元。"
       "大连华信农业发展有限公司在水城区投资1.2亿元。大连市慈善总会募集善款560万元。"
       "对接盘州市人民医院培训医务人员300人次。"},
  });
  auto subjects = FigureSubjects(ex);
  EXPECT_THAT(subjects, Contains("FundsCNY 320000000 2102"));
  EXPECT_THAT(subjects, Contains("FundsCNY 21000000 210211"));
  EXPECT_THAT(subjects, Contains("ProjectCount 14 210211"));  // the same clause's actor
  EXPECT_THAT(subjects, Contains("FundsCNY 18000000 210213"));  // its own enumeration's
  EXPECT_THAT(subjects, Contains("InvestmentCNY 120000000 大连华信农业发展有限公司"));
  EXPECT_THAT(subjects, Contains("DonationCNY 5600000 大连市慈善总会"));
  EXPECT_THAT(subjects, Contains("Trainees 300 2102"));  // a partner's hospital is no actor
}

// In a receiving side's chapter the supporters give: a province named in the clause, the
// items of a breakdown for their own numbers only, and the province by default when
// supporters from two of its cities are named.
TEST_F(ExtractorTest, InAReceivingSidesChapterTheSupportersAreTheSubjects) {
  Extraction ex = Run({
      {"东西部协作", "概况",
       "2021年,江苏省与青海省开展东西部协作,南京市、无锡市携手我市。全年到位江苏省财政援助资金2.35亿元,"
       "其中南京市1.42亿元、无锡市9300万元,实施援建项目96个。江苏省选派干部26名到我市挂职,引导江苏企业向我市投资。"
       "南京市江宁区结对帮扶湟中区,无锡市江阴市结对帮扶湟源县,帮助我市销售农产品。"},
  });
  auto subjects = FigureSubjects(ex);
  EXPECT_THAT(subjects, Contains("FundsCNY 235000000 32"));
  EXPECT_THAT(subjects, Contains("FundsCNY 142000000 3201"));
  EXPECT_THAT(subjects, Contains("FundsCNY 93000000 3202"));
  EXPECT_THAT(subjects, Contains("ProjectCount 96 32"));
  EXPECT_THAT(subjects, Contains("CadresSent 26 32"));
}

// Projects signed are a count without a qualifier; the amount signed for is 协议.
TEST_F(ExtractorTest, ACountOfProjectsSignedHasNoQualifier) {
  Extraction ex = Run({
      {"对口合作", "丹东对口合作",
       "2022年,无锡市与辽宁省丹东市开展对口合作。两市签订合作项目11个,协议投资二十六亿元;签订帮扶资金协议1.2亿元。"},
  });
  auto keys = FigureKeys(ex);
  EXPECT_THAT(keys, Contains("ProjectCount 11"));
  EXPECT_THAT(keys, Contains("InvestmentCNY 2600000000 协议"));
  EXPECT_THAT(keys, Contains("FundsCNY 120000000 协议"));
}

// A county given to outright ("向乙县捐赠") is the recipient, even when the pairing is with its
// prefecture; a township stands for the partner it lies in.
TEST_F(ExtractorTest, ACountyGivenToOutrightIsTheRecipientNotItsPairedPrefecture) {
  Extraction ex = Run({
      {"对口合作", "丹东对口合作",
       "2022年,无锡市与辽宁省丹东市开展对口合作。无锡市慈善总会向宽甸满族自治县捐赠助学款物折合150万元。"
       "江阴市投入资金3200万元,在东港市建设标准化厂房2.4万平方米。两市签约项目9个,签约仪式在凤城市举行。"},
  });
  auto details = FigureDetails(ex);
  EXPECT_THAT(details, Contains("DonationCNY 1500000 无锡市慈善总会>210624"));
  EXPECT_THAT(details, Contains("FundsCNY 32000000 320281>210681"));  // built in 东港市
  EXPECT_THAT(details, Contains("ProjectCount 9 3202>2106"));         // 凤城市 only the venue
}

// In a receiving side's chapter, the home's own cadres posted to a supporter are the home's,
// sent to that supporter; the supporter's cadres come to the home.
TEST_F(ExtractorTest, AReceivingSidesOwnCadresSentToASupporterGoThere) {
  Extraction ex = Run({
      {"东西部协作", "概况",
       "2020年,珠海市继续对口帮扶怒江州,向我州投入帮扶资金4.6亿元,帮助我州销售农产品。怒江州泸水市、福贡县与珠海市各区结对。"
       "珠海市选派挂职干部31名到我州工作,我州选派到珠海市挂职干部27名。"},
  });
  auto details = FigureDetails(ex);
  EXPECT_THAT(details, Contains("CadresSent 31 4404>5333"));
  EXPECT_THAT(details, Contains("CadresSent 27 5333>4404"));
}

// A charity's money is a donation, whatever the words call it.
TEST_F(ExtractorTest, ACharitysFundsAreADonation) {
  Extraction ex = Run({
      {"东西部协作", "社会帮扶", "2021年,济南市与湘西州深化东西部协作。济南慈善总会募集社会帮扶资金1360万元,用于湘西州助学。"},
  });
  EXPECT_THAT(FigureKeys(ex), Contains("DonationCNY 13600000"));
}

// A count with its own sending verb and noun starts anew after trainees of the partner.
TEST_F(ExtractorTest, CadresSentAfterTraineesReceivedAreCadresSent) {
  Extraction ex = Run({
      {"对口合作", "干部交流",
       "2022年,合肥市与佳木斯市深化对口合作,合肥市投入资金1亿元。佳木斯市选派42名干部到合肥市挂职学习,"
       "合肥市选派18名干部到佳木斯市挂职。"},
  });
  auto keys = FigureKeys(ex);
  EXPECT_THAT(keys, Contains("Trainees 42"));
  EXPECT_THAT(keys, Contains("CadresSent 18"));
}

// An enumeration of figures joined by 、 gives each item its own partner; a topic clause
// ending in 中 says what the amounts are; the next item may leave its noun out.
TEST_F(ExtractorTest, EachItemOfAnEnumerationOfFiguresHasItsOwnPartner) {
  Extraction ex = Run({
      {"东西部协作", "", "烟台市东西部协作工作由烟台市发改委牵头,烟台市各区市参与,烟台市选派干部挂职。"},
      {"东西部协作", "资金项目",
       "2022年,烟台市对口帮扶重庆市酉阳县、彭水县。市级财政援助资金中,安排酉阳县1.38亿元、彭水县1.26亿元。"
       "全年在酉阳县实施协作项目71个、在彭水县实施66个。选派专业技术人员185人到酉阳县、彭水县挂职。"},
  });
  auto details = FigureDetails(ex);
  EXPECT_THAT(details, Contains("FundsCNY 138000000 3706>500242"));
  EXPECT_THAT(details, Contains("FundsCNY 126000000 3706>500243"));
  EXPECT_THAT(details, Contains("ProjectCount 71 3706>500242"));
  EXPECT_THAT(details, Contains("ProjectCount 66 3706>500243"));
  EXPECT_THAT(details, Contains("TalentsSent 185 3706>"));  // two counties: no one partner
}

// "甲区、乙新区—丙县：投入帮扶资金…": a line that opens with a pair reports what its first
// unit did, a division or a zone no gazetteer lists.
TEST_F(ExtractorTest, ALineOpeningWithAPairReportsItsFirstUnitsFigures) {
  Extraction ex = Run({
      {"东西部协作", "概况", "2020年,珠海市继续对口帮扶怒江州,向怒江州拨付财政帮扶资金5.4亿元。"},
      {"东西部协作", "县(市)结对帮扶",
       "珠海市3个行政区和4个功能区与怒江州4个县(市)全部建立结对帮扶关系。\n"
       "金湾区、珠海高新区—福贡县:投入帮扶资金1.18亿元,实施项目43个。\n"
       "高栏港经济区、万山海洋开发试验区—贡山县:投入帮扶资金1.17亿元。"},
  });
  auto subjects = FigureSubjects(ex);
  EXPECT_THAT(subjects, Contains("FundsCNY 118000000 440404"));
  EXPECT_THAT(subjects, Contains("ProjectCount 43 440404"));
  EXPECT_THAT(subjects, Contains("FundsCNY 117000000 高栏港经济区"));
  EXPECT_THAT(subjects, Contains("FundsCNY 540000000 4404"));
}

// A receiving county's chapter inside one province (山海协作), its supporters districts of three
// cities: the text calls itself 我县, so the home is the county it names, not the supporters'
// districts named as often.
TEST_F(ExtractorTest, AChapterThatCallsItselfWoXianIsTheCountysItNames) {
  Extraction ex = Run({
      {"山海协作", "概况",
       "2021年,松阳县深化与镇海区、余杭区、瓯海区的山海协作,全年到位帮扶资金4260万元。"
       "镇海区向我县拨付资金1200万元,帮助我县销售农产品。余杭区为我县培训干部。"},
      {"山海协作", "乡镇结对", "我县古市镇与镇海区澥浦镇、我县西屏街道与余杭区仓前街道结对。"},
  });
  std::map<std::string, std::string> by_value;
  for (const auto& f : ex.figures) by_value[f.value] = f.subject.key + ">" + f.recipient.key;
  EXPECT_EQ(by_value["12000000"], "330211>331124");
  EXPECT_THAT(by_value["42600000"], ::testing::EndsWith(">331124"));
}

// An entry under a section about another partner: "援疆资金" in its words, the one partner in
// Xinjiang the entry names (later on) is the recipient, not the section's.
TEST_F(ExtractorTest, AnAidRegionsFigureGoesToTheOnePartnerItsEntryNamesThere) {
  Extraction ex = Run({
      {"东西部协作", "概况", "2023年,潍坊市与甘肃省定西市开展东西部协作,向定西市拨付财政援助资金3.26亿元;对口支援新疆疏勒县。"},
      {"东西部协作", "援疆",
       "【援疆】全年拨付援疆资金1.42亿元,实施援疆项目31个。潍坊市援疆干部23名在疏勒县开展工作。"},
  });
  auto recipient = RecipientByFigure(ex);
  EXPECT_EQ(recipient["FundsCNY 142000000"], "653122");
  EXPECT_EQ(recipient["ProjectCount 31"], "653122");
  EXPECT_EQ(recipient["FundsCNY 326000000"], "6211");
}

// "甲区、乙区分别…500万元、450万元": the units listed before 分别 give the amounts listed after it,
// in order; a 分别 in another clause lists no amounts.
TEST_F(ExtractorTest, UnitsListedBeforeRespectivelyGiveTheAmountsInOrder) {
  Extraction ex = Run({
      {"东西部协作", "概况",
       "2020年,佛山市与凉山州开展东西部协作。三水区、高明区分别向甘洛县、雷波县投入帮扶资金2650万元、2380万元。"
       "南海区、顺德区分别与美姑县、布拖县结对,全年投入资金3.1亿元。"},
  });
  auto subjects = FigureSubjects(ex);
  EXPECT_THAT(subjects, Contains("FundsCNY 26500000 440607"));
  EXPECT_THAT(subjects, Contains("FundsCNY 23800000 440608"));
  EXPECT_THAT(subjects, Contains("FundsCNY 310000000 4406"));
}

// A firm named for the home's province (广东…有限公司 in a 广东 city's chapter) acts as firms do.
TEST_F(ExtractorTest, AFirmNamedForTheHomesProvinceIsItsFiguresSubject) {
  Extraction ex = Run({
      {"对口帮扶", "企业投资",
       "2022年,珠海市对口帮扶茂名市。广东珠茂农业发展有限公司在信宜市钱排镇建设冷链中心,投资4800万元。"},
  });
  auto subjects = FigureSubjects(ex);
  EXPECT_THAT(subjects, Contains("InvestmentCNY 48000000 广东珠茂农业发展有限公司"));
}

}  // namespace duikou::extract
