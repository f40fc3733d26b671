#include "store/store.h"

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "support/test_paths.h"

namespace duikou::store {
namespace {

graph::Dataset Sample(int n, const std::string& tag) {
  graph::Dataset d;
  for (int i = 0; i < n; ++i) {
    std::string s = graph::Iri("https://w3id.org/duikou/id/thing/" + tag + std::to_string(i));
    d.Add(s, graph::Iri("http://www.w3.org/2000/01/rdf-schema#label"),
          graph::LangLiteral("名称 \"" + std::to_string(i) + "\"\n行", "zh"));
    d.Add(s, graph::Iri("https://w3id.org/duikou/ns#value"),
          graph::TypedLiteral(std::to_string(i), "http://www.w3.org/2001/XMLSchema#decimal"),
          graph::Iri("https://w3id.org/duikou/id/graph/" + tag));
    d.Add("_:b" + std::to_string(i), graph::Iri("https://w3id.org/duikou/ns#x"), graph::PlainLiteral("a > b . c"));
  }
  return d;
}

void Commit(const std::string& dir, const graph::Dataset& d) {
  std::unique_ptr<StoreWriter> writer;
  ASSERT_TRUE(StoreWriter::Begin(dir, &writer).ok());
  Status s = writer->Commit(d);
  ASSERT_TRUE(s.ok()) << s.message();
}

TEST(StoreTest, RoundTripsEveryQuadExactly) {
  std::string dir = testing::MakeTempDir("store-roundtrip");
  graph::Dataset d = Sample(50, "a");
  Commit(dir, d);
  std::unique_ptr<StoreReader> reader;
  Status s = StoreReader::Open(dir, &reader);
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_EQ(reader->size(), d.size());
  EXPECT_EQ(reader->dataset().quads(), d.quads());
  // The views agree with the dataset, in sorted order.
  auto it = d.quads().begin();
  for (const QuadView& q : reader->quads()) {
    EXPECT_EQ(q.subject, it->subject);
    EXPECT_EQ(q.object, it->object);
    EXPECT_EQ(q.graph, it->graph);
    ++it;
  }
}

TEST(StoreTest, SnapshotIsCanonical) {
  std::string a = testing::MakeTempDir("store-canon-a");
  std::string b = testing::MakeTempDir("store-canon-b");
  Commit(a, Sample(20, "x"));
  graph::Dataset reversed;
  graph::Dataset sample = Sample(20, "x");
  for (auto it = sample.quads().rbegin(); it != sample.quads().rend(); ++it) reversed.Add(*it);
  Commit(b, reversed);
  EXPECT_EQ(testing::ReadFileOrDie(a + "/graph.nq"), testing::ReadFileOrDie(b + "/graph.nq"));
}

TEST(StoreTest, MissingStoreSaysHowToBuildOne) {
  std::unique_ptr<StoreReader> reader;
  Status s = StoreReader::Open(testing::MakeTempDir("store-empty") + "/nothing", &reader);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("no store here"), std::string::npos) << s.message();
  EXPECT_NE(s.message().find("duikou build"), std::string::npos) << s.message();
}

TEST(StoreTest, DamagedSnapshotReportsFileAndLine) {
  std::string dir = testing::MakeTempDir("store-damaged");
  Commit(dir, Sample(3, "d"));
  {
    std::ofstream out(dir + "/graph.nq", std::ios::app);
    out << "<http://a> <http://b> \"unterminated .\n";
  }
  std::unique_ptr<StoreReader> reader;
  Status s = StoreReader::Open(dir, &reader);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("graph.nq:11:"), std::string::npos) << s.message();
}

TEST(StoreTest, TruncatedSnapshotIsRejected) {
  std::string dir = testing::MakeTempDir("store-truncated");
  Commit(dir, Sample(3, "t"));
  std::string text = testing::ReadFileOrDie(dir + "/graph.nq");
  std::ofstream(dir + "/graph.nq", std::ios::trunc) << text.substr(0, text.size() - 30);
  std::unique_ptr<StoreReader> reader;
  EXPECT_FALSE(StoreReader::Open(dir, &reader).ok());
}

