// Gazetteer benchmarks: loading the shipped data file (the bar is ≤ 100 ms) and FindAll
// throughput on the sample chapter repeated to about 1 MB (the extraction as a whole must
// reach ≥ 30 MB/s, so matching has to be much faster than that).
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>

#include "gazetteer/gazetteer.h"
#include "gazetteer/gazetteer_matcher.h"

namespace {

using duikou::gazetteer::Gazetteer;
using duikou::gazetteer::GazetteerMatcher;
using duikou::gazetteer::ResolveContext;

const Gazetteer& Loaded() {
  static const std::unique_ptr<Gazetteer> g = [] {
    std::unique_ptr<Gazetteer> out;
    if (!Gazetteer::Load(Gazetteer::DefaultPath(), &out).ok()) std::abort();
    return out;
  }();
  return *g;
}

// The sample chapter repeated to ≥ 1 MB, or empty when ../shared is absent.
const std::string& SampleText() {
  static const std::string text = [] {
    std::ifstream in(std::string(DUIKOU_SOURCE_DIR) + "/../shared/seed/000_3bb9964064fcccfa.txt", std::ios::binary);
    std::stringstream buf;
    buf << in.rdbuf();
    const std::string chapter = buf.str();
    std::string out;
    while (!chapter.empty() && out.size() < (1u << 20)) out += chapter;
    return out;
  }();
  return text;
}

void BM_GazetteerLoad(benchmark::State& state) {
  for (auto _ : state) {
    std::unique_ptr<Gazetteer> g;
    if (!Gazetteer::Load(Gazetteer::DefaultPath(), &g).ok()) state.SkipWithError("cannot load the gazetteer");
    benchmark::DoNotOptimize(g);
  }
}
BENCHMARK(BM_GazetteerLoad)->Unit(benchmark::kMillisecond);

void FindAllOnSample(benchmark::State& state, const ResolveContext& ctx) {
  const std::string& text = SampleText();
  if (text.empty()) {
    state.SkipWithError("../shared/seed is absent");
    return;
  }
  GazetteerMatcher matcher(&Loaded());
  size_t mentions = 0;
  for (auto _ : state) {
    auto found = matcher.FindAll(text, ctx);
    mentions = found.size();
    benchmark::DoNotOptimize(found);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
  state.counters["mentions"] = static_cast<double>(mentions);
}

void BM_FindAllSample(benchmark::State& state) { FindAllOnSample(state, ResolveContext{}); }
BENCHMARK(BM_FindAllSample)->Unit(benchmark::kMillisecond);

void BM_FindAllSampleWithHome(benchmark::State& state) { FindAllOnSample(state, ResolveContext{{}, "3306"}); }
BENCHMARK(BM_FindAllSampleWithHome)->Unit(benchmark::kMillisecond);

void BM_GuessHomeCode(benchmark::State& state) {
  const std::string& text = SampleText();
  if (text.empty()) {
    state.SkipWithError("../shared/seed is absent");
    return;
  }
  GazetteerMatcher matcher(&Loaded());
  for (auto _ : state) benchmark::DoNotOptimize(matcher.GuessHomeCode(text));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_GuessHomeCode)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
