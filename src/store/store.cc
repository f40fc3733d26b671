#include "store/store.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace duikou::store {

std::string DefaultStoreDir() {
  const char* env = std::getenv("DUIKOU_STORE");
  return env && *env ? env : "duikou.store";
}

// Skeleton: N-Quads snapshot, no lock, no atomic switch yet (issue 6 replaces this).
Status StoreReader::Open(const std::string& dir, std::unique_ptr<StoreReader>* out) {
  std::ifstream in(dir + "/graph.nq");
  if (!in) return Status::Error(dir + ": no store here (run `duikou build FILE... --store " + dir + "` first)");
  out->reset(new StoreReader());
  return Status::Ok();
}

Status StoreWriter::Begin(const std::string& dir, std::unique_ptr<StoreWriter>* out) {
  out->reset(new StoreWriter());
  (*out)->dir_ = dir;
  return Status::Ok();
}

StoreWriter::~StoreWriter() = default;

Status StoreWriter::Commit(const graph::Dataset& dataset) {
  std::filesystem::create_directories(dir_);
  std::ofstream out(dir_ + "/graph.nq");
  for (const auto& q : dataset.quads()) {
    out << q.subject << ' ' << q.predicate << ' ' << q.object;
    if (!q.graph.empty()) out << ' ' << q.graph;
    out << " .\n";
  }
  return Status::Ok();
}

}  // namespace duikou::store
