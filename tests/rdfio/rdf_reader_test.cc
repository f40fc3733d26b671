// RdfReader on files the project wrote: every format reads to the same quads, errors are placed
// (FILE:LINE:COL) and leave the output untouched.
#include "rdfio/rdf_reader.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>

#include "support/test_paths.h"

namespace duikou::rdfio {
namespace {

using testing::MakeTempDir;
using testing::SourceDir;

std::string DataPath(const std::string& name) { return SourceDir() + "/tests/rdfio/data/" + name; }

std::string WriteFile(const std::string& name, const std::string& content) {
  std::string path = MakeTempDir("rdfio") + "/" + name;
  std::ofstream(path, std::ios::binary) << content;
  return path;
}

// The dataset as sorted N-Quads lines with blank node labels replaced by _:_ (files name them
// differently; the fixtures have at most one blank node, so this loses nothing).
std::vector<std::string> Canonical(const graph::Dataset& d) {
  std::vector<std::string> lines;
  std::regex blank("_:[A-Za-z0-9_]+");
  for (const auto& q : d.quads()) {
    lines.push_back(std::regex_replace(q.subject + " " + q.predicate + " " + q.object + " " + q.graph, blank, "_:_"));
  }
  std::sort(lines.begin(), lines.end());
  return lines;
}

constexpr const char* kGraph = "<https://w3id.org/duikou/id/source/county>";

TEST(RdfReader, TurtleExpandsPrefixesBaseAndNormalizesLiterals) {
  graph::Dataset d;
  ASSERT_TRUE(ReadRdfFile(DataPath("county.ttl"), kGraph, &d).ok());
  EXPECT_EQ(d.size(), 10u);
  const std::string place = "<https://w3id.org/duikou/id/place/540622>";
  auto has = [&](const std::string& p, const std::string& o) {
    return d.quads().count(graph::Quad{place, p, o, kGraph}) == 1;
  };
  EXPECT_TRUE(has("<http://www.w3.org/2000/01/rdf-schema#label>", "\"比如县\"@zh"));   // tag lower-cased
  EXPECT_TRUE(has("<https://w3id.org/duikou/ns#adminCode>", "\"540622\""));          // xsd:string dropped
  EXPECT_TRUE(has("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", "<https://w3id.org/duikou/ns#County>"));
  graph::Quad comment{"<https://w3id.org/duikou/id/figure/f1>", "<http://www.w3.org/2000/01/rdf-schema#comment>",
                      "\"两行\\n文字 \\\"引号\\\" \\\\ 反斜杠\"", kGraph};
  EXPECT_EQ(d.quads().count(comment), 1u);
}

TEST(RdfReader, EveryFormatReadsTheSameGraph) {
  graph::Dataset turtle;
  ASSERT_TRUE(ReadRdfFile(DataPath("county.ttl"), kGraph, &turtle).ok());
  for (const char* name : {"county.nt", "county.trig", "county.nq", "county.rdf"}) {
    graph::Dataset other;
    Status s = ReadRdfFile(DataPath(name), kGraph, &other);
    ASSERT_TRUE(s.ok()) << name << ": " << s.message();
    EXPECT_EQ(Canonical(other), Canonical(turtle)) << name;
  }
}

TEST(RdfReader, NamedGraphsKeepTheirNamesAndStatsListThem) {
  std::string trig = WriteFile("g.trig",
                               "@prefix ex: <http://example.org/> .\n"
                               "ex:a ex:p ex:b .\n"
                               "ex:g1 { ex:a ex:p ex:c }\n"
                               "GRAPH ex:g2 { ex:a ex:p ex:d }\n");
  graph::Dataset d;
  ReadOptions options;
  options.default_graph = "<http://example.org/file>";
  ReadStats stats;
  ASSERT_TRUE(ReadRdf(trig, options, &d, &stats).ok());
  EXPECT_EQ(stats.triples, 3u);
  EXPECT_EQ(stats.graphs, (std::set<std::string>{"<http://example.org/file>", "<http://example.org/g1>",
                                                 "<http://example.org/g2>"}));
  EXPECT_EQ(d.quads().count(graph::Quad{"<http://example.org/a>", "<http://example.org/p>", "<http://example.org/c>",
                                        "<http://example.org/g1>"}),
            1u);

  std::string nq = WriteFile("g.nq", "<http://x/a> <http://x/p> \"v\" <http://x/g> .\n<http://x/a> <http://x/p> \"w\" .\n");
  graph::Dataset q;
  ASSERT_TRUE(ReadRdfFile(nq, "", &q).ok());
  EXPECT_EQ(q.quads().count(graph::Quad{"<http://x/a>", "<http://x/p>", "\"v\"", "<http://x/g>"}), 1u);
  EXPECT_EQ(q.quads().count(graph::Quad{"<http://x/a>", "<http://x/p>", "\"w\"", ""}), 1u);
}

TEST(RdfReader, BlankNodesAreStablePerFileAndDistinctAcrossFiles) {
  std::string a = WriteFile("a.ttl", "[] <http://x/p> \"1\" .\n");
  std::string b = WriteFile("b.ttl", "[] <http://x/p> \"1\" .\n");
  graph::Dataset twice, both;
  ASSERT_TRUE(ReadRdfFile(a, "", &twice).ok());
  ASSERT_TRUE(ReadRdfFile(a, "", &twice).ok());
  EXPECT_EQ(twice.size(), 1u);
  ASSERT_TRUE(ReadRdfFile(a, "", &both).ok());
  ASSERT_TRUE(ReadRdfFile(b, "", &both).ok());
  EXPECT_EQ(both.size(), 2u);
}

TEST(RdfReader, RelativeIrisResolveAgainstTheGivenBase) {
  std::string path = WriteFile("rel.ttl", "<a> <p> <#frag> .\n");
  ReadOptions options;
  options.base_iri = "http://example.org/dir/file";
  graph::Dataset d;
  ASSERT_TRUE(ReadRdf(path, options, &d).ok());
  EXPECT_EQ(d.quads().count(graph::Quad{"<http://example.org/dir/a>", "<http://example.org/dir/p>",
                                        "<http://example.org/dir/file#frag>", ""}),
            1u);
}

// Errors: placed, explained, and nothing is added.
class RdfReaderErrors : public ::testing::Test {
 protected:
  void SetUp() override { before_.Add("<http://x/s>", "<http://x/p>", "\"kept\""); }
  Status Read(const std::string& path) {
    dataset_ = before_;
    return ReadRdfFile(path, kGraph, &dataset_);
  }
  void ExpectUnchanged() { EXPECT_EQ(dataset_.quads(), before_.quads()); }
  graph::Dataset before_, dataset_;
};

TEST_F(RdfReaderErrors, TurtleSyntaxErrorGivesFileLineColumn) {
  std::string path = WriteFile("bad.ttl",
                               "@prefix ex: <http://example.org/> .\n"
                               "ex:a ex:p ex:b .\n"
                               "ex:c ex:p \"unterminated .\n");
  Status s = Read(path);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message().rfind(path + ":3:", 0), 0u) << s.message();
  ExpectUnchanged();
}

TEST_F(RdfReaderErrors, MissingDotSaysWhatWasExpected) {
  std::string path = WriteFile("nodot.ttl", "<http://x/a> <http://x/p> <http://x/b>\n<http://x/c> <http://x/p> <http://x/d> .\n");
  Status s = Read(path);
  ASSERT_FALSE(s.ok());
  EXPECT_TRUE(std::regex_search(s.message(), std::regex("^" + path + ":2:[0-9]+: .*(missing|expected)"))) << s.message();
  ExpectUnchanged();
}

TEST_F(RdfReaderErrors, UndefinedPrefixIsPlacedAtItsFirstUse) {
  std::string path = WriteFile("prefix.ttl", "@prefix ex: <http://example.org/> .\n\nex:a  nope:p ex:b .\n");
  Status s = Read(path);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message(), path + ":3:7: undefined prefix in 'nope:p' (expected a @prefix declaration)");
  ExpectUnchanged();
}

