#include "merge/merger.h"

#include <filesystem>
#include <map>
#include <set>

#include "rdfio/rdf_reader.h"

namespace duikou::merge {

std::string SourceGraph(const std::string& base, const std::string& path) {
  return graph::Iri(base + "source/" + std::filesystem::path(path).filename().string());
}

Status MergeFiles(const std::vector<std::string>& files, const MergeOptions& options, graph::Dataset* dataset,
                  MergeReport* report) {
  const std::string& base = options.reconcile.base;
  const std::string reconciliation_graph = ReconciliationGraph(base);

  // 1. Read everything; nothing changes until every file has parsed.
  std::map<std::string, std::string> file_of_graph;  // source graph -> the file that claims it
  std::vector<graph::Dataset> parsed(files.size());
  std::set<std::string> graphs;
  uint64_t triples = 0;
  for (size_t i = 0; i < files.size(); ++i) {
    const std::string& path = files[i];
    std::string source = SourceGraph(base, path);
    auto [it, fresh] = file_of_graph.emplace(source, path);
    if (!fresh) {
      return Status::Error(path + ": has the same file name as " + it->second + ", so both would be the graph " +
                           source + "; rename one of them");
    }
    rdfio::ReadOptions read;
    read.default_graph = source;
    if (options.on_progress) read.on_progress = [&](uint64_t n) { options.on_progress(path, n, false); };
    rdfio::ReadStats stats;
    if (Status s = rdfio::ReadRdf(path, read, &parsed[i], &stats); !s.ok()) return s;
    if (options.on_progress) options.on_progress(path, stats.triples, true);
    triples += stats.triples;
    parsed[i].DropGraph(reconciliation_graph);  // derived; recomputed below
    stats.graphs.erase(reconciliation_graph);
    graphs.insert(stats.graphs.begin(), stats.graphs.end());
  }

  // 2. Replace the graphs the files bring, then reconcile the whole.
  graph::Dataset merged = *dataset;
  for (const std::string& g : graphs) merged.DropGraph(g);
  for (const graph::Dataset& d : parsed) merged.AddAll(d);
  Reconciliation r = Reconcile(merged, options.reconcile);
  Apply(r, options.reconcile, &merged);

  *dataset = std::move(merged);
  if (report) {
    report->triples_read = triples;
    report->graphs.assign(graphs.begin(), graphs.end());
    report->reconciled = DescribeLinks(r);
    report->candidates = DescribeCandidates(r);
    report->conflicts = DescribeConflicts(r);
    report->details = std::move(r);
  }
  return Status::Ok();
}

Status MergeFiles(const std::vector<std::string>& files, graph::Dataset* dataset, MergeReport* report) {
  return MergeFiles(files, MergeOptions{}, dataset, report);
}

}  // namespace duikou::merge
