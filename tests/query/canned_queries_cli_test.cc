// Every canned query in queries/, run by the built binary over the hand-written fixture
// (fixtures/paired-assistance.ttl), returns the rows the fixture implies.
#include <gtest/gtest.h>

#include "support/run_command.h"
#include "support/test_paths.h"

namespace duikou {
namespace {

using testing::RunDuikou;

std::string Fixture() { return testing::SourceDir() + "/tests/query/fixtures/paired-assistance.ttl"; }

// Runs a canned query with --format csv and returns its lines (header first), CRLF stripped.
std::vector<std::string> Csv(std::vector<std::string> args) {
  args.insert(args.begin(), "query");
  for (const char* a : {"--data", "", "--format", "csv"}) args.push_back(a);
  args[args.size() - 3] = Fixture();
  auto r = RunDuikou(args);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  std::vector<std::string> lines;
  size_t start = 0;
  while (start < r.out.size()) {
    size_t end = r.out.find("\r\n", start);
    if (end == std::string::npos) end = r.out.size();
    lines.push_back(r.out.substr(start, end - start));
    start = end + 2;
  }
  return lines;
}

const std::string kId = "https://w3id.org/duikou/id/";

TEST(CannedQueriesCliTest, PairingsAllAndByPlaceNameAliasOrIri) {
  auto all = Csv({"pairings"});
  ASSERT_EQ(all.size(), 3u);
  EXPECT_EQ(all[0], "pairing,supporter,supporterLabel,recipient,recipientLabel,type,year");
  EXPECT_EQ(all[1], kId + "pairing/a2," + kId + "place/330603,柯桥区," + kId + "place/513228,黑水县,东西部扶贫协作,2020");
  EXPECT_EQ(all[2], kId + "pairing/a1," + kId + "place/3306,绍兴市," + kId + "place/652928,阿瓦提县,对口支援,2020");
  for (const char* place : {"place=柯桥区", "place=柯桥", "place=https://w3id.org/duikou/id/place/330603",
                            "place=<https://w3id.org/duikou/id/place/330603>", "place=黑水县"}) {
    auto rows = Csv({"pairings", "--param", place});
    ASSERT_EQ(rows.size(), 2u) << place;
    EXPECT_EQ(rows[1].substr(0, rows[1].find(',')), kId + "pairing/a2") << place;
  }
  // A province holds both supporters: dk:inRegion at work.
  EXPECT_EQ(Csv({"pairings", "--param", "place=浙江省"}).size(), 3u);
  EXPECT_EQ(Csv({"pairings", "--param", "place=不存在县"}).size(), 1u);
}

TEST(CannedQueriesCliTest, ProjectsFundedBy) {
  auto rows = Csv({"projects-funded-by", "--param", "funder=绍兴市"});
  ASSERT_EQ(rows.size(), 4u);
  EXPECT_EQ(rows[1], kId + "project/park,柯桥—黑水产业园," + kId + "place/330603,柯桥区," + kId +
                         "place/513228,黑水县,30000000");
  EXPECT_EQ(rows[2], kId + "project/school,阿瓦提县绍兴实验学校," + kId + "place/3306,绍兴市," + kId +
                         "place/652928,阿瓦提县,");
  // A firm based in the city funds one too: funders within the place count.
  EXPECT_EQ(rows[3], kId + "project/mill,阿瓦提棉纺厂项目," + kId + "org/textile,浙江某某纺织有限公司," + kId +
                         "place/652928,阿瓦提县,120000000");
  EXPECT_EQ(Csv({"projects-funded-by", "--param", "funder=柯桥"}).size(), 3u);
  auto r = RunDuikou({"query", "projects-funded-by", "--data", Fixture()});
  EXPECT_NE(r.exit_code, 0);
  EXPECT_NE(r.err.find("needs --param funder"), std::string::npos) << r.err;
}

TEST(CannedQueriesCliTest, FundsByRecipient) {
  auto rows = Csv({"funds-by-recipient", "--param", "year=2020"});
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0], "recipient,recipientLabel,year,qualifier,fundsCNY,figures");
  EXPECT_EQ(rows[1], kId + "place/652928,阿瓦提县,2020,,161000000,1");
  EXPECT_EQ(rows[2], kId + "place/513228,黑水县,2020,计划内,30000000,1");
  // Without a year, each year (and qualifier) keeps its own row: planned, agreed and paid
  // money are never added together.
  rows = Csv({"funds-by-recipient"});
  ASSERT_EQ(rows.size(), 4u);
  EXPECT_EQ(rows[2], kId + "place/652928,阿瓦提县,2019,,120000000,1");
  EXPECT_NE(RunDuikou({"query", "funds-by-recipient", "--data", Fixture(), "--param", "year=20x0"}).exit_code, 0);
}

