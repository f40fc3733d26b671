#include "query/canned_query.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "query/query_engine.h"
#include "support/test_paths.h"

namespace duikou::query {
namespace {

const char* kQuery =
    "# Purpose: Places by name.\n"
    "# Param: place - a place name or IRI\n"
    "# Param: year (optional, year) - a year\n"
    "# Example: duikou query demo --param place=柯桥区\n"
    "SELECT ?place WHERE {\n"
    "  #@VALUES\n"
    "  ?place <http://www.w3.org/2000/01/rdf-schema#label> ?placeName .\n"
    "  #@IF year\n"
    "  ?place <http://ex/year> ?year .\n"
    "  #@END\n"
    "}\n";

TEST(CannedQueryTest, ReadsTheHeader) {
  CannedQuery q = ParseCannedQuery("demo", kQuery);
  EXPECT_EQ(q.purpose, "Places by name.");
  ASSERT_EQ(q.params.size(), 2u);
  EXPECT_EQ(q.params[0].name, "place");
  EXPECT_FALSE(q.params[0].optional);
  EXPECT_EQ(q.params[0].description, "a place name or IRI");
  EXPECT_EQ(q.params[1].name, "year");
  EXPECT_TRUE(q.params[1].optional);
  EXPECT_TRUE(q.params[1].year);
  EXPECT_EQ(q.example, "duikou query demo --param place=柯桥区");
}

TEST(CannedQueryTest, BindsNamesIrisAndYearsAsTerms) {
  CannedQuery q = ParseCannedQuery("demo", kQuery);
  std::string sparql;
  ASSERT_TRUE(BindParameters(q, {{"place", "柯桥区"}}, &sparql).ok());
  EXPECT_NE(sparql.find("VALUES (?placeName) { (\"柯桥区\"@zh) }"), std::string::npos) << sparql;
  EXPECT_EQ(sparql.find("<http://ex/year>"), std::string::npos) << "the #@IF year block must go";
  ASSERT_TRUE(BindParameters(q, {{"place", "https://w3id.org/duikou/id/place/330603"}, {"year", "2020"}}, &sparql).ok());
  EXPECT_NE(sparql.find("VALUES (?place ?year) { (<https://w3id.org/duikou/id/place/330603> "
                        "\"2020\"^^<http://www.w3.org/2001/XMLSchema#gYear>) }"),
            std::string::npos) << sparql;
  EXPECT_NE(sparql.find("<http://ex/year>"), std::string::npos);
}

TEST(CannedQueryTest, RejectsWrongParameters) {
  CannedQuery q = ParseCannedQuery("demo", kQuery);
  std::string sparql;
  Status s = BindParameters(q, {}, &sparql);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("needs --param place"), std::string::npos) << s.message();
  s = BindParameters(q, {{"place", "x"}, {"color", "red"}}, &sparql);
  EXPECT_NE(s.message().find("no parameter 'color'"), std::string::npos) << s.message();
  EXPECT_FALSE(BindParameters(q, {{"place", "x"}, {"year", "2020) } ?s ?p ?o {"}}, &sparql).ok());
  EXPECT_FALSE(BindParameters(q, {{"place", "http://ex/a> } ?s ?p ?o . <http://x"}}, &sparql).ok());
  EXPECT_FALSE(BindParameters(q, {{"place", "<http://ex/a b>"}}, &sparql).ok());
}

// Whatever a value holds, it stays one literal: the query's structure does not change.
TEST(CannedQueryTest, InjectionAttemptsStayOneLiteral) {
  std::unique_ptr<QueryEngine> engine;
  ASSERT_TRUE(QueryEngine::Create(&engine).ok());
  graph::Dataset d;
  d.Add("<http://ex/p1>", "<http://www.w3.org/2000/01/rdf-schema#label>", "\"柯桥区\"@zh");
  d.Add("<http://ex/p2>", "<http://www.w3.org/2000/01/rdf-schema#label>", "\"a\\\"b} {c\"@zh");
  ASSERT_TRUE(engine->Load(d).ok());
  CannedQuery q = ParseCannedQuery("demo", kQuery);
  for (const std::string& attack : {
           std::string("x\") } ?place ?p ?o . { (\"y"),
           std::string("x\"@zh) } } SELECT * WHERE { ?place ?p ?o } #"),
           std::string("\\\"} UNION { ?place ?p ?o }"),
           std::string("}}}}"),
           std::string("\n} #@VALUES\n"),
       }) {
    std::string sparql;
    ASSERT_TRUE(BindParameters(q, {{"place", attack}}, &sparql).ok()) << attack;
    QueryResult r;
    Status s = engine->Execute(sparql, "", &r);
    ASSERT_TRUE(s.ok()) << attack << "\n" << sparql << "\n" << s.message();
    EXPECT_TRUE(r.rows.empty()) << "attack matched rows: " << attack;
    EXPECT_EQ(r.variables, std::vector<std::string>{"place"}) << attack;
  }
  // A label that itself holds quotes and braces is matched exactly.
  std::string sparql;
  ASSERT_TRUE(BindParameters(q, {{"place", "a\"b} {c"}}, &sparql).ok());
  QueryResult r;
  ASSERT_TRUE(engine->Execute(sparql, "", &r).ok()) << sparql;
  ASSERT_EQ(r.rows.size(), 1u);
  EXPECT_EQ(r.rows[0][0], "<http://ex/p2>");
}

TEST(CannedQueryTest, ShippedQueriesHaveHeadersAndParse) {
  std::string dir = testing::SourceDir() + "/queries";
  std::vector<std::string> names = ListCannedQueries(dir);
  for (const char* required : {"projects-funded-by", "pairings", "funds-by-recipient", "figures-of", "officials",
                               "enterprises-by-place", "events-timeline", "region-summary"}) {
    EXPECT_NE(std::find(names.begin(), names.end(), required), names.end()) << required;
  }
  std::unique_ptr<QueryEngine> engine;
  ASSERT_TRUE(QueryEngine::Create(&engine).ok());
  for (const auto& name : names) {
    CannedQuery q;
    ASSERT_TRUE(LoadCannedQuery(dir, name, &q).ok()) << name;
    EXPECT_FALSE(q.purpose.empty()) << name << ": no '# Purpose:' line";
    EXPECT_NE(q.example.find("duikou query " + name), std::string::npos) << name << ": no '# Example:' line";
    std::map<std::string, std::string> values;
    for (const auto& p : q.params) values[p.name] = p.year ? "2020" : "绍兴市";
    std::string sparql;
    ASSERT_TRUE(BindParameters(q, values, &sparql).ok()) << name;
    Status s = engine->Check(sparql, "");
    EXPECT_TRUE(s.ok()) << name << ": " << s.message();
  }
  CannedQuery missing;
  Status s = LoadCannedQuery(dir, "no-such-query", &missing);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("available: "), std::string::npos) << s.message();
}

}  // namespace
}  // namespace duikou::query
