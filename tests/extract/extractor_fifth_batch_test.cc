// Extractor on documents built by hand: the rules behind the fifth blind batch's causes
// (tests/fixtures/extract/blind/README.md, "Fifth batch scored and fixed"), above all a
// receiving side's chapter. One behaviour per test, in cities and wording of no fixture.
#include "extractor_test_support.h"

namespace duikou::extract {
namespace {


// A receiving side's chapter: 铜仁市's own yearbook on the aid 苏州市 gives it. The supporters are
// the subjects of every sentence, yet the home (and the recipient of every number) is 铜仁市.
const std::vector<PassageSpec> kReceivingSide = {
    {"东西部协作", "概况",
     "2021年,苏州市对口帮扶我市。苏州市向我市拨付帮扶资金2.4亿元,选派干部18名到我市挂职。"
     "市乡村振兴局会同苏州市工作组建立工作机制。"},
    {"东西部协作", "结对帮扶",
     "2021年,吴中区结对帮扶石阡县,相城区结对帮扶江口县。吴中区全年向石阡县投入帮扶资金3000万元。"
     "相城区选派教师25名到江口县支教。苏州市社会各界向我市捐款捐物800万元。"
     "协作推介会在碧江区举行,现场签约项目6个。"
     "我市选派30名干部到苏州市挂职学习。吴中区选派12名干部到石阡县挂职。"},
};

TEST_F(ExtractorTest, AReceivingSidesChapterIsAboutItsOwnCityAsTheRecipient) {
  Extraction ex = Run(kReceivingSide);
  auto recipient = RecipientByFigure(ex);
  EXPECT_EQ(recipient["FundsCNY 240000000"], "5206");
  EXPECT_EQ(recipient["CadresSent 18"], "5206");
  EXPECT_EQ(recipient["FundsCNY 30000000"], "520623");    // 石阡县, named in its clause
  EXPECT_EQ(recipient["TalentsSent 25"], "520621");       // 江口县
  EXPECT_EQ(recipient["DonationCNY 8000000"], "5206");
  EXPECT_EQ(recipient["ProjectCount 6"], "5206");         // 碧江区 is only the venue
  EXPECT_EQ(recipient["Trainees 30"], "5206");            // the home's cadres learn at the supporter's
  EXPECT_EQ(recipient["CadresSent 12"], "520623");        // the supporter's serve at the home's
  auto pairings = PairingKeys(ex);
  EXPECT_THAT(pairings, Contains("320506>520623 东西部扶贫协作"));
  EXPECT_THAT(pairings, Contains("320507>520621 东西部扶贫协作"));
  std::vector<std::string> orgs;
  for (const auto& o : ex.organizations) orgs.push_back(o.name);
  EXPECT_THAT(orgs, Contains("铜仁市乡村振兴局"));  // 市… is the home city's
}

TEST_F(ExtractorTest, ASupportersChapterThatNamesItsPartnerMostStaysTheSupporters) {
  // 我市 only as the giver: the supporter stays home, however often the partner is named.
  Extraction ex = Run({
      {"东西部协作", "概况",
       "2021年,我市对口帮扶铜仁市石阡县、江口县。苏州市向石阡县拨付帮扶资金5000万元。"
       "我市选派干部10名到铜仁市挂职。铜仁市石阡县、江口县、铜仁市农产品在苏州市销售。"},
  });
  auto recipient = RecipientByFigure(ex);
  EXPECT_EQ(recipient["FundsCNY 50000000"], "520623");
  for (const auto& f : ex.figures) EXPECT_EQ(f.subject.key, "3205") << f.surface;
  // Partners coming to the home city (来我市, 到我市) do not make it the receiving side.
  Extraction visited = Run({
      {"东西部协作", "概况",
       "2021年,苏州市对口帮扶铜仁市石阡县、江口县。苏州市向石阡县拨付帮扶资金5000万元。"
       "石阡县党政代表团来我市考察,江口县选派干部20名到我市挂职,石阡县、江口县教师到我市跟岗学习。"},
  });
  ASSERT_FALSE(visited.figures.empty());
  for (const auto& f : visited.figures) EXPECT_EQ(f.subject.key, "3205") << f.surface;
}

TEST_F(ExtractorTest, AReceivingSidesTableGoesToTheCountyInTheProjectsNameAndItsTotalToTheCity) {
  document::Document doc =
      WithTable(kReceivingSide, "东西部协作", "苏州援建项目", {"项目名称", "投资(万元)", "支援方"},
                {{"石阡县本庄镇茶叶加工厂", "900", "吴中区"}, {"江口县人民医院门诊楼", "1500", "相城区"},
                 {"江口县怒溪镇帮扶车间", "600", "相城区"}, {"合计", "3000", ""}});
  Extractor ex(gaz_);
  const Extraction got = ex.Extract(doc);
  auto recipient = RecipientByFigure(got);
  EXPECT_EQ(recipient["InvestmentCNY 9000000"], "520623");   // the county, not its township
  EXPECT_EQ(recipient["InvestmentCNY 15000000"], "520621");
  EXPECT_EQ(recipient["InvestmentCNY 30000000"], "5206");    // the 合计 row: the home city's
  std::vector<std::string> projects;
  for (const auto& p : got.projects) projects.push_back(p.name);
  EXPECT_THAT(projects, Contains("江口县怒溪镇帮扶车间"));  // a workshop cell named by its place
}

TEST_F(ExtractorTest, PartsOfAnArrivedTotalArrivedAmountsPerVillageAndWhatIsConsumed) {
  Extraction ex = Run({
      {"对口支援", "援青",
       "2021年,常州市对口支援玛沁县、班玛县。全年到位援青资金8000万元,其中玛沁县4500万元、班玛县3500万元。"
       "援建示范村10个,村均投入资金150万元。全年消费两县牛羊肉、青稞等农畜产品5600万元。"},
  });
  auto keys = FigureKeys(ex);
  EXPECT_THAT(keys, Contains("FundsCNY 80000000 到位"));
  EXPECT_THAT(keys, Contains("FundsCNY 45000000 到位"));
  EXPECT_THAT(keys, Contains("FundsCNY 35000000 到位"));
  EXPECT_THAT(keys, Not(Contains("FundsCNY 1500000")));  // per village: a rate
  EXPECT_THAT(keys, Contains("SalesCNY 56000000"));
}

TEST_F(ExtractorTest, AReceivingSidesPairingsRunFromTheSupportersProvinceAndCities) {
  Extraction ex = Run({
      {"东西部协作", "概况",
       "2021年,江苏省与贵州省开展东西部协作,苏州市、常州市携手铜仁市,帮助我市巩固脱贫成果。"
       "全年向我市拨付帮扶资金2亿元,选派干部20名到我市挂职。"},
      {"东西部协作", "结对帮扶",
       "2021年,苏州市吴中区结对帮扶石阡县。苏州·石阡县东西部协作产业园年内开工,吸纳我市劳动力就业300人。"
       "江苏—贵州东西部协作推介会在碧江区举行。"},
  });
  auto pairings = PairingKeys(ex);
  EXPECT_THAT(pairings, Contains("32>52 东西部扶贫协作"));
  EXPECT_THAT(pairings, Contains("3205>5206 东西部扶贫协作"));  // 携手
  EXPECT_THAT(pairings, Contains("3204>5206 东西部扶贫协作"));
  EXPECT_THAT(pairings, Contains("320506>520623 东西部扶贫协作"));
  // The park's name pairs 苏州 with 石阡 only at the city's level: 吴中区's pairing says it.
  EXPECT_THAT(pairings, Not(Contains("3205>520623 东西部扶贫协作")));
  Extraction park_only = Run({
      {"东西部协作", "概况",
       "2021年,苏州市携手铜仁市,帮助我市巩固脱贫成果。选派干部20名到我市挂职,向我市拨付资金1亿元。"},
      {"东西部协作", "产业", "2021年,苏州·石阡县东西部协作产业园年内开工,吸纳我市劳动力就业300人。"},
  });
  EXPECT_THAT(PairingKeys(park_only), Contains("3205>520623 东西部扶贫协作"));  // nothing finer said
}

TEST_F(ExtractorTest, AProvinceNamedAsTheFrameworkIsTheSupporterItself) {
  Extraction ex = Run({
      {"东西部协作与对口支援", "概况",
       "2021年,按照江苏省与陕西省东西部协作的部署,常州市对口帮扶安康市白河县、紫阳县。"
       "按照江苏省对口支援新疆伊犁哈萨克自治州的总体部署,常州市继续对口支援霍城县。"
       "江苏省有关部门来常州考察。"},
  });
  auto pairings = PairingKeys(ex);
  EXPECT_THAT(pairings, Contains("32>61 东西部扶贫协作"));
  EXPECT_THAT(pairings, Contains("32>6540 对口支援"));
  EXPECT_THAT(pairings, Contains("3204>654023 对口支援"));
  EXPECT_THAT(pairings, Not(Contains("3204>6540 对口支援")));  // the province's, not the city's
}

TEST_F(ExtractorTest, HomeUnitsCalledTheAidedSideReceiveFromThePlacesTheyPairWith) {
  Extraction ex = Run({
      {"山海协作", "结对关系",
       "2021年,温州市鹿城区结对帮扶丽水市庆元县,温州市瓯海区结对帮扶丽水市景宁畲族自治县。"
       "同时,我市文成县、泰顺县作为全省山海协作重点帮扶县,分别与杭州市萧山区、宁波市鄞州区结对,"
       "其中文成县全年接受萧山区帮扶资金1500万元。鹿城区向庆元县拨付帮扶资金900万元。"},
  });
  auto pairings = PairingKeys(ex);
  EXPECT_THAT(pairings, Contains("330109>330328 山海协作"));
  EXPECT_THAT(pairings, Contains("330212>330329 山海协作"));
  EXPECT_THAT(pairings, Contains("330302>331126 山海协作"));
  EXPECT_THAT(pairings, Not(Contains("3303>330109 山海协作")));
  auto recipient = RecipientByFigure(ex);
  EXPECT_EQ(recipient["FundsCNY 15000000"], "330328");  // 文成县 receives
  EXPECT_EQ(recipient["FundsCNY 9000000"], "331126");
}

TEST_F(ExtractorTest, TheEntryHeadingKeptInTheTextGivesTheFirstClauseNoCue) {
  Extraction ex = Run({
      {"山海协作", "概况", "2021年,温州市鹿城区结对帮扶丽水市庆元县。"},
      {"山海协作", "人才与劳务", "【人才与劳务】全市选派12名干部到结对县挂职,挂职期一年。"},
  });
  EXPECT_THAT(FigureKeys(ex), Contains("CadresSent 12"));
  EXPECT_THAT(FigureKeys(ex), Not(Contains("TalentsSent 12")));  // 人才 is the heading's word
}

TEST_F(ExtractorTest, GiversInABreakdownSignedTotalsAndProjectsCountedBeforeTheirNoun) {
  Extraction ex = Run({
      {"山海协作", "资金",
       "2021年,温州市鹿城区结对帮扶丽水市庆元县,温州市瓯海区结对帮扶丽水市景宁畲族自治县。"
       "各结对区向结对县拨付帮扶资金5200万元,其中鹿城区向庆元县拨付2100万元。"
       "庆元县产业园基础设施累计投入3.4亿元。"
       "9月,产业园项目集中签约活动举行,6个项目现场签约,签约总金额9.5亿元。"
       "围绕教育、医疗三个领域确定年度帮扶项目。"},
  });
  auto details = FigureDetails(ex);
  EXPECT_THAT(details, Contains("FundsCNY 21000000 330302>331126"));  // 鹿城区 gives it
  EXPECT_THAT(details, Contains("InvestmentCNY 340000000 3303>331126 累计"));
  auto keys = FigureKeys(ex);
  EXPECT_THAT(keys, Contains("ProjectCount 6"));
  EXPECT_THAT(keys, Contains("InvestmentCNY 950000000 协议"));
  EXPECT_THAT(keys, Not(Contains("ProjectCount 3")));  // three fields, not projects
}

TEST_F(ExtractorTest, SumsUpFoundingOutlaysRatesAfterAGiftAndPersonsTrained) {
  Extraction ex = Run({
      {"东西部协作", "社会帮扶",
       "2021年,常州市对口帮扶安康市紫阳县。常州市工商联发动会员企业捐款捐物支持紫阳县乡村振兴,折合逾1200万元。"
       "常州市武进区慈善总会出资300万元,在紫阳县设立助学基金,每人每学年资助1500元。"
       "常州技师学院年内为紫阳县培训技能人才96人。"},
  });
  auto keys = FigureKeys(ex);
  EXPECT_THAT(keys, Contains("DonationCNY 12000000 逾"));
  EXPECT_THAT(keys, Contains("DonationCNY 3000000"));
  EXPECT_THAT(keys, Not(Contains("DonationCNY 1500")));  // per head, after a gift
  EXPECT_THAT(keys, Contains("Trainees 96"));
}

TEST_F(ExtractorTest, ATitleQuotedWholeAfterAVerbOfNamingIsAnAward) {
  Extraction ex = Run({
      {"东西部协作", "获得荣誉",
       "2021年,紫阳县副县长孟庆飞被评为“陕西省优秀帮扶干部”。常州市获得“东西部协作”工作经验交流机会。"},
  });
  std::vector<std::string> names;
  for (const auto& a : ex.awards) names.push_back(a.name);
  EXPECT_THAT(names, Contains("陕西省优秀帮扶干部"));
  EXPECT_EQ(names.size(), 1u) << ::testing::PrintToString(names);  // a quote inside other words is none
}

TEST_F(ExtractorTest, ACountyAndTownshipBeforeASchoolNameTheCountyOnly) {
  Extraction ex = Run({
      {"东西部协作", "教育帮扶",
       "2021年，常州市对口帮扶安康市。天宁区援建紫阳县蒿坪镇中心校，钟楼区与白河县中厂镇第一小学结对。"},
  });
  auto codes = PlaceCodes(ex);
  EXPECT_THAT(codes, Contains("610924"));
  EXPECT_THAT(codes, Contains("610929"));
  for (const auto& c : codes) EXPECT_LE(c.size(), 6u) << c << ": a township that only names a school";
}

TEST_F(ExtractorTest, DottedPairsWorksBuiltInACountyAndNoProjectsOfAKindOrVenues) {
  Extraction ex = Run({
      {"东西部协作", "产业协作",
       "2021年,常州市天宁区结对帮扶紫阳县。常州·紫阳东西部协作产业园年内完成基础设施建设。"
       "天宁区在紫阳县实施的“汉水清源”农村饮用水提升工程完工。2021年常州援建紫阳县重点项目情况见表2。"
       "7月,紫阳县文艺团在常州市文化中心演出。"},
  });
  std::map<std::string, std::string> projects;  // name -> place
  for (const auto& p : ex.projects) projects[p.name] = p.place.key;
  EXPECT_TRUE(projects.count("常州·紫阳东西部协作产业园")) << ::testing::PrintToString(projects);
  EXPECT_EQ(projects["汉水清源农村饮用水提升工程"], "610924");
  EXPECT_FALSE(projects.count("紫阳县重点项目"));
  EXPECT_FALSE(projects.count("常州市文化中心"));
}

TEST_F(ExtractorTest, AQuotedWordInsideAPairsParkAndAProcessingParkAreProjects) {
  Extraction ex = Run({
      {"东西部协作", "产业协作",
       "2021年,常州市天宁区结对帮扶紫阳县。在天宁区建设的天宁—紫阳东西部协作“飞地”产业园完成一期厂房建设。"
       "常州（紫阳）富硒茶加工园一期于8月投产。"},
  });
  std::vector<std::string> names;
  for (const auto& p : ex.projects) names.push_back(p.name);
  EXPECT_THAT(names, Contains("天宁—紫阳东西部协作飞地产业园"));
  EXPECT_THAT(names, Contains("常州（紫阳）富硒茶加工园"));
}

TEST_F(ExtractorTest, AProductionCapacityOpensAProjectsName) {
  Extraction ex = Run({
      {"东西部协作", "产业协作",
       "2021年,常州市天宁区结对帮扶紫阳县。年内引进项目8个,其中常州龙城新材料有限公司年产5万吨环保涂料项目于9月开工。"},
  });
  std::vector<std::string> names;
  for (const auto& p : ex.projects) names.push_back(p.name);
  EXPECT_THAT(names, Contains("年产5万吨环保涂料项目")) << ::testing::PrintToString(names);
}

TEST_F(ExtractorTest, ACollegeNamedAfterAPrefectureIsNoPartnerOfANumber) {
  Extraction ex = Run({
      {"东西部协作", "人才交流",
       "2021年,常州市对口帮扶紫阳县、白河县。常州工学院与安康学院开展人才合作,常州市第一人民医院派出专家常驻紫阳县人民医院、白河县人民医院。"
       "全年培训结对县干部人才900人次,组织结对县劳动力到常州就业1200人。"},
      {"东西部协作", "结对", "2021年,天宁区结对帮扶紫阳县,钟楼区结对帮扶白河县。"},
      {"东西部协作", "考察", "2021年,常州市党政代表团赴安康市考察。"},  // 安康 named elsewhere too
  });
  auto recipient = RecipientByFigure(ex);
  ASSERT_TRUE(recipient.count("Trainees 900"));
  EXPECT_EQ(recipient["Trainees 900"], "");  // several counties, and 安康 only as a college's name
}

}  // namespace
}  // namespace duikou::extract
