// End to end on examples/: the README's main job answers correctly.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "e2e_fixture.h"

namespace duikou::testing {
namespace {

using ::testing::IsSupersetOf;

class ExamplesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    store_ = new StoreFixture({ExamplesDir() + "/shaoxing-2020-brief.txt",
                               ExamplesDir() + "/dachaidan-2020-traditional.gb18030.txt"});
  }
  static void TearDownTestSuite() { delete store_; }
  static StoreFixture* store_;
};
StoreFixture* ExamplesTest::store_ = nullptr;

TEST_F(ExamplesTest, BuildSucceeds) { ASSERT_EQ(store_->build_result().exit_code, 0) << store_->build_result().err; }

TEST_F(ExamplesTest, PairingsOfKeqiaoFromTable) {
  auto recipients = store_->Column(
      "SELECT ?r WHERE { ?p a dk:Pairing ; dk:supporter <https://w3id.org/duikou/id/place/330603> ; dk:recipient ?r }");
  // 西安区 is ambiguous nationally (辽源 and 牡丹江); the table row under 辽源市 decides.
  EXPECT_THAT(recipients, IsSupersetOf({std::string(kPlace) + "220403", std::string(kPlace) + "513226",
                                        std::string(kPlace) + "330881"}));
  EXPECT_EQ(recipients.count(std::string(kPlace) + "231005"), 0u);
}

TEST_F(ExamplesTest, CannedPairingsQueryByName) {
  CommandResult r = RunDuikou({"query", "--store", store_->dir(), "pairings", "--param", "place=柯桥区", "--format", "csv"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("金川县"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("江山市"), std::string::npos) << r.out;
}

// The GB18030 traditional-character example is read, and a place typed by any alias the
// gazetteer knows (大柴旦行委 for 大柴旦行政委员会) finds its figures.
TEST_F(ExamplesTest, CannedQueryTakesAnyAliasOfAPlace) {
  CommandResult r = RunDuikou({"query", "--store", store_->dir(), "figures-of", "--param", "place=大柴旦行委", "--format", "csv"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find(",1262000,"), std::string::npos) << "计劃外資金126.2萬元 from the traditional example\n" << r.out;
  EXPECT_NE(r.out.find(",12750000,"), std::string::npos) << r.out;
}

TEST_F(ExamplesTest, ShellRunTakesAnyAliasOfAPlace) {
  CommandResult r = RunDuikou({"shell", "--store", store_->dir()}, ".run figures-of place=大柴旦行委\n");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("1262000"), std::string::npos) << r.out;
}

TEST_F(ExamplesTest, FundsForXinjiangWithPassage) {
  auto rows = store_->Select(
      "SELECT ?v ?text WHERE { ?f a dk:Figure ; dk:metric dk:FundsCNY ; dk:value ?v ; dk:year ?y ;"
      " dk:recipient <https://w3id.org/duikou/id/place/652928> ; prov:wasDerivedFrom ?p . ?p dk:text ?text }");
  bool found = false;
  for (const auto& row : rows) {
    if (row.size() == 2 && row[0] == "161000000") {
      found = true;
      EXPECT_NE(row[1].find("1.61亿元"), std::string::npos) << row[1];
    }
  }
  EXPECT_TRUE(found) << "no FundsCNY 161000000 figure for 阿瓦提县";
}

TEST_F(ExamplesTest, PlacesCarryCodeLabelAndRegion) {
  auto rows = store_->Select(
      "SELECT ?label ?code WHERE { <https://w3id.org/duikou/id/place/652928> rdfs:label ?label ; dk:adminCode ?code ;"
      " dk:inRegion <https://w3id.org/duikou/id/place/65> }");
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0][0], "阿瓦提县");
  EXPECT_EQ(rows[0][1], "652928");
}

}  // namespace
}  // namespace duikou::testing
