// The reconciliation rules one at a time, on small datasets built in the test.
#include "merge/reconciliation.h"

#include <gtest/gtest.h>

#include "merge_test_support.h"

namespace duikou::merge::testing {
namespace {

TEST(NormalizeAdminCode, AcceptsTheFormsSourcesUse) {
  EXPECT_EQ(NormalizeAdminCode("540622"), "540622");
  EXPECT_EQ(NormalizeAdminCode("540 622"), "540622");
  EXPECT_EQ(NormalizeAdminCode("330600"), "3306");
  EXPECT_EQ(NormalizeAdminCode("330000"), "33");
  EXPECT_EQ(NormalizeAdminCode("540622000000"), "540622");
  EXPECT_EQ(NormalizeAdminCode("330603101000"), "330603101");
  EXPECT_EQ(NormalizeAdminCode("3306"), "3306");
  EXPECT_EQ(NormalizeAdminCode("33060"), "");
  EXPECT_EQ(NormalizeAdminCode("Q1234"), "");
  EXPECT_EQ(NormalizeAdminCode("000000"), "");
  EXPECT_EQ(NormalizeAdminCode(""), "");
}

TEST(BasicNormalizeName, DropsSpacesAndFoldsBrackets) {
  EXPECT_EQ(BasicNormalizeName("绍兴市 发展和改革委员会"), "绍兴市发展和改革委员会");
  EXPECT_EQ(BasicNormalizeName("浙江海亮\u3000（集团）"), "浙江海亮(集团)");
}

const std::string kType = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>";
const std::string kLabel = "<http://www.w3.org/2000/01/rdf-schema#label>";

TEST(Reconcile, UnknownCodesAndTwoCodesAreNotLinked) {
  graph::Dataset d;
  d.Add("<http://x/a>", Dk("adminCode"), "\"999999\"", "<http://x/g>");  // not in the gazetteer
  d.Add("<http://x/b>", Dk("adminCode"), "\"3306\"", "<http://x/g>");
  d.Add("<http://x/b>", Dk("adminCode"), "\"3302\"", "<http://x/g>");
  Reconciliation r = Reconcile(d, FixtureOptions().reconcile);
  EXPECT_TRUE(r.links.empty());
  ASSERT_EQ(r.candidates.size(), 1u);
  EXPECT_EQ(r.candidates[0].a, "<http://x/b>");
}

TEST(Reconcile, NamesAreResolvedOnlyForPlaces) {
  graph::Dataset d;
  d.Add("<http://x/org>", kType, Dk("GovernmentBody"), "<http://x/g>");
  d.Add("<http://x/org>", kLabel, "\"绍兴市\"@zh", "<http://x/g>");  // an organization, whatever its name
  d.Add("<http://x/p>", Dk("inRegion"), "<http://x/place>", "<http://x/g>");
  d.Add("<http://x/place>", kLabel, "\"那曲市\"@zh", "<http://x/g>");  // untyped, but used as a place
  Reconciliation r = Reconcile(d, FixtureOptions().reconcile);
  ASSERT_EQ(r.links.size(), 1u);
  EXPECT_EQ(r.links[0].from, "<http://x/place>");
  EXPECT_EQ(r.links[0].to, Place("5406"));
}

TEST(Reconcile, OrganizationsOfDifferentTypesAreOnlyCandidates) {
  graph::Dataset d;
  d.Add("<http://x/a>", kType, Dk("GovernmentBody"), "<http://x/g1>");
  d.Add("<http://x/a>", kLabel, "\"绍兴市文化馆\"@zh", "<http://x/g1>");
  d.Add("<http://y/a>", kType, Dk("Institution"), "<http://x/g2>");
  d.Add("<http://y/a>", kLabel, "\"绍兴市 文化馆\"@zh", "<http://x/g2>");
  Reconciliation r = Reconcile(d, FixtureOptions().reconcile);
  EXPECT_TRUE(r.links.empty());
  ASSERT_EQ(r.candidates.size(), 1u);
  EXPECT_EQ(r.candidates[0].kind, "organization");
  // Same type: linked, to the duikou IRI when there is one.
  d.Add("<" + kBase + "org/x>", kType, Dk("Institution"), "<http://x/g3>");
  d.Add("<" + kBase + "org/x>", kLabel, "\"绍兴市文化馆\"@zh", "<http://x/g3>");
  r = Reconcile(d, FixtureOptions().reconcile);
  ASSERT_EQ(r.links.size(), 1u);
  EXPECT_EQ(r.links[0].from, "<http://y/a>");
  EXPECT_EQ(r.links[0].to, "<" + kBase + "org/x>");
  EXPECT_TRUE(r.links[0].materialize);
}

graph::Dataset TwoFigures(const std::string& v1, const std::string& v2, const std::string& g2) {
  graph::Dataset d;
  for (auto [fig, value, g] : {std::tuple{"<http://x/f1>", v1, std::string("<http://x/g1>")},
                               std::tuple{"<http://x/f2>", v2, g2}}) {
    d.Add(fig, kType, Dk("Figure"), g);
    d.Add(fig, Dk("recipient"), Place("540622"), g);
    d.Add(fig, Dk("metric"), Dk("FundsCNY"), g);
    d.Add(fig, Dk("year"), "\"2021\"^^<http://www.w3.org/2001/XMLSchema#gYear>", g);
    d.Add(fig, Dk("value"), value, g);
  }
  return d;
}

TEST(Reconcile, ConflictsNeedDifferentValuesFromDifferentSources) {
  const std::string dec = "^^<http://www.w3.org/2001/XMLSchema#decimal>";
  const std::string dbl = "^^<http://www.w3.org/2001/XMLSchema#double>";
  auto conflicts = [](const graph::Dataset& d) { return Reconcile(d, FixtureOptions().reconcile).conflicts.size(); };
  EXPECT_EQ(conflicts(TwoFigures("\"161000000\"" + dec, "\"150000000\"" + dec, "<http://x/g2>")), 1u);
  EXPECT_EQ(conflicts(TwoFigures("\"161000000\"" + dec, "\"1.61E8\"" + dbl, "<http://x/g2>")), 0u);  // one number
  EXPECT_EQ(conflicts(TwoFigures("\"161000000\"" + dec, "\"150000000\"" + dec, "<http://x/g1>")), 0u);  // one source
}

TEST(Apply, WritesTheReconciliationGraphAndReplacesIt) {
  graph::Dataset d;
  d.Add("<http://x/p>", Dk("adminCode"), "\"540622\"", "<http://x/g>");
  d.Add("<http://x/stale>", kSameAs, "<http://x/old>", kReconciliation);
  ReconcileOptions options = FixtureOptions().reconcile;
  Apply(Reconcile(d, options), options, &d);
  EXPECT_TRUE(Has(d, "<http://x/p>", kSameAs, Place("540622"), kReconciliation));
  EXPECT_TRUE(Has(d, Place("540622"), Dk("adminCode"), "\"540622\"", "<http://x/g>"));
  EXPECT_FALSE(Has(d, "<http://x/stale>", kSameAs, "<http://x/old>", kReconciliation));
  EXPECT_EQ(Subjects(d, kType, Dk("ReconciliationNote")).size(), 1u);
}

}  // namespace
}  // namespace duikou::merge::testing
