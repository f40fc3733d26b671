// ontology/duikou.ttl: parses, documents every term in zh and en, and defines every dk: term
// the mapper writes.
#include <gtest/gtest.h>

#include <map>

#include "graph/dataset.h"
#include "graph/fixture_extraction.h"
#include "graph/graph_test_util.h"
#include "graph/vocabulary.h"
#include "rdfio/ontology.h"
#include "support/run_command.h"
#include "support/test_paths.h"

namespace duikou::testing {
namespace {

namespace ns = graph::ns;
const std::string kOntology = SourceDir() + "/ontology/duikou.ttl";

graph::Dataset Ontology() {
  graph::Dataset ds;
  Status s = rdfio::LoadOntology(kOntology, &ds);
  EXPECT_TRUE(s.ok()) << s.message();
  return ds;
}

TEST(Ontology, LoadsIntoItsOwnNamedGraph) {
  graph::Dataset ds = Ontology();
  // Every triple of the file, once (rapper counts the same; see below). Update when terms are added.
  EXPECT_EQ(ds.size(), 714u);
  for (const auto& q : ds.quads()) ASSERT_EQ(q.graph, graph::Iri(ns::kOntologyGraph));
  // Loading twice replaces rather than duplicates.
  graph::Dataset twice = ds;
  ASSERT_TRUE(rdfio::LoadOntology(kOntology, &twice).ok());
  EXPECT_EQ(twice.size(), ds.size());
}

TEST(Ontology, EveryTermHasZhAndEnLabelAndComment) {
  graph::Dataset ds = Ontology();
  std::map<std::string, int> flags;  // 1: label@zh, 2: label@en, 4: comment
  for (const auto& q : ds.quads()) {
    if (!q.subject.starts_with("<" + std::string(ns::kDk))) continue;
    int& f = flags[q.subject];
    if (q.predicate == kLabel && q.object.ends_with("@zh")) f |= 1;
    if (q.predicate == kLabel && q.object.ends_with("@en")) f |= 2;
    if (q.predicate == graph::Iri(ns::Rdfs("comment"))) f |= 4;
  }
  EXPECT_GT(flags.size(), 60u);
  for (const auto& [term, f] : flags) EXPECT_EQ(f, 7) << term;
}

TEST(Ontology, DefinesEveryDkTermTheMapperWrites) {
  graph::Dataset onto = Ontology();
  graph::Dataset data = FixtureDataset("https://w3id.org/duikou/id/", false);
  std::set<std::string> defined;
  for (const auto& q : onto.quads()) defined.insert(q.subject);
  std::set<std::string> used;
  const std::string dk = "<" + std::string(ns::kDk);
  for (const auto& q : data.quads()) {
    for (const std::string* t : {&q.predicate, &q.object}) {
      if (t->starts_with(dk)) used.insert(*t);
    }
  }
  for (const auto& p : graph::kPairingTypes) used.insert(DkT(p.local));
  for (const char* m : graph::kMetrics) used.insert(DkT(m));
  EXPECT_GT(used.size(), 40u);
  for (const std::string& t : used) EXPECT_TRUE(defined.count(t)) << t << " is not defined in ontology/duikou.ttl";
}

TEST(Ontology, DefinesTheReconciliationTermsMergeWrites) {
  graph::Dataset ds = Ontology();
  std::string type = graph::Iri(ns::Rdf("type"));
  for (const char* c : {"ReconciliationNote", "ReconciliationCandidate", "Conflict"}) {
    EXPECT_TRUE(Has(ds, DkT(c), type, graph::Iri(std::string(ns::kOwl) + "Class"))) << c;
  }
  for (const char* p : {"canonical", "merged", "candidate", "conflictingFigure"}) {
    EXPECT_TRUE(Has(ds, DkT(p), type, graph::Iri(std::string(ns::kOwl) + "ObjectProperty"))) << p;
  }
  for (const char* p : {"rule", "entityKind"}) {
    EXPECT_TRUE(Has(ds, DkT(p), type, graph::Iri(std::string(ns::kOwl) + "DatatypeProperty"))) << p;
  }
  EXPECT_TRUE(Has(ds, DkT("conflictingFigure"), graph::Iri(ns::Rdfs("range")), DkT("Figure")));
  // Conflict notes carry dk:metric and dk:qualifier too and candidate notes dk:candidate, so none
  // may claim a single rdfs:domain (a reasoner would type the notes wrongly).
  for (const char* p : {"metric", "qualifier"}) {
    EXPECT_FALSE(Has(ds, DkT(p), graph::Iri(ns::Rdfs("domain")), DkT("Figure"))) << p;
  }
  EXPECT_FALSE(Has(ds, DkT("candidate"), graph::Iri(ns::Rdfs("domain")), DkT("Mention")));
}

TEST(Ontology, PairingTypesAndMetricsAreSkosSchemes) {
  graph::Dataset ds = Ontology();
  std::string in_scheme = graph::Iri(ns::Skos("inScheme"));
  EXPECT_EQ(Subjects(ds, in_scheme, DkT("PairingTypes")).size(), std::size(graph::kPairingTypes));
  EXPECT_EQ(Subjects(ds, in_scheme, DkT("Metrics")).size(), std::size(graph::kMetrics));
  for (const auto& p : graph::kPairingTypes) {
    EXPECT_TRUE(Has(ds, DkT(p.local), graph::Iri(ns::Skos("prefLabel")), graph::LangLiteral(p.zh, "zh"))) << p.local;
  }
  EXPECT_TRUE(Has(ds, DkT("Figure"), graph::Iri(ns::Rdfs("subClassOf")), graph::Iri(std::string(ns::kQb) + "Observation")));
  EXPECT_TRUE(Has(ds, DkT("Passage"), graph::Iri(ns::Rdfs("subClassOf")), graph::Iri(ns::Prov("Entity"))));
}

TEST(Ontology, RapperAndRdflibAcceptItWithTheSameTripleCount) {
  size_t expected = Ontology().size();
  CommandResult r = RunCommand({"rapper", "-i", "turtle", "-c", kOntology});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("returned " + std::to_string(expected) + " triples"), std::string::npos) << r.err;
  CommandResult py = RunCommand({"/usr/bin/python3", "-c",
                                 "import rdflib,sys; g=rdflib.Graph(); g.parse(sys.argv[1], format='turtle'); print(len(g))",
                                 kOntology});
  ASSERT_EQ(py.exit_code, 0) << py.err;
  EXPECT_EQ(py.out, std::to_string(expected) + "\n");
}

}  // namespace
}  // namespace duikou::testing
