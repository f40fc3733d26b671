// The stages of extraction one by one, on the sample chapter's passages repeated 100 times
// (as BM_ExtractRepeatedSample/100 in extract_bench.cc): the document context (gazetteer scan
// and home city), and the per-passage recognizers the fact extractors call (quantities,
// organizations, persons, dates). For finding which stage a speed change moved; figures in
// bench/README.md.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "document/passage_reader.h"
#include "extract/doc_context.h"
#include "extract/organizations.h"
#include "extract/persons.h"
#include "extract/quantity.h"
#include "gazetteer/gazetteer.h"
#include "gazetteer/gazetteer_matcher.h"
#include "recognize/date_recognizer.h"
#include "text/normalizer.h"

namespace {

namespace fs = std::filesystem;
using namespace duikou;

std::string ChapterPath() {
  if (const char* p = std::getenv("DUIKOU_BENCH_CHAPTER")) return p;
  fs::path root = fs::path(__FILE__).parent_path().parent_path();
  return (root / ".." / "shared" / "seed" / "000_3bb9964064fcccfa.txt").string();
}

// The chapter's passages repeated `times` times (tables left out: the stages below read prose).
struct Fixture {
  document::Document doc;
  std::unique_ptr<gazetteer::Gazetteer> gazetteer;
  std::unique_ptr<gazetteer::GazetteerMatcher> matcher;
  size_t bytes = 0;
  std::string error;
};

const Fixture& Load() {
  static Fixture* f = [] {
    auto* f = new Fixture;
    std::unique_ptr<text::Normalizer> normalizer;
    Status s = text::Normalizer::Create("/usr/share/opencc", &normalizer);
    document::Document one;
    if (s.ok()) s = document::PassageReader(normalizer.get()).ReadFile(ChapterPath(), &one);
    if (s.ok()) s = gazetteer::Gazetteer::Load(gazetteer::Gazetteer::DefaultPath(), &f->gazetteer);
    if (!s.ok()) {
      f->error = s.message();
      return f;
    }
    f->matcher = std::make_unique<gazetteer::GazetteerMatcher>(f->gazetteer.get());
    f->doc = one;
    f->doc.passages.clear();
    f->doc.tables.clear();
    for (int t = 0; t < 100; ++t)
      for (auto p : one.passages) {
        if (p.kind == document::PassageKind::kTable) continue;
        p.table_index = -1;
        f->bytes += p.text.size();
        f->doc.passages.push_back(std::move(p));
      }
    return f;
  }();
  return *f;
}

template <typename Body>
void Run(benchmark::State& state, Body body) {
  const Fixture& f = Load();
  if (!f.error.empty()) {
    state.SkipWithError(f.error.c_str());
    return;
  }
  for (auto _ : state) body(f);
  state.SetBytesProcessed(static_cast<int64_t>(f.bytes) * state.iterations());
}

void BM_StageDocContext(benchmark::State& state) {
  Run(state, [](const Fixture& f) {
    auto ctx = extract::internal::BuildDocContext(f.doc, f.gazetteer.get(), f.matcher.get());
    benchmark::DoNotOptimize(ctx);
  });
}
BENCHMARK(BM_StageDocContext)->Unit(benchmark::kMillisecond);

void BM_StageQuantities(benchmark::State& state) {
  Run(state, [](const Fixture& f) {
    for (const auto& p : f.doc.passages) {
      auto q = extract::internal::FindQuantities(p.text);
      benchmark::DoNotOptimize(q);
    }
  });
}
BENCHMARK(BM_StageQuantities)->Unit(benchmark::kMillisecond);

void BM_StageOrganizations(benchmark::State& state) {
  const Fixture& f = Load();
  if (!f.error.empty()) return state.SkipWithError(f.error.c_str());
  auto ctx = extract::internal::BuildDocContext(f.doc, f.gazetteer.get(), f.matcher.get());
  Run(state, [&](const Fixture& f) {
    for (const auto& p : f.doc.passages) {
      auto o = extract::internal::FindOrganizations(p.text, ctx);
      benchmark::DoNotOptimize(o);
    }
  });
}
BENCHMARK(BM_StageOrganizations)->Unit(benchmark::kMillisecond);

void BM_StagePersons(benchmark::State& state) {
  Run(state, [](const Fixture& f) {
    for (const auto& p : f.doc.passages) {
      auto o = extract::internal::FindPersons(p.text);
      benchmark::DoNotOptimize(o);
    }
  });
}
BENCHMARK(BM_StagePersons)->Unit(benchmark::kMillisecond);

void BM_StageDates(benchmark::State& state) {
  Run(state, [](const Fixture& f) {
    for (const auto& p : f.doc.passages) {
      auto d = recognize::FindDates(p.text, 2021);
      benchmark::DoNotOptimize(d);
    }
  });
}
BENCHMARK(BM_StageDates)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
