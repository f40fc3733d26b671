// Throughput of the recognizers on the sample chapter's text, repeated to about 1 MB.
// Run: build/bench/recognize_bench   (reads ../shared/seed/…, or $DUIKOU_SHARED/seed/…)
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "recognize/all_mentions.h"
#include "recognize/date_recognizer.h"
#include "recognize/money_recognizer.h"
#include "recognize/number_parser.h"
#include "recognize/organization_recognizer.h"
#include "recognize/person_recognizer.h"
#include "recognize/quantity_recognizer.h"

namespace {

using namespace duikou::recognize;

// The sample chapter with spaces between digits and CJK removed (as the text stage does),
// repeated to at least 1 MB. Empty when the sample is absent.
const std::string& Corpus() {
  static const std::string corpus = [] {
    std::string shared = std::string(DUIKOU_SOURCE_DIR) + "/../shared";
    if (const char* env = std::getenv("DUIKOU_SHARED")) shared = env;
    std::ifstream in(shared + "/seed/000_3bb9964064fcccfa.txt", std::ios::binary);
    std::stringstream buf;
    buf << in.rdbuf();
    std::string raw = buf.str(), text;
    for (size_t i = 0; i < raw.size(); ++i) {
      bool digit_before = i > 0 && raw[i - 1] >= '0' && raw[i - 1] <= '9';
      bool digit_after = i + 1 < raw.size() && raw[i + 1] >= '0' && raw[i + 1] <= '9';
      if (raw[i] == ' ' && (digit_before || digit_after)) continue;
      text.push_back(raw[i]);
    }
    std::string out;
    while (!text.empty() && out.size() < (1u << 20)) out += text;
    return out;
  }();
  return corpus;
}

template <typename F>
void Run(benchmark::State& state, F&& recognize) {
  const std::string& text = Corpus();
  if (text.empty()) {
    state.SkipWithError("sample chapter not found (set DUIKOU_SHARED)");
    return;
  }
  size_t mentions = 0;
  for (auto _ : state) {
    mentions = recognize(text);
    benchmark::DoNotOptimize(mentions);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(text.size()));
  state.counters["mentions"] = static_cast<double>(mentions);
}

void BM_Numbers(benchmark::State& s) { Run(s, [](const std::string& t) { return FindNumbers(t).size(); }); }
void BM_Money(benchmark::State& s) { Run(s, [](const std::string& t) { return FindMoney(t).size(); }); }
void BM_Quantities(benchmark::State& s) { Run(s, [](const std::string& t) { return FindQuantities(t).size(); }); }
void BM_Dates(benchmark::State& s) { Run(s, [](const std::string& t) { return FindDates(t, 2020).size(); }); }
void BM_Organizations(benchmark::State& s) {
  Run(s, [](const std::string& t) { return FindOrganizations(t).size(); });
}
void BM_Persons(benchmark::State& s) { Run(s, [](const std::string& t) { return FindPersons(t).size(); }); }
// All six through RecognizeAll, as the extract stage runs them: one number scan shared by
// money and quantities.
void BM_AllRecognizers(benchmark::State& s) {
  Run(s, [](const std::string& t) {
    RecognizeContext context;
    context.year = 2020;
    AllMentions all = RecognizeAll(t, context);
    return all.money.size() + all.quantities.size() + all.dates.size() + all.organizations.size() +
           all.persons.size();
  });
}

BENCHMARK(BM_Numbers)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Money)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Quantities)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Dates)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Organizations)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Persons)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_AllRecognizers)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
