// Session: what `duikou shell` does with each line, independent of how lines are read.
//
// A session owns a QueryEngine holding the store's graph (plus files added with .load) and
// turns input lines into statements: a SPARQL query may span lines and ends with a line ending
// in ';' (outside any { } block) or with an empty line; a line starting with '.' at the start
// of a statement is a dot-command (.help lists them). Results go to `out`, errors to `err`,
// and an error never ends the session.
#pragma once

#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "query/query_engine.h"
#include "query/result_writer.h"

namespace duikou::shell {

// Rewrites .run's NAME=VALUE parameters before they are bound (the CLI uses it to turn any
// gazetteer alias of a place into its official name); may be empty.
using ParamRewriter = std::function<void(std::map<std::string, std::string>*)>;

struct SessionOptions {
  std::string queries_dir;  // canned queries for .run and .queries
  std::string store_dir;    // shown by .stats
  ParamRewriter rewrite_params;
};

class Session {
 public:
  // `engine` may still be loading: `wait_ready` is called before the engine is first used
  // (the shell fills it in the background so the prompt appears at once).
  Session(SessionOptions options, std::unique_ptr<query::QueryEngine> engine, std::function<Status()> wait_ready,
          std::ostream& out, std::ostream& err);

  // Feeds one input line (without its newline).
  void HandleLine(const std::string& line);
  // Runs what is pending at end of input (a query without its terminator).
  void Finish();

  bool in_statement() const { return !pending_.empty(); }  // for the continuation prompt
  bool quit_requested() const { return quit_; }
  int error_count() const { return errors_; }

  // Words tab completion offers: dot-commands, modes, canned query names, prefixes, and the
  // prefixed names of the classes and properties the graph uses.
  std::vector<std::string> CompletionWords();

 private:
  void RunStatement(const std::string& text);
  void RunCommand(const std::string& line);
  void RunQuery(const std::string& sparql, const std::string& label);
  Status Ready();
  void Error(const std::string& message);

  // dot-commands
  void Help();
  void Mode(const std::vector<std::string>& args);
  void Run(const std::vector<std::string>& args);
  void Queries();
  void Prefixes();
  void Load(const std::vector<std::string>& args);
  void Export(const std::vector<std::string>& args);
  void Stats();

  SessionOptions options_;
  std::unique_ptr<query::QueryEngine> engine_;
  std::function<Status()> wait_ready_;
  bool ready_ = false;
  Status ready_status_;
  std::ostream& out_;
  std::ostream& err_;

  std::string pending_;  // lines of the statement being typed
  query::ResultFormat format_ = query::ResultFormat::kTable;
  bool labels_ = false;
  bool timer_ = false;
  bool quit_ = false;
  int errors_ = 0;
  bool have_result_ = false;
  query::QueryResult last_result_;
  std::map<query::Term, std::string> label_cache_;
  bool label_cache_valid_ = false;
  std::vector<std::string> graph_words_;  // cached for completion
};

// True when a line ending in ';' ends the statement `text`: its braces are balanced outside
// strings, IRIs and comments (inside a { } block ';' separates predicate-object pairs).
bool BracesBalanced(const std::string& text);

}  // namespace duikou::shell
