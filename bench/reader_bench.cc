// Reader throughput: bytes of yearbook text per second through decode + normalize +
// structure recognition (PassageReader::Read), on one core.
//
// Input: the sample chapter (../shared/seed, or $DUIKOU_SHARED_DIR/seed; the project's
// simplified fixture when neither exists) repeated to about 8 MB; the same text converted
// to GB18030 (ICU) and to traditional characters (OpenCC s2t) for the other two cases.
#include <benchmark/benchmark.h>
#include <opencc/opencc.h>
#include <unicode/ucnv.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>

#include "document/passage_reader.h"
#include "text/decoder.h"
#include "text/normalizer.h"

namespace {

using duikou::document::Document;
using duikou::document::PassageReader;
using duikou::text::Normalizer;

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

std::string SampleChapterPath() {
  namespace fs = std::filesystem;
  fs::path p = fs::path(DUIKOU_SOURCE_DIR) / ".." / "shared" / "seed" / "000_3bb9964064fcccfa.txt";
  if (fs::exists(p)) return p.string();
  if (const char* shared = std::getenv("DUIKOU_SHARED_DIR")) return std::string(shared) + "/seed/000_3bb9964064fcccfa.txt";
  return std::string(DUIKOU_SOURCE_DIR) + "/tests/fixtures/document/chapter_simplified.txt";
}

std::string Repeat(const std::string& unit, size_t target) {
  std::string out;
  out.reserve(target + unit.size());
  while (out.size() < target) out += unit + "\n\n";
  return out;
}

const Normalizer& SharedNormalizer() {
  static std::unique_ptr<Normalizer> n = [] {
    std::unique_ptr<Normalizer> out;
    if (!Normalizer::Create(DUIKOU_OPENCC_DIR, &out).ok()) std::abort();
    return out;
  }();
  return *n;
}

void Run(benchmark::State& state, const std::string& input) {
  PassageReader reader(&SharedNormalizer());
  for (auto _ : state) {
    Document doc;
    if (!reader.Read(input, "bench.txt", &doc).ok()) state.SkipWithError("read failed");
    benchmark::DoNotOptimize(doc.passages.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(input.size()));
}

constexpr size_t kTarget = 8u << 20;

void BM_ReadSampleChapter(benchmark::State& state) {
  static const std::string input = Repeat(ReadAll(SampleChapterPath()), kTarget);
  Run(state, input);
}
BENCHMARK(BM_ReadSampleChapter)->Unit(benchmark::kMillisecond);

std::string ToGb18030(const std::string& utf8) {
  UErrorCode status = U_ZERO_ERROR;
  std::string out(utf8.size() * 2 + 16, '\0');
  int32_t n = ucnv_convert("GB18030", "UTF-8", out.data(), static_cast<int32_t>(out.size()), utf8.data(),
                           static_cast<int32_t>(utf8.size()), &status);
  if (U_FAILURE(status)) std::abort();
  out.resize(static_cast<size_t>(n));
  return out;
}

void BM_ReadGb18030(benchmark::State& state) {
  static const std::string input = ToGb18030(Repeat(ReadAll(SampleChapterPath()), kTarget));
  Run(state, input);
}
BENCHMARK(BM_ReadGb18030)->Unit(benchmark::kMillisecond);

void BM_ReadTraditional(benchmark::State& state) {
  static const std::string input = [] {
    opencc::SimpleConverter s2t(std::string(DUIKOU_OPENCC_DIR) + "/s2t.json");
    return Repeat(s2t.Convert(ReadAll(SampleChapterPath())), kTarget);
  }();
  Run(state, input);
}
BENCHMARK(BM_ReadTraditional)->Unit(benchmark::kMillisecond);

// The stages on their own, on the sample input: where the time goes.
void BM_StageDecode(benchmark::State& state) {
  static const std::string input = Repeat(ReadAll(SampleChapterPath()), kTarget);
  for (auto _ : state) {
    duikou::text::DecodedView view;
    if (!duikou::text::DecodeView(input, "bench.txt", &view).ok()) state.SkipWithError("decode failed");
    benchmark::DoNotOptimize(view.utf8.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(input.size()));
}
BENCHMARK(BM_StageDecode)->Unit(benchmark::kMillisecond);

void BM_StageNormalize(benchmark::State& state) {
  static const std::string input = Repeat(ReadAll(SampleChapterPath()), kTarget);
  for (auto _ : state) {
    duikou::text::MappedText n;
    SharedNormalizer().NormalizeInto(input, &n);
    benchmark::DoNotOptimize(n.text.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(input.size()));
}
BENCHMARK(BM_StageNormalize)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
