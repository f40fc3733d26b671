// A VoID / DCAT description of an exported dataset: how many triples, how many entities of each
// class, which source documents, under which licence. Derived from the dataset alone, so it is
// as deterministic as the data it describes.
#pragma once

#include <string>

#include "graph/dataset.h"

namespace duikou::exporter {

struct VoidOptions {
  std::string base;     // instance base: the description is {base}dataset
  std::string license;  // licence IRI of the data; empty: a dcterms:rights note that none is stated
};

// The description, in the default graph. Counts are over the union of `dataset`'s graphs:
// void:triples (distinct triples), void:entities (distinct typed subjects under `base`),
// void:distinctSubjects, void:properties, and one void:classPartition per class
// ({base}dataset/class/{key}) with its void:entities. Each dk:SourceDocument is a
// dcterms:source, and each contract vocabulary in use a void:vocabulary.
graph::Dataset DescribeDataset(const graph::Dataset& dataset, const VoidOptions& options);

}  // namespace duikou::exporter
