// duikou build over several chapters, and build of each chapter into its own store followed by
// merge of their exports, give the same graph (modulo the named graph each triple sits in and
// the derived reconciliation graph).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>

#include "rdfio/rdf_reader.h"
#include "support/run_command.h"
#include "support/test_paths.h"

namespace duikou::testing {
namespace {

namespace fs = std::filesystem;

const std::string kReconciliation = "<https://w3id.org/duikou/id/graph/reconciliation>";

std::vector<std::string> ExampleChapters() {
  std::vector<std::string> out;
  for (const auto& e : fs::directory_iterator(ExamplesDir())) {
    if (e.path().extension() == ".txt") out.push_back(e.path().string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

// The store's triples, graphs dropped, blank node labels erased (they are named per file).
std::set<std::string> Triples(const std::string& store, bool drop_reconciliation) {
  std::string path = MakeTempDir("equiv") + "/export.nq";
  CommandResult r = RunDuikou({"export", "--store", store, "--format", "nquads"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  std::ofstream(path) << r.out;
  graph::Dataset d;
  Status s = rdfio::ReadRdfFile(path, "", &d);
  EXPECT_TRUE(s.ok()) << s.message();
  std::set<std::string> out;
  std::regex blank("_:[^ ]+");
  for (const auto& q : d.quads()) {
    if (drop_reconciliation && q.graph == kReconciliation) continue;
    out.insert(std::regex_replace(q.subject + " " + q.predicate + " " + q.object, blank, "_:"));
  }
  return out;
}

class BuildMergeEquivalence : public ::testing::TestWithParam<std::string> {};

TEST_P(BuildMergeEquivalence, BuildOfAllEqualsMergeOfEachChaptersExport) {
  const std::string format = GetParam();  // the export format the chapters travel in
  std::vector<std::string> chapters = ExampleChapters();
  ASSERT_GE(chapters.size(), 2u) << "examples/ should hold at least two chapters";
  std::string dir = MakeTempDir("equiv");

  std::vector<std::string> build_all = {"build"};
  build_all.insert(build_all.end(), chapters.begin(), chapters.end());
  build_all.insert(build_all.end(), {"--store", dir + "/all"});
  CommandResult built = RunDuikou(build_all);
  ASSERT_EQ(built.exit_code, 0) << built.err;
  std::set<std::string> expected = Triples(dir + "/all", false);
  bool has_pairing = std::any_of(expected.begin(), expected.end(), [](const std::string& t) {
    return t.find("<https://w3id.org/duikou/ns#Pairing>") != std::string::npos;
  });
  if (!has_pairing) GTEST_SKIP() << "duikou build of examples/ yields no dk:Pairing yet; nothing worth comparing";

  std::vector<std::string> merge = {"merge"};
  for (size_t i = 0; i < chapters.size(); ++i) {
    std::string store = dir + "/c" + std::to_string(i);
    ASSERT_EQ(RunDuikou({"build", chapters[i], "--store", store}).exit_code, 0);
    CommandResult exported = RunDuikou({"export", "--store", store, "--format", format});
    ASSERT_EQ(exported.exit_code, 0) << exported.err;
    std::string file = dir + "/" + fs::path(chapters[i]).stem().string() + (format == "trig" ? ".trig" : ".ttl");
    std::ofstream(file) << exported.out;
    merge.push_back(file);
  }
  merge.insert(merge.end(), {"--store", dir + "/merged"});
  CommandResult merged = RunDuikou(merge);
  ASSERT_EQ(merged.exit_code, 0) << merged.err;

  std::set<std::string> got = Triples(dir + "/merged", true);
  std::vector<std::string> missing, extra;
  std::set_difference(expected.begin(), expected.end(), got.begin(), got.end(), std::back_inserter(missing));
  std::set_difference(got.begin(), got.end(), expected.begin(), expected.end(), std::back_inserter(extra));
  EXPECT_TRUE(missing.empty()) << missing.size() << " triples missing after merge, e.g. " << missing.front();
  EXPECT_TRUE(extra.empty()) << extra.size() << " triples only after merge, e.g. " << extra.front();
}

INSTANTIATE_TEST_SUITE_P(Exports, BuildMergeEquivalence, ::testing::Values("trig", "turtle"));

}  // namespace
}  // namespace duikou::testing
