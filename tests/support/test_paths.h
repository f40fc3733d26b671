// Paths tests share: the source tree, examples/, ../shared (which CI always has).
#pragma once

#include <optional>
#include <string>

namespace duikou::testing {

std::string SourceDir();    // the project root
std::string ExamplesDir();  // {root}/examples
std::string DuikouBinary(); // the built duikou executable
// {root}/../shared/…, or nullopt when ../shared is absent (tests then GTEST_SKIP visibly).
std::optional<std::string> SharedPath(const std::string& relative);
// The sample chapter, or nullopt.
std::optional<std::string> SampleChapter();
std::string ReadFileOrDie(const std::string& path);
// A fresh empty directory under the system temp dir, removed at process exit.
std::string MakeTempDir(const std::string& hint);

}  // namespace duikou::testing

// Skips the current test with a visible message when ../shared is absent.
#define DUIKOU_REQUIRE_SHARED(var, relative)                                                 \
  auto var##_opt = ::duikou::testing::SharedPath(relative);                                  \
  if (!var##_opt) GTEST_SKIP() << "../shared/" << (relative) << " is absent; skipping";       \
  const std::string var = *var##_opt
