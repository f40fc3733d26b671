// MergeFiles on the project's fixtures: two cities that share 比如县, and a graph made with another
// tool that names places by its own IRIs.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "merge/merger.h"
#include "merge_test_support.h"

namespace duikou::merge::testing {
namespace {

using ::duikou::testing::MakeTempDir;

const std::string kRdfType = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>";
const std::string kLabel = "<http://www.w3.org/2000/01/rdf-schema#label>";
const std::string kAltLabel = "<http://www.w3.org/2004/02/skos/core#altLabel>";
const std::string kDerivedFrom = "<http://www.w3.org/ns/prov#wasDerivedFrom>";

const std::vector<std::string>& AllFixtures() {
  static const std::vector<std::string> f = {Fixture("shaoxing.ttl"), Fixture("ningbo.trig"), Fixture("hangzhou.ttl")};
  return f;
}

graph::Dataset MergeAll(const std::vector<std::string>& files, MergeReport* report = nullptr) {
  graph::Dataset d;
  MergeReport local;
  Status s = MergeFiles(files, FixtureOptions(), &d, report ? report : &local);
  EXPECT_TRUE(s.ok()) << s.message();
  return d;
}

// "All pairings of 比如县" as a query over the union of graphs would find them.
std::set<std::string> SupportersOfPairingsWith(const graph::Dataset& d, const std::string& recipient) {
  std::set<std::string> names;
  for (const std::string& pairing : Subjects(d, Dk("recipient"), recipient)) {
    if (!Objects(d, pairing, kRdfType).count(Dk("Pairing"))) continue;
    for (const std::string& supporter : Objects(d, pairing, Dk("supporter"))) {
      for (const std::string& label : Objects(d, supporter, kLabel)) names.insert(label);
    }
  }
  return names;
}

TEST(MergeFixtures, PairingsOfBiruHaveBothCities) {
  graph::Dataset d = MergeAll(AllFixtures());
  EXPECT_EQ(SupportersOfPairingsWith(d, Place("540622")), (std::set<std::string>{"\"绍兴市\"@zh", "\"宁波市\"@zh"}));
}

TEST(MergeFixtures, EachSourceIsItsOwnNamedGraph) {
  graph::Dataset d = MergeAll(AllFixtures());
  // Turtle: the file's graph; TriG: the graph the file names.
  EXPECT_TRUE(Has(d, "<" + kBase + "pairing/3306-540622>", Dk("supporter"), Place("3306"), Source("shaoxing.ttl")));
  EXPECT_TRUE(Has(d, "<" + kBase + "pairing/3302-540622>", Dk("supporter"), Place("3302"), Source("ningbo-2021.txt")));
  EXPECT_TRUE(Has(d, Hz("pairing-hz-qz"), Dk("supporter"), Hz("place-hangzhou"), Source("hangzhou.ttl")));
  std::set<std::string> graphs;
  for (const auto& q : d.quads()) graphs.insert(q.graph);
  EXPECT_EQ(graphs, (std::set<std::string>{Source("shaoxing.ttl"), Source("ningbo-2021.txt"), Source("hangzhou.ttl"),
                                           kReconciliation}));
}

TEST(MergeFixtures, ForeignPlacesAreLinkedByTheirCodes) {
  MergeReport report;
  graph::Dataset d = MergeAll(AllFixtures(), &report);
  // Wikidata P442 with spaces; 12-digit P442; dk:adminCode in 6-digit form; a name alone.
  EXPECT_TRUE(Has(d, Hz("place-biru"), kSameAs, Place("540622"), kReconciliation));
  EXPECT_TRUE(Has(d, Hz("place-shaoxing"), kSameAs, Place("3306"), kReconciliation));
  EXPECT_TRUE(Has(d, Hz("place-hangzhou"), kSameAs, Place("3301"), kReconciliation));
  EXPECT_TRUE(Has(d, Hz("place-quzhou"), kSameAs, Place("3308"), kReconciliation));
  // Duikou IRIs are never linked to themselves, and nothing else is a place.
  std::set<std::string> linked_places;
  for (const auto& l : report.details.links) {
    if (l.kind == "place") linked_places.insert(l.from);
  }
  EXPECT_EQ(linked_places, (std::set<std::string>{Hz("place-biru"), Hz("place-shaoxing"), Hz("place-hangzhou"),
                                                  Hz("place-quzhou")}));
  auto line = std::find_if(report.reconciled.begin(), report.reconciled.end(),
                           [](const std::string& l) { return l.find("place-biru") != std::string::npos; });
  ASSERT_NE(line, report.reconciled.end());
  EXPECT_NE(line->find("Wikidata P442 \"540 622\""), std::string::npos) << *line;
}

TEST(MergeFixtures, ForeignFactsBecomeVisibleUnderTheDuikouIri) {
  graph::Dataset d = MergeAll(AllFixtures());
  // The Hangzhou pairing, in the Hangzhou graph, now also names the duikou places.
  EXPECT_TRUE(Has(d, Hz("pairing-hz-qz"), Dk("supporter"), Place("3301"), Source("hangzhou.ttl")));
  EXPECT_TRUE(Has(d, Hz("pairing-hz-qz"), Dk("recipient"), Place("3308"), Source("hangzhou.ttl")));
  // 杭州市 is named only by the foreign graph; its name is the official one, so it is the rdfs:label.
  EXPECT_EQ(SupportersOfPairingsWith(d, Place("3308")), (std::set<std::string>{"\"杭州市\"@zh"}));
  EXPECT_TRUE(Has(d, Place("3301"), kLabel, "\"杭州市\"@zh", Source("hangzhou.ttl")));
  EXPECT_TRUE(Has(d, Place("3306"), kAltLabel, "\"紹興市\"@zh-hant", Source("hangzhou.ttl")));  // other forms: altLabel
  // The foreign IRI keeps its own facts.
  EXPECT_TRUE(Has(d, Hz("pairing-hz-qz"), Dk("recipient"), Hz("place-quzhou"), Source("hangzhou.ttl")));
}

TEST(MergeFixtures, AbbreviatedOrganizationIsLinkedWhenItsCityFixesTheRule) {
  MergeReport report;
  graph::Dataset d = MergeAll(AllFixtures(), &report);
  const std::string sx_fgw = "<" + kBase + "org/绍兴市发展和改革委员会>";
  EXPECT_TRUE(Has(d, Hz("org-fgw"), kSameAs, sx_fgw, kReconciliation));
  // Without a place of its own, 市发改委 cannot be expanded: no link.
  graph::Dataset d2 = MergeAll({Fixture("shaoxing.ttl"), Fixture("hangzhou-unlocated.ttl")});
  EXPECT_TRUE(Objects(d2, "<http://example.org/hz2/org-fgw>", kSameAs).empty());
}

TEST(MergeFixtures, PersonsNeedNameAndAffiliation) {
  MergeReport report;
  graph::Dataset d = MergeAll(AllFixtures(), &report);
  const std::string sx_zw = "<" + kBase + "person/张伟-绍兴市发展和改革委员会>";
  const std::string nb_zw = "<" + kBase + "person/张伟-3302>";
  // Same name, and the affiliation is the same organization once 市发改委 is reconciled.
  EXPECT_TRUE(Has(d, Hz("person-zw"), kSameAs, sx_zw, kReconciliation));
  // Same name only: a candidate, never a link.
  EXPECT_TRUE(Objects(d, nb_zw, kSameAs).empty());
  EXPECT_TRUE(Subjects(d, kSameAs, nb_zw).empty());
  int candidates_with_nb = 0;
  for (const auto& c : report.details.candidates) {
    if (c.kind == "person" && (c.a == nb_zw || c.b == nb_zw)) ++candidates_with_nb;
  }
  // With Shaoxing's 张伟, which Hangzhou's is linked to: reported once, between canonical entities.
  EXPECT_EQ(candidates_with_nb, 1);
  std::set<std::string> candidate_notes = Subjects(d, kRdfType, Dk("ReconciliationCandidate"));
  EXPECT_EQ(candidate_notes.size(), 1u);
}

TEST(MergeFixtures, ThePlantedConflictIsReportedWithItsPassages) {
  MergeReport report;
  graph::Dataset d = MergeAll(AllFixtures(), &report);
  ASSERT_EQ(report.details.conflicts.size(), 1u);
  const Conflict& c = report.details.conflicts[0];
  EXPECT_EQ(c.metric, Dk("FundsCNY"));
  EXPECT_EQ(c.year, "2021");
  EXPECT_EQ(c.qualifier, "计划内");
  ASSERT_EQ(c.observations.size(), 2u);
  std::map<std::string, std::string> value_by_graph;
  for (const auto& o : c.observations) value_by_graph[o.graph] = o.value;
  EXPECT_EQ(value_by_graph[Source("shaoxing.ttl")], "161000000");
  EXPECT_EQ(value_by_graph[Source("hangzhou.ttl")], "150000000");
  for (const auto& o : c.observations) {
    ASSERT_EQ(o.passage_texts.size(), 1u);
    EXPECT_NE(o.passage_texts[0].find(o.graph == Source("shaoxing.ttl") ? "1.61亿元" : "1.5亿元"), std::string::npos);
  }
  ASSERT_EQ(report.conflicts.size(), 1u);
  EXPECT_NE(report.conflicts[0].find("161000000"), std::string::npos);
  EXPECT_NE(report.conflicts[0].find("1.5亿元"), std::string::npos);
  // As RDF: one dk:Conflict naming both figures.
  std::set<std::string> notes = Subjects(d, kRdfType, Dk("Conflict"));
  ASSERT_EQ(notes.size(), 1u);
  EXPECT_EQ(Objects(d, *notes.begin(), Dk("conflictingFigure")),
            (std::set<std::string>{"<" + kBase + "figure/sx-funds-2021>", Hz("figure-1")}));
}

TEST(MergeFixtures, EveryFactKeepsItsPassage) {
  graph::Dataset d = MergeAll(AllFixtures());
  EXPECT_TRUE(Has(d, "<" + kBase + "pairing/3306-540622>", kDerivedFrom, "<" + kBase + "passage/sx-1>",
                  Source("shaoxing.ttl")));
  EXPECT_TRUE(Has(d, "<" + kBase + "pairing/3302-540622>", kDerivedFrom, "<" + kBase + "passage/nb-1>",
                  Source("ningbo-2021.txt")));
  EXPECT_TRUE(Has(d, Hz("figure-1"), kDerivedFrom, Hz("passage-7"), Source("hangzhou.ttl")));
  EXPECT_FALSE(Objects(d, "<" + kBase + "passage/nb-1>", Dk("text")).empty());
}

TEST(MergeFixtures, MergingTheSameFileTwiceChangesNothing) {
  graph::Dataset once = MergeAll(AllFixtures());
  graph::Dataset twice = once;
  MergeReport report;
  ASSERT_TRUE(MergeFiles({Fixture("hangzhou.ttl")}, FixtureOptions(), &twice, &report).ok());
  EXPECT_EQ(Diff(once, twice), "");
  ASSERT_TRUE(MergeFiles(AllFixtures(), FixtureOptions(), &twice, &report).ok());
  EXPECT_EQ(Diff(once, twice), "");
}

TEST(MergeFixtures, AnyOrderGivesTheSameDataset) {
  graph::Dataset reference = MergeAll(AllFixtures());
  std::vector<std::string> files = AllFixtures();
  std::sort(files.begin(), files.end());
  do {
    // All at once, and one file per merge.
    graph::Dataset all = MergeAll(files);
    EXPECT_EQ(Diff(reference, all), "");
    graph::Dataset step;
    MergeReport report;
    for (const std::string& f : files) ASSERT_TRUE(MergeFiles({f}, FixtureOptions(), &step, &report).ok());
    EXPECT_EQ(Diff(reference, step), "") << files[0] << " " << files[1] << " " << files[2];
  } while (std::next_permutation(files.begin(), files.end()));
}

TEST(MergeFixtures, ASyntaxErrorInAnyFileAppliesNothing) {
  graph::Dataset d = MergeAll({Fixture("shaoxing.ttl")});
  graph::Dataset before = d;
  std::string bad = MakeTempDir("merge") + "/broken.ttl";
  std::ofstream(bad) << "@prefix dk: <https://w3id.org/duikou/ns#> .\n<http://x/a> dk:p \"unterminated .\n";
  MergeReport report;
  Status s = MergeFiles({Fixture("ningbo.trig"), bad, Fixture("hangzhou.ttl")}, FixtureOptions(), &d, &report);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message().rfind(bad + ":2:", 0), 0u) << s.message();
  EXPECT_EQ(d.quads(), before.quads());
}

TEST(MergeFixtures, UnknownFormatAndNonRdfAreClearErrors) {
  graph::Dataset d;
  MergeReport report;
  std::string txt = MakeTempDir("merge") + "/chapter.txt";
  std::ofstream(txt) << "绍兴市对口支援比如县。\n";
  Status s = MergeFiles({Fixture("shaoxing.ttl"), txt}, FixtureOptions(), &d, &report);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("unknown RDF format '.txt'"), std::string::npos) << s.message();
  EXPECT_EQ(d.size(), 0u);
}

