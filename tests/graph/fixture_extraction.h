// A hand-made document and extraction (names from the sample chapter: tests may name them), and
// the handful of divisions they need, so the mapper and exporters can be tested without the
// reader, the extractor or the full gazetteer.
#pragma once

#include <string>

#include "document/document.h"
#include "extract/facts.h"
#include "graph/dataset.h"
#include "graph/division_lookup.h"

namespace duikou::testing {

// 浙江省 > 绍兴市 > 柯桥区, 新疆 > 阿克苏地区 > 阿瓦提县, 四川省 > 乐山市 > 马边彝族自治县.
graph::FixedDivisions FixtureDivisions();

// A chapter "…/chapter-a.txt" with an entry, a caption and a table, and an extraction holding
// one record of every kind (a pairing, two figures, a project, an event, an award, a mention).
document::Document FixtureDocumentA(const std::string& dir = "/data/in");
extract::Extraction FixtureExtractionA();
// A second, smaller chapter "chapter-b.txt" sharing places with A.
document::Document FixtureDocumentB();
extract::Extraction FixtureExtractionB();

// The two chapters mapped with base `base`, plus the ontology in its graph.
graph::Dataset FixtureDataset(const std::string& base = "https://w3id.org/duikou/id/", bool with_ontology = true);

}  // namespace duikou::testing
