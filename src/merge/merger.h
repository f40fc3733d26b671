// Merger: RDF files from elsewhere -> one dataset, reconciling shared entities.
//
// Every file becomes named graphs of its own: triples outside any named graph go to
// {base}source/{file name} (the name the build gives a chapter's graph), while TriG and N-Quads
// files keep the graph names they carry. Merging a file replaces the graphs it brings, so
// merging the same file twice changes nothing. The reconciliation graph
// {base}graph/reconciliation is derived: it is recomputed from all other graphs after every merge
// (see reconciliation.h), and a file's own copy of it is ignored.
//
// All or nothing: every file is parsed before anything changes; on error `dataset` is unchanged.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "base/status.h"
#include "graph/dataset.h"
#include "merge/reconciliation.h"

namespace duikou::merge {

struct MergeOptions {
  ReconcileOptions reconcile;  // base IRI, gazetteer, name rules
  // Called while a file loads (every 2^18 triples) and once when it is done (done = true).
  std::function<void(const std::string& path, uint64_t triples, bool done)> on_progress;
};

struct MergeReport {
  uint64_t triples_read = 0;
  std::vector<std::string> graphs;      // named graphs the files brought (added or replaced)
  std::vector<std::string> reconciled;  // human-readable lines (see reconciliation.h)
  std::vector<std::string> candidates;
  std::vector<std::string> conflicts;   // several lines each
  Reconciliation details;
};

// The named graph of a file's default-graph triples: <{base}source/{file name}>.
std::string SourceGraph(const std::string& base, const std::string& path);

// Parses every file and merges it into `dataset`, then reconciles the whole dataset.
// With no files, only recomputes the reconciliation (and fills `report`).
Status MergeFiles(const std::vector<std::string>& files, const MergeOptions& options, graph::Dataset* dataset,
                  MergeReport* report);
// The same with default options (the default base, no gazetteer).
Status MergeFiles(const std::vector<std::string>& files, graph::Dataset* dataset, MergeReport* report);

}  // namespace duikou::merge
