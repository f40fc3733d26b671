// Shell: the interactive SPARQL prompt (`duikou shell`), on libedit.
#pragma once

#include <string>

namespace duikou::shell {

struct ShellOptions {
  std::string store_dir;
  std::string queries_dir;   // canned queries
  std::string history_file;  // default ~/.duikou_history
};

// Runs until .quit or end of input; returns the process exit code.
int RunShell(const ShellOptions& options);

}  // namespace duikou::shell
