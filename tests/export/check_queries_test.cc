// The consistency checks of queries/checks/ run on Rasqal (through roqet, the same engine the
// store's librdf uses): none returns rows on a well-formed graph, and each one catches the
// fault it is written for.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <functional>

#include "export/exporter.h"
#include "graph/fixture_extraction.h"
#include "graph/graph_test_util.h"
#include "graph/vocabulary.h"
#include "support/run_command.h"
#include "support/test_paths.h"

namespace duikou::testing {
namespace {

namespace ns = graph::ns;
namespace fs = std::filesystem;

std::string ChecksDir() { return SourceDir() + "/queries/checks"; }

// Rows `check` returns on `ds`, or -1 when roqet fails.
long Rows(const graph::Dataset& ds, const std::string& check) {
  static const std::string dir = MakeTempDir("checks");
  static int n = 0;
  std::string data = dir + "/data" + std::to_string(n++) + ".nt";
  std::string nt;
  EXPECT_TRUE(exporter::ExportToString(ds, exporter::ExportFormat::kNTriples, {}, &nt).ok());
  std::ofstream(data) << nt;
  CommandResult r = RunCommand({"roqet", "-q", "-i", "sparql", "-D", data, "-r", "csv", ChecksDir() + "/" + check + ".rq"});
  if (r.exit_code != 0) {
    ADD_FAILURE() << "roqet failed on " << check << ": " << r.err;
    return -1;
  }
  long lines = 0;
  std::istringstream in(r.out);
  for (std::string line; std::getline(in, line);) lines += !line.empty();
  return lines == 0 ? 0 : lines - 1;  // minus the header
}

graph::Dataset Without(graph::Dataset ds, const std::function<bool(const graph::Quad&)>& drop) {
  graph::Dataset out;
  for (const auto& q : ds.quads()) {
    if (!drop(q)) out.Add(q);
  }
  return out;
}

const std::string kBase = "https://w3id.org/duikou/id/";
bool IsPred(const graph::Quad& q, const std::string& iri) { return q.predicate == graph::Iri(iri); }

TEST(CheckQueries, AllPassOnAWellFormedGraph) {
  if (RunCommand({"sh", "-c", "command -v roqet"}).exit_code != 0) GTEST_SKIP() << "roqet (rasqal-utils) not installed";
  graph::Dataset ds = FixtureDataset();
  size_t n = 0;
  for (const auto& e : fs::directory_iterator(ChecksDir())) {
    if (e.path().extension() != ".rq") continue;
    ++n;
    EXPECT_EQ(Rows(ds, e.path().stem().string()), 0) << e.path();
  }
  EXPECT_GE(n, 11u);
}

struct Fault {
  const char* check;
  std::function<bool(const graph::Quad&)> drop;
};

TEST(CheckQueries, EachCheckCatchesItsFault) {
  if (RunCommand({"sh", "-c", "command -v roqet"}).exit_code != 0) GTEST_SKIP() << "roqet (rasqal-utils) not installed";
  graph::Dataset ds = FixtureDataset();
  const std::string place33 = graph::Iri(kBase + "place/33");
  const std::string place330603 = graph::Iri(kBase + "place/330603");
  const std::set<std::string> captions = Subjects(ds, kType, DkT("Caption"));
  ASSERT_EQ(captions.size(), 1u);
  const std::string caption = *captions.begin();
  std::vector<Fault> faults = {
      {"figure_complete", [](const graph::Quad& q) { return IsPred(q, ns::Dk("value")); }},
      {"place_code_and_label", [&](const graph::Quad& q) { return q.subject == place33 && IsPred(q, ns::Rdfs("label")); }},
      {"no_dangling_references",  // untyped organizations: fundedBy, awardedTo, providedBy point into nothing
       [](const graph::Quad& q) { return IsPred(q, ns::Rdf("type")) && q.subject.find("/org/") != std::string::npos; }},
      {"derived_from_passage",  // a passage without text is no source
       [&](const graph::Quad& q) { return q.subject == caption && IsPred(q, ns::Dk("text")); }},
      {"no_dangling_references",  // a concept scheme member undefined without the ontology
       [](const graph::Quad& q) { return q.graph == graph::Iri(ns::kOntologyGraph); }},
      {"passage_complete", [](const graph::Quad& q) { return IsPred(q, ns::Dcterms("source")); }},
      {"pairing_complete", [](const graph::Quad& q) { return IsPred(q, ns::Dk("pairingType")); }},
      {"metric_in_scheme", [](const graph::Quad& q) { return q.subject == graph::Iri(ns::Dk("FundsCNY")); }},
      {"records_have_provenance",
       [](const graph::Quad& q) { return IsPred(q, ns::Prov("wasDerivedFrom")) && q.subject.find("/event/") != std::string::npos; }},
      {"entities_labelled", [](const graph::Quad& q) { return IsPred(q, ns::Rdfs("label")) && q.subject.find("/person/") != std::string::npos; }},
      {"region_includes_parent",
       [&](const graph::Quad& q) { return q.subject == place330603 && IsPred(q, ns::Dk("inRegion")) && q.object == place33; }},
  };
  for (const Fault& f : faults) EXPECT_GT(Rows(Without(ds, f.drop), f.check), 0) << f.check;

  // Ill-typed literals.
  graph::Dataset typed = ds;
  typed.Add(graph::Iri(kBase + "figure/x"), graph::Iri(ns::Dk("year")), graph::PlainLiteral("2020"));
  EXPECT_GT(Rows(typed, "literal_datatypes"), 0);
}

}  // namespace
}  // namespace duikou::testing
