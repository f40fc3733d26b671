// duikou merge end to end: the fixtures merged into a store with the real gazetteer, queried,
// reported, exported; bad input leaves the store as it was.
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "support/run_command.h"
#include "support/test_paths.h"

namespace duikou::testing {
namespace {

namespace fs = std::filesystem;

std::string Fixture(const std::string& name) { return SourceDir() + "/tests/fixtures/merge/" + name; }
std::string Snapshot(const std::string& store) {
  return fs::exists(store + "/graph.nq") ? ReadFileOrDie(store + "/graph.nq") : std::string();
}

CommandResult Merge(const std::string& store, std::vector<std::string> files) {
  std::vector<std::string> args = {"merge"};
  args.insert(args.end(), files.begin(), files.end());
  args.push_back("--store");
  args.push_back(store);
  return RunDuikou(args);
}

std::string MergedStore() {
  std::string store = MakeTempDir("merge-cli") + "/s";
  CommandResult r = Merge(store, {Fixture("shaoxing.ttl"), Fixture("ningbo.trig"), Fixture("hangzhou.ttl")});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  return store;
}

TEST(MergeCli, AllPairingsOfBiruHaveBothCities) {
  std::string store = MergedStore();
  CommandResult q = RunDuikou(
      {"query", "--store", store, "--format", "csv",
       "PREFIX dk: <https://w3id.org/duikou/ns#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
       "SELECT DISTINCT ?name WHERE { ?p a dk:Pairing ; dk:recipient ?r ; dk:supporter ?s . "
       "?r rdfs:label \"比如县\"@zh . ?s rdfs:label ?name } ORDER BY ?name"});
  ASSERT_EQ(q.exit_code, 0) << q.err;
  EXPECT_NE(q.out.find("宁波市"), std::string::npos) << q.out;
  EXPECT_NE(q.out.find("绍兴市"), std::string::npos) << q.out;
}

TEST(MergeCli, CannedPairingsQueryOfBiruHasBothCities) {
  std::string store = MakeTempDir("merge-cli") + "/s";
  ASSERT_EQ(Merge(store, {Fixture("shaoxing.ttl"), Fixture("ningbo.trig")}).exit_code, 0);
  CommandResult q = RunDuikou({"query", "--store", store, "--format", "csv", "pairings", "--param", "place=比如县"});
  ASSERT_EQ(q.exit_code, 0) << q.err;
  EXPECT_NE(q.out.find("pairing/3306-540622"), std::string::npos) << q.out;
  EXPECT_NE(q.out.find("pairing/3302-540622"), std::string::npos) << q.out;
}

TEST(MergeCli, ForeignPlacesAreReconciledWithTheRealGazetteer) {
  std::string store = MergedStore();
  CommandResult q = RunDuikou(
      {"query", "--store", store, "--format", "csv",
       "SELECT ?foreign ?duikou WHERE { ?foreign <http://www.w3.org/2002/07/owl#sameAs> ?duikou } ORDER BY ?foreign"});
  ASSERT_EQ(q.exit_code, 0) << q.err;
  for (const char* pair : {"http://example.org/hz/place-biru,https://w3id.org/duikou/id/place/540622",
                           "http://example.org/hz/place-shaoxing,https://w3id.org/duikou/id/place/3306",
                           "http://example.org/hz/place-hangzhou,https://w3id.org/duikou/id/place/3301",
                           "http://example.org/hz/place-quzhou,https://w3id.org/duikou/id/place/3308"}) {
    EXPECT_NE(q.out.find(pair), std::string::npos) << pair << "\n" << q.out;
  }
}

TEST(MergeCli, ReportListsReconciledCandidatesAndTheConflict) {
  std::string store = MergedStore();
  CommandResult r = RunDuikou({"merge", "--report", "--store", store});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("reconciled ("), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("place 比如县 <http://example.org/hz/place-biru>"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("organization"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("same name 张伟 only"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("conflicts (1):"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("161000000"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("150000000"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("1.61亿元"), std::string::npos) << r.out;  // the passages
  // --report without files changes nothing.
  std::string before = Snapshot(store);
  ASSERT_EQ(RunDuikou({"merge", "--report", "--store", store}).exit_code, 0);
  EXPECT_EQ(Snapshot(store), before);
}

TEST(MergeCli, CannedQueryListsTheReport) {
  std::string store = MergedStore();
  CommandResult q = RunDuikou({"query", "--store", store, "--format", "csv", "-f", SourceDir() + "/queries/merge-report.rq"});
  ASSERT_EQ(q.exit_code, 0) << q.err;
  EXPECT_NE(q.out.find("reconciled"), std::string::npos) << q.out;
  EXPECT_NE(q.out.find("candidate"), std::string::npos) << q.out;
  EXPECT_NE(q.out.find("conflict"), std::string::npos) << q.out;
  EXPECT_NE(q.out.find("150000000"), std::string::npos) << q.out;
  EXPECT_NE(q.out.find("1.5亿元"), std::string::npos) << q.out;
}

TEST(MergeCli, MergingTheSameFileTwiceChangesNothing) {
  std::string store = MergedStore();
  std::string before = Snapshot(store);
  ASSERT_EQ(Merge(store, {Fixture("ningbo.trig")}).exit_code, 0);
  EXPECT_EQ(Snapshot(store), before);
}

TEST(MergeCli, EitherOrderGivesTheSameExport) {
  std::string a = MakeTempDir("merge-cli") + "/a", b = MakeTempDir("merge-cli") + "/b";
  for (const char* f : {"shaoxing.ttl", "ningbo.trig", "hangzhou.ttl"}) ASSERT_EQ(Merge(a, {Fixture(f)}).exit_code, 0);
  for (const char* f : {"hangzhou.ttl", "ningbo.trig", "shaoxing.ttl"}) ASSERT_EQ(Merge(b, {Fixture(f)}).exit_code, 0);
  CommandResult ea = RunDuikou({"export", "--store", a, "--format", "trig"});
  CommandResult eb = RunDuikou({"export", "--store", b, "--format", "trig"});
  ASSERT_EQ(ea.exit_code, 0) << ea.err;
  EXPECT_FALSE(ea.out.empty());
  EXPECT_EQ(ea.out, eb.out);
}

TEST(MergeCli, SyntaxErrorInAnyFileLeavesTheStoreAsItWas) {
  std::string store = MergedStore();
  std::string before = Snapshot(store);
  std::string bad = MakeTempDir("merge-cli") + "/bad.trig";
  std::ofstream(bad) << "@prefix ex: <http://example.org/> .\nex:g {\n  ex:a ex:p ex:b\n  ex:c ex:p ex:d .\n}\n";
  CommandResult r = Merge(store, {Fixture("hangzhou-unlocated.ttl"), bad});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err.rfind("duikou merge: " + bad + ":4:", 0), 0u) << r.err;
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
  EXPECT_EQ(Snapshot(store), before);
}

TEST(MergeCli, FailedMergeIntoANewStoreLeavesNoStore) {
  std::string store = MakeTempDir("merge-cli") + "/new";
  CommandResult r = Merge(store, {Fixture("README.md")});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("unknown RDF format '.md'"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(store));
}

TEST(MergeCli, NotRdfIsAClearError) {
  std::string store = MergedStore();
  std::string before = Snapshot(store);
  std::string fake = MakeTempDir("merge-cli") + "/photo.rdf";
  std::ofstream(fake, std::ios::binary) << std::string("\xff\xd8\xff\xe0\0\x10JFIF\0\x01", 12);
  CommandResult r = Merge(store, {fake});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find(fake + ":1:1: not an RDF file"), std::string::npos) << r.err;
  EXPECT_EQ(Snapshot(store), before);
}

TEST(MergeCli, LockedStoreIsAClearError) {
  std::string store = MergedStore();
  int fd = ::open((store + "/LOCK").c_str(), O_RDWR);
  ASSERT_GE(fd, 0);
  ASSERT_EQ(::flock(fd, LOCK_EX | LOCK_NB), 0);
  CommandResult r = Merge(store, {Fixture("ningbo.trig")});
  ::close(fd);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("store is locked"), std::string::npos) << r.err;
}

TEST(MergeCli, UsageErrors) {
  EXPECT_EQ(RunDuikou({"merge"}).exit_code, 2);
  CommandResult r = RunDuikou({"merge", "--report", "--store", MakeTempDir("merge-cli") + "/none"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("no store here"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace duikou::testing
