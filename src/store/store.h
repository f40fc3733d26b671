// Store: the persistent, embedded home of a graph.
//
// A store is a directory. Readers open it without re-reading any text; a writer takes the
// store's lock, writes the new state aside and switches to it atomically, so a build that
// fails or is killed leaves the previous store intact and readers are never blocked.
#pragma once

#include <memory>
#include <string>

#include "base/status.h"
#include "graph/dataset.h"

namespace duikou::store {

// The store used when no --store is given: $DUIKOU_STORE, else ./duikou.store
std::string DefaultStoreDir();

// Read access to the committed state of a store.
class StoreReader {
 public:
  static Status Open(const std::string& dir, std::unique_ptr<StoreReader>* out);
  const graph::Dataset& dataset() const { return dataset_; }

 private:
  graph::Dataset dataset_;
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

}  // namespace duikou::store