TEST(CannedQueriesCliTest, FiguresOf) {
  auto rows = Csv({"figures-of", "--param", "place=阿瓦提"});
  ASSERT_EQ(rows.size(), 4u);
  EXPECT_EQ(rows[1], kId + "figure/f4,资金,120000000,2019,,绍兴市,阿瓦提县,\"2020年,绍兴市对口支援阿瓦提县项目19个、资金1.61亿元。\"");
  EXPECT_EQ(rows[3].substr(0, rows[3].find(",绍兴市")), kId + "figure/f2,项目数,19,2020,");
  rows = Csv({"figures-of", "--param", "place=黑水县"});
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_NE(rows[1].find(",30000000,2020,计划内,柯桥区,黑水县,"), std::string::npos) << rows[1];
}

TEST(CannedQueriesCliTest, Officials) {
  auto rows = Csv({"officials"});
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[1], kId + "person/zhang,张某,市委书记," + kId + "org/shaoxing-party,中共绍兴市委");
  EXPECT_EQ(rows[2], kId + "person/li,李某,副县长," + kId + "place/652928,阿瓦提县");
  rows = Csv({"officials", "--param", "place=新疆"});
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[1].substr(0, rows[1].find(',')), kId + "person/li");
}

TEST(CannedQueriesCliTest, EnterprisesByPlace) {
  EXPECT_EQ(Csv({"enterprises-by-place"}).size(), 3u);
  auto rows = Csv({"enterprises-by-place", "--param", "place=绍兴"});
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[1], kId + "org/textile,浙江某某纺织有限公司," + kId + "place/330603,柯桥区");
}

TEST(CannedQueriesCliTest, EnterpriseInvestments) {
  auto all = Csv({"enterprise-investments"});
  ASSERT_EQ(all.size(), 2u);  // only the project an enterprise funds; place funders are no enterprises
  EXPECT_EQ(all[1], kId + "org/textile,浙江某某纺织有限公司," + kId + "project/mill,阿瓦提棉纺厂项目," + kId +
                        "place/652928,阿瓦提县,120000000");
  EXPECT_EQ(Csv({"enterprise-investments", "--param", "place=新疆"}).size(), 2u);  // within a region
  EXPECT_EQ(Csv({"enterprise-investments", "--param", "place=黑水县"}).size(), 1u);
}

TEST(CannedQueriesCliTest, EventsTimelineIsInDateOrder) {
  auto rows = Csv({"events-timeline"});
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0], "start,end,event,label,locationLabel,year");
  EXPECT_EQ(rows[1], "2020-03-30,," + kId + "event/meeting,对口工作领导小组会议,绍兴市,2020");
  EXPECT_EQ(rows[2], "2020-12-11,2020-12-13," + kId + "event/expo,援阿10周年成果展,绍兴市,2020");
  EXPECT_EQ(Csv({"events-timeline", "--param", "place=新疆"}).size(), 1u);
}

