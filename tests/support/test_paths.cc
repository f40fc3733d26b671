#include "support/test_paths.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <vector>

namespace fs = std::filesystem;

namespace duikou::testing {

std::string SourceDir() { return DUIKOU_SOURCE_DIR; }
std::string ExamplesDir() { return SourceDir() + "/examples"; }
std::string DuikouBinary() { return DUIKOU_BINARY; }

std::optional<std::string> SharedPath(const std::string& relative) {
  fs::path p = fs::path(SourceDir()) / ".." / "shared" / relative;
  if (!fs::exists(p)) return std::nullopt;
  return fs::weakly_canonical(p).string();
}

std::optional<std::string> SampleChapter() { return SharedPath("seed/000_3bb9964064fcccfa.txt"); }

std::string ReadFileOrDie(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot open " + path);
  std::ostringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

namespace {
struct TempDirs {
  std::vector<fs::path> dirs;
  ~TempDirs() {
    std::error_code ec;
    for (const auto& d : dirs) fs::remove_all(d, ec);
  }
};
TempDirs& AllTempDirs() {
  static TempDirs t;
  return t;
}
}  // namespace

std::string MakeTempDir(const std::string& hint) {
  std::string tmpl = (fs::temp_directory_path() / ("duikou-" + hint + "-XXXXXX")).string();
  std::vector<char> buf(tmpl.begin(), tmpl.end());
  buf.push_back('\0');
  if (!mkdtemp(buf.data())) throw std::runtime_error("mkdtemp failed for " + tmpl);
  AllTempDirs().dirs.emplace_back(buf.data());
  return buf.data();
}

}  // namespace duikou::testing
