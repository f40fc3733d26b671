// The duikou subcommands. Each Register* function adds one CLI11 subcommand and its handler;
// handlers only wire the stage libraries together and turn a failed Status into a one-line
// message on stderr and a non-zero exit code.
#pragma once

#include <CLI/CLI.hpp>

namespace duikou::cli {

// Exit codes shared by all subcommands.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;  // the operation failed (bad input, query error, …)
inline constexpr int kExitUsage = 2;    // the command line was wrong

// Handlers store their exit code here; main() returns it.
struct Outcome {
  int exit_code = kExitOk;
};

void RegisterBuild(CLI::App& app, Outcome& outcome);
void RegisterQuery(CLI::App& app, Outcome& outcome);
void RegisterShell(CLI::App& app, Outcome& outcome);
void RegisterExport(CLI::App& app, Outcome& outcome);
void RegisterCheck(CLI::App& app, Outcome& outcome);
void RegisterMerge(CLI::App& app, Outcome& outcome);
void RegisterStats(CLI::App& app, Outcome& outcome);

}  // namespace duikou::cli
