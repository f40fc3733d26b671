#include "shell/session.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "fixture_store.h"

namespace duikou::shell {
namespace {

struct Fixture {
  std::ostringstream out;
  std::ostringstream err;
  std::unique_ptr<Session> session;
  int waits = 0;

  Fixture() {
    std::unique_ptr<query::QueryEngine> engine;
    EXPECT_TRUE(query::QueryEngine::Create(&engine).ok());
    EXPECT_TRUE(engine->LoadFile(testing::FixtureFile(), "").ok());
    session = std::make_unique<Session>(SessionOptions{testing::SourceDir() + "/queries", "fixture", nullptr},
                                        std::move(engine), [this] { ++waits; return Status::Ok(); }, out, err);
  }
  void Feed(const std::string& text) {
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) session->HandleLine(line);
  }
};

TEST(SessionTest, SemicolonOrEmptyLineEndsAQuery) {
  Fixture f;
  f.Feed("SELECT ?p\nWHERE { ?p a dk:Pairing }\n");
  EXPECT_TRUE(f.session->in_statement());
  EXPECT_EQ(f.out.str(), "");
  f.Feed("\n");
  EXPECT_FALSE(f.session->in_statement());
  EXPECT_NE(f.out.str().find("(2 rows)"), std::string::npos) << f.out.str();
  f.out.str("");
  f.Feed("SELECT ?p WHERE { ?p a dk:Project };\n");
  EXPECT_NE(f.out.str().find("(3 rows)"), std::string::npos) << f.out.str();
  EXPECT_EQ(f.waits, 1) << "the engine is waited for once";
}

TEST(SessionTest, SemicolonInsideBracesContinuesTheQuery) {
  Fixture f;
  f.Feed("SELECT ?l WHERE {\n  ?p a dk:Pairing ;\n     dk:supporter ?s .\n  ?s rdfs:label ?l }\n;\n");
  EXPECT_EQ(f.err.str(), "");
  EXPECT_NE(f.out.str().find("绍兴市"), std::string::npos) << f.out.str();
  EXPECT_TRUE(BracesBalanced("SELECT * { ?s ?p \"}\" } # {"));
  EXPECT_FALSE(BracesBalanced("SELECT * { ?s ?p <http://x/{> ;"));
}

TEST(SessionTest, ErrorsShowThePositionAndTheSessionCarriesOn) {
  Fixture f;
  f.Feed("SELECT * WHERE { ?p dk:supporter/rdfs:label ?l };\nSELECT ?p WHERE { ?p a dk:Event };\n");
  EXPECT_NE(f.err.str().find("error: line 1, column 33"), std::string::npos) << f.err.str();
  EXPECT_NE(f.err.str().find("dk:inRegion"), std::string::npos);
  EXPECT_NE(f.out.str().find("(2 rows)"), std::string::npos) << f.out.str();
  EXPECT_EQ(f.session->error_count(), 1);
}

TEST(SessionTest, ModesRunAndLabels) {
  Fixture f;
  f.Feed(".mode csv\n.run figures-of place=黑水县\n");
  EXPECT_NE(f.out.str().find("figure,metric,value,year,qualifier"), std::string::npos) << f.out.str();
  EXPECT_NE(f.out.str().find(",30000000,2020,计划内,"), std::string::npos) << f.out.str();
  f.out.str("");
  f.Feed(".mode table\n.labels on\nSELECT ?r WHERE { ?x a dk:Pairing ; dk:recipient ?r } ORDER BY ?r;\n");
  EXPECT_EQ(f.out.str(), "r\n--------\n黑水县\n阿瓦提县\n(2 rows)\n");
  f.Feed(".mode yaml\n.run nothing\n.run pairings place\n.bogus\n");
  EXPECT_EQ(f.session->error_count(), 4) << f.err.str();
  EXPECT_NE(f.err.str().find("unknown mode 'yaml'"), std::string::npos);
  EXPECT_NE(f.err.str().find("no canned query 'nothing'"), std::string::npos);
  EXPECT_NE(f.err.str().find("unknown command .bogus"), std::string::npos);
}

TEST(SessionTest, TimerLoadExportStatsQuit) {
  Fixture f;
  std::string dir = testing::MakeTempDir("session");
  std::ofstream(dir + "/extra.ttl") << "<http://ex/a> <http://www.w3.org/2000/01/rdf-schema#label> \"额外\"@zh .\n";
  f.Feed(".timer on\n.load " + dir + "/extra.ttl\nSELECT ?s WHERE { ?s rdfs:label \"额外\"@zh };\n");
  EXPECT_NE(f.out.str().find("loaded 1 triples"), std::string::npos) << f.out.str() << f.err.str();
  EXPECT_NE(f.out.str().find("<http://ex/a>"), std::string::npos);
  EXPECT_NE(f.out.str().find("time: "), std::string::npos);
  f.Feed(".export " + dir + "/out.json\n");
  EXPECT_NE(testing::ReadFileOrDie(dir + "/out.json").find("\"value\": \"http://ex/a\""), std::string::npos);
  f.out.str("");
  f.Feed(".stats\n");
  EXPECT_NE(f.out.str().find("triples  172"), std::string::npos) << f.out.str();  // the fixture's 171 + 1 loaded
  EXPECT_NE(f.out.str().find("dk:Figure"), std::string::npos);
  f.Feed(".help\n.prefixes\n");
  EXPECT_NE(f.out.str().find(".run NAME"), std::string::npos);
  EXPECT_NE(f.out.str().find("PREFIX dk: <https://w3id.org/duikou/ns#>"), std::string::npos);
  EXPECT_FALSE(f.session->quit_requested());
  f.Feed(".quit\n");
  EXPECT_TRUE(f.session->quit_requested());
  EXPECT_EQ(f.session->error_count(), 0) << f.err.str();
}

TEST(SessionTest, CompletionOffersCommandsQueriesPrefixesAndGraphTerms) {
  Fixture f;
  std::vector<std::string> words = f.session->CompletionWords();
  for (const char* w : {".run", ".mode", "pairings", "region-summary", "dk:", "skos:", "dk:Pairing", "dk:supporter",
                        "rdfs:label", "schema:startDate"}) {
    EXPECT_NE(std::find(words.begin(), words.end(), w), words.end()) << w;
  }
}

}  // namespace
}  // namespace duikou::shell