TEST_F(RdfReaderErrors, NTriplesErrorLaterInTheFileAddsNothing) {
  std::string text;
  for (int i = 0; i < 100; ++i) text += "<http://x/s" + std::to_string(i) + "> <http://x/p> \"v\" .\n";
  text += "<http://x/s> <http://x/p> .\n";
  std::string path = WriteFile("late.nt", text);
  Status s = Read(path);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message().rfind(path + ":101:", 0), 0u) << s.message();
  ExpectUnchanged();
}

TEST_F(RdfReaderErrors, RdfXmlErrorGivesFileAndLine) {
  std::string path = WriteFile("bad.rdf",
                               "<?xml version=\"1.0\"?>\n"
                               "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                               "  <rdf:Description rdf:about=\"http://x/a\">\n"
                               "  </rdf:Descr>\n"
                               "</rdf:RDF>\n");
  Status s = Read(path);
  ASSERT_FALSE(s.ok());
  EXPECT_TRUE(std::regex_search(s.message(), std::regex("^" + path + ":4(:[0-9]+)?: XML: .*mismatch"))) << s.message();
  ExpectUnchanged();
}

TEST_F(RdfReaderErrors, RdfXmlGrammarErrorGivesFileAndLine) {
  std::string path = WriteFile("grammar.rdf",
                               "<?xml version=\"1.0\"?>\n"
                               "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                               "  <rdf:Description rdf:about=\"http://x/a\">\n"
                               "    <rdf:Description rdf:about=\"http://x/b\"/>\n"
                               "  </rdf:Description>\n"
                               "</rdf:RDF>\n");
  Status s = Read(path);
  ASSERT_FALSE(s.ok());
  EXPECT_TRUE(std::regex_search(s.message(), std::regex("^" + path + ":4(:[0-9]+)?: RDF/XML: "))) << s.message();
  ExpectUnchanged();
}

