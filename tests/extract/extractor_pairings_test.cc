// Extractor: pairings (supporter, recipient, type) from prose, lists and tables.
#include "extractor_test_support.h"

namespace duikou::extract {
namespace {

TEST_F(ExtractorTest, ProsePairingsFromTakingOnPartners) {
  Extraction ex = Run(kNingbo);
  auto keys = PairingKeys(ex);
  EXPECT_THAT(keys, Contains("3302>522324 东西部扶贫协作"));
  EXPECT_THAT(keys, Contains("3302>522328 东西部扶贫协作"));
}

TEST_F(ExtractorTest, TablePairingsUseHeaderColumnsAndFilledCells) {
  document::Document doc = WithTable(
      {{"综述", "概况", "2021年,宁波市实施对口支援项目30个。宁波市海曙区、宁波市北仑区参与结对。"}}, "综述", "",
      {"对口关系", "受援地", "支援地"},
      {{"对口支援", "新疆库车市", "宁波市"}, {"东西部扶贫协作", "晴隆县", "海曙区"}, {"东西部扶贫协作", "安龙县", "北仑区"}});
  Extractor ex(gaz_);
  auto keys = PairingKeys(ex.Extract(doc));
  EXPECT_THAT(keys, Contains("3302>652902 对口支援"));
  EXPECT_THAT(keys, Contains("330203>522324 东西部扶贫协作"));
  EXPECT_THAT(keys, Contains("330206>522328 东西部扶贫协作"));
}

TEST_F(ExtractorTest, TableTypeColumnNamedAfterHelpingIsNoSupporterColumn) {
  // "帮扶类型" holds the kind of relation; "结对区" holds the home city's districts.
  document::Document doc = WithTable(
      {{"综述", "概况", "2021年,宁波市实施对口支援项目30个。宁波市海曙区、宁波市北仑区参与结对。"}}, "综述", "",
      {"帮扶类型", "受援地", "结对区"}, {{"东西部协作", "晴隆县", "海曙区"}, {"", "安龙县", "北仑区"}});
  Extractor ex(gaz_);
  auto keys = PairingKeys(ex.Extract(doc));
  EXPECT_THAT(keys, Contains("330203>522324 东西部扶贫协作"));
  EXPECT_THAT(keys, Contains("330206>522328 东西部扶贫协作"));
  for (const auto& k : keys) EXPECT_EQ(k.find("东西部协作>"), std::string::npos) << k;
}

TEST_F(ExtractorTest, InProvinceAidSetAgainstAnotherProgrammeIsItsOwnType) {
  // 对口帮扶 is loose (said of any programme), but set against 对口支援 in one sentence it names
  // a programme of its own; a table under a heading that names both types types no row.
  document::Document doc = WithTable(
      {{"对口支援与省内对口帮扶", "概况", "2022年,绵阳市涪城区对口支援丹巴县,游仙区、安州区分别对口帮扶昭觉县、喜德县。"}},
      "对口支援与省内对口帮扶", "", {"结对区", "受援县"}, {{"涪城区", "丹巴县"}, {"游仙区", "昭觉县"}, {"安州区", "喜德县"}});
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

TEST_F(ExtractorTest, AOneCharacterCountyAfterWithIsAPartner) {
  Extraction ex = Run({kFuzhouOpening,
                       {"东西部扶贫协作", "结对关系", "鼓楼区与岷县开展结对帮扶,台江区与该县开展结对帮扶。"}});
  auto keys = PairingKeys(ex);
  EXPECT_THAT(keys, Contains("350102>621126 东西部扶贫协作"));
  for (const auto& k : keys) EXPECT_EQ(k.rfind("350103>", 0), std::string::npos) << k;  // 该县 names no county
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

}  // namespace
// "甲区与乙县共建产业园": two units building a park together are a pair, the home side the
// supporter.
TEST_F(ExtractorTest, BuildingTogetherRightAfterThePartnersPairsThem) {
  Extraction ex = Run({
      {"东西部协作", "概况",
       "2022年,大连市与贵州省六盘水市深化东西部协作,全年投入财政帮扶资金3.2亿元。甘井子区与盘州市共建产业园,新入驻企业6家。"},
  });
  EXPECT_THAT(PairingKeys(ex), Contains("210211>520281 东西部扶贫协作"));
}

// A table headed by the two cities, its cells listing several units each: every unit on the
// left pairs with every one on the right.
TEST_F(ExtractorTest, ATableHeadedByTwoCitiesPairsEveryUnitListedInARow) {
  document::Document doc = WithTable(
      {{"东西部协作", "概况", "2022年是大连市与贵州省六盘水市开展东西部协作的第二年。"}}, "东西部协作",
      "大连市与六盘水市东西部协作结对关系", {"大连市", "六盘水市"},
      {{"中山区、西岗区", "钟山区"}, {"甘井子区、旅顺口区", "水城区"}});
  Extractor ex(gaz_);
  auto keys = PairingKeys(ex.Extract(doc));
  EXPECT_THAT(keys, Contains("210202>520201 东西部扶贫协作"));
  EXPECT_THAT(keys, Contains("210203>520201 东西部扶贫协作"));
  EXPECT_THAT(keys, Contains("210211>520204 东西部扶贫协作"));
  EXPECT_THAT(keys, Contains("210212>520204 东西部扶贫协作"));
}

// "甲区、乙新区—丙县：": each unit listed before the dash pairs with the partner after it; a
// zone that is no division is kept by its name.
TEST_F(ExtractorTest, SeveralUnitsBeforeADashPairWithThePartnerAfterIt) {
  Extraction ex = Run({
      {"东西部协作", "概况", "2022年,珠海市与怒江州开展东西部协作,珠海市各区结对帮扶怒江州4个县(市)。"},
      {"东西部协作", "结对帮扶", "金湾区、珠海高新区—福贡县:投入帮扶资金1.18亿元,实施项目43个。"},
  });
  auto keys = PairingKeys(ex);
  EXPECT_THAT(keys, Contains("440404>533323 东西部扶贫协作"));
  EXPECT_THAT(keys, Contains("珠海高新区>533323 东西部扶贫协作"));
}

// "甲市深化与乙州的东西部协作,开展与丙区的区县协作": the verb before 与 leaves the subject
// elided, and the home city pairs with each.
TEST_F(ExtractorTest, AVerbBeforeWithLeavesTheSubjectToTheSentence) {
  Extraction ex = Run({
      {"东西部协作", "概况",
       "2021年,济南市深化与湖南省湘西土家族苗族自治州的东西部协作,开展与重庆市武隆区的区县协作。"},
  });
  auto keys = PairingKeys(ex);
  EXPECT_THAT(keys, Contains("3701>4331 东西部扶贫协作"));
  EXPECT_THAT(keys, Contains("3701>500156 东西部扶贫协作"));
}

// In a receiving side's chapter "我县" is the home: "湖里区对口帮扶我县" pairs the district with
// it, and "我县" is no surface of the place.
TEST_F(ExtractorTest, TheChaptersOwnWoXianIsTheHomeInAReceivingSidesChapter) {
  Extraction ex = Run({
      {"东西部协作", "概况",
       "2020年,厦门市继续对口帮扶宁夏海原县,海原县党政代表团赴厦门市考察。湖里区对口帮扶我县,向我县捐赠资金1000万元;"
       "集美区帮助我县销售农产品,到我县考察。"},
  });
  EXPECT_THAT(PairingKeys(ex), Contains("350206>640522 东西部扶贫协作"));
  for (const auto& p : ex.places)
    for (const auto& surface : p.surfaces) EXPECT_EQ(surface.find("我"), std::string::npos) << p.code;
}

// "甲市6个辖市区和甲经济开发区与乙市…": a count of units is no supporter's name.
TEST_F(ExtractorTest, ACountOfUnitsIsNoSupportersName) {
  Extraction ex = Run({
      {"东西部协作", "结对关系",
       "2021年,常州市与陕西省汉中市开展东西部协作。常州市6个辖市区和常州经济开发区与汉中市11个县区建立结对帮扶关系。"},
  });
  for (const auto& key : PairingKeys(ex)) EXPECT_EQ(key.find("个"), std::string::npos) << key;
  EXPECT_THAT(PairingKeys(ex), Contains("3204>6107 东西部扶贫协作"));
}

// "甲市、乙市、丙县3个县(市)分别与…结对": the count restates the list before 分别; "甲区、乙区协同
// 帮扶丙县": two supporters of one county.
TEST_F(ExtractorTest, AListCountedAgainBeforeRespectivelyStillPairsInOrder) {
  Extraction ex = Run({
      {"东西部协作", "结对帮扶",
       "2021年,泉州市与宁夏固原市开展东西部协作。泉州市明确晋江市、石狮市、南安市、惠安县4个县(市)分别与西吉县、"
       "隆德县、彭阳县、泾源县结对,鲤城区、丰泽区协同帮扶西吉县。"},
  });
  auto keys = PairingKeys(ex);
  EXPECT_THAT(keys, Contains("350582>640422 东西部扶贫协作"));  // 晋江市 → 西吉县
  EXPECT_THAT(keys, Contains("350581>640423 东西部扶贫协作"));  // 石狮市 → 隆德县
  EXPECT_THAT(keys, Contains("350583>640425 东西部扶贫协作"));  // 南安市 → 彭阳县
  EXPECT_THAT(keys, Contains("350521>640424 东西部扶贫协作"));  // 惠安县 → 泾源县
  EXPECT_THAT(keys, Contains("350502>640422 东西部扶贫协作"));  // 鲤城区 → 西吉县
  EXPECT_THAT(keys, Contains("350503>640422 东西部扶贫协作"));  // 丰泽区 → 西吉县
}

// A district's own yearbook: its 区委、区政府 pair the district, not its city; a table's column of
// amounts (财政帮扶资金(万元)) is no column of supporters.
TEST_F(ExtractorTest, ADistrictsYearbookPairsTheDistrictAndAColumnOfAmountsSupportsNothing) {
  document::Document doc = WithTable(
      {{"东西部协作", "概况",
        "2022年,区委、区政府围绕协作共富目标,与四川省甘孜藏族自治州炉霍县、道孚县开展东西部协作。萧山区12个镇街与两县乡镇结对,"
        "萧山区企业到炉霍县投资。萧山区选派干部14名。萧山区组织消费帮扶。"}},
      "东西部协作", "表1 2022年杭州市萧山区东西部协作财政资金情况", {"结对地区", "财政帮扶资金(万元)", "帮扶项目(个)"},
      {{"炉霍县", "4620", "18"}, {"道孚县", "4380", "16"}, {"合计", "9000", "34"}});
  Extraction ex = Extractor(gaz_).Extract(doc);
  auto keys = PairingKeys(ex);
  EXPECT_THAT(keys, Contains("330109>513327 东西部扶贫协作"));
  EXPECT_THAT(keys, Contains("330109>513326 东西部扶贫协作"));
  for (const auto& k : keys) {
    EXPECT_NE(k.substr(0, 5), "3301>") << k;
    EXPECT_EQ(k.find("4620"), std::string::npos) << k;
  }
}

// "我县深化与甲区、乙区的山海协作": in a receiving side's chapter the places after 与 support 我县.
TEST_F(ExtractorTest, WoXianWithAListOfPlacesTakesThemAsSupporters) {
  Extraction ex = Run({
      {"山海协作", "概况",
       "2021年,我县深化与镇海区、余杭区、瓯海区的山海协作,全年到位帮扶资金4260万元。松阳县获评先进。"
       "镇海区向我县拨付资金1200万元,帮助我县销售农产品。余杭区为我县培训干部。"},
  });
  auto keys = PairingKeys(ex);
  EXPECT_THAT(keys, Contains("330211>331124 山海协作"));
  EXPECT_THAT(keys, Contains("330110>331124 山海协作"));
  EXPECT_THAT(keys, Contains("330304>331124 山海协作"));
}

// A table headed 结对县(市) | 协作县: each row pairs its home unit with its partner county.
TEST_F(ExtractorTest, ATableOfHomeUnitsAndCooperatingCountiesPairsThem) {
  document::Document doc = WithTable(
      {{"东西部协作", "结对帮扶", "2021年,泉州市与宁夏固原市开展东西部协作。泉州市选派干部10名。"}},
      "东西部协作", "表1 2021年泉州市各结对县(市)本级投入情况", {"结对县(市)", "协作县", "援助资金(万元)"},
      {{"晋江市", "西吉县", "3860"}, {"石狮市", "隆德县", "2450"}});
  Extraction ex = Extractor(gaz_).Extract(doc);
  auto keys = PairingKeys(ex);
  EXPECT_THAT(keys, Contains("350582>640422 东西部扶贫协作"));
  EXPECT_THAT(keys, Contains("350581>640423 东西部扶贫协作"));
}

}  // namespace duikou::extract
