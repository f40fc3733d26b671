#include "shell/shell.h"

#include <iostream>

namespace duikou::shell {

// Skeleton (issue 6 replaces this).
int RunShell(const ShellOptions&) {
  std::cerr << "duikou shell: not built yet (issue 6)\n";
  return 2;
}

}  // namespace duikou::shell
