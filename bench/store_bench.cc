// Store benchmarks: committing and opening a snapshot of N quads; for comparison, Redland's
// on-disk storages (hashes over Berkeley DB, sqlite) loading the same quads.
//
//   ./build/bench/store_bench --benchmark_filter=Snapshot
//   ./build/bench/store_bench --benchmark_filter=Redland   # slow
#include <benchmark/benchmark.h>
#include <redland.h>
#include <unistd.h>

#include <filesystem>
#include <string>

#include "graph/dataset.h"
#include "resident_memory.h"
#include "store/store.h"
#include "synthetic_dataset.h"

namespace {

using duikou::bench::CachedSyntheticDataset;
using duikou::bench::ResidentBytes;
using duikou::graph::Dataset;

std::string BenchDir(const std::string& name) {
  std::string dir = std::filesystem::temp_directory_path() / ("duikou-bench-" + name + "-" + std::to_string(getpid()));
  std::filesystem::remove_all(dir);
  return dir;
}

void BM_SnapshotCommit(benchmark::State& state) {
  const Dataset& d = CachedSyntheticDataset(state.range(0));
  std::string dir = BenchDir("commit");
  for (auto _ : state) {
    std::unique_ptr<duikou::store::StoreWriter> writer;
    if (!duikou::store::StoreWriter::Begin(dir, &writer).ok() || !writer->Commit(d).ok()) state.SkipWithError("commit");
  }
  state.counters["quads/s"] = benchmark::Counter(static_cast<double>(d.size()), benchmark::Counter::kIsIterationInvariantRate);
  state.counters["file_bytes/quad"] =
      static_cast<double>(std::filesystem::file_size(dir + "/graph.nq")) / static_cast<double>(d.size());
  std::filesystem::remove_all(dir);
}
BENCHMARK(BM_SnapshotCommit)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

// Opening: read the file and split every line into terms (what query and shell do).
void BM_SnapshotOpen(benchmark::State& state) {
  const Dataset& d = CachedSyntheticDataset(state.range(0));
  std::string dir = BenchDir("open");
  {
    std::unique_ptr<duikou::store::StoreWriter> writer;
    (void)duikou::store::StoreWriter::Begin(dir, &writer);
    (void)writer->Commit(d);
  }
  size_t rss_delta = 0;
  for (auto _ : state) {
    size_t before = ResidentBytes();
    std::unique_ptr<duikou::store::StoreReader> reader;
    if (!duikou::store::StoreReader::Open(dir, &reader).ok()) state.SkipWithError("open");
    rss_delta = ResidentBytes() - before;
    benchmark::DoNotOptimize(reader->size());
  }
  state.counters["quads/s"] = benchmark::Counter(static_cast<double>(d.size()), benchmark::Counter::kIsIterationInvariantRate);
  state.counters["rss_bytes/quad"] = static_cast<double>(rss_delta) / static_cast<double>(d.size());
  std::filesystem::remove_all(dir);
}
BENCHMARK(BM_SnapshotOpen)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

// Opening and materializing a graph::Dataset (what export and build --append do).
void BM_SnapshotToDataset(benchmark::State& state) {
  const Dataset& d = CachedSyntheticDataset(state.range(0));
  std::string dir = BenchDir("dataset");
  {
    std::unique_ptr<duikou::store::StoreWriter> writer;
    (void)duikou::store::StoreWriter::Begin(dir, &writer);
    (void)writer->Commit(d);
  }
  for (auto _ : state) {
    std::unique_ptr<duikou::store::StoreReader> reader;
    if (!duikou::store::StoreReader::Open(dir, &reader).ok()) state.SkipWithError("open");
    benchmark::DoNotOptimize(reader->dataset().size());
  }
  state.counters["quads/s"] = benchmark::Counter(static_cast<double>(d.size()), benchmark::Counter::kIsIterationInvariantRate);
  std::filesystem::remove_all(dir);
}
BENCHMARK(BM_SnapshotToDataset)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(2);

// Redland's persistent storages loading the same quads through librdf_model_add_statement.
void RedlandLoad(benchmark::State& state, const char* storage_name, const char* options_format) {
  const Dataset& d = CachedSyntheticDataset(state.range(0));
  for (auto _ : state) {
    state.PauseTiming();
    std::string dir = BenchDir(storage_name);
    std::filesystem::create_directories(dir);
    std::string options = options_format;
    size_t at = options.find("DIR");
    if (at != std::string::npos) options.replace(at, 3, dir);
    librdf_world* world = librdf_new_world();
    librdf_world_open(world);
    std::string name = std::string(storage_name) == "sqlite" ? dir + "/db.sqlite" : "db";
    librdf_storage* storage = librdf_new_storage(world, storage_name, name.c_str(), options.c_str());
    if (!storage) {
      state.SkipWithError("storage not available");
      librdf_free_world(world);
      return;
    }
    librdf_model* model = librdf_new_model(world, storage, nullptr);
    state.ResumeTiming();
    for (const auto& q : d.quads()) {
      // Terms are simple here (no escapes): strip the N-Triples syntax directly.
      auto node = [&](const std::string& t) -> librdf_node* {
        if (t[0] == '<') return librdf_new_node_from_uri_string(world, (const unsigned char*)t.substr(1, t.size() - 2).c_str());
        size_t close = t.rfind('"');
        std::string lex = t.substr(1, close - 1);
        if (t.compare(close + 1, 1, "@") == 0) {
          return librdf_new_node_from_literal(world, (const unsigned char*)lex.c_str(), t.substr(close + 2).c_str(), 0);
        }
        librdf_uri* dt = librdf_new_uri(world, (const unsigned char*)t.substr(close + 4, t.size() - close - 5).c_str());
        librdf_node* n = librdf_new_node_from_typed_literal(world, (const unsigned char*)lex.c_str(), nullptr, dt);
        librdf_free_uri(dt);
        return n;
      };
      librdf_statement* st = librdf_new_statement_from_nodes(world, node(q.subject), node(q.predicate), node(q.object));
      librdf_model_add_statement(model, st);
      librdf_free_statement(st);
    }
    librdf_model_sync(model);
    state.PauseTiming();
    librdf_free_model(model);
    librdf_free_storage(storage);
    librdf_free_world(world);
    std::filesystem::remove_all(dir);
    state.ResumeTiming();
  }
  state.counters["quads/s"] = benchmark::Counter(static_cast<double>(d.size()), benchmark::Counter::kIsIterationInvariantRate);
}

void BM_RedlandHashesBdbLoad(benchmark::State& state) {
  RedlandLoad(state, "hashes", "hash-type='bdb',dir='DIR',new='yes',contexts='no'");
}
BENCHMARK(BM_RedlandHashesBdbLoad)->Arg(100000)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);

void BM_RedlandSqliteLoad(benchmark::State& state) {
  RedlandLoad(state, "sqlite", "new='yes',synchronous='off'");
}
BENCHMARK(BM_RedlandSqliteLoad)->Arg(2000)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);

}  // namespace

BENCHMARK_MAIN();
