// Extractor: dated events and awards.
#include "extractor_test_support.h"

namespace duikou::extract {
namespace {

TEST_F(ExtractorTest, EventsWithRangesTitlesAndPlace) {
  Extraction ex = Run(kNingbo);
  ASSERT_EQ(ex.events.size(), 1u);
  EXPECT_EQ(ex.events[0].start_date, "2021-06-18");
  EXPECT_EQ(ex.events[0].end_date, "2021-06-20");
  EXPECT_EQ(ex.events[0].title, "市领导赴晴隆县考察");
  EXPECT_EQ(ex.events[0].place.key, "522324");
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

// A chapter whose passages never lead with their year (entries "概况　…" whose title stays in
// the text) still has one: the year it writes most often, for figures and for day-only dates.
TEST_F(ExtractorTest, AChapterWithoutLeadingYearsTakesTheYearItWritesMostOften) {
  Extraction ex = Run({
      {"东西部协作", "", "概况2021年，烟台市投入帮扶资金1.2亿元，实施项目40个，完成2020年结转项目5个。"},
      {"东西部协作", "", "产业合作全年，烟台市企业到陇南市投资，5月18日在陇南市举行签约仪式。2021年新增落地企业8家。"},
  });
  ASSERT_FALSE(ex.figures.empty());
  for (const auto& f : ex.figures) EXPECT_EQ(f.year, 2021) << f.metric << " " << f.value;
  auto dates = EventDates(ex);
  EXPECT_THAT(dates, Contains("2021-05-18"));
}

}  // namespace
// An award's winners: not the team in a winner's title (…工作组组长某某, …工作组长某某 across a
// page break), but a bare name before 获 or 被评为, a person's or a place's.
TEST_F(ExtractorTest, AwardWinnersAreNotTheBodiesInTheirTitles) {
  Extraction ex = Run({
      {"对口支援", "荣誉",
       "2020年,绍兴市援川工作组长朱润晔获2020年四川省脱贫攻坚奖先进个人;东莞市驻镇雄县工作组组长刘建新获2020年云南省脱贫攻坚奖扶贫先进工作者。"
       "周海峰获“新疆维吾尔自治区优秀援疆干部”称号。张家港市获江苏省扶贫协作先进集体称号。"},
  });
  std::map<std::string, std::vector<std::string>> winners;
  for (const auto& a : ex.awards)
    for (const auto& w : a.awarded_to) winners[a.name].push_back(w.key);
  EXPECT_THAT(winners["四川省脱贫攻坚奖先进个人"], ::testing::ElementsAre("朱润晔"));
  EXPECT_THAT(winners["云南省脱贫攻坚奖扶贫先进工作者"], ::testing::ElementsAre("刘建新"));
  EXPECT_THAT(winners["新疆维吾尔自治区优秀援疆干部"], ::testing::ElementsAre("周海峰"));
  EXPECT_THAT(winners["江苏省扶贫协作先进集体"], ::testing::ElementsAre("320582"));
}

// Awards that end in 示范项目 or 优秀县, won by the chapter's own county (我县) or a project.
TEST_F(ExtractorTest, AwardsToACountyAndToAProject) {
  Extraction ex = Run({
      {"山海协作", "概况",
       "2021年,宁波市镇海区、杭州市余杭区支持松阳县发展,向我县捐赠资金500万元,帮助我县销售茶叶,支持我县建设飞地。"},
      {"山海协作", "荣誉",
       "2021年,我县获评浙江省山海协作工程考核优秀县;松阳—镇海山海协作产业飞地获评浙江省产业飞地建设示范项目。"},
  });
  std::map<std::string, std::vector<std::string>> winners;
  for (const auto& a : ex.awards)
    for (const auto& w : a.awarded_to) winners[a.name].push_back(w.key);
  EXPECT_THAT(winners["浙江省山海协作工程考核优秀县"], ::testing::ElementsAre("331124"));
  EXPECT_THAT(winners["浙江省产业飞地建设示范项目"], ::testing::ElementsAre("松阳—镇海山海协作产业飞地"));
}

// In a receiving side's chapter "我市乡村振兴局" is the home's own body, and wins as such; "我市企业"
// names none.
TEST_F(ExtractorTest, TheHomesOwnBodyWrittenWithWoIsAWinner) {
  Extraction ex = Run({
      {"东西部协作", "概况",
       "2021年,青岛市与陇南市开展东西部协作,青岛市投入我市财政援助资金4.86亿元,选派干部27名到我市工作,"
       "帮助我市销售农产品。崂山区结对帮扶康县,黄岛区结对帮扶西和县。"},
      {"东西部协作", "荣誉", "我市乡村振兴局获评甘肃省东西部协作工作先进集体。我市企业获表彰。"},
  });
  ASSERT_EQ(ex.awards.size(), 1u);
  ASSERT_EQ(ex.awards[0].awarded_to.size(), 1u);
  EXPECT_EQ(ex.awards[0].awarded_to[0].key, "陇南市乡村振兴局");
  for (const auto& o : ex.organizations) EXPECT_EQ(o.name.find("企业"), std::string::npos) << o.name;
}

// An entry's happening dated by its month only is the one the 大事记 dates by its day, when
// the two share words; a month-only happening of its own stays.
TEST_F(ExtractorTest, AMonthOnlyHappeningDatedByDayElsewhereIsOneEvent) {
  Extraction ex = Run({
      {"援藏", "援藏干部人才", "2021年7月,上海市第十批援藏干部人才抵达我县。2021年8月,县里召开座谈会。"},
      {"援藏", "大事记", "【大事记】\n7月15日 上海市第十批援藏干部拉孜小组抵达我县。\n11月5日 县人民医院通过复评审。"},
  });
  std::vector<std::string> dates;
  for (const auto& e : ex.events) dates.push_back(e.start_date);
  EXPECT_THAT(dates, Contains("2021-07-15"));
  EXPECT_THAT(dates, Not(Contains("2021-07")));
  EXPECT_THAT(dates, Contains("2021-08"));
}

}  // namespace duikou::extract
