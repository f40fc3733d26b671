// Shell: the interactive SPARQL prompt (`duikou shell`), on libedit.
#pragma once

#include <string>

#include "shell/session.h"

namespace duikou::shell {

struct ShellOptions {
  std::string store_dir;
  std::string queries_dir;   // canned queries
  std::string history_file;  // default ~/.duikou_history
  ParamRewriter rewrite_params;  // applied to .run's parameters; may be empty
};

// Runs until .quit or end of input; returns the process exit code.
int RunShell(const ShellOptions& options);

}  // namespace duikou::shell
