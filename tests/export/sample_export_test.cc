// The sample chapter and the examples, built by the real binary: `duikou check` passes, and
// every export format is accepted by rapper and rdflib with the same statement counts.
#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>

#include "support/run_command.h"
#include "support/test_paths.h"

namespace duikou::testing {
namespace {

class SampleExportTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto sample = SampleChapter();
    if (!sample) return;
    dir_ = new std::string(MakeTempDir("sample-export"));
    build_ = new CommandResult(RunDuikou({"build", *sample, ExamplesDir() + "/shaoxing-2020-brief.txt",
                                          ExamplesDir() + "/dachaidan-2020-traditional.gb18030.txt", "--store",
                                          *dir_ + "/store"}));
  }
  static void TearDownTestSuite() {
    delete build_;
    delete dir_;
  }
  void SetUp() override {
    if (!dir_) GTEST_SKIP() << "../shared/seed is absent; skipping";
    ASSERT_EQ(build_->exit_code, 0) << build_->err;
  }
  static std::string Store() { return *dir_ + "/store"; }
  static std::string* dir_;
  static CommandResult* build_;
};
std::string* SampleExportTest::dir_ = nullptr;
CommandResult* SampleExportTest::build_ = nullptr;

long Count(const std::string& text, const std::string& rapper_syntax, const std::string& rdflib_syntax, bool quads,
           const std::string& path) {
  std::ofstream(path, std::ios::binary) << text;
  CommandResult r = RunCommand({"rapper", "-i", rapper_syntax, "-c", path});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  size_t at = r.err.find("returned ");
  long rapper = at == std::string::npos ? -1 : std::stol(r.err.substr(at + 9));
  std::string script = quads ? "import rdflib,sys\nd=rdflib.Dataset(); d.parse(sys.argv[1], format=sys.argv[2])\n"
                               "print(sum(1 for _ in d.quads((None,None,None,None))))\n"
                             : "import rdflib,sys\ng=rdflib.Graph(); g.parse(sys.argv[1], format=sys.argv[2]); print(len(g))\n";
  CommandResult py = RunCommand({"/usr/bin/python3", "-c", script, path, rdflib_syntax});
  EXPECT_EQ(py.exit_code, 0) << py.err;
  EXPECT_EQ(py.exit_code == 0 ? std::stol(py.out) : -2, rapper) << path;
  return rapper;
}

TEST_F(SampleExportTest, CheckPasses) {
  CommandResult r = RunDuikou({"check", "--store", Store()});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_EQ(r.out.find("FAIL"), std::string::npos) << r.out;
}

TEST_F(SampleExportTest, EveryFormatParsesWithMatchingCounts) {
  for (bool with_void : {false, true}) {
    std::vector<std::string> extra;
    if (with_void) extra.push_back("--with-void");
    auto run = [&](const std::string& format) {
      std::vector<std::string> args{"export", "--store", Store(), "--format", format};
      args.insert(args.end(), extra.begin(), extra.end());
      CommandResult r = RunDuikou(args);
      EXPECT_EQ(r.exit_code, 0) << r.err;
      return r.out;
    };
    std::string p = *dir_ + (with_void ? "/v." : "/g.");
    long ttl = Count(run("turtle"), "turtle", "turtle", false, p + "ttl");
    long nt = Count(run("ntriples"), "ntriples", "nt", false, p + "nt");
    long trig = Count(run("trig"), "trig", "trig", true, p + "trig");
    long nq = Count(run("nquads"), "nquads", "nquads", true, p + "nq");
    EXPECT_GT(ttl, 1000);
    EXPECT_EQ(ttl, nt);
    EXPECT_EQ(trig, nq);
    EXPECT_GE(nq, nt);  // a place named in two chapters is in both graphs
  }
}

TEST_F(SampleExportTest, OneNamedGraphPerChapterPlusTheOntology) {
  CommandResult r = RunDuikou({"export", "--store", Store(), "--format", "nquads"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::set<std::string> graphs;
  std::istringstream in(r.out);
  for (std::string line; std::getline(in, line);) {
    size_t end = line.rfind(" .");
    size_t start = line.rfind(" <", end - 1);
    if (end != std::string::npos && start != std::string::npos && line[end - 1] == '>') {
      graphs.insert(line.substr(start + 1, end - start - 1));
    }
  }
  EXPECT_TRUE(graphs.count("<https://w3id.org/duikou/ns>"));
  EXPECT_TRUE(graphs.count("<https://w3id.org/duikou/id/source/000_3bb9964064fcccfa.txt>"));
  EXPECT_TRUE(graphs.count("<https://w3id.org/duikou/id/source/shaoxing-2020-brief.txt>"));
  EXPECT_TRUE(graphs.count("<https://w3id.org/duikou/id/source/dachaidan-2020-traditional.gb18030.txt>"));
}

TEST_F(SampleExportTest, PairingNetworkHasEdgesAndRendersToSvg) {
  CommandResult dot = RunDuikou({"export", "--store", Store(), "--format", "dot"});
  ASSERT_EQ(dot.exit_code, 0) << dot.err;
  EXPECT_NE(dot.out.find(" -> "), std::string::npos);
  EXPECT_NE(dot.out.find("label=\"阿瓦提县\""), std::string::npos);
  if (RunCommand({"sh", "-c", "command -v dot"}).exit_code != 0) GTEST_SKIP() << "Graphviz dot not installed";
  CommandResult svg = RunDuikou({"export", "--store", Store(), "--format", "svg"});
  ASSERT_EQ(svg.exit_code, 0) << svg.err;
  EXPECT_NE(svg.out.find("<svg"), std::string::npos);
}

}  // namespace
}  // namespace duikou::testing
