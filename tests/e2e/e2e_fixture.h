// Shared by the end-to-end tests: build a store from chapter files with the real binary once
// per suite, then ask it SPARQL and read the answer back as CSV rows.
#pragma once

#include <gtest/gtest.h>

#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "support/run_command.h"
#include "support/test_paths.h"

namespace duikou::testing {

inline constexpr const char* kPrefixes =
    "PREFIX dk: <https://w3id.org/duikou/ns#>\n"
    "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
    "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
    "PREFIX prov: <http://www.w3.org/ns/prov#>\n"
    "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n";
inline constexpr const char* kPlace = "https://w3id.org/duikou/id/place/";

// Rows of a CSV answer (header dropped); cells are split on commas outside quotes.
inline std::vector<std::vector<std::string>> ParseCsv(const std::string& csv) {
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> row;
  std::string cell;
  bool quoted = false;
  for (size_t i = 0; i < csv.size(); ++i) {
    char c = csv[i];
    if (quoted) {
      if (c == '"' && i + 1 < csv.size() && csv[i + 1] == '"') cell += '"', ++i;
      else if (c == '"') quoted = false;
      else cell += c;
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      row.push_back(cell), cell.clear();
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < csv.size() && csv[i + 1] == '\n') ++i;
      row.push_back(cell), cell.clear();
      rows.push_back(row), row.clear();
    } else {
      cell += c;
    }
  }
  if (!cell.empty() || !row.empty()) row.push_back(cell), rows.push_back(row);
  if (!rows.empty()) rows.erase(rows.begin());
  return rows;
}

class StoreFixture {
 public:
  // Builds `files` into a fresh store; fails the calling test on error.
  explicit StoreFixture(const std::vector<std::string>& files) : dir_(MakeTempDir("e2e") + "/store") {
    std::vector<std::string> args{"build"};
    args.insert(args.end(), files.begin(), files.end());
    args.insert(args.end(), {"--store", dir_});
    build_ = RunDuikou(args);
  }
  const CommandResult& build_result() const { return build_; }
  const std::string& dir() const { return dir_; }

  // Runs a SELECT (prefixes added) and returns its rows.
  std::vector<std::vector<std::string>> Select(const std::string& body) const {
    CommandResult r = RunDuikou({"query", "--store", dir_, "--format", "csv", std::string(kPrefixes) + body});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return ParseCsv(r.out);
  }
  // First column of every row, as a set.
  std::set<std::string> Column(const std::string& body) const {
    std::set<std::string> out;
    for (const auto& row : Select(body)) {
      if (!row.empty()) out.insert(row[0]);
    }
    return out;
  }

 private:
  std::string dir_;
  CommandResult build_;
};

}  // namespace duikou::testing
