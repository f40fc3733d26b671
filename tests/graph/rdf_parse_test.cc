#include "graph/rdf_parse.h"

#include <gtest/gtest.h>

#include <fstream>

#include "support/test_paths.h"

namespace duikou::graph {
namespace {

TEST(RdfParse, ReadsPrefixesLiteralsAndBlankNodes) {
  Dataset ds;
  Status s = ParseTurtleString(
      "@prefix ex: <http://ex.org/> .\n"
      "ex:a ex:p \"x\"@zh , 3 , \"1.5\"^^<http://www.w3.org/2001/XMLSchema#decimal> ; ex:q [ ex:r ex:b ] .\n",
      "inline.ttl", "http://g/", "t", &ds);
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_EQ(ds.size(), 5u);
  EXPECT_TRUE(ds.quads().count(Quad{"<http://ex.org/a>", "<http://ex.org/p>", "\"x\"@zh", "<http://g/>"}));
  EXPECT_TRUE(ds.quads().count(
      Quad{"<http://ex.org/a>", "<http://ex.org/p>", "\"3\"^^<http://www.w3.org/2001/XMLSchema#integer>", "<http://g/>"}));
  bool blank = false;
  for (const auto& q : ds.quads()) blank |= q.object.starts_with("_:t");
  EXPECT_TRUE(blank);
}

TEST(RdfParse, SyntaxErrorNamesFileLineAndColumn) {
  std::string dir = testing::MakeTempDir("rdfparse");
  std::string path = dir + "/bad.ttl";
  std::ofstream(path) << "@prefix ex: <http://ex.org/> .\nex:a ex:p ex:b .\nex:c ex:p \"open .\n";
  Dataset ds;
  ds.Add("<http://keep/>", "<http://keep/>", "<http://keep/>");
  Status s = ParseTurtleFile(path, "", "", &ds);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message().rfind(path + ":3:", 0), 0u) << s.message();
  EXPECT_EQ(ds.size(), 1u);  // nothing half-read
}

TEST(RdfParse, UndefinedPrefixIsAnError) {
  Dataset ds;
  Status s = ParseTurtleString("nope:a nope:b nope:c .\n", "p.ttl", "", "", &ds);
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(ds.size(), 0u);
}

TEST(RdfParse, MissingFile) {
  Dataset ds;
  Status s = ParseTurtleFile("/nonexistent/x.ttl", "", "", &ds);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("/nonexistent/x.ttl"), std::string::npos);
}

}  // namespace
}  // namespace duikou::graph
