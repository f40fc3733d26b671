// Every export format, checked by the clients users run: rapper (Raptor) and rdflib parse each
// export, and triple/quad counts agree across formats and with the dataset.
#include "export/exporter.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "export/rdf_writer.h"
#include "graph/fixture_extraction.h"
#include "graph/graph_mapper.h"
#include "graph/rdf_parse.h"
#include "graph/graph_test_util.h"
#include "support/run_command.h"
#include "support/test_paths.h"

namespace duikou::testing {
namespace {

using exporter::ExportFormat;

struct FormatCase {
  ExportFormat format;
  const char* rapper_name;
  const char* rdflib_name;
  bool quads;
  const char* extension;
};
const FormatCase kFormats[] = {
    {ExportFormat::kTurtle, "turtle", "turtle", false, "ttl"},
    {ExportFormat::kNTriples, "ntriples", "nt", false, "nt"},
    {ExportFormat::kTrig, "trig", "trig", true, "trig"},
    {ExportFormat::kNQuads, "nquads", "nquads", true, "nq"},
};

std::string ExportOrDie(const graph::Dataset& ds, ExportFormat f, exporter::ExportOptions options = {}) {
  std::string text;
  Status s = exporter::ExportToString(ds, f, options, &text);
  EXPECT_TRUE(s.ok()) << s.message();
  return text;
}

std::string WriteTemp(const std::string& text, const std::string& name) {
  static const std::string dir = MakeTempDir("export");
  std::string path = dir + "/" + name;
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

// rapper's count of statements, or -1 when it rejects the file.
long RapperCount(const std::string& path, const char* syntax) {
  CommandResult r = RunCommand({"rapper", "-i", syntax, "-c", path});
  if (r.exit_code != 0 || r.err.find("Error") != std::string::npos) {
    ADD_FAILURE() << "rapper -i " << syntax << " rejected " << path << ":\n" << r.err;
    return -1;
  }
  size_t at = r.err.find("returned ");
  return at == std::string::npos ? -1 : std::stol(r.err.substr(at + 9));
}

// rdflib's count: len(Graph) for triple syntaxes, quads over all graphs for quad syntaxes.
long RdflibCount(const std::string& path, const char* syntax, bool quads) {
  std::string script = quads ? "import rdflib,sys\n"
                               "d=rdflib.Dataset(); d.parse(sys.argv[1], format=sys.argv[2])\n"
                               "print(sum(1 for _ in d.quads((None,None,None,None))))\n"
                             : "import rdflib,sys\n"
                               "g=rdflib.Graph(); g.parse(sys.argv[1], format=sys.argv[2]); print(len(g))\n";
  CommandResult r = RunCommand({"/usr/bin/python3", "-c", script, path, syntax});
  if (r.exit_code != 0) {
    ADD_FAILURE() << "rdflib rejected " << path << ":\n" << r.err;
    return -1;
  }
  return std::stol(r.out);
}

class ExportTest : public ::testing::Test {
 protected:
  graph::Dataset ds = FixtureDataset();
};

TEST_F(ExportTest, RapperAndRdflibAcceptEveryFormatWithMatchingCounts) {
  size_t quads = ds.size();
  size_t triples = exporter::StatementCount(ds, exporter::RdfSyntax::kNTriples);
  ASSERT_LT(triples, quads);  // places are repeated in both documents' graphs
  for (const FormatCase& f : kFormats) {
    std::string path = WriteTemp(ExportOrDie(ds, f.format), std::string("all.") + f.extension);
    long expected = f.quads ? static_cast<long>(quads) : static_cast<long>(triples);
    EXPECT_EQ(RapperCount(path, f.rapper_name), expected) << f.extension;
    EXPECT_EQ(RdflibCount(path, f.rdflib_name, f.quads), expected) << f.extension;
  }
}

TEST_F(ExportTest, WithVoidEveryFormatStillParsesAndCountsAgree) {
  exporter::ExportOptions options;
  options.with_void = true;
  long turtle = -2, trig = -2;
  for (const FormatCase& f : kFormats) {
    std::string path = WriteTemp(ExportOrDie(ds, f.format, options), std::string("void.") + f.extension);
    long rapper = RapperCount(path, f.rapper_name);
    EXPECT_EQ(RdflibCount(path, f.rdflib_name, f.quads), rapper) << f.extension;
    if (f.format == ExportFormat::kTurtle) turtle = rapper;
    if (f.format == ExportFormat::kNTriples) {
      EXPECT_EQ(rapper, turtle);
    }
    if (f.format == ExportFormat::kTrig) trig = rapper;
    if (f.format == ExportFormat::kNQuads) {
      EXPECT_EQ(rapper, trig);
    }
  }
}

TEST_F(ExportTest, TurtleIsAbbreviatedWithPrefixesAndGroupedBySubject) {
  std::string ttl = ExportOrDie(ds, ExportFormat::kTurtle);
  EXPECT_NE(ttl.find("@prefix dk: <https://w3id.org/duikou/ns#> ."), std::string::npos);
  EXPECT_NE(ttl.find("@prefix place: <https://w3id.org/duikou/id/place/> ."), std::string::npos);
  EXPECT_NE(ttl.find("a dk:County"), std::string::npos);
  EXPECT_NE(ttl.find("xsd:gYear"), std::string::npos);
  // Each subject's block appears once: grouped, not scattered.
  size_t first = ttl.find("\nplace:330603\n");
  if (first == std::string::npos) first = ttl.find("<https://w3id.org/duikou/id/place/330603>\n");
  ASSERT_NE(first, std::string::npos) << ttl.substr(0, 3000);
  EXPECT_EQ(ttl.find("place:330603\n", first + 5), std::string::npos);
}

TEST_F(ExportTest, TrigHasOneNamedGraphPerSourceDocumentAndTheOntologyGraph) {
  std::string nq = ExportOrDie(ds, ExportFormat::kNQuads);
  std::set<std::string> graphs;
  for (const auto& q : ds.quads()) graphs.insert(q.graph);
  EXPECT_EQ(graphs, (std::set<std::string>{"<https://w3id.org/duikou/id/source/chapter-a.txt>",
                                           "<https://w3id.org/duikou/id/source/chapter-b.txt>",
                                           "<https://w3id.org/duikou/ns>"}));
  std::string trig = ExportOrDie(ds, ExportFormat::kTrig);
  for (const std::string& g : graphs) {
    EXPECT_NE(trig.find(g.substr(1, g.size() - 2)) , std::string::npos) << g;
  }
  exporter::ExportOptions no_ontology;
  no_ontology.with_ontology = false;
  std::string data_only = ExportOrDie(ds, ExportFormat::kNQuads, no_ontology);
  EXPECT_EQ(data_only.find("<https://w3id.org/duikou/ns> .\n"), std::string::npos);
  EXPECT_LT(data_only.size(), nq.size());
}

TEST_F(ExportTest, ByteIdenticalAcrossRunsAndInputOrder) {
  graph::Dataset reversed;
  {
    graph::FixedDivisions d = FixtureDivisions();
    graph::GraphMapper mapper(&d, {});
    mapper.Map(FixtureDocumentB(), FixtureExtractionB(), &reversed);
    mapper.Map(FixtureDocumentA("/other/dir"), FixtureExtractionA(), &reversed);
    ASSERT_TRUE(graph::LoadOntology(SourceDir() + "/ontology/duikou.ttl", &reversed).ok());
  }
  exporter::ExportOptions options;
  options.with_void = true;
  for (ExportFormat f : {ExportFormat::kTurtle, ExportFormat::kNTriples, ExportFormat::kTrig, ExportFormat::kNQuads,
                         ExportFormat::kDot}) {
    std::string a = ExportOrDie(ds, f, options);
    EXPECT_EQ(a, ExportOrDie(ds, f, options));
    EXPECT_EQ(a, ExportOrDie(reversed, f, options));
  }
}

TEST_F(ExportTest, VoidDescribesCountsClassesSourcesAndLicence) {
  exporter::ExportOptions options;
  options.with_void = true;
  EXPECT_NE(ExportOrDie(ds, ExportFormat::kNTriples, options).find("<http://purl.org/dc/terms/rights>"),
            std::string::npos);
  options.license = "https://creativecommons.org/licenses/by/4.0/";
  std::string nt = ExportOrDie(ds, ExportFormat::kNTriples, options);
  EXPECT_EQ(nt.find("<http://purl.org/dc/terms/rights>"), std::string::npos);
  size_t triples = exporter::StatementCount(ds, exporter::RdfSyntax::kNTriples);
  const std::string d = "<https://w3id.org/duikou/id/dataset>";
  EXPECT_NE(nt.find(d + " <http://rdfs.org/ns/void#triples> \"" + std::to_string(triples) +
                    "\"^^<http://www.w3.org/2001/XMLSchema#integer> ."),
            std::string::npos);
  EXPECT_NE(nt.find(d + " <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/ns/dcat#Dataset> ."),
            std::string::npos);
  EXPECT_NE(nt.find(d + " <http://purl.org/dc/terms/license> <https://creativecommons.org/licenses/by/4.0/> ."),
            std::string::npos);
  EXPECT_NE(nt.find(d + " <http://purl.org/dc/terms/source> <https://w3id.org/duikou/id/source/chapter-b.txt> ."),
            std::string::npos);
  // Figures: 2 in A, 1 in B.
  CommandResult r = RunCommand(
      {"/usr/bin/python3", "-c",
       "import rdflib,sys\n"
       "g=rdflib.Graph(); g.parse(sys.argv[1], format='nt')\n"
       "q='''PREFIX void: <http://rdfs.org/ns/void#>\n"
       "SELECT ?n WHERE { ?d void:classPartition ?p . ?p void:class <https://w3id.org/duikou/ns#Figure> ; "
       "void:entities ?n }'''\n"
       "print([int(r[0]) for r in g.query(q)])\n",
       WriteTemp(nt, "void-check.nt")});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "[3]\n");
}

TEST_F(ExportTest, DotDrawsPairingsColouredByType) {
  std::string dot = ExportOrDie(ds, ExportFormat::kDot);
  EXPECT_EQ(dot.rfind("digraph pairings {", 0), 0u);
  EXPECT_NE(dot.find("[label=\"柯桥区\""), std::string::npos);
  EXPECT_NE(dot.find("[label=\"阿瓦提县\""), std::string::npos);
  size_t edges = 0;
  std::set<std::string> colours;
  for (size_t at = dot.find(" -> "); at != std::string::npos; at = dot.find(" -> ", at + 1)) {
    ++edges;
    size_t c = dot.find("color=\"", at);
    colours.insert(dot.substr(c + 7, 7));
  }
  EXPECT_EQ(edges, 4u);  // 柯桥→阿瓦提, 绍兴→马边, 绍兴→江山镇 (mention), 越城→马边
  EXPECT_EQ(colours.size(), 3u);  // 对口支援, 东西部扶贫协作, 携手奔小康
  EXPECT_NE(dot.find("对口支援"), std::string::npos);  // legend
  CommandResult r = RunCommand({"dot", "-Tplain", WriteTemp(dot, "p.dot")});
  if (r.exit_code == 127 || r.exit_code == -1) GTEST_SKIP() << "Graphviz dot not installed";
  EXPECT_EQ(r.exit_code, 0) << r.err;
}

TEST_F(ExportTest, SvgRendersWhenDotIsInstalled) {
  if (RunCommand({"sh", "-c", "command -v dot"}).exit_code != 0) GTEST_SKIP() << "Graphviz dot not installed";
  std::string svg = ExportOrDie(ds, ExportFormat::kSvg);
  EXPECT_NE(svg.find("<svg"), std::string::npos);
  EXPECT_NE(svg.find("柯桥区"), std::string::npos);
}

TEST(ExportBase, InferredFromTheSourceDocuments) {
  EXPECT_EQ(exporter::InferBase(FixtureDataset("http://example.org/yb/", false), "x"), "http://example.org/yb/");
  EXPECT_EQ(exporter::InferBase(FixtureDataset(), "x"), "https://w3id.org/duikou/id/");
  EXPECT_EQ(exporter::InferBase(graph::Dataset(), "fallback"), "fallback");
}

TEST(ExportFormats, ParseNames) {
  ExportFormat f;
  EXPECT_TRUE(exporter::ParseExportFormat("ttl", &f));
  EXPECT_EQ(f, ExportFormat::kTurtle);
  EXPECT_TRUE(exporter::ParseExportFormat("nq", &f));
  EXPECT_EQ(f, ExportFormat::kNQuads);
  EXPECT_FALSE(exporter::ParseExportFormat("jsonld", &f));
}

TEST(ExportErrors, MalformedTermIsReportedAndNothingWritten) {
  graph::Dataset ds;
  ds.Add("<http://a/>", "<http://p/>", "\"unterminated");
  std::ostringstream out;
  Status s = exporter::Export(ds, ExportFormat::kTurtle, {}, out);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("unterminated"), std::string::npos);
  EXPECT_TRUE(out.str().empty());
}

}  // namespace
}  // namespace duikou::testing
