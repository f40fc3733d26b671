// Loading speed of the RdfReader against serdi on the same generated Turtle file, and the cost
// of a whole merge (read + reconcile). Results and the command line: bench/README.md.
//
//   build/bench/merge_bench --benchmark_filter='Turtle|Merge'
//
// The input (~1M triples, yearbook-shaped: places, pairings, figures with Chinese labels and
// passages) is generated once into $TMPDIR/duikou-merge-bench.ttl.
#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "merge/merger.h"
#include "rdfio/rdf_reader.h"

namespace {

constexpr int kFigures = 100000;  // × 10 triples, plus places
constexpr const char* kPrefixes =
    "@prefix dk: <https://w3id.org/duikou/ns#> .\n"
    "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
    "@prefix prov: <http://www.w3.org/ns/prov#> .\n"
    "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n"
    "@prefix id: <https://w3id.org/duikou/id/> .\n\n";

// CPU seconds used so far by this process (who = RUSAGE_SELF) or its finished children. The
// machine is shared, so rates per CPU second are the fair comparison; wall time is shown too.
double CpuSeconds(int who) {
  rusage u{};
  getrusage(who, &u);
  return u.ru_utime.tv_sec + u.ru_stime.tv_sec + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

const std::string& BenchFile() {
  static const std::string path = [] {
    std::string p = (std::filesystem::temp_directory_path() / "duikou-merge-bench.ttl").string();
    if (std::filesystem::exists(p)) return p;
    std::ofstream out(p);
    out << kPrefixes;
    for (int c = 0; c < 3000; ++c) {
      out << "id:place-" << 100000 + c << " a dk:County ; rdfs:label \"第" << c << "号县\"@zh ; dk:adminCode \""
          << 100000 + c << "\" .\n";
    }
    for (int i = 0; i < kFigures; ++i) {
      out << "id:figure-" << i << " a dk:Figure ;\n"
          << "  dk:supporter id:place-" << 100000 + i % 3000 << " ; dk:recipient id:place-" << 100000 + (i * 7) % 3000
          << " ;\n  dk:metric dk:FundsCNY ; dk:value " << i * 1000 << " ; dk:year \"2021\"^^xsd:gYear ;\n"
          << "  dk:qualifier \"计划内\"@zh ; prov:wasDerivedFrom id:passage-" << i << " .\n"
          << "id:passage-" << i << " a dk:Passage ; dk:text \"2021年，安排援助资金" << i
          << "万元，实施项目若干个，涉及教育、医疗、产业等领域。\"@zh .\n";
    }
    return p;
  }();
  return path;
}

uint64_t CountTriples() {
  static const uint64_t n = [] {
    duikou::graph::Dataset d;
    duikou::rdfio::ReadStats stats;
    duikou::rdfio::ReadRdf(BenchFile(), {}, &d, &stats);
    return stats.triples;
  }();
  return n;
}

void BM_Turtle_RdfReader(benchmark::State& state) {
  const std::string& file = BenchFile();
  uint64_t triples = 0;
  double cpu = 0;
  for (auto _ : state) {
    double start = CpuSeconds(RUSAGE_SELF);
    duikou::graph::Dataset d;
    duikou::rdfio::ReadStats stats;
    duikou::rdfio::ReadOptions options;
    options.default_graph = "<https://w3id.org/duikou/id/source/bench.ttl>";
    if (!duikou::rdfio::ReadRdf(file, options, &d, &stats).ok()) state.SkipWithError("read failed");
    triples = stats.triples;
    benchmark::DoNotOptimize(d.size());
    cpu += CpuSeconds(RUSAGE_SELF) - start;  // includes freeing the dataset
  }
  state.counters["triples/cpu_s"] = static_cast<double>(triples) * state.iterations() / cpu;
  state.counters["triples"] = static_cast<double>(triples);
  state.counters["triples/s"] = benchmark::Counter(static_cast<double>(triples), benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_Turtle_RdfReader)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1)->Repetitions(5);

void BM_Turtle_Serdi(benchmark::State& state) {
  const std::string command = "serdi -i turtle -o ntriples '" + BenchFile() + "' > /dev/null";
  uint64_t triples = CountTriples();
  double cpu = 0;
  for (auto _ : state) {
    double start = CpuSeconds(RUSAGE_CHILDREN);
    if (std::system(command.c_str()) != 0) state.SkipWithError("serdi failed (install serdi)");
    cpu += CpuSeconds(RUSAGE_CHILDREN) - start;
  }
  state.counters["triples/cpu_s"] = static_cast<double>(triples) * state.iterations() / cpu;
  state.counters["triples"] = static_cast<double>(triples);
  state.counters["triples/s"] = benchmark::Counter(static_cast<double>(triples), benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_Turtle_Serdi)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1)->Repetitions(5);

void BM_MergeFiles(benchmark::State& state) {
  uint64_t triples = CountTriples();
  for (auto _ : state) {
    duikou::graph::Dataset d;
    duikou::merge::MergeReport report;
    if (!duikou::merge::MergeFiles({BenchFile()}, &d, &report).ok()) state.SkipWithError("merge failed");
    benchmark::DoNotOptimize(d.size());
  }
  state.counters["triples/s"] = benchmark::Counter(static_cast<double>(triples), benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_MergeFiles)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1)->Repetitions(3);

}  // namespace

BENCHMARK_MAIN();
