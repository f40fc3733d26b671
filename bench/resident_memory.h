// The process's resident memory, for benchmarks that report bytes per quad or triple.
#pragma once

#include <unistd.h>

#include <cstddef>
#include <fstream>

namespace duikou::bench {

// Resident set size in bytes, from /proc/self/statm (0 where it cannot be read).
inline size_t ResidentBytes() {
  std::ifstream statm("/proc/self/statm");
  size_t pages = 0, resident = 0;
  statm >> pages >> resident;
  return resident * static_cast<size_t>(sysconf(_SC_PAGESIZE));
}

}  // namespace duikou::bench
