// The CLI on bad input: a one-line error naming the path, a non-zero exit, the store untouched.
#include <gtest/gtest.h>

#include <filesystem>

#include "support/run_command.h"
#include "support/test_paths.h"

namespace duikou::testing {
namespace {

namespace fs = std::filesystem;

std::string StoreSnapshot(const std::string& dir) {
  std::string all;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    if (e.is_regular_file()) all += e.path().string() + "\n" + ReadFileOrDie(e.path().string());
  }
  return all;
}

TEST(CliErrors, BuildOfMissingFileNamesItAndKeepsStore) {
  std::string store = MakeTempDir("store") + "/s";
  CommandResult first = RunDuikou({"build", ExamplesDir() + "/shaoxing-2020-brief.txt", "--store", store});
  ASSERT_EQ(first.exit_code, 0) << first.err;
  std::string before = StoreSnapshot(store);

  CommandResult r = RunDuikou({"build", "/nonexistent/chapter.txt", "--store", store});
  EXPECT_NE(r.exit_code, 0);
  EXPECT_NE(r.err.find("/nonexistent/chapter.txt"), std::string::npos) << r.err;
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
  EXPECT_EQ(StoreSnapshot(store), before);
}

TEST(CliErrors, BuildOfDirectoryNamesItAndKeepsStore) {
  std::string store = MakeTempDir("store") + "/s";
  ASSERT_EQ(RunDuikou({"build", ExamplesDir() + "/shaoxing-2020-brief.txt", "--store", store}).exit_code, 0);
  std::string before = StoreSnapshot(store);
  std::string dir = MakeTempDir("adir");
  CommandResult r = RunDuikou({"build", dir, "--store", store});
  EXPECT_NE(r.exit_code, 0);
  EXPECT_NE(r.err.find(dir), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("directory"), std::string::npos) << r.err;
  EXPECT_EQ(StoreSnapshot(store), before);
}

TEST(CliErrors, UnknownSubcommandIsAUsageError) {
  CommandResult r = RunDuikou({"frobnicate"});
  EXPECT_EQ(r.exit_code, 2);
}

}  // namespace
}  // namespace duikou::testing