TEST(CannedQueriesCliTest, RegionSummary) {
  auto rows = Csv({"region-summary", "--param", "place=绍兴市"});
  EXPECT_EQ(rows, (std::vector<std::string>{"kind,count", "events,2", "figures,4", "organizations,2", "pairings,2"}));
  rows = Csv({"region-summary", "--param", "place=新疆"});
  EXPECT_EQ(rows, (std::vector<std::string>{"kind,count", "figures,3", "organizations,1", "pairings,1", "projects,2"}));
}

TEST(CannedQueriesCliTest, InjectionThroughTheCommandLineIsHarmless) {
  for (const char* attack : {"place=柯桥区\"@zh) } ?pairing ?p ?o . { (\"x", "place=x\" } UNION { ?pairing a ?t } #",
                             "place=}", "place=https://w3id.org/x> } ?a ?b ?c {<http://y"}) {
    auto r = RunDuikou({"query", "pairings", "--data", Fixture(), "--format", "csv", "--param", attack});
    if (r.exit_code == 0) {
      EXPECT_EQ(r.out, "pairing,supporter,supporterLabel,recipient,recipientLabel,type,year\r\n") << attack;
    } else {
      EXPECT_NE(r.err.find("not a valid IRI"), std::string::npos) << attack << ": " << r.err;
    }
  }
}

TEST(CannedQueriesCliTest, UnknownQueryNameIsTreatedAsSparqlAndFailsClearly) {
  auto r = RunDuikou({"query", "pairingz", "--data", Fixture()});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("line 1"), std::string::npos) << r.err;
}

TEST(QueryCliTest, CheckOnlyParses) {
  EXPECT_EQ(RunDuikou({"query", "--check", "SELECT * WHERE { ?s ?p ?o }"}).exit_code, 0);
  auto r = RunDuikou({"query", "--check", "SELECT *\nWHERE { ?s ?p ?o .\n  FILTER(?o = ) }"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("line 3"), std::string::npos) << r.err;
  r = RunDuikou({"query", "--check", "SELECT * WHERE { ?s dk:p+ ?o }"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("dk:inRegion"), std::string::npos) << r.err;
}

TEST(QueryCliTest, NamedGraphsAreCalledByTheirFileIri) {
  auto r = RunDuikou({"query", "--named", Fixture(), "--format", "tsv",
                      "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "?g\n<file://" + Fixture() + ">\n");
}

TEST(QueryCliTest, ConstructPrintsNTriplesOrTurtle) {
  const std::string q = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> CONSTRUCT { ?s rdfs:label ?l } "
                        "WHERE { ?s rdfs:label ?l FILTER(?l = \"柯桥区\"@zh) }";
  auto r = RunDuikou({"query", "--data", Fixture(), q});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "<" + kId + "place/330603> <http://www.w3.org/2000/01/rdf-schema#label> \"柯桥区\"@zh .\n");
  r = RunDuikou({"query", "--data", Fixture(), "--format", "turtle", q});
  EXPECT_NE(r.out.find("rdfs:label \"柯桥区\"@zh ."), std::string::npos) << r.out;
}

TEST(QueryCliTest, LabelsReplaceIrisInTables) {
  auto r = RunDuikou({"query", "--data", Fixture(), "--labels",
                      "SELECT ?r WHERE { <https://w3id.org/duikou/id/pairing/a1> <https://w3id.org/duikou/ns#recipient> ?r }"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "r\n--------\n阿瓦提县\n(1 row)\n");
}

TEST(QueryCliTest, BadInputFailsClearly) {
  auto r = RunDuikou({"query", "--data", "/nonexistent.ttl", "SELECT * {}"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("/nonexistent.ttl"), std::string::npos) << r.err;
  r = RunDuikou({"query", "--format", "yaml", "SELECT * {}"});
  EXPECT_EQ(r.exit_code, 2);
  r = RunDuikou({"query", "--store", testing::MakeTempDir("nostore") + "/none", "SELECT * {}"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("no store here"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace duikou
