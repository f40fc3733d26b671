// Extraction speed: the sample chapter's passages repeated into one large Document, extracted
// on one thread; and gazetteer loading time. Figures and the command are in bench/README.md.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "document/passage_reader.h"
#include "extract/extractor.h"
#include "gazetteer/gazetteer.h"
#include "gazetteer/gazetteer_matcher.h"
#include "text/normalizer.h"

namespace {

namespace fs = std::filesystem;
using namespace duikou;

// ../shared/seed/… next to the source tree, or $DUIKOU_BENCH_CHAPTER.
std::string ChapterPath() {
  if (const char* p = std::getenv("DUIKOU_BENCH_CHAPTER")) return p;
  fs::path root = fs::path(__FILE__).parent_path().parent_path();
  return (root / ".." / "shared" / "seed" / "000_3bb9964064fcccfa.txt").string();
}

// The chapter read once, its passages and tables repeated `times` times.
bool LoadRepeated(int times, document::Document* out, std::string* error) {
  std::unique_ptr<text::Normalizer> normalizer;
  Status s = text::Normalizer::Create("/usr/share/opencc", &normalizer);
  if (!s.ok()) {
    *error = s.message();
    return false;
  }
  document::PassageReader reader(normalizer.get());
  document::Document one;
  s = reader.ReadFile(ChapterPath(), &one);
  if (!s.ok()) {
    *error = s.message();
    return false;
  }
  *out = one;
  out->passages.clear();
  out->tables.clear();
  for (int t = 0; t < times; ++t) {
    size_t passage_base = out->passages.size();
    size_t table_base = out->tables.size();
    for (auto p : one.passages) {
      if (p.table_index >= 0) p.table_index += static_cast<int>(table_base);
      out->passages.push_back(std::move(p));
    }
    for (auto table : one.tables) {
      table.passage_index += passage_base;
      out->tables.push_back(std::move(table));
    }
  }
  return true;
}

const gazetteer::Gazetteer* Gaz() {
  static std::unique_ptr<gazetteer::Gazetteer> g = [] {
    std::unique_ptr<gazetteer::Gazetteer> out;
    gazetteer::Gazetteer::Load(gazetteer::Gazetteer::DefaultPath(), &out);
    return out;
  }();
  return g.get();
}

void BM_ExtractRepeatedSample(benchmark::State& state) {
  document::Document doc;
  std::string error;
  if (!LoadRepeated(static_cast<int>(state.range(0)), &doc, &error)) {
    state.SkipWithError(error.c_str());
    return;
  }
  if (!Gaz()) {
    state.SkipWithError("cannot load the gazetteer");
    return;
  }
  size_t bytes = 0;
  for (const auto& p : doc.passages) bytes += p.text.size();
  extract::Extractor extractor(Gaz());
  // $DUIKOU_BENCH_DUMP=file writes the extraction's debug form, to diff before/after a speed change.
  if (const char* dump = std::getenv("DUIKOU_BENCH_DUMP")) {
    std::ofstream(dump) << extract::ToDebugString(extractor.Extract(doc));
  }
  size_t figures = 0;
  for (auto _ : state) {
    extract::Extraction ex = extractor.Extract(doc);
    figures = ex.figures.size();
    benchmark::DoNotOptimize(ex);
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes) * state.iterations());
  state.counters["text_MB"] = static_cast<double>(bytes) / 1e6;
  state.counters["figures"] = static_cast<double>(figures);
}
BENCHMARK(BM_ExtractRepeatedSample)->Arg(1)->Arg(100)->Unit(benchmark::kMillisecond);

// The share of the gazetteer matcher (another stage) in the above: the same text scanned
// the way the extractor does (home-city guess and FindAll over the whole document, sharing
// one scan of the text).
void BM_GazetteerScanOfSameText(benchmark::State& state) {
  document::Document doc;
  std::string error;
  if (!LoadRepeated(static_cast<int>(state.range(0)), &doc, &error) || !Gaz()) {
    state.SkipWithError(error.empty() ? "cannot load the gazetteer" : error.c_str());
    return;
  }
  std::string all;
  for (const auto& p : doc.passages) all += p.text + "\n";
  gazetteer::GazetteerMatcher matcher(Gaz());
  for (auto _ : state) {
    std::string home;
    auto mentions = matcher.FindAllAtHome(all, &home);
    benchmark::DoNotOptimize(mentions);
  }
  state.SetBytesProcessed(static_cast<int64_t>(all.size()) * state.iterations());
}
BENCHMARK(BM_GazetteerScanOfSameText)->Arg(100)->Unit(benchmark::kMillisecond);

// Every blind chapter of tests/fixtures/extract/blind (other cities, layouts, encodings), each
// read once and extracted as its own Document: the figure on varied text, not one chapter's.
void BM_ExtractBlindChapters(benchmark::State& state) {
  std::unique_ptr<text::Normalizer> normalizer;
  Status s = text::Normalizer::Create("/usr/share/opencc", &normalizer);
  if (!s.ok() || !Gaz()) {
    state.SkipWithError(s.ok() ? "cannot load the gazetteer" : s.message().c_str());
    return;
  }
  document::PassageReader reader(normalizer.get());
  std::vector<document::Document> docs;
  size_t bytes = 0;
  fs::path dir = fs::path(__FILE__).parent_path().parent_path() / "tests" / "fixtures" / "extract" / "blind";
  std::vector<fs::path> paths;
  for (const auto& entry : fs::directory_iterator(dir))
    if (entry.path().extension() == ".txt") paths.push_back(entry.path());
  std::sort(paths.begin(), paths.end());
  for (const auto& path : paths) {
    document::Document doc;
    if (!reader.ReadFile(path.string(), &doc).ok()) continue;
    for (const auto& p : doc.passages) bytes += p.text.size();
    docs.push_back(std::move(doc));
  }
  extract::Extractor extractor(Gaz());
  for (auto _ : state)
    for (const auto& doc : docs) {
      extract::Extraction ex = extractor.Extract(doc);
      benchmark::DoNotOptimize(ex);
    }
  state.SetBytesProcessed(static_cast<int64_t>(bytes) * state.iterations());
  state.counters["chapters"] = static_cast<double>(docs.size());
  state.counters["text_MB"] = static_cast<double>(bytes) / 1e6;
}
BENCHMARK(BM_ExtractBlindChapters)->Unit(benchmark::kMillisecond);

void BM_GazetteerLoad(benchmark::State& state) {
  for (auto _ : state) {
    std::unique_ptr<gazetteer::Gazetteer> g;
    Status s = gazetteer::Gazetteer::Load(gazetteer::Gazetteer::DefaultPath(), &g);
    if (!s.ok()) {
      state.SkipWithError(s.message().c_str());
      return;
    }
    benchmark::DoNotOptimize(g);
  }
}
BENCHMARK(BM_GazetteerLoad)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
