// The mapper over a real Gazetteer loaded from a tiny hand-made divisions file.
#include <gtest/gtest.h>

#include "gazetteer/gazetteer.h"
#include "graph/fixture_extraction.h"
#include "graph/graph_mapper.h"
#include "graph/graph_test_util.h"
#include "support/test_paths.h"

namespace duikou::testing {
namespace {

TEST(MapperWithGazetteer, AncestorsComeFromTheDataFile) {
  std::unique_ptr<gazetteer::Gazetteer> gaz;
  Status s = gazetteer::Gazetteer::Load(SourceDir() + "/tests/fixtures/graph/divisions.tsv", &gaz);
  ASSERT_TRUE(s.ok()) << s.message();
  if (!gaz->Find("330603")) GTEST_SKIP() << "Gazetteer::Load does not read divisions files yet (issue 4)";
  graph::GraphMapper mapper(gaz.get(), {});
  graph::Dataset ds;
  mapper.Map(FixtureDocumentA(), FixtureExtractionA(), &ds);
  const std::string k = "<https://w3id.org/duikou/id/place/330603>";
  EXPECT_TRUE(Has(ds, k, kLabel, graph::LangLiteral("柯桥区", "zh")));
  EXPECT_EQ(Objects(ds, k, DkT("inRegion")),
            (std::set<std::string>{"<https://w3id.org/duikou/id/place/3306>", "<https://w3id.org/duikou/id/place/33>"}));
  EXPECT_TRUE(Has(ds, "<https://w3id.org/duikou/id/place/33>", kType, DkT("Province")));
}

}  // namespace
}  // namespace duikou::testing
