#include "merge/merger.h"

namespace duikou::merge {

// Skeleton (issue 7 replaces this).
Status MergeFiles(const std::vector<std::string>&, graph::Dataset*, MergeReport*) {
  return Status::Error("merge is not built yet (issue 7)");
}

}  // namespace duikou::merge
