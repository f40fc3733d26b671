// End to end on the sample chapter (../shared/seed): the questions users ask, by SPARQL alone.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "e2e_fixture.h"

namespace duikou::testing {
namespace {

using ::testing::IsSupersetOf;

class SampleChapterTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (auto sample = SampleChapter()) store_ = new StoreFixture({*sample});
  }
  static void TearDownTestSuite() { delete store_; }
  void SetUp() override {
    if (!store_) GTEST_SKIP() << "../shared/seed is absent; skipping the sample-chapter tests";
    ASSERT_EQ(store_->build_result().exit_code, 0) << store_->build_result().err;
  }
  static StoreFixture* store_;
};
StoreFixture* SampleChapterTest::store_ = nullptr;

std::string Place(const std::string& code) { return std::string(kPlace) + code; }

TEST_F(SampleChapterTest, PairingsOfKeqiao) {
  auto recipients = store_->Column(
      "SELECT ?r WHERE { ?p a dk:Pairing ; dk:supporter <https://w3id.org/duikou/id/place/330603> ; dk:recipient ?r }");
  EXPECT_THAT(recipients, IsSupersetOf({Place("220403"), Place("513226"), Place("330881"), Place("500102008")}));
  EXPECT_EQ(recipients.count(Place("231005")), 0u) << "西安区 resolved to the wrong province";
}

TEST_F(SampleChapterTest, PairingTypesAreFromTheContractScheme) {
  auto types = store_->Column(
      "SELECT ?label WHERE { ?p a dk:Pairing ; dk:pairingType ?t . ?t skos:prefLabel ?label }");
  EXPECT_THAT(types, IsSupersetOf({std::string("对口支援"), std::string("对口合作"), std::string("东西部扶贫协作"),
                                   std::string("山海协作")}));
}

TEST_F(SampleChapterTest, FundsOfEachProgramIn2020) {
  auto rows = store_->Select(
      "SELECT ?r ?v WHERE { ?f a dk:Figure ; dk:metric dk:FundsCNY ; dk:value ?v ; dk:year ?y ; dk:recipient ?r ."
      " FILTER(str(?y) = \"2020\") }");
  std::set<std::pair<std::string, std::string>> got;
  for (const auto& row : rows) {
    if (row.size() == 2) got.emplace(row[0], row[1]);
  }
  EXPECT_TRUE(got.count({Place("652928"), "161000000"})) << "新疆阿瓦提县 1.61亿元";
  EXPECT_TRUE(got.count({Place("540622"), "163000000"})) << "西藏比如县 1.63亿元";
  EXPECT_TRUE(got.count({Place("632857"), "12750000"})) << "青海大柴旦 1275万元";
}

TEST_F(SampleChapterTest, EveryFigureHasItsPassage) {
  auto orphans = store_->Select(
      "SELECT ?f WHERE { ?f a dk:Figure . OPTIONAL { ?f prov:wasDerivedFrom ?p . ?p dk:text ?t } FILTER(!BOUND(?t)) }");
  EXPECT_TRUE(orphans.empty()) << orphans.size() << " figures without a passage";
  auto figures = store_->Select("SELECT ?f WHERE { ?f a dk:Figure }");
  EXPECT_GE(figures.size(), 20u);
}

TEST_F(SampleChapterTest, LeaderOfTheMeetingIsAPersonWithRole) {
  auto roles = store_->Column("SELECT ?role WHERE { ?p a dk:Person ; rdfs:label \"马卫光\"@zh ; dk:role ?role }");
  EXPECT_TRUE(roles.count("市委书记")) << ::testing::PrintToString(roles);
}

TEST_F(SampleChapterTest, EnterprisesAreTyped) {
  auto names = store_->Column("SELECT ?n WHERE { ?o a dk:Enterprise ; rdfs:label ?n }");
  EXPECT_TRUE(names.count("辽源天语纺织有限公司")) << ::testing::PrintToString(names);
  EXPECT_TRUE(names.count("浙江吉泰新材料股份有限公司")) << ::testing::PrintToString(names);
}

TEST_F(SampleChapterTest, DatedEventWithRange) {
  auto rows = store_->Select(
      "SELECT ?s ?e WHERE { ?ev a dk:Event ; <http://schema.org/startDate> ?s ; <http://schema.org/endDate> ?e }");
  std::set<std::pair<std::string, std::string>> got;
  for (const auto& row : rows) {
    if (row.size() == 2) got.emplace(row[0], row[1]);
  }
  EXPECT_TRUE(got.count({"2020-12-11", "2020-12-13"})) << "成果展 12月11日至13日";
}

