#include "query/query_engine.h"

#include <gtest/gtest.h>

#include <fstream>

#include "support/test_paths.h"

namespace duikou::query {
namespace {

const std::string kEx = "http://example.org/";

graph::Dataset TwoGraphs() {
  graph::Dataset d;
  d.Add(graph::Iri(kEx + "a"), graph::Iri(kEx + "p"), graph::LangLiteral("柯桥区", "zh"));
  d.Add(graph::Iri(kEx + "b"), graph::Iri(kEx + "p"), graph::TypedLiteral("42", "http://www.w3.org/2001/XMLSchema#integer"),
        graph::Iri(kEx + "g1"));
  d.Add("_:n1", graph::Iri(kEx + "q"), graph::PlainLiteral("say \"hi\"\n"), graph::Iri(kEx + "g2"));
  return d;
}

std::unique_ptr<QueryEngine> Engine(const graph::Dataset& d) {
  std::unique_ptr<QueryEngine> engine;
  EXPECT_TRUE(QueryEngine::Create(&engine).ok());
  Status s = engine->Load(d);
  EXPECT_TRUE(s.ok()) << s.message();
  return engine;
}

TEST(QueryEngineTest, DefaultGraphIsTheUnionOfAllGraphs) {
  auto engine = Engine(TwoGraphs());
  EXPECT_EQ(engine->size(), 3u);
  QueryResult r;
  Status s = engine->Execute("SELECT ?s ?o WHERE { ?s ?p ?o } ORDER BY ?o", "", &r);
  ASSERT_TRUE(s.ok()) << s.message();
  ASSERT_EQ(r.kind, QueryResult::Kind::kBindings);
  EXPECT_EQ(r.variables, (std::vector<std::string>{"s", "o"}));
  ASSERT_EQ(r.rows.size(), 3u);
}

TEST(QueryEngineTest, GraphPatternsSeeNamedGraphs) {
  auto engine = Engine(TwoGraphs());
  QueryResult r;
  Status s = engine->Execute("SELECT ?g ?o WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g", "", &r);
  ASSERT_TRUE(s.ok()) << s.message();
  ASSERT_EQ(r.rows.size(), 2u);
  EXPECT_EQ(r.rows[0][0], "<http://example.org/g1>");
  EXPECT_EQ(r.rows[0][1], "\"42\"^^<http://www.w3.org/2001/XMLSchema#integer>");
  EXPECT_EQ(r.rows[1][0], "<http://example.org/g2>");
  EXPECT_EQ(r.rows[1][1], "\"say \\\"hi\\\"\\n\"");
}

TEST(QueryEngineTest, TermsComeBackInNTriplesSyntax) {
  auto engine = Engine(TwoGraphs());
  QueryResult r;
  ASSERT_TRUE(engine->Execute("SELECT ?s ?o WHERE { ?s <http://example.org/p> ?o FILTER(lang(?o) = 'zh') }", "", &r).ok());
  ASSERT_EQ(r.rows.size(), 1u);
  EXPECT_EQ(r.rows[0][0], "<http://example.org/a>");
  EXPECT_EQ(r.rows[0][1], "\"柯桥区\"@zh");
  ASSERT_TRUE(engine->Execute("SELECT ?s WHERE { ?s <http://example.org/q> ?o }", "", &r).ok());
  ASSERT_EQ(r.rows.size(), 1u);
  EXPECT_EQ(r.rows[0][0].rfind("_:", 0), 0u) << r.rows[0][0];
}

TEST(QueryEngineTest, UnboundValuesAreEmptyAndEmptyResultsKeepTheirVariables) {
  auto engine = Engine(TwoGraphs());
  QueryResult r;
  ASSERT_TRUE(engine->Execute("SELECT ?s ?x WHERE { ?s <http://example.org/p> ?o OPTIONAL { ?s <http://nothing> ?x } }",
                              "", &r).ok());
  ASSERT_EQ(r.rows.size(), 2u);
  EXPECT_EQ(r.rows[0][1], "");
  ASSERT_TRUE(engine->Execute("SELECT * WHERE { ?s ?p \"absent\" }", "", &r).ok());
  EXPECT_TRUE(r.rows.empty());
  EXPECT_EQ(r.variables, (std::vector<std::string>{"s", "p"}));
}

TEST(QueryEngineTest, AskAndConstruct) {
  auto engine = Engine(TwoGraphs());
  QueryResult r;
  ASSERT_TRUE(engine->Execute("ASK { ?s ?p 42 }", "", &r).ok());
  EXPECT_EQ(r.kind, QueryResult::Kind::kBoolean);
  EXPECT_TRUE(r.boolean);
  ASSERT_TRUE(engine->Execute("ASK { ?s ?p 43 }", "", &r).ok());
  EXPECT_FALSE(r.boolean);
  ASSERT_TRUE(engine->Execute("CONSTRUCT { ?o2 <http://example.org/r> ?s } WHERE { ?s <http://example.org/p> ?o "
                              "BIND(IRI(CONCAT('http://example.org/v', STR(?o))) AS ?o2) }", "", &r).ok());
  EXPECT_EQ(r.kind, QueryResult::Kind::kGraph);
  EXPECT_EQ(r.graph.size(), 2u);
}

TEST(QueryEngineTest, SyntaxErrorsGiveTheLine) {
  auto engine = Engine(TwoGraphs());
  QueryResult r;
  Status s = engine->Execute("SELECT ?s\nWHERE {\n  ?s ?p ?o .\n  FILTER(?o = }\n", "", &r);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("line 4"), std::string::npos) << s.message();
  EXPECT_FALSE(engine->Check("SELECT WHERE", "").ok());
  EXPECT_TRUE(engine->Check("SELECT * WHERE { ?s ?p ?o }", "").ok());
}

TEST(QueryEngineTest, UnsupportedFeaturesAreNamedAndPathsPointToInRegion) {
  auto engine = Engine(TwoGraphs());
  QueryResult r;
  Status s = engine->Execute(
      "PREFIX schema: <http://schema.org/>\nSELECT * WHERE { ?p schema:containedInPlace+ ?region }", "", &r);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("line 2, column 44"), std::string::npos) << s.message();
  EXPECT_NE(s.message().find("not supported by Rasqal"), std::string::npos) << s.message();
  EXPECT_NE(s.message().find("dk:inRegion"), std::string::npos) << s.message();
  s = engine->Execute("SELECT * WHERE { ?s ?p ?o FILTER NOT EXISTS { ?s ?p 42 } }", "", &r);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("NOT EXISTS"), std::string::npos) << s.message();
  s = engine->Execute("SELECT * WHERE { ?s ?p ?o MINUS { ?s ?p 42 } }", "", &r);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("MINUS"), std::string::npos) << s.message();
}

