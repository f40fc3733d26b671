// Mapping extraction results to quads, and exporting them in every format.
//
// A synthetic chapter (generic names, no sample-chapter text) with `n` entries, each holding a
// pairing, three figures, a project and an event among a few hundred places, mapped into a
// Dataset and then written as Turtle, N-Triples, TriG, N-Quads, VoID and DOT.
#include <benchmark/benchmark.h>

#include <string>

#include "export/exporter.h"
#include "graph/division_lookup.h"
#include "graph/graph_mapper.h"

namespace {

using namespace duikou;

graph::FixedDivisions Divisions() {
  graph::FixedDivisions d;
  for (int p = 11; p < 20; ++p) {
    std::string pc = std::to_string(p);
    d.Add({pc, "省" + pc, gazetteer::Level::kProvince, ""});
    for (int c = 1; c <= 5; ++c) {
      std::string cc = pc + "0" + std::to_string(c);
      d.Add({cc, "市" + cc, gazetteer::Level::kPrefecture, pc});
      for (int k = 1; k <= 6; ++k) {
        std::string kc = cc + "0" + std::to_string(k);
        d.Add({kc, "县" + kc, gazetteer::Level::kCounty, cc});
      }
    }
  }
  return d;
}

void Synthetic(int entries, const std::string& file, document::Document* doc, extract::Extraction* ex) {
  using extract::Ref;
  doc->source = file;
  for (int i = 0; i < entries; ++i) {
    document::Passage p;
    p.kind = document::PassageKind::kEntry;
    p.section = "对口支援";
    p.entry_title = "条目" + std::to_string(i);
    p.text = std::string(300, 'x') + std::to_string(i);
    p.attribution = "发改局、协作办";
    p.source_begin = i * 1000;
    p.source_end = i * 1000 + 900;
    doc->passages.push_back(p);
    std::string a = std::to_string(11 + i % 9) + "0" + std::to_string(1 + i % 5) + "0" + std::to_string(1 + i % 6);
    std::string b = std::to_string(11 + (i + 4) % 9) + "0" + std::to_string(1 + (i + 2) % 5) + "0" + std::to_string(1 + (i + 3) % 6);
    Ref ra{Ref::Kind::kPlace, a, "县" + a}, rb{Ref::Kind::kPlace, b, "县" + b};
    ex->places.push_back({a, {"县" + a}, {static_cast<size_t>(i)}});
    ex->pairings.push_back({ra, rb, "对口支援", 2020, static_cast<size_t>(i)});
    for (const char* m : {"FundsCNY", "ProjectCount", "CadresSent"}) {
      ex->figures.push_back({ra, rb, m, std::to_string(1000 + i), "", 2020, "数字", static_cast<size_t>(i)});
    }
    ex->projects.push_back({"项目" + std::to_string(i), rb, {ra}, "100000", static_cast<size_t>(i)});
    ex->events.push_back({"活动" + std::to_string(i), "2020-05-01", "", rb, {ra}, static_cast<size_t>(i)});
  }
}

graph::Dataset BuildDataset(int entries) {
  static graph::FixedDivisions divisions = Divisions();
  graph::GraphMapper mapper(&divisions, {});
  graph::Dataset ds;
  for (int f = 0; f < 4; ++f) {
    document::Document doc;
    extract::Extraction ex;
    Synthetic(entries, "chapter-" + std::to_string(f) + ".txt", &doc, &ex);
    mapper.Map(doc, ex, &ds);
  }
  return ds;
}

void BM_MapChapter(benchmark::State& state) {
  graph::FixedDivisions divisions = Divisions();
  graph::GraphMapper mapper(&divisions, {});
  document::Document doc;
  extract::Extraction ex;
  Synthetic(static_cast<int>(state.range(0)), "chapter.txt", &doc, &ex);
  size_t quads = 0;
  for (auto _ : state) {
    graph::Dataset ds;
    mapper.Map(doc, ex, &ds);
    quads = ds.size();
    benchmark::DoNotOptimize(quads);
  }
  state.counters["quads"] = static_cast<double>(quads);
  state.SetItemsProcessed(state.iterations() * quads);
}
BENCHMARK(BM_MapChapter)->Arg(100)->Arg(1000)->Unit(benchmark::kMillisecond);

void BM_Export(benchmark::State& state, exporter::ExportFormat format, bool with_void) {
  graph::Dataset ds = BuildDataset(static_cast<int>(state.range(0)));
  exporter::ExportOptions options;
  options.with_void = with_void;
  size_t bytes = 0;
  for (auto _ : state) {
    std::string out;
    if (!exporter::ExportToString(ds, format, options, &out).ok()) state.SkipWithError("export failed");
    bytes = out.size();
  }
  state.counters["quads"] = static_cast<double>(ds.size());
  state.SetBytesProcessed(state.iterations() * bytes);
  state.SetItemsProcessed(state.iterations() * ds.size());
}
BENCHMARK_CAPTURE(BM_Export, turtle, exporter::ExportFormat::kTurtle, false)->Arg(1000)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Export, ntriples, exporter::ExportFormat::kNTriples, false)->Arg(1000)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Export, trig, exporter::ExportFormat::kTrig, false)->Arg(1000)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Export, nquads, exporter::ExportFormat::kNQuads, false)->Arg(1000)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Export, turtle_with_void, exporter::ExportFormat::kTurtle, true)->Arg(1000)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Export, dot, exporter::ExportFormat::kDot, false)->Arg(1000)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
