// Extractor: named projects, their places, backers and investment.
#include "extractor_test_support.h"

namespace duikou::extract {
namespace {

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

TEST_F(ExtractorTest, CentreInsideAnInstitutionsNameIsNoProject) {
  Extraction ex = Run({kNingboGuizhou, {"东西部协作", "医疗帮扶", "宁波市中心医院、宁波市妇幼保健院派出专家5人。"}});
  EXPECT_THAT(ProjectNames(ex), Not(Contains("宁波市中心")));
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

// ---- qproj: organizations ----
TEST_F(ExtractorTest, AHeadWordInsideABodysNameIsNoProject) {
  Extraction ex = Run({kNingboGuizhou, {"东西部协作", "项目建设",
                                        "晴隆县宏达建筑工程有限公司承建晴隆县第二中学教学楼。晴隆县农业科技园区管委会、"
                                        "安龙县产业园管理中心和晴隆县城乡供水工程项目部参加。"}});
  EXPECT_EQ(ProjectNames(ex), std::vector<std::string>{"晴隆县第二中学教学楼"});
  EXPECT_THAT(OrgKeys(ex), Contains("晴隆县第二中学|Institution"));
}

}  // namespace
inline std::map<std::string, std::string> ProjectPlaces(const Extraction& ex) {
  std::map<std::string, std::string> out;
  for (const auto& p : ex.projects) out[p.name] = p.place.key + (p.funders.empty() ? "" : "<" + p.funders[0].key);
  return out;
}

// Where a project is: the site its clause names more precisely than its name; an enclave park
// (飞地) on the giving side of its pair; a showroom of the partner's produce where it is set up.
TEST_F(ExtractorTest, AProjectsPlaceIsItsSiteAnEnclavesGivingSideAndAShowroomsCity) {
  Extraction ex = Run({
      {"东西部协作", "概况",
       "2020年,东莞市与云南省昭通市开展东西部扶贫协作。位于昭阳区的东莞—昭通产业园累计引进企业28家。"
       "东莞市在莞城街道设立昭通农特产品东莞展销中心。"},
      {"山海协作", "产业合作", "2020年,东莞市与韶关市乳源瑶族自治县开展对口帮扶,共建乳源—东莞飞地产业园。"},
  });
  auto places = ProjectPlaces(ex);
  EXPECT_EQ(places["东莞—昭通产业园"], "530602<4419");
  EXPECT_EQ(places["昭通农特产品东莞展销中心"].substr(0, 9), "441900006");  // 莞城街道
  EXPECT_EQ(places["乳源—东莞飞地产业园"].substr(0, 4), "4419");
}

// In a receiving side's chapter the home is where projects are, and the supporters fund them.
TEST_F(ExtractorTest, InAReceivingSidesChapterProjectsLieInTheHome) {
  Extraction ex = Run({
      {"东西部协作", "概况",
       "2020年,珠海市继续对口帮扶我州,向我州投入帮扶资金4.6亿元,帮助我州销售农产品。珠海市香洲区结对帮扶泸水市,"
       "金湾区结对帮扶福贡县。"},
      {"东西部协作", "产业合作", "香洲区援建的大兴地镇珠海扶贫车间吸纳就业近300人;共建上帕镇珠福协作产业园,入驻企业9家。"},
  });
  auto places = ProjectPlaces(ex);
  EXPECT_EQ(places["大兴地镇珠海扶贫车间"].substr(0, 6), "533301");
  EXPECT_EQ(places["上帕镇珠福协作产业园"].substr(0, 6), "533323");
  for (const auto& p : ex.projects)
    for (const auto& f : p.funders) EXPECT_TRUE(f.key.starts_with("44")) << p.name << " " << f.key;
}

// A table of aided projects: the whole cell is the name (not cut at 中学), the place column
// says where (a township of the home county), the supporter column who funds, the money column
// the investment; the total row is no project.
TEST_F(ExtractorTest, ATableOfProjectsGivesOneProjectPerRow) {
  document::Document doc = WithTable(
      {{"东西部协作", "概况",
        "2020年,厦门市继续对口帮扶我县,向我县捐赠资金1000万元,帮助我县销售农产品,到我县考察。海原县与湖里区、集美区结对。"}},
      "东西部协作", "2020年厦门市援建项目", {"序号", "项目名称", "帮扶单位", "建设地点", "援助资金(万元)"},
      {{"1", "海原县职业中学实训楼", "集美区", "海城镇", "650"},
       {"2", "史店乡村级卫生室提升工程", "厦门市", "史店乡", "380"},
       {"", "合计", "", "", "1030"}});
  Extractor ex(gaz_);
  const Extraction got = ex.Extract(doc);
  std::map<std::string, const Project*> by_name;
  for (const auto& p : got.projects) by_name[p.name] = &p;
  ASSERT_TRUE(by_name.count("海原县职业中学实训楼"));
  const Project& school = *by_name["海原县职业中学实训楼"];
  EXPECT_EQ(school.place.key, "640522100");
  ASSERT_FALSE(school.funders.empty());
  EXPECT_EQ(school.funders[0].key, "350211");
  EXPECT_EQ(school.investment_cny, "6500000");
  ASSERT_TRUE(by_name.count("史店乡村级卫生室提升工程"));
  EXPECT_EQ(by_name["史店乡村级卫生室提升工程"]->place.key, "640522200");
  EXPECT_FALSE(by_name.count("合计"));
}

// Enclaves (飞地), co-operation parks (协作园) and demonstration areas (示范片) are projects; a
// park the two cities name after themselves is one; a batch of projects entering a park and
// the chapter's own "我县…项目" are none.
TEST_F(ExtractorTest, EnclavesCooperationParksAndNamedParksOfTwoCities) {
  Extraction ex = Run({
      {"东西部协作", "产业协作",
       "2022年,烟台市与重庆市酉阳县深化东西部协作。两地在酉阳县共建烟台·酉阳产业协作园,6月烟台·酉阳产业协作园首批入园项目集中开工。"
       "在酉阳县花田乡建设花田鲁渝协作乡村振兴示范片。两市在酉阳县共建烟酉产业合作园。我县编制年度援疆项目清单。"},
      {"山海协作", "飞地", "2021年,松阳县与宁波市镇海区深化山海协作,松阳—镇海山海协作产业飞地在镇海区开工。"},
  });
  auto names = ProjectNames(ex);
  EXPECT_THAT(names, Contains("烟台·酉阳产业协作园"));
  EXPECT_THAT(names, Contains("花田鲁渝协作乡村振兴示范片"));
  EXPECT_THAT(names, Contains("烟酉产业合作园"));
  EXPECT_THAT(names, Contains("松阳—镇海山海协作产业飞地"));
  for (const auto& n : names) {
    EXPECT_EQ(n.find("入园项目"), std::string::npos) << n;
    EXPECT_EQ(n.find("我县"), std::string::npos) << n;
  }
}

// Works carried out in a township ("在乙县丙镇实施…工程") are a project; a generic kind of
// work there ("实施农村人居环境整治项目") is none.
TEST_F(ExtractorTest, WorksCarriedOutInATownshipAreAProject) {
  Extraction ex = Run({
      {"东西部协作", "乡村建设",
       "2022年,烟台市对口帮扶重庆市彭水县。使用协作资金1700万元,在彭水县郁山镇实施郁山古镇保护提升工程;"
       "在彭水县鹿角镇实施农村人居环境整治项目。"},
  });
  auto names = ProjectNames(ex);
  EXPECT_THAT(names, Contains("郁山古镇保护提升工程"));
  EXPECT_THAT(names, Not(Contains("农村人居环境整治项目")));
}

// A school the aid builds is a project as well as the institution it becomes: named after a
// building verb, or followed by its opening. A school where something else is built is not.
TEST_F(ExtractorTest, ASchoolTheAidBuildsIsAProject) {
  Extraction ex = Run({
      {"对口支援", "教育援疆",
       "2021年,常州市对口支援新疆尼勒克县,使用援疆资金4200万元新建尼勒克县常州实验学校,可容纳学生1800人。"
       "尼勒克县第一中学于9月1日投入使用。在尼勒克县第二中学建成录播教室。"},
  });
  auto names = ProjectNames(ex);
  EXPECT_THAT(names, Contains("尼勒克县常州实验学校"));
  EXPECT_THAT(names, Contains("尼勒克县第一中学"));
  EXPECT_THAT(names, Not(Contains("尼勒克县第二中学")));
  for (const auto& p : ex.projects)
    if (p.name == "尼勒克县常州实验学校") {
      EXPECT_EQ(p.place.key, "654028");
    }
  EXPECT_THAT(OrgKeys(ex), Contains("尼勒克县常州实验学校|Institution"));
}

// An enclave (飞地) lies where its clause sets it on the giving side ("设在甲区的…", "在甲街道
// 建成的…"); "…产业园当年新签约项目" are the park's new projects, not a project of its own.
TEST_F(ExtractorTest, AnEnclaveLiesWhereItsClauseSetsItAndAParksNewProjectsAreNoName) {
  Extraction ex = Run({
      {"山海协作", "概况",
       "2022年,嘉兴市与衢州市开展山海协作。设在南湖区的嘉兴—龙游飞地产业园建成投用。"
       "海盐县在龙游县湖镇镇建设的海盐—龙游山海协作产业园当年新签约项目协议投资3.2亿元。"},
  });
  std::map<std::string, std::string> place;
  for (const auto& p : ex.projects) place[p.name] = p.place.key;
  EXPECT_EQ(place["嘉兴—龙游飞地产业园"], "330402");
  EXPECT_EQ(place["海盐—龙游山海协作产业园"], "330825101");
  EXPECT_FALSE(place.count("海盐—龙游山海协作产业园当年新签约项目"));
}

// "位于乙区的某某工业园": a thing the text sets in a place is a named one, there.
TEST_F(ExtractorTest, AParkTheTextSetsInAPlaceIsNamedThere) {
  Extraction ex = Run({
      {"对口帮扶", "产业共建", "2022年,珠海市对口帮扶茂名市。位于茂南区的珠茂产业转移工业园全年新引进项目27个。"},
  });
  std::map<std::string, std::string> place;
  for (const auto& p : ex.projects) place[p.name] = p.place.key;
  ASSERT_TRUE(place.count("珠茂产业转移工业园"));
  EXPECT_EQ(place["珠茂产业转移工业园"], "440902");
}

}  // namespace duikou::extract
