// The mapper against the graph contract, on a hand-made document and extraction.
#include "graph/graph_mapper.h"

#include <gtest/gtest.h>

#include "graph/fixture_extraction.h"
#include "graph/graph_test_util.h"
#include "graph/vocabulary.h"

namespace duikou::testing {
namespace {

using graph::Iri;
using graph::LangLiteral;
using graph::PlainLiteral;
using graph::TypedLiteral;
namespace ns = graph::ns;

const std::string kBase = "https://w3id.org/duikou/id/";
std::string Place(const std::string& code) { return Iri(kBase + "place/" + code); }

class MapperTest : public ::testing::Test {
 protected:
  graph::Dataset ds = FixtureDataset(kBase, /*with_ontology=*/false);
  const std::string graph_a = Iri(kBase + "source/chapter-a.txt");
  const std::string graph_b = Iri(kBase + "source/chapter-b.txt");

  // The only subject of type `cls` whose rdfs:label is `label`.
  std::string Find(const std::string& cls, const std::string& label) {
    std::string found;
    for (const std::string& s : Subjects(ds, kType, DkT(cls))) {
      if (Objects(ds, s, kLabel).count(LangLiteral(label, "zh"))) {
        EXPECT_TRUE(found.empty()) << "two " << cls << " labelled " << label;
        found = s;
      }
    }
    EXPECT_FALSE(found.empty()) << "no " << cls << " labelled " << label;
    return found;
  }
  std::string PassageWithText(const std::string& text) {
    auto s = Subjects(ds, DkT("text"), LangLiteral(text, "zh"));
    EXPECT_EQ(s.size(), 1u) << text;
    return s.empty() ? "" : *s.begin();
  }
};

TEST_F(MapperTest, PlaceHasCodeIriClassOfficialLabelAndAltLabels) {
  std::string k = Place("330603");
  EXPECT_TRUE(Has(ds, k, kType, DkT("Place")));
  EXPECT_TRUE(Has(ds, k, kType, DkT("County")));
  EXPECT_EQ(Objects(ds, k, kLabel), std::set<std::string>{LangLiteral("柯桥区", "zh")});
  EXPECT_TRUE(Has(ds, k, DkT("adminCode"), PlainLiteral("330603")));
  EXPECT_TRUE(Has(ds, k, Iri(ns::Skos("altLabel")), LangLiteral("柯桥", "zh")));
  // The official name is the label, not an alternative.
  EXPECT_FALSE(Has(ds, k, Iri(ns::Skos("altLabel")), LangLiteral("柯桥区", "zh")));
  // 马边县 and 马边彝族自治县 are one IRI.
  std::string mb = Place("511133");
  EXPECT_EQ(Objects(ds, mb, kLabel), std::set<std::string>{LangLiteral("马边彝族自治县", "zh")});
  EXPECT_TRUE(Has(ds, mb, Iri(ns::Skos("altLabel")), LangLiteral("马边县", "zh")));
}

TEST_F(MapperTest, ParentAndEveryAncestorMaterialized) {
  std::string k = Place("330603");
  EXPECT_EQ(Objects(ds, k, Iri(ns::Schema("containedInPlace"))), std::set<std::string>{Place("3306")});
  EXPECT_EQ(Objects(ds, k, DkT("inRegion")), (std::set<std::string>{Place("3306"), Place("33")}));
  // The ancestors carry their own code, label, class and parent.
  EXPECT_TRUE(Has(ds, Place("33"), kType, DkT("Province")));
  EXPECT_TRUE(Has(ds, Place("33"), kLabel, LangLiteral("浙江省", "zh")));
  EXPECT_TRUE(Has(ds, Place("33"), DkT("adminCode"), PlainLiteral("33")));
  EXPECT_TRUE(Has(ds, Place("3306"), Iri(ns::Schema("containedInPlace")), Place("33")));
  EXPECT_TRUE(Has(ds, Place("6529"), kLabel, LangLiteral("阿克苏地区", "zh")));
}

TEST_F(MapperTest, EveryQuadIsInItsDocumentsNamedGraph) {
  size_t a = 0, b = 0;
  for (const auto& q : ds.quads()) {
    ASSERT_TRUE(q.graph == graph_a || q.graph == graph_b) << q.graph;
    (q.graph == graph_a ? a : b)++;
  }
  EXPECT_GT(a, 50u);
  EXPECT_GT(b, 10u);
  // Graph B is complete on its own: 马边's label and ancestors are there too.
  EXPECT_TRUE(ds.quads().count(graph::Quad{Place("511133"), kLabel, LangLiteral("马边彝族自治县", "zh"), graph_b}));
  EXPECT_TRUE(ds.quads().count(graph::Quad{Place("51"), kLabel, LangLiteral("四川省", "zh"), graph_b}));
}

TEST_F(MapperTest, PassageCarriesTextSectionEntryAttributionAndOffsets) {
  std::string p = PassageWithText("2020年，柯桥区对口支援阿瓦提县，投入援疆资金1.61亿元，累计实施项目12个。");
  EXPECT_TRUE(Has(ds, p, kType, DkT("Passage")));
  EXPECT_TRUE(Has(ds, p, kType, DkT("Entry")));
  EXPECT_TRUE(Has(ds, p, DkT("sectionTitle"), LangLiteral("对口援疆", "zh")));
  EXPECT_TRUE(Has(ds, p, DkT("entryTitle"), LangLiteral("概况", "zh")));
  // File name only, never the directory it was read from.
  EXPECT_TRUE(Has(ds, p, Iri(ns::Dcterms("source")), PlainLiteral("chapter-a.txt#byte=100,300")));
  EXPECT_TRUE(Has(ds, p, DkT("sourceStart"), TypedLiteral("100", ns::Xsd("nonNegativeInteger"))));
  EXPECT_TRUE(Has(ds, p, Iri(ns::Dcterms("isPartOf")), graph_a));
  // Attribution split on 、: one provider is an extracted organization (found by a surface
  // form), the other is named by the attribution itself.
  std::set<std::string> providers = Objects(ds, p, DkT("providedBy"));
  ASSERT_EQ(providers.size(), 2u);
  EXPECT_TRUE(providers.count(Find("GovernmentBody", "绍兴市柯桥区援疆指挥部")));
  std::string relative = Find("Organization", "区发改局");
  EXPECT_TRUE(providers.count(relative));
  // 区发改局 means a different body in every yearbook: its IRI is scoped to the file.
  EXPECT_EQ(relative.rfind("<" + kBase + "org/" + graph::PercentEncode("区发改局") + "_", 0), 0u) << relative;
  // A full name is not scoped: the same body in two yearbooks is one IRI.
  EXPECT_TRUE(Has(ds, Iri(kBase + "org/" + graph::PercentEncode("越城区发改局")), kType, DkT("Organization")));
  // Captions are passages too, with their photographer and original characters.
  std::string c = PassageWithText("7月15日，绍兴市党政代表团赴阿瓦提县考察");
  EXPECT_TRUE(Has(ds, c, kType, DkT("Caption")));
  EXPECT_TRUE(Has(ds, c, DkT("photographer"), LangLiteral("张三", "zh")));
  EXPECT_TRUE(Has(ds, c, DkT("originalText"), LangLiteral("7月15日，紹興市黨政代表團赴阿瓦提縣考察", "zh")));
  std::string t = PassageWithText("对口关系 受援地 支援地\n对口支援 马边彝族自治县 绍兴市");
  EXPECT_TRUE(Has(ds, t, Iri(ns::Dcterms("title")), LangLiteral("绍兴市对口工作情况表", "zh")));
}

TEST_F(MapperTest, PairingLinksPlacesConceptYearAndPassage) {
  std::set<std::string> pairings = Subjects(ds, DkT("supporter"), Place("330603"));
  pairings.erase(Find("Figure", "援疆资金1.61亿元"));
  pairings.erase(Find("Figure", "累计实施项目12个"));
  ASSERT_EQ(pairings.size(), 1u);
  std::string p = *pairings.begin();
  EXPECT_TRUE(Has(ds, p, kType, DkT("Pairing")));
  EXPECT_TRUE(Has(ds, p, DkT("recipient"), Place("652928")));
  EXPECT_TRUE(Has(ds, p, DkT("pairingType"), DkT("DuikouZhiyuan")));
  EXPECT_TRUE(Has(ds, p, DkT("year"), TypedLiteral("2020", ns::Xsd("gYear"))));
  std::string passage = PassageWithText("2020年，柯桥区对口支援阿瓦提县，投入援疆资金1.61亿元，累计实施项目12个。");
  EXPECT_TRUE(Has(ds, p, Iri(ns::Prov("wasDerivedFrom")), passage));
  EXPECT_TRUE(Has(ds, Place("330603"), DkT("mentionedIn"), passage));
}

TEST_F(MapperTest, FigureHasMetricDecimalValueQualifierAndSource) {
  std::string f = Find("Figure", "援疆资金1.61亿元");
  EXPECT_TRUE(Has(ds, f, DkT("metric"), DkT("FundsCNY")));
  EXPECT_TRUE(Has(ds, f, DkT("value"), TypedLiteral("161000000", ns::Xsd("decimal"))));
  EXPECT_TRUE(Has(ds, f, DkT("supporter"), Place("330603")));
  EXPECT_TRUE(Has(ds, f, DkT("recipient"), Place("652928")));
  EXPECT_EQ(Objects(ds, f, Iri(ns::Prov("wasDerivedFrom"))).size(), 1u);
  std::string g = Find("Figure", "累计实施项目12个");
  EXPECT_TRUE(Has(ds, g, DkT("qualifier"), LangLiteral("累计", "zh")));
  EXPECT_TRUE(Has(ds, g, DkT("metric"), DkT("ProjectCount")));
  EXPECT_TRUE(Objects(ds, g, DkT("recipient")).empty());
}

TEST_F(MapperTest, ProjectEventAwardOrganizationPerson) {
  std::string proj = Find("Project", "阿瓦提县海亮教育园");
  EXPECT_TRUE(Has(ds, proj, DkT("locatedIn"), Place("652928")));
  EXPECT_EQ(Objects(ds, proj, DkT("inRegion")), (std::set<std::string>{Place("652928"), Place("6529"), Place("65")}));
  std::string firm = Find("Enterprise", "海亮集团有限公司");
  EXPECT_TRUE(Has(ds, proj, DkT("fundedBy"), firm));
  EXPECT_TRUE(Has(ds, firm, Iri(ns::Skos("altLabel")), LangLiteral("海亮集团", "zh")));
  EXPECT_TRUE(Has(ds, proj, DkT("investmentCNY"), TypedLiteral("300000000", ns::Xsd("decimal"))));

  std::string ev = Find("Event", "绍兴市党政代表团赴阿瓦提县考察");
  EXPECT_TRUE(Has(ds, ev, Iri(ns::Schema("startDate")), TypedLiteral("2020-07-15", ns::Xsd("date"))));
  std::string person = Find("Person", "马卫光");
  EXPECT_TRUE(Has(ds, ev, DkT("participant"), person));
  EXPECT_TRUE(Has(ds, ev, DkT("participant"), Place("3306")));
  EXPECT_TRUE(Has(ds, person, DkT("role"), LangLiteral("市委书记", "zh")));
  EXPECT_TRUE(Has(ds, person, Iri(ns::Schema("affiliation")), Place("3306")));

  std::string award = Find("Award", "全国脱贫攻坚先进集体");
  EXPECT_TRUE(Has(ds, award, DkT("awardedTo"), Find("GovernmentBody", "绍兴市柯桥区援疆指挥部")));
  std::string hq = Find("GovernmentBody", "绍兴市柯桥区援疆指挥部");
  EXPECT_TRUE(Has(ds, hq, DkT("locatedIn"), Place("652928")));
  EXPECT_TRUE(Has(ds, hq, DkT("inRegion"), Place("65")));
}

TEST_F(MapperTest, UnresolvedMentionsAreKeptWithTheirText) {
  // Both the Mention record and the Ref of kind mention (same surface, same passage) are one node.
  std::string m = Find("Mention", "江山镇");
  EXPECT_TRUE(Has(ds, m, DkT("mentionKind"), PlainLiteral("place")));
  EXPECT_EQ(Objects(ds, m, DkT("candidate")).size(), 2u);
  EXPECT_EQ(Objects(ds, m, DkT("mentionedIn")).size(), 1u);
  // A candidate code unknown to the gazetteer still has a code and a label.
  EXPECT_TRUE(Has(ds, Place("330881100"), DkT("adminCode"), PlainLiteral("330881100")));
  EXPECT_EQ(Objects(ds, Place("330881100"), kLabel).size(), 1u);
  EXPECT_TRUE(Has(ds, Place("330881100"), kType, DkT("Township")));
  // The pairing whose recipient is unresolved still exists and points at the mention.
  EXPECT_EQ(Subjects(ds, DkT("recipient"), m).size(), 1u);
}

TEST_F(MapperTest, UnknownPairingTypeBecomesAConceptOfTheScheme) {
  std::string c = Iri(kBase + "concept/pairing/" + graph::PercentEncode("携手奔小康"));
  EXPECT_TRUE(Has(ds, c, Iri(ns::Skos("inScheme")), DkT("PairingTypes")));
  EXPECT_TRUE(Has(ds, c, Iri(ns::Skos("prefLabel")), LangLiteral("携手奔小康", "zh")));
  EXPECT_EQ(Subjects(ds, DkT("pairingType"), c).size(), 1u);
}

TEST(MapperIdentity, SameInputSameQuadsInAnyOrderAndDirectory) {
  graph::FixedDivisions d = FixtureDivisions();
  graph::GraphMapper mapper(&d, {});
  graph::Dataset ab, ba, moved;
  mapper.Map(FixtureDocumentA(), FixtureExtractionA(), &ab);
  mapper.Map(FixtureDocumentB(), FixtureExtractionB(), &ab);
  mapper.Map(FixtureDocumentB(), FixtureExtractionB(), &ba);
  mapper.Map(FixtureDocumentA(), FixtureExtractionA(), &ba);
  mapper.Map(FixtureDocumentA("/elsewhere/deeper"), FixtureExtractionA(), &moved);
  mapper.Map(FixtureDocumentB(), FixtureExtractionB(), &moved);
  EXPECT_EQ(ab.quads(), ba.quads());
  EXPECT_EQ(ab.quads(), moved.quads());
  // No blank nodes: everything has a content-derived name.
  for (const auto& q : ab.quads()) {
    EXPECT_FALSE(q.subject.starts_with("_:")) << q.subject;
    EXPECT_FALSE(q.object.starts_with("_:")) << q.object;
  }
}

TEST(MapperIdentity, BaseOptionChangesEveryInstanceIri) {
  graph::Dataset ds = FixtureDataset("http://example.org/yb/", false);
  size_t places = 0;
  for (const auto& q : ds.quads()) {
    EXPECT_EQ(q.graph.rfind("<http://example.org/yb/source/", 0), 0u) << q.graph;
    EXPECT_FALSE(q.subject.find("w3id.org/duikou/id") != std::string::npos) << q.subject;
    if (q.subject == "<http://example.org/yb/place/330603>") ++places;
  }
  EXPECT_GT(places, 0u);
}

}  // namespace
}  // namespace duikou::testing
