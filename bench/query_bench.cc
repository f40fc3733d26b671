// QueryEngine benchmarks: loading N quads into the librdf in-memory model (what query and
// shell do after opening the store), resident bytes per triple, and a few typical queries.
//
//   ./build/bench/query_bench
#include <benchmark/benchmark.h>

#include <map>
#include <memory>
#include <string>

#include "graph/dataset.h"
#include "query/query_engine.h"
#include "resident_memory.h"
#include "synthetic_dataset.h"

namespace {

using duikou::bench::CachedSyntheticDataset;
using duikou::bench::ResidentBytes;
using duikou::graph::Dataset;
using duikou::query::QueryEngine;

void BM_EngineLoad(benchmark::State& state) {
  const Dataset& d = CachedSyntheticDataset(state.range(0));
  size_t rss_delta = 0;
  for (auto _ : state) {
    size_t before = ResidentBytes();
    std::unique_ptr<QueryEngine> engine;
    if (!QueryEngine::Create(&engine).ok() || !engine->Load(d).ok()) state.SkipWithError("load");
    rss_delta = ResidentBytes() - before;
    state.PauseTiming();
    engine.reset();
    state.ResumeTiming();
  }
  state.counters["triples/s"] = benchmark::Counter(static_cast<double>(d.size()), benchmark::Counter::kIsIterationInvariantRate);
  state.counters["rss_bytes/triple"] = static_cast<double>(rss_delta) / static_cast<double>(d.size());
}
BENCHMARK(BM_EngineLoad)->Arg(10000)->Arg(20000)->Arg(40000)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);

void RunQuery(benchmark::State& state, const std::string& sparql) {
  const Dataset& d = CachedSyntheticDataset(state.range(0));
  static std::map<int64_t, std::unique_ptr<QueryEngine>> engines;
  auto& engine = engines[state.range(0)];
  if (!engine) {
    (void)QueryEngine::Create(&engine);
    (void)engine->Load(d);
  }
  size_t rows = 0;
  for (auto _ : state) {
    duikou::query::QueryResult r;
    if (!engine->Execute(sparql, "", &r).ok()) state.SkipWithError("query");
    rows = r.rows.size();
  }
  state.counters["rows"] = static_cast<double>(rows);
}

void BM_QueryPointLookup(benchmark::State& state) {
  RunQuery(state, "SELECT ?p ?o WHERE { <https://w3id.org/duikou/id/figure/4242> ?p ?o }");
}
BENCHMARK(BM_QueryPointLookup)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_QueryFiguresOfOnePlace(benchmark::State& state) {
  RunQuery(state, "SELECT ?f ?v WHERE { ?f <https://w3id.org/duikou/ns#recipient> <https://w3id.org/duikou/id/place/110042> ; "
                  "<https://w3id.org/duikou/ns#value> ?v }");
}
BENCHMARK(BM_QueryFiguresOfOnePlace)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_QuerySumPerPlace(benchmark::State& state) {
  RunQuery(state, "SELECT ?r (SUM(?v) AS ?total) WHERE { ?f <https://w3id.org/duikou/ns#recipient> ?r ; "
                  "<https://w3id.org/duikou/ns#value> ?v } GROUP BY ?r");
}
BENCHMARK(BM_QuerySumPerPlace)->Arg(100000)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);

}  // namespace

BENCHMARK_MAIN();
