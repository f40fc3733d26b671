// The N-Triples term parser every stage reads results and quads with (query results, the
// shell, the DOT and RDF writers).
#include "graph/term.h"

#include <gtest/gtest.h>

namespace duikou::graph {
namespace {

TEST(TermTest, ParsesEachKind) {
  Term p;
  ASSERT_TRUE(ParseTerm("<https://w3id.org/duikou/id/place/3306>", &p));
  EXPECT_EQ(p.kind, Term::Kind::kIri);
  EXPECT_EQ(p.value, "https://w3id.org/duikou/id/place/3306");
  ASSERT_TRUE(ParseTerm("_:b12", &p));
  EXPECT_EQ(p.kind, Term::Kind::kBlank);
  EXPECT_EQ(p.value, "b12");
  ASSERT_TRUE(ParseTerm("\"柯桥区\"@zh", &p));
  EXPECT_EQ(p.kind, Term::Kind::kLiteral);
  EXPECT_EQ(p.value, "柯桥区");
  EXPECT_EQ(p.lang, "zh");
  ASSERT_TRUE(ParseTerm("\"161000000\"^^<http://www.w3.org/2001/XMLSchema#decimal>", &p));
  EXPECT_EQ(p.value, "161000000");
  EXPECT_EQ(p.datatype, "http://www.w3.org/2001/XMLSchema#decimal");
}

TEST(TermTest, UnescapesAndRoundTrips) {
  Term p;
  ASSERT_TRUE(ParseTerm(R"("a \"q\" \\ \n \u00E9 \U0001F600")", &p));
  EXPECT_EQ(p.value, "a \"q\" \\ \n \xC3\xA9 \xF0\x9F\x98\x80");
  EXPECT_EQ(FormatTerm(p), "\"a \\\"q\\\" \\\\ \\n \xC3\xA9 \xF0\x9F\x98\x80\"");
  for (const char* term : {"<http://ex/a>", "_:x", "\"x\"", "\"x\"@en-GB", "\"1\"^^<http://ex/t>"}) {
    ASSERT_TRUE(ParseTerm(term, &p)) << term;
    EXPECT_EQ(FormatTerm(p), term);
  }
}

TEST(TermTest, RejectsWhatIsNotOneTerm) {
  Term p;
  for (const char* bad : {"", "http://ex/a", "\"open", "\"x\"@", "\"x\"^^http://t", "\"\\q\"", "?x"}) {
    EXPECT_FALSE(ParseTerm(bad, &p)) << bad;
  }
}

}  // namespace
}  // namespace duikou::graph
