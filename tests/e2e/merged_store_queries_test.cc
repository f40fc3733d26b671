// Canned queries on a store merged from several sources: Rasqal mis-joins a UNION group written
// after a basic pattern, which only shows once a store holds several graphs' worth of
// look-alike records (figures next to pairings, foreign IRIs next to duikou ones).
#include <gtest/gtest.h>

#include "e2e_fixture.h"

namespace duikou::testing {
namespace {

class MergedStoreQueries : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = MakeTempDir("merged") + "/store";
    std::string dir = SourceDir() + "/tests/fixtures/merge/";
    CommandResult r = RunDuikou({"merge", dir + "shaoxing.ttl", dir + "ningbo.trig", dir + "hangzhou.ttl",
                                 dir + "hangzhou-unlocated.ttl", "--store", store_});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  std::vector<std::vector<std::string>> Canned(const std::vector<std::string>& args) {
    std::vector<std::string> argv{"query", "--store", store_, "--format", "csv"};
    argv.insert(argv.end(), args.begin(), args.end());
    CommandResult r = RunDuikou(argv);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return ParseCsv(r.out);
  }
  std::string store_;
};

TEST_F(MergedStoreQueries, PairingsOfBiruAreExactlyTheTwoCities) {
  auto rows = Canned({"pairings", "--param", "place=比如县"});
  std::set<std::string> supporters;
  for (const auto& row : rows) {
    ASSERT_GE(row.size(), 4u);
    EXPECT_NE(row[0].find("/pairing/"), std::string::npos) << "not a pairing: " << row[0];
    supporters.insert(row[2]);
  }
  EXPECT_EQ(rows.size(), 2u);
  EXPECT_EQ(supporters, (std::set<std::string>{"宁波市", "绍兴市"}));
}

TEST_F(MergedStoreQueries, RegionSummaryCountsOnlyRecordsOfThatPlace) {
  auto rows = Canned({"region-summary", "--param", "place=比如县"});
  std::map<std::string, std::string> counts;
  for (const auto& row : rows) {
    if (row.size() == 2) counts[row[0]] = row[1];
  }
  EXPECT_EQ(counts["pairings"], "2");
}

}  // namespace
}  // namespace duikou::testing
