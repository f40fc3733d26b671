#include "query/sparql_features.h"

#include <gtest/gtest.h>

namespace duikou::query {
namespace {

TEST(SparqlFeaturesTest, FindsPropertyPathsWithPosition) {
  auto f = FindUnsupportedFeature("SELECT * WHERE {\n  ?p dk:containedInPlace+ ?r }");
  ASSERT_TRUE(f.has_value());
  EXPECT_EQ(f->line, 2);
  EXPECT_EQ(f->column, 25);
  EXPECT_NE(f->message.find("property paths"), std::string::npos);
  EXPECT_NE(f->message.find("dk:inRegion"), std::string::npos);
  for (const char* q : {"SELECT * { ?s <http://a>/<http://b> ?o }", "SELECT * { ?s rdfs:label|skos:altLabel ?o }",
                        "SELECT * { ?s ^dk:recipient ?o }", "SELECT * { ?s dk:p* ?o }", "SELECT * { ?s a? ?o }",
                        "SELECT * { ?s !rdf:type ?o }"}) {
    EXPECT_TRUE(FindUnsupportedFeature(q).has_value()) << q;
  }
}

TEST(SparqlFeaturesTest, FindsExistsAndMinus) {
  auto f = FindUnsupportedFeature("SELECT * { ?s ?p ?o FILTER NOT EXISTS { ?s a ?t } }");
  ASSERT_TRUE(f.has_value());
  EXPECT_NE(f->message.find("NOT EXISTS"), std::string::npos);
  EXPECT_EQ(f->column, 28);
  f = FindUnsupportedFeature("SELECT * { ?s ?p ?o filter exists { ?s a ?t } }");
  ASSERT_TRUE(f.has_value());
  EXPECT_EQ(f->message.rfind("EXISTS", 0), 0u);
  f = FindUnsupportedFeature("SELECT * { ?s ?p ?o MINUS { ?s a ?t } }");
  ASSERT_TRUE(f.has_value());
  EXPECT_NE(f->message.find("MINUS"), std::string::npos);
}

TEST(SparqlFeaturesTest, IgnoresLookalikes) {
  for (const char* q : {
           "SELECT * WHERE { ?s ?p ?o }",
           "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o FILTER(?o / 2 > 1 || ?o * 3 < 9) }",
           "SELECT ?x WHERE { ?x <http://ex/a/b?c=d> \"a/b|c^d+e*\" } # ?s dk:p+ ?o, NOT EXISTS",
           "SELECT ?x WHERE { ?x dk:value \"1\"^^xsd:decimal . ?x a dk:Figure }",
           "SELECT ?existsFlag WHERE { ?x dk:minus ?existsFlag }",
           "SELECT * WHERE { ?s ?p ?o FILTER(!BOUND(?o)) }",
       }) {
    auto f = FindUnsupportedFeature(q);
    EXPECT_FALSE(f.has_value()) << q << " -> " << f->message;
  }
}

}  // namespace
}  // namespace duikou::query

namespace duikou::query {
namespace {

TEST(SparqlFeaturesTest, ExplainsRasqalErrorsWithLineColumnAndCaret) {
  std::string m = ExplainQueryError("SELECT *\nWHERE { ?s ?p ?o FILTER(?o = ) }", "line 2: syntax error, unexpected ')'");
  EXPECT_EQ(m, "line 2, column 30: syntax error, unexpected ')'\n"
               "    WHERE { ?s ?p ?o FILTER(?o = ) }\n"
               "                                 ^");
  // Rasqal reports the end of input one line past it.
  m = ExplainQueryError("SELECT * { ?s ?p ?o\n", "line 2: syntax error, unexpected $end, expecting '}'");
  EXPECT_EQ(m.rfind("line 1: syntax error, unexpected end of query", 0), 0u) << m;
  // An unsupported feature wins over Rasqal's words.
  m = ExplainQueryError("SELECT * { ?s dk:a/dk:b ?o }", "line 1: syntax error, unexpected '/'");
  EXPECT_EQ(m.rfind("line 1, column 19: property paths", 0), 0u) << m;
}

}  // namespace
}  // namespace duikou::query
