// Store: the persistent, embedded home of a graph.
//
// A store is a directory:
//
//   graph.nq   the committed graph: canonical N-Quads, sorted, one quad per line, written only
//              by duikou. The first line is a header comment "# duikou-store 1 quads=N".
//   LOCK       held with flock() by the one writer at a time (its pid is written inside for
//              the error message). Readers never take it.
//
// Readers open it without re-reading any text input: the snapshot is read in one go and split
// into terms in place (no parsing beyond finding term boundaries, since duikou wrote it). A
// writer takes the store's lock, writes the new state aside (graph.nq.tmp-PID), fsyncs it and
// renames it over graph.nq, then fsyncs the directory — so a build that fails or is killed
// leaves the previous store intact, and readers always see either the old or the new graph.
// bench/README.md records why this design was chosen (measured against Redland storages).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "graph/dataset.h"

namespace duikou::store {

// The store used when no --store is given: $DUIKOU_STORE, else ./duikou.store
std::string DefaultStoreDir();

// File names inside a store directory.
inline constexpr const char* kSnapshotFile = "graph.nq";
inline constexpr const char* kLockFile = "LOCK";

// One quad of a snapshot, viewing the reader's buffer (valid while the reader lives). Terms
// are in N-Triples syntax as in graph::Quad; `graph` is empty for the default graph.
struct QuadView {
  std::string_view subject;
  std::string_view predicate;
  std::string_view object;
  std::string_view graph;
};

// Read access to the committed state of a store.
class StoreReader {
 public:
  // Fails with "DIR: no store here …" when DIR holds no snapshot, and with "FILE:LINE: …" when
  // the snapshot is damaged.
  static Status Open(const std::string& dir, std::unique_ptr<StoreReader>* out);

  // The quads in snapshot order (sorted), without copying any term.
  const std::vector<QuadView>& quads() const { return quads_; }
  size_t size() const { return quads_.size(); }
  // The graph as a Dataset; built on first call (copies every term), so prefer quads() when
  // a view is enough. Not thread-safe on the first call.
  const graph::Dataset& dataset() const;

 private:
  StoreReader() = default;
  std::string buffer_;
  std::vector<QuadView> quads_;
  mutable std::optional<graph::Dataset> dataset_;
};

// Exclusive write access. Begin() takes the lock ("store is locked" if another writer holds
// it); Commit() replaces the store's content atomically; destroying an uncommitted writer
// changes nothing.
class StoreWriter {
 public:
  static Status Begin(const std::string& dir, std::unique_ptr<StoreWriter>* out);
  ~StoreWriter();
  Status Commit(const graph::Dataset& dataset);

 private:
  StoreWriter() = default;
  std::string dir_;
  int lock_fd_ = -1;
};

// Writes `dataset` as canonical N-Quads (the snapshot's body, no header) to `out`.
void WriteNQuads(const graph::Dataset& dataset, std::string* out);

// Splits one snapshot line (without its newline) into its terms. False when the line is not
// a quad duikou writes (`error` then says what was expected where).
bool SplitQuadLine(std::string_view line, QuadView* out, std::string* error);

}  // namespace duikou::store
