// The checks and names that --data/--named files and QueryEngine::LoadFile share.
#include "query/file_query.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "query/query_engine.h"
#include "support/test_paths.h"

namespace duikou::query {
namespace {

TEST(FileQueryTest, KnowsTheSyntaxByExtension) {
  EXPECT_STREQ(RdfSyntaxForFile("a/b.ttl"), "turtle");
  EXPECT_STREQ(RdfSyntaxForFile("b.nt"), "ntriples");
  EXPECT_STREQ(RdfSyntaxForFile("b.nq"), "nquads");
  EXPECT_STREQ(RdfSyntaxForFile("b.trig"), "trig");
  EXPECT_STREQ(RdfSyntaxForFile("b.owl"), "rdfxml");
  EXPECT_EQ(RdfSyntaxForFile("b.json"), nullptr);
  EXPECT_EQ(RdfSyntaxForFile("ttl"), nullptr);
}

TEST(FileQueryTest, ChecksTypeThenExistence) {
  std::string dir = testing::MakeTempDir("file-query");
  std::ofstream(dir + "/d.ttl") << "<http://ex/a> <http://ex/p> <http://ex/b> .\n";
  std::ofstream(dir + "/d.csv") << "a,b\n";
  std::filesystem::create_directories(dir + "/folder.ttl");
  EXPECT_TRUE(CheckRdfFile(dir + "/d.ttl").ok());
  Status s = CheckRdfFile(dir + "/d.csv");
  EXPECT_EQ(s.message(), dir + "/d.csv: unknown RDF file type (expected .ttl, .nt, .nq, .trig, .rdf, .owl or .xml)");
  EXPECT_EQ(CheckRdfFile(dir + "/missing.nt").message(), dir + "/missing.nt: no such file");
  EXPECT_EQ(CheckRdfFile(dir + "/folder.ttl").message(), dir + "/folder.ttl: no such file");
}

TEST(FileQueryTest, FileIriIsAbsoluteAndNormalized) {
  std::string cwd = std::filesystem::current_path().string();
  EXPECT_EQ(FileIri("x/../d.ttl"), "file://" + cwd + "/d.ttl");
  EXPECT_EQ(FileIri("/tmp/./a//b.nq"), "file:///tmp/a/b.nq");
}

// Both ways of loading a file refuse a bad one with the same message, before reading it.
TEST(FileQueryTest, EngineAndW3cModeRefuseTheSameFiles) {
  std::string dir = testing::MakeTempDir("file-query-engine");
  std::ofstream(dir + "/d.txt") << "x\n";
  for (bool w3c : {false, true}) {
    std::unique_ptr<QueryEngine> engine;
    ASSERT_TRUE(QueryEngine::Create(&engine).ok());
    engine->set_w3c_dataset(w3c);
    EXPECT_EQ(engine->LoadFile(dir + "/d.txt", "").message(), CheckRdfFile(dir + "/d.txt").message()) << w3c;
    EXPECT_EQ(engine->LoadFile(dir + "/none.ttl", "").message(), dir + "/none.ttl: no such file") << w3c;
  }
}

}  // namespace
}  // namespace duikou::query