TEST_F(SampleChapterTest, ExportIsByteIdenticalAcrossBuilds) {
  StoreFixture again({*SampleChapter()});
  ASSERT_EQ(again.build_result().exit_code, 0);
  CommandResult a = RunDuikou({"export", "--store", store_->dir(), "--format", "nquads"});
  CommandResult b = RunDuikou({"export", "--store", again.dir(), "--format", "nquads"});
  ASSERT_EQ(a.exit_code, 0) << a.err;
  EXPECT_FALSE(a.out.empty());
  EXPECT_EQ(a.out, b.out);
}

}  // namespace
}  // namespace duikou::testing

namespace duikou::testing {
namespace {

// Every canned query of queries/ answers on the sample chapter, with a row asserted.
class SampleCannedQueries : public SampleChapterTest {
 protected:
  std::string Csv(const std::vector<std::string>& args) {
    std::vector<std::string> argv{"query", "--store", store_->dir(), "--format", "csv"};
    argv.insert(argv.end(), args.begin(), args.end());
    CommandResult r = RunDuikou(argv);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return r.out;
  }
};

TEST_F(SampleCannedQueries, Pairings) {
  std::string out = Csv({"pairings", "--param", "place=柯桥区"});
  for (const char* recipient : {"金川县", "江山市", "西安区", "荔枝街道"}) {
    EXPECT_NE(out.find(recipient), std::string::npos) << recipient << "\n" << out;
  }
}

TEST_F(SampleCannedQueries, ProjectsFundedBy) {
  std::string out = Csv({"projects-funded-by", "--param", "funder=柯桥区"});
  EXPECT_NE(out.find("江山—柯桥山海协作产业园," + Place("330603") + ",柯桥区," + Place("330881") + ",江山市"),
            std::string::npos)
      << out;
}

TEST_F(SampleCannedQueries, FundsByRecipient) {
  std::string out = Csv({"funds-by-recipient", "--param", "year=2020"});
  EXPECT_NE(out.find(Place("540622") + ",比如县,2020,,163000000,"), std::string::npos) << out;
  EXPECT_NE(out.find(Place("652928") + ",阿瓦提县,2020,到位,2421000000,"), std::string::npos) << out;
}

TEST_F(SampleCannedQueries, FiguresOf) {
  std::string out = Csv({"figures-of", "--param", "place=阿瓦提县"});
  EXPECT_NE(out.find(",4084000000,2020,协议,绍兴市,阿瓦提县,"), std::string::npos) << out;
}

TEST_F(SampleCannedQueries, Officials) {
  std::string out = Csv({"officials"});
  EXPECT_NE(out.find(",马卫光,市委书记,"), std::string::npos) << out;
  EXPECT_NE(out.find(",柴伟,"), std::string::npos) << out;
}

TEST_F(SampleCannedQueries, EnterprisesByPlace) {
  std::string out = Csv({"enterprises-by-place", "--param", "place=大柴旦行委"});
  EXPECT_NE(out.find(",大柴旦中环联生物科技有限公司,"), std::string::npos) << out;
}

TEST_F(SampleCannedQueries, EnterpriseInvestments) {
  std::string out = Csv({"enterprise-investments", "--param", "place=吉林省"});
  EXPECT_NE(out.find(",辽源天语纺织有限公司,"), std::string::npos) << out;
  EXPECT_EQ(out.find("绍兴市"), std::string::npos) << "a city is no enterprise: " << out;
}

TEST_F(SampleCannedQueries, EventsTimeline) {
  std::string out = Csv({"events-timeline"});
  EXPECT_NE(out.find("2020-03-30,,"), std::string::npos) << out;
  EXPECT_NE(out.find("2020-12-11,2020-12-13,"), std::string::npos) << out;
}

TEST_F(SampleCannedQueries, RegionSummary) {
  auto rows = ParseCsv(Csv({"region-summary", "--param", "place=比如县"}));
  std::map<std::string, int> counts;
  for (const auto& row : rows) {
    if (row.size() == 2) counts[row[0]] = std::stoi(row[1]);
  }
  EXPECT_GE(counts["pairings"], 1);
  EXPECT_GE(counts["figures"], 3);
}

}  // namespace
}  // namespace duikou::testing
