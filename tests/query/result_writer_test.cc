#include "query/result_writer.h"

#include <gtest/gtest.h>

#include <sstream>

namespace duikou::query {
namespace {

QueryResult Sample() {
  QueryResult r;
  r.variables = {"place", "name", "n"};
  r.rows = {
      {"<https://w3id.org/duikou/id/place/330603>", "\"柯桥区\"@zh", "\"3\"^^<http://www.w3.org/2001/XMLSchema#integer>"},
      {"_:b0", "\"a, \\\"b\\\"\"", ""},
  };
  return r;
}

std::string Write(const QueryResult& r, ResultFormat f, ResultWriterOptions o = {}) {
  std::ostringstream out;
  Status s = WriteResult(r, f, o, out);
  EXPECT_TRUE(s.ok()) << s.message();
  return out.str();
}

TEST(ResultWriterTest, ParsesFormatNames) {
  ResultFormat f;
  EXPECT_TRUE(ParseResultFormat("json", &f));
  EXPECT_EQ(f, ResultFormat::kJson);
  EXPECT_TRUE(ParseResultFormat("turtle", &f));
  EXPECT_FALSE(ParseResultFormat("yaml", &f));
}

TEST(ResultWriterTest, CsvFollowsW3C) {
  EXPECT_EQ(Write(Sample(), ResultFormat::kCsv),
            "place,name,n\r\n"
            "https://w3id.org/duikou/id/place/330603,柯桥区,3\r\n"
            "_:b0,\"a, \"\"b\"\"\",\r\n");
}

TEST(ResultWriterTest, TsvFollowsW3C) {
  EXPECT_EQ(Write(Sample(), ResultFormat::kTsv),
            "?place\t?name\t?n\n"
            "<https://w3id.org/duikou/id/place/330603>\t\"柯桥区\"@zh\t\"3\"^^<http://www.w3.org/2001/XMLSchema#integer>\n"
            "_:b0\t\"a, \\\"b\\\"\"\t\n");
}

TEST(ResultWriterTest, JsonFollowsW3C) {
  std::string json = Write(Sample(), ResultFormat::kJson);
  EXPECT_NE(json.find(R"("head": { "vars": [ "place", "name", "n" ] })"), std::string::npos) << json;
  EXPECT_NE(json.find(R"("place": { "type": "uri", "value": "https://w3id.org/duikou/id/place/330603" })"),
            std::string::npos) << json;
  EXPECT_NE(json.find(R"("name": { "type": "literal", "value": "柯桥区", "xml:lang": "zh" })"), std::string::npos);
  EXPECT_NE(json.find(R"("n": { "type": "literal", "value": "3", "datatype": "http://www.w3.org/2001/XMLSchema#integer" })"),
            std::string::npos);
  EXPECT_NE(json.find(R"("place": { "type": "bnode", "value": "b0" })"), std::string::npos);
  EXPECT_NE(json.find(R"("value": "a, \"b\"")"), std::string::npos);
  // An unbound variable is left out of its binding object.
  EXPECT_EQ(json.find(R"("n": { "type": "literal", "value": "" })"), std::string::npos);
  QueryResult ask;
  ask.kind = QueryResult::Kind::kBoolean;
  ask.boolean = true;
  EXPECT_EQ(Write(ask, ResultFormat::kJson), "{ \"head\": {}, \"boolean\": true }\n");
}

TEST(ResultWriterTest, XmlFollowsW3C) {
  std::string xml = Write(Sample(), ResultFormat::kXml);
  EXPECT_NE(xml.find("<sparql xmlns=\"http://www.w3.org/2005/sparql-results#\">"), std::string::npos);
  EXPECT_NE(xml.find("<variable name=\"place\"/>"), std::string::npos);
  EXPECT_NE(xml.find("<binding name=\"name\"><literal xml:lang=\"zh\">柯桥区</literal></binding>"), std::string::npos);
  EXPECT_NE(xml.find("<binding name=\"place\"><bnode>b0</bnode></binding>"), std::string::npos);
  EXPECT_NE(xml.find("<literal>a, &quot;b&quot;</literal>"), std::string::npos);
}

TEST(ResultWriterTest, DisplayWidthCountsCjkAsTwo) {
  EXPECT_EQ(DisplayWidth("abc"), 3u);
  EXPECT_EQ(DisplayWidth("柯桥区"), 6u);
  EXPECT_EQ(DisplayWidth("ａ"), 2u);  // fullwidth
  EXPECT_EQ(DisplayWidth("e\xCC\x81"), 1u);  // e + combining acute
}

TEST(ResultWriterTest, TableAlignsByDisplayWidthAndAbbreviates) {
  QueryResult r;
  r.variables = {"name", "place"};
  r.rows = {{"\"柯桥区\"@zh", "<https://w3id.org/duikou/id/place/330603>"}, {"\"ab\"", "<http://other.example/x>"}};
  EXPECT_EQ(Write(r, ResultFormat::kTable),
            "name   | place\n"
            "-------+-------------------------\n"
            "柯桥区 | id:place/330603\n"
            "ab     | <http://other.example/x>\n"
            "(2 rows)\n");
}

TEST(ResultWriterTest, TableShowsWholeDecimalsAsIntegersAndCsvKeepsTheLexicalForm) {
  const std::string dec = "^^<http://www.w3.org/2001/XMLSchema#decimal>";
  QueryResult r;
  r.variables = {"sum"};
  r.rows = {{"\"1010000.0\"" + dec}, {"\"2.50\"" + dec}, {"\"7.0\""}};
  EXPECT_EQ(Write(r, ResultFormat::kTable), "sum\n-------\n1010000\n2.50\n7.0\n(3 rows)\n");
  EXPECT_EQ(Write(r, ResultFormat::kCsv), "sum\r\n1010000.0\r\n2.50\r\n7.0\r\n");
}

TEST(ResultWriterTest, TableShowsLabelsWhenAsked) {
  QueryResult r;
  r.variables = {"place"};
  r.rows = {{"<https://w3id.org/duikou/id/place/330603>"}, {"<http://unlabelled>"}};
  std::map<Term, std::string> labels{{"<https://w3id.org/duikou/id/place/330603>", "柯桥区"}};
  ResultWriterOptions o;
  o.show_labels = true;
  o.labels = &labels;
  EXPECT_EQ(Write(r, ResultFormat::kTable, o), "place\n-------------------\n柯桥区\n<http://unlabelled>\n(2 rows)\n");
}

TEST(ResultWriterTest, GraphResultsAsNTriplesOrTurtle) {
  QueryResult r;
  r.kind = QueryResult::Kind::kGraph;
  r.graph.Add("<https://w3id.org/duikou/id/place/3306>", "<http://www.w3.org/2000/01/rdf-schema#label>", "\"绍兴市\"@zh");
  EXPECT_EQ(Write(r, ResultFormat::kTable),
            "<https://w3id.org/duikou/id/place/3306> <http://www.w3.org/2000/01/rdf-schema#label> \"绍兴市\"@zh .\n");
  std::string ttl = Write(r, ResultFormat::kTurtle);
  EXPECT_NE(ttl.find("@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> ."), std::string::npos);
  EXPECT_NE(ttl.find("<https://w3id.org/duikou/id/place/3306>\n    rdfs:label \"绍兴市\"@zh .\n"), std::string::npos) << ttl;
  std::ostringstream out;
  EXPECT_FALSE(WriteResult(Sample(), ResultFormat::kTurtle, {}, out).ok());
}

}  // namespace
}  // namespace duikou::query
