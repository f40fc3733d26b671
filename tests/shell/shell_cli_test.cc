// `duikou shell` with piped standard input: no prompt, no banner, results on stdout.
#include <gtest/gtest.h>

#include "fixture_store.h"
#include "support/run_command.h"

namespace duikou {
namespace {

TEST(ShellCliTest, PipedInputRunsWithoutPrompt) {
  std::string store = testing::MakeFixtureStore();
  auto r = testing::RunDuikou({"shell", "--store", store},
                              "SELECT ?p WHERE { ?p a dk:Pairing } ORDER BY ?p;\n"
                              ".mode csv\n"
                              ".run pairings place=柯桥\n"
                              "SELECT ?x\n"
                              "WHERE { ?x a dk:Event }\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(r.out.find("duikou>"), std::string::npos);
  EXPECT_EQ(r.out.rfind("p\n-------------\nid:pairing/a1\nid:pairing/a2\n(2 rows)\n", 0), 0u) << r.out;
  EXPECT_NE(r.out.find("https://w3id.org/duikou/id/pairing/a2,https://w3id.org/duikou/id/place/330603,柯桥区,"),
            std::string::npos) << r.out;
  // The last query has no terminator: end of input runs it.
  EXPECT_NE(r.out.find("x\r\nhttps://w3id.org/duikou/id/event/"), std::string::npos) << r.out;
}

TEST(ShellCliTest, ErrorsGoToStderrAndSetTheExitCode) {
  std::string store = testing::MakeFixtureStore();
  auto r = testing::RunDuikou({"shell", "--store", store},
                              "SELECT * WHERE { ?s ?p ?o FILTER NOT EXISTS { ?s a dk:Place } };\n"
                              "ASK { ?s a dk:Pairing };\n");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("error: line 1, column 34: NOT EXISTS"), std::string::npos) << r.err;
  EXPECT_EQ(r.out, "true\n");
}

TEST(ShellCliTest, MissingStoreIsAClearError) {
  auto r = testing::RunDuikou({"shell", "--store", testing::MakeTempDir("noshell") + "/none"}, ".quit\n");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("no store here"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace duikou