TEST(StoreTest, SecondWriterGetsStoreIsLocked) {
  std::string dir = testing::MakeTempDir("store-lock");
  std::unique_ptr<StoreWriter> first;
  ASSERT_TRUE(StoreWriter::Begin(dir, &first).ok());
  // flock locks belong to the open file description: a second Begin in this process conflicts
  // just as another process would.
  std::unique_ptr<StoreWriter> second;
  Status s = StoreWriter::Begin(dir, &second);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("store is locked"), std::string::npos) << s.message();
  EXPECT_NE(s.message().find(std::to_string(getpid())), std::string::npos) << s.message();
  first.reset();
  EXPECT_TRUE(StoreWriter::Begin(dir, &second).ok());
}

TEST(StoreTest, ReadersAreNotBlockedByAWriter) {
  std::string dir = testing::MakeTempDir("store-reader");
  Commit(dir, Sample(5, "r"));
  std::unique_ptr<StoreWriter> writer;
  ASSERT_TRUE(StoreWriter::Begin(dir, &writer).ok());
  std::unique_ptr<StoreReader> reader;
  ASSERT_TRUE(StoreReader::Open(dir, &reader).ok());
  EXPECT_EQ(reader->size(), Sample(5, "r").size());
}

TEST(StoreTest, UncommittedWriterChangesNothing) {
  std::string dir = testing::MakeTempDir("store-uncommitted");
  Commit(dir, Sample(4, "u"));
  std::string before = testing::ReadFileOrDie(dir + "/graph.nq");
  {
    std::unique_ptr<StoreWriter> writer;
    ASSERT_TRUE(StoreWriter::Begin(dir, &writer).ok());
  }
  EXPECT_EQ(testing::ReadFileOrDie(dir + "/graph.nq"), before);
}

// A writer that dies after writing the new snapshot aside but before switching to it leaves
// the old store readable and unchanged; the next writer cleans up and takes the lock.
TEST(StoreTest, WriterDyingBeforeTheSwitchLeavesOldStoreIntact) {
  std::string dir = testing::MakeTempDir("store-die");
  Commit(dir, Sample(4, "old"));
  std::string before = testing::ReadFileOrDie(dir + "/graph.nq");
  pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    setenv("DUIKOU_STORE_TEST_DIE_BEFORE_RENAME", "1", 1);
    std::unique_ptr<StoreWriter> writer;
    if (!StoreWriter::Begin(dir, &writer).ok()) _exit(1);
    (void)writer->Commit(Sample(100, "new"));
    _exit(0);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  ASSERT_TRUE(WIFEXITED(status));
  ASSERT_EQ(WEXITSTATUS(status), 77) << "the test hook did not fire";
  EXPECT_EQ(testing::ReadFileOrDie(dir + "/graph.nq"), before);
  std::unique_ptr<StoreReader> reader;
  ASSERT_TRUE(StoreReader::Open(dir, &reader).ok());
  EXPECT_EQ(reader->dataset().quads(), Sample(4, "old").quads());
  std::unique_ptr<StoreWriter> next;
  ASSERT_TRUE(StoreWriter::Begin(dir, &next).ok()) << "a dead writer's lock must not outlive it";
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    EXPECT_EQ(entry.path().filename().string().find(".tmp-"), std::string::npos) << entry.path();
  }
}

// SIGKILL at an arbitrary moment of a large commit: the store is always either the old or
// the new graph, never a mix or a truncated file.
TEST(StoreTest, KillDuringCommitLeavesAWholeSnapshot) {
  std::string dir = testing::MakeTempDir("store-kill");
  graph::Dataset old_graph = Sample(10, "old");
  graph::Dataset new_graph = Sample(60000, "new");
  Commit(dir, old_graph);
  for (int delay_ms : {1, 20, 60}) {
    pid_t pid = fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) {
      std::unique_ptr<StoreWriter> writer;
      if (!StoreWriter::Begin(dir, &writer).ok()) _exit(1);
      (void)writer->Commit(new_graph);
      _exit(0);
    }
    usleep(delay_ms * 1000);
    kill(pid, SIGKILL);
    int status = 0;
    waitpid(pid, &status, 0);
    std::unique_ptr<StoreReader> reader;
    Status s = StoreReader::Open(dir, &reader);
    ASSERT_TRUE(s.ok()) << "after a kill at " << delay_ms << " ms: " << s.message();
    EXPECT_TRUE(reader->size() == old_graph.size() || reader->size() == new_graph.size()) << reader->size();
    Commit(dir, old_graph);  // reset for the next round
  }
}

}  // namespace
}  // namespace duikou::store