TEST(QueryEngineTest, AddQuadRejectsMalformedTerms) {
  std::unique_ptr<QueryEngine> engine;
  ASSERT_TRUE(QueryEngine::Create(&engine).ok());
  EXPECT_FALSE(engine->AddQuad("<http://a>", "<http://b>", "\"open", "").ok());
  EXPECT_FALSE(engine->AddQuad("http://a", "<http://b>", "<http://c>", "").ok());
  EXPECT_TRUE(engine->AddQuad("<http://a>", "<http://b>", "<http://c>", "").ok());
}

TEST(QueryEngineTest, LoadFileKeepsGraphsAndNamesThem) {
  std::string dir = testing::MakeTempDir("engine-files");
  {
    std::ofstream(dir + "/d.ttl") << "@prefix ex: <http://example.org/> . ex:a ex:p ex:b .\n";
    std::ofstream(dir + "/q.nq") << "<http://example.org/c> <http://example.org/p> <http://example.org/d> "
                                    "<http://example.org/g> .\n";
    std::ofstream(dir + "/bad.ttl") << "@prefix ex: <http://example.org/> .\nex:a ex:p .\n";
  }
  std::unique_ptr<QueryEngine> engine;
  ASSERT_TRUE(QueryEngine::Create(&engine).ok());
  ASSERT_TRUE(engine->LoadFile(dir + "/d.ttl", "").ok());
  ASSERT_TRUE(engine->LoadFile(dir + "/q.nq", "").ok());
  ASSERT_TRUE(engine->LoadFile(dir + "/d.ttl", "http://example.org/named").ok());
  QueryResult r;
  ASSERT_TRUE(engine->Execute("SELECT ?g ?s WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g", "", &r).ok());
  ASSERT_EQ(r.rows.size(), 2u);
  EXPECT_EQ(r.rows[0][0], "<http://example.org/g>");
  EXPECT_EQ(r.rows[1][0], "<http://example.org/named>");
  Status s = engine->LoadFile(dir + "/bad.ttl", "");
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("bad.ttl"), std::string::npos) << s.message();
  EXPECT_NE(s.message().find("line 2"), std::string::npos) << s.message();
  EXPECT_FALSE(engine->LoadFile(dir + "/missing.ttl", "").ok());
}

}  // namespace
}  // namespace duikou::query
