#include "graph/identifiers.h"

#include <gtest/gtest.h>

#include "graph/term.h"

namespace duikou::graph {
namespace {

TEST(Identifiers, Fnv1aMatchesPublishedVectors) {
  // Test vectors of the FNV reference (http://www.isthe.com/chongo/tech/comp/fnv/).
  EXPECT_EQ(Fnv1a64(""), 0xcbf29ce484222325ULL);
  EXPECT_EQ(Fnv1a64("a"), 0xaf63dc4c8601ec8cULL);
  EXPECT_EQ(Fnv1a64("foobar"), 0x85944171f73967e8ULL);
}

TEST(Identifiers, ContentKeySeparatesFields) {
  EXPECT_EQ(ContentKey({"a"}).size(), 16u);
  EXPECT_NE(ContentKey({"ab", "c"}), ContentKey({"a", "bc"}));
  EXPECT_EQ(ContentKey({"x", "y"}), ContentKey({"x", "y"}));
}

TEST(Identifiers, PercentEncodingKeepsOnlyUnreservedBytes) {
  EXPECT_EQ(PercentEncode("a-b_c.d~"), "a-b_c.d~");
  EXPECT_EQ(PercentEncode("海亮"), "%E6%B5%B7%E4%BA%AE");
  EXPECT_EQ(PercentEncode("a b/c#"), "a%20b%2Fc%23");
}

TEST(Identifiers, MinterFollowsTheContract) {
  IriMinter m("https://w3id.org/duikou/id/");
  EXPECT_EQ(m.Place("330603"), "https://w3id.org/duikou/id/place/330603");
  EXPECT_EQ(m.Organization("海亮集团"), "https://w3id.org/duikou/id/org/%E6%B5%B7%E4%BA%AE%E9%9B%86%E5%9B%A2");
  EXPECT_EQ(m.SourceDocument("a b.txt"), "https://w3id.org/duikou/id/source/a%20b.txt");
  EXPECT_EQ(m.Passage("f.txt", 1, 2), m.Passage("f.txt", 1, 2));
  EXPECT_NE(m.Passage("f.txt", 1, 2), m.Passage("g.txt", 1, 2));
  EXPECT_NE(m.Person("张三", ""), m.Person("张三", "org:某局"));
  EXPECT_EQ(BaseName("/a/b/c.txt"), "c.txt");
  EXPECT_EQ(BaseName("c.txt"), "c.txt");
}

TEST(Identifiers, BaseMustBeAnAbsoluteIriEndingInSlashOrHash) {
  std::string why;
  EXPECT_TRUE(IsValidBase("https://w3id.org/duikou/id/", &why));
  EXPECT_TRUE(IsValidBase("urn:x-yb:#", &why));
  EXPECT_FALSE(IsValidBase("https://example.org/id", &why));
  EXPECT_NE(why.find("must end in"), std::string::npos);
  EXPECT_FALSE(IsValidBase("example.org/id/", &why));
  EXPECT_FALSE(IsValidBase("https://example.org/a b/", &why));
  EXPECT_FALSE(IsValidBase("", &why));
}

TEST(Terms, ParseAndFormatRoundTrip) {
  for (std::string t : {std::string("<http://x/y>"), std::string("_:b1"), std::string("\"plain\""),
                        std::string("\"多行\\n\\\"引号\\\"\"@zh"),
                        std::string("\"1.5\"^^<http://www.w3.org/2001/XMLSchema#decimal>")}) {
    Term parsed;
    ASSERT_TRUE(ParseTerm(t, &parsed)) << t;
    EXPECT_EQ(FormatTerm(parsed), t);
  }
  Term lit;
  ASSERT_TRUE(ParseTerm("\"a\\u00E9\\U0001F600\"@fr", &lit));
  EXPECT_EQ(lit.value, "a\xC3\xA9\xF0\x9F\x98\x80");
  EXPECT_EQ(lit.lang, "fr");
  EXPECT_FALSE(ParseTerm("\"unterminated", &lit));
  EXPECT_FALSE(ParseTerm("bare", &lit));
  EXPECT_FALSE(ParseTerm("\"bad\\q\"", &lit));
  EXPECT_FALSE(ParseTerm("\"short\\u12\"", &lit));
}

}  // namespace
}  // namespace duikou::graph