TEST_F(RdfReaderErrors, UnknownExtensionNamesTheKnownFormats) {
  std::string path = WriteFile("chapter.txt", "绍兴市\n");
  Status s = Read(path);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find(path + ": unknown RDF format '.txt'"), std::string::npos) << s.message();
  EXPECT_NE(s.message().find(".trig"), std::string::npos);
  ExpectUnchanged();
}

TEST_F(RdfReaderErrors, TextThatIsNotRdfIsASyntaxErrorAtItsStart) {
  std::string path = WriteFile("chapter.ttl", "【对口支援】 2021年，绍兴市……\n");
  Status s = Read(path);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message().rfind(path + ":1:", 0), 0u) << s.message();
  ExpectUnchanged();
}

TEST_F(RdfReaderErrors, BinaryFileIsNotRdf) {
  std::string path = WriteFile("image.ttl", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
  Status s = Read(path);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message(), path + ":1:1: not an RDF file (binary content; expected UTF-8 text)");
  ExpectUnchanged();
}

TEST_F(RdfReaderErrors, MissingFileAndDirectoryAreNamed) {
  Status missing = Read("/nonexistent/x.ttl");
  EXPECT_EQ(missing.message(), "/nonexistent/x.ttl: no such file");
  std::string dir = MakeTempDir("dir") + "/sub.ttl";
  std::filesystem::create_directory(dir);
  Status isdir = Read(dir);
  EXPECT_NE(isdir.message().find("is a directory"), std::string::npos) << isdir.message();
  ExpectUnchanged();
}

TEST(RdfReader, ProgressIsReportedWhileReading) {
  std::string text;
  for (int i = 0; i < 1000; ++i) text += "<http://x/s" + std::to_string(i) + "> <http://x/p> \"v\" .\n";
  std::string path = WriteFile("many.nt", text);
  std::vector<uint64_t> seen;
  ReadOptions options;
  options.progress_every = 256;
  options.on_progress = [&](uint64_t n) { seen.push_back(n); };
  graph::Dataset d;
  ASSERT_TRUE(ReadRdf(path, options, &d).ok());
  EXPECT_EQ(seen, (std::vector<uint64_t>{256, 512, 768}));
  EXPECT_EQ(d.size(), 1000u);
}

}  // namespace
}  // namespace duikou::rdfio