TEST(MergeFixtures, TwoFilesWithOneNameAreRefused) {
  std::string dir = MakeTempDir("merge");
  std::filesystem::create_directories(dir + "/a");
  std::filesystem::copy_file(Fixture("shaoxing.ttl"), dir + "/a/shaoxing.ttl");
  graph::Dataset d;
  MergeReport report;
  Status s = MergeFiles({Fixture("shaoxing.ttl"), dir + "/a/shaoxing.ttl"}, FixtureOptions(), &d, &report);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("same file name"), std::string::npos) << s.message();
}

TEST(MergeFixtures, AnImportedReconciliationGraphIsRecomputedNotTrusted) {
  std::string path = MakeTempDir("merge") + "/other.nq";
  std::ofstream(path) << "<http://example.org/x> <http://www.w3.org/2002/07/owl#sameAs> <" << kBase
                      << "place/540622> <" << kBase << "graph/reconciliation> .\n";
  graph::Dataset d = MergeAll({path});
  EXPECT_EQ(d.size(), 0u);
}

TEST(MergeFixtures, RdfXmlAndNTriplesMergeLikeTurtle) {
  std::string data = ::duikou::testing::SourceDir() + "/tests/rdfio/data/";
  graph::Dataset d = MergeAll({data + "county.rdf", data + "county.nt", Fixture("shaoxing.ttl")});
  EXPECT_TRUE(Has(d, Place("540622"), kLabel, "\"比如县\"@zh", Source("county.rdf")));
  EXPECT_TRUE(Has(d, Place("540622"), kLabel, "\"比如县\"@zh", Source("county.nt")));
  EXPECT_TRUE(Has(d, Place("540622"), kLabel, "\"比如县\"@zh", Source("shaoxing.ttl")));
}

TEST(MergeFixtures, ProgressIsReportedPerFile) {
  MergeOptions options = FixtureOptions();
  std::vector<std::pair<std::string, uint64_t>> done;
  options.on_progress = [&](const std::string& path, uint64_t triples, bool finished) {
    if (finished) done.emplace_back(path, triples);
  };
  graph::Dataset d;
  MergeReport report;
  ASSERT_TRUE(MergeFiles({Fixture("shaoxing.ttl"), Fixture("hangzhou-unlocated.ttl")}, options, &d, &report).ok());
  ASSERT_EQ(done.size(), 2u);
  EXPECT_EQ(done[0].first, Fixture("shaoxing.ttl"));
  EXPECT_EQ(done[1].second, 2u);
  EXPECT_EQ(report.triples_read, done[0].second + done[1].second);
}

}  // namespace
}  // namespace duikou::merge::testing
