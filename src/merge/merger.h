// Merger: RDF files from elsewhere -> one dataset, reconciling shared entities.
// Each source becomes its own named graph; places with the same GB/T 2260 code become one,
// foreign IRIs are linked with owl:sameAs; conflicts are reported, never silently resolved.
#pragma once

#include <string>
#include <vector>

#include "base/status.h"
#include "graph/dataset.h"

namespace duikou::merge {

struct MergeReport {
  std::vector<std::string> reconciled;  // human-readable lines
  std::vector<std::string> candidates;
  std::vector<std::string> conflicts;
};

// Parses every file and adds it to `dataset`. All or nothing: on error `dataset` is unchanged.
Status MergeFiles(const std::vector<std::string>& files, graph::Dataset* dataset, MergeReport* report);

}  // namespace duikou::merge
