// Runs a command (the built duikou binary, rapper, python3 …) and captures what it printed.
#pragma once

#include <string>
#include <vector>

namespace duikou::testing {

struct CommandResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs argv[0] with argv (no shell), feeding `stdin_text` on standard input.
CommandResult RunCommand(const std::vector<std::string>& argv, const std::string& stdin_text = "");
// Shorthand: RunCommand({DuikouBinary(), args...}).
CommandResult RunDuikou(const std::vector<std::string>& args, const std::string& stdin_text = "");

}  // namespace duikou::testing
