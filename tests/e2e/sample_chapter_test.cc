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
