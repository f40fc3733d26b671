// duikou merge FILE... : add RDF files from elsewhere to a store, reconciling shared entities.
//
// Reads every file first, reconciles, then commits once under the store's lock: all files or none.
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "cli/paths.h"
#include "gazetteer/gazetteer.h"
#include "gazetteer/gazetteer_matcher.h"
#include "graph/vocabulary.h"
#include "merge/merger.h"
#include "store/store.h"
#include "text/normalizer.h"

namespace duikou::cli {
namespace {

struct MergeCommandOptions {
  std::vector<std::string> files;
  std::string store_dir = store::DefaultStoreDir();
  std::string base = graph::ns::kDefaultBase;
  bool report = false;
};

// "N triples in S s, R triples/s" on stderr, for loads that take longer than a second.
class ProgressLine {
 public:
  void operator()(const std::string& path, uint64_t triples, bool done) {
    auto now = std::chrono::steady_clock::now();
    if (path != path_) {
      path_ = path;
      start_ = last_ = now;
    }
    double seconds = std::chrono::duration<double>(now - start_).count();
    if (seconds < 1.0 || (!done && std::chrono::duration<double>(now - last_).count() < 1.0)) return;
    last_ = now;
    char line[256];
    snprintf(line, sizeof line, "%llu triples in %.1f s, %.0f triples/s", static_cast<unsigned long long>(triples),
             seconds, triples / seconds);
    std::cerr << "duikou merge: " << path << ": " << line << (done ? "" : " …") << "\n";
  }

 private:
  std::string path_;
  std::chrono::steady_clock::time_point start_, last_;
};

void PrintReport(const merge::MergeReport& report, std::ostream& out) {
  out << "reconciled (" << report.reconciled.size() << "):\n";
  for (const auto& line : report.reconciled) out << "  " << line << "\n";
  out << "candidates, not merged (" << report.candidates.size() << "):\n";
  for (const auto& line : report.candidates) out << "  " << line << "\n";
  out << "conflicts (" << report.conflicts.size() << "):\n";
  for (const auto& line : report.conflicts) out << "  " << line << "\n";
}

int Fail(const std::string& message) {
  std::cerr << "duikou merge: " << message << "\n";
  return kExitFailure;
}

int RunMerge(const MergeCommandOptions& o) {
  if (o.files.empty() && !o.report) {
    std::cerr << "duikou merge: no files given (usage: duikou merge FILE... [--store DIR] [--report] [--base IRI])\n";
    return kExitUsage;
  }
  std::unique_ptr<gazetteer::Gazetteer> gaz;
  if (Status s = gazetteer::Gazetteer::Load(GazetteerPath(), &gaz); !s.ok()) return Fail(s.message());
  gazetteer::GazetteerMatcher matcher(gaz.get());
  std::unique_ptr<text::Normalizer> normalizer;
  if (Status s = text::Normalizer::Create(DUIKOU_OPENCC_DIR, &normalizer); !s.ok()) return Fail(s.message());

  merge::MergeOptions options;
  options.reconcile.base = o.base;
  if (!gaz->divisions().empty()) {  // else: codes are checked by shape only
    options.reconcile.place_name = [&gaz](std::string_view code) {
      const gazetteer::Division* d = gaz->Find(code);
      return d ? d->name : std::string();
    };
  }
  options.reconcile.resolve_place = [&matcher](std::string_view name) {
    gazetteer::PlaceMention m = matcher.Resolve(name, {});
    return m.resolved() && m.candidates.size() <= 1 ? m.code : std::string();
  };
  options.reconcile.normalize_name = [&normalizer](std::string_view name) {
    return merge::BasicNormalizeName(normalizer->Normalize(name).text);
  };
  options.on_progress = ProgressLine();

  // A store that does not exist yet starts empty; one that exists must open. The lock is taken
  // before the store is read, so no other writer's commit can be lost in between.
  namespace fs = std::filesystem;
  const bool dir_existed = fs::exists(o.store_dir);
  const bool store_exists = fs::exists(fs::path(o.store_dir) / store::kSnapshotFile);
  if (o.files.empty() && !store_exists) {
    return Fail(o.store_dir + ": no store here (run `duikou merge FILE... --store " + o.store_dir + "` first)");
  }
  std::unique_ptr<store::StoreWriter> writer;
  if (!o.files.empty()) {
    if (Status s = store::StoreWriter::Begin(o.store_dir, &writer); !s.ok()) return Fail(s.message());
  }
  // On failure, a directory this command created (holding only the lock file) is removed again.
  auto fail = [&](const std::string& message) {
    writer.reset();
    if (!dir_existed) {
      std::error_code ec;
      fs::remove_all(o.store_dir, ec);
    }
    return Fail(message);
  };
  graph::Dataset dataset;
  if (store_exists) {
    std::unique_ptr<store::StoreReader> reader;
    if (Status s = store::StoreReader::Open(o.store_dir, &reader); !s.ok()) return fail(s.message());
    dataset = reader->dataset();
  }

  merge::MergeReport report;
  if (Status s = merge::MergeFiles(o.files, options, &dataset, &report); !s.ok()) return fail(s.message());
  if (writer) {
    if (Status s = writer->Commit(dataset); !s.ok()) return fail(s.message());
  }
  if (o.report) PrintReport(report, std::cout);
  return kExitOk;
}

}  // namespace

void RegisterMerge(CLI::App& app, Outcome& outcome) {
  auto o = std::make_shared<MergeCommandOptions>();
  CLI::App* cmd = app.add_subcommand(
      "merge",
      "Add RDF files (Turtle .ttl, N-Triples .nt, TriG .trig, N-Quads .nq, RDF/XML .rdf) to a store, each as its "
      "own named graph, reconciling places, organizations and persons they share");
  cmd->add_option("files", o->files, "RDF files; all are read before the store changes (all or nothing)");
  cmd->add_option("--store", o->store_dir, "Store directory (created if absent)");
  cmd->add_flag("--report", o->report,
                "Print what was reconciled, what is only a candidate, and conflicting figures (without FILEs: for "
                "the store as it is)");
  cmd->add_option("--base", o->base, "Base IRI of duikou's own identifiers (default " + o->base + ")");
  cmd->callback([o, &outcome] { outcome.exit_code = RunMerge(*o); });
}

}  // namespace duikou::cli
