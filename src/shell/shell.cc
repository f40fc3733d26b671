// RunShell: wires a Session to a terminal (libedit: line editing, history, tab completion)
// or to piped standard input (no prompt, no banner: `echo 'SELECT …;' | duikou shell`).
#include "shell/shell.h"

#include <editline/readline.h>
#include <unistd.h>

#include <clocale>
#include <cstdlib>
#include <cstring>
#include <future>
#include <iostream>
#include <thread>

#include "query/query_engine.h"
#include "shell/session.h"
#include "store/store.h"

namespace duikou::shell {
namespace {

constexpr int kHistoryLines = 2000;

// libedit's completion hooks are plain C functions; they reach the session through these.
Session* g_session = nullptr;
std::vector<std::string> g_candidates;

char* CompletionGenerator(const char* text, int state) {
  static size_t index;
  if (state == 0) index = 0;
  const size_t len = std::strlen(text);
  while (index < g_candidates.size()) {
    const std::string& word = g_candidates[index++];
    if (word.compare(0, len, text) == 0) return strdup(word.c_str());
  }
  return nullptr;
}

char** Complete(const char* text, int start, int /*end*/) {
  rl_attempted_completion_over = 1;  // never fall back to file names, except for .load/.export
  std::string line(rl_line_buffer ? rl_line_buffer : "", static_cast<size_t>(start));
  g_candidates.clear();
  std::vector<std::string> words = g_session->CompletionWords();
  auto starts_with = [&](const char* prefix) { return line.rfind(prefix, 0) == 0; };
  if (starts_with(".load ") || starts_with(".export ")) {
    rl_attempted_completion_over = 0;
    return nullptr;
  }
  for (const auto& w : words) {
    bool command = w[0] == '.';
    bool mode = w == "table" || w == "csv" || w == "tsv" || w == "json" || w == "xml" || w == "turtle" ||
                w == "ntriples";
    if (starts_with(".mode ")) {
      if (mode) g_candidates.push_back(w);
    } else if (starts_with(".run ")) {
      if (!command && !mode && w.find(':') == std::string::npos && w != "SELECT" && !std::isupper(w[0]))
        g_candidates.push_back(w);
    } else if (line.find_first_not_of(" \t") == std::string::npos) {
      g_candidates.push_back(w);  // start of line: commands and keywords
    } else if (!command && !mode) {
      g_candidates.push_back(w);
    }
  }
  return rl_completion_matches(text, CompletionGenerator);
}

std::string DefaultHistoryFile() {
  const char* home = std::getenv("HOME");
  return home && *home ? std::string(home) + "/.duikou_history" : std::string();
}

}  // namespace

int RunShell(const ShellOptions& options) {
  const bool interactive = isatty(STDIN_FILENO);
  std::unique_ptr<query::QueryEngine> engine;
  if (Status s = query::QueryEngine::Create(&engine); !s.ok()) {
    std::cerr << "duikou shell: " << s.message() << "\n";
    return 1;
  }
  const std::string snapshot = options.store_dir + "/" + store::kSnapshotFile;
  if (access(snapshot.c_str(), R_OK) != 0) {
    std::cerr << "duikou shell: " << options.store_dir << ": no store here (run `duikou build FILE... --store "
              << options.store_dir << "` first)\n";
    return 1;
  }
  // Fill the engine in the background: the prompt is ready at once, and the first query
  // waits for the graph. The session touches the engine only after waiting.
  query::QueryEngine* target = engine.get();
  std::packaged_task<Status()> load([dir = options.store_dir, target] {
    std::unique_ptr<store::StoreReader> reader;
    if (Status s = store::StoreReader::Open(dir, &reader); !s.ok()) return s;
    for (const auto& q : reader->quads()) {
      if (Status s = target->AddQuad(q.subject, q.predicate, q.object, q.graph); !s.ok()) return s;
    }
    return Status::Ok();
  });
  std::future<Status> loaded = load.get_future();
  std::thread loader(std::move(load));
  loader.detach();  // owned by the future; the session waits on it before using the engine

  SessionOptions session_options{options.queries_dir, options.store_dir, options.rewrite_params};
  Session session(session_options, std::move(engine), [&loaded] { return loaded.get(); }, std::cout, std::cerr);
  if (!interactive) {
    for (std::string line; !session.quit_requested() && std::getline(std::cin, line);) session.HandleLine(line);
    if (!session.quit_requested()) session.Finish();
    if (loaded.valid()) loaded.wait();  // never exit while the loader still writes to the engine
    return session.error_count() > 0 ? 1 : 0;
  }

  // libedit reads multibyte characters only in a UTF-8 locale; under "C" it would drop 萧山.
  std::setlocale(LC_CTYPE, "");
  if (MB_CUR_MAX == 1) std::setlocale(LC_CTYPE, "C.UTF-8");
  const std::string history = options.history_file.empty() ? DefaultHistoryFile() : options.history_file;
  rl_readline_name = "duikou";
  rl_attempted_completion_function = Complete;
  g_session = &session;
  using_history();
  if (!history.empty()) read_history(history.c_str());
  std::cout << "duikou shell — store " << options.store_dir
            << ". End queries with ';' or an empty line; .help for commands, Tab completes.\n";
  while (!session.quit_requested()) {
    char* raw = readline(session.in_statement() ? "   ...> " : "duikou> ");
    if (!raw) {  // Ctrl-D
      std::cout << "\n";
      session.Finish();
      break;
    }
    std::string line(raw);
    std::free(raw);
    if (line.find_first_not_of(" \t") != std::string::npos) add_history(line.c_str());
    session.HandleLine(line);
  }
  if (!history.empty()) {
    write_history(history.c_str());
    history_truncate_file(history.c_str(), kHistoryLines);
  }
  g_session = nullptr;
  if (loaded.valid()) loaded.wait();
  return 0;
}

}  // namespace duikou::shell
