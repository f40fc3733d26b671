// `duikou shell` on a pseudo-terminal: prompt, line editing, tab completion, history.
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <chrono>

#include "fixture_store.h"

namespace duikou {
namespace {

class PtyShell {
 public:
  PtyShell(const std::string& store, const std::string& home) {
    pid_ = forkpty(&master_, nullptr, nullptr, nullptr);
    if (pid_ == 0) {
      setenv("HOME", home.c_str(), 1);
      setenv("TERM", "xterm", 1);
      std::string bin = testing::DuikouBinary();
      execl(bin.c_str(), bin.c_str(), "shell", "--store", store.c_str(), static_cast<char*>(nullptr));
      _exit(127);
    }
  }
  ~PtyShell() {
    if (pid_ > 0) {
      kill(pid_, SIGKILL);
      waitpid(pid_, nullptr, 0);
    }
    if (master_ >= 0) close(master_);
  }
  bool started() const { return pid_ > 0; }
  // Types `keys` once libedit has had time to put the terminal in raw mode after its prompt
  // (keys typed earlier go through the cooked line discipline and escapes get mangled).
  void Type(const std::string& keys) {
    usleep(150 * 1000);
    ASSERT_EQ(write(master_, keys.data(), keys.size()), (ssize_t)keys.size());
  }
  // Reads until `text` has appeared since the last call (or 30 s pass); returns what was read.
  std::string ReadUntil(const std::string& text) {
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    while (seen_.find(text) == std::string::npos && std::chrono::steady_clock::now() < deadline) {
      pollfd fd{master_, POLLIN, 0};
      if (poll(&fd, 1, 100) <= 0) continue;
      char buf[4096];
      ssize_t n = read(master_, buf, sizeof buf);
      if (n <= 0) break;
      seen_.append(buf, static_cast<size_t>(n));
    }
    std::string all = seen_;
    size_t at = seen_.find(text);
    seen_ = at == std::string::npos ? "" : seen_.substr(at + text.size());
    return all;
  }
  int Wait() {
    int status = 0;
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    while (waitpid(pid_, &status, WNOHANG) == 0) {
      if (std::chrono::steady_clock::now() > deadline) return -1;
      char buf[4096];
      pollfd fd{master_, POLLIN, 0};
      if (poll(&fd, 1, 50) > 0 && read(master_, buf, sizeof buf) <= 0) usleep(10000);
    }
    pid_ = -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }

 private:
  pid_t pid_ = -1;
  int master_ = -1;
  std::string seen_;
};

TEST(ShellPtyTest, PromptQueryCompletionAndHistory) {
  std::string store = testing::MakeFixtureStore();
  std::string home = testing::MakeTempDir("shell-home");
  {
    PtyShell shell(store, home);
    ASSERT_TRUE(shell.started());
    std::string banner = shell.ReadUntil("duikou> ");
    ASSERT_NE(banner.find("duikou> "), std::string::npos) << banner;
    EXPECT_NE(banner.find(".help"), std::string::npos) << banner;

    // A two-line query: the continuation prompt, then the result.
    shell.Type("SELECT ?p WHERE {\r");
    EXPECT_NE(shell.ReadUntil("...> ").find("...> "), std::string::npos);
    shell.Type("?p a dk:Pairing };\r");
    std::string out = shell.ReadUntil("duikou> ");
    EXPECT_NE(out.find("(2 rows)"), std::string::npos) << out;

    // Tab completes a dot-command and a canned query's name (the terminal shows only the
    // completed tail, "n " and "gs ", each followed by a space).
    shell.Type(".ru\t");
    EXPECT_NE(shell.ReadUntil("n ").find("n "), std::string::npos);
    shell.Type("pairin\t");
    EXPECT_NE(shell.ReadUntil("gs ").find("gs "), std::string::npos);
    shell.Type("place=柯桥\r");
    out = shell.ReadUntil("duikou> ");
    EXPECT_NE(out.find("(1 row)"), std::string::npos) << out;

    // A wrong query: the error, then the prompt again.
    shell.Type("SELECT ?x WHERE { ?x dk:p+ ?y };\r");
    out = shell.ReadUntil("duikou> ");
    EXPECT_NE(out.find("not supported by Rasqal"), std::string::npos) << out;

    shell.Type(".quit\r");
    EXPECT_EQ(shell.Wait(), 0);
  }
  std::string history = testing::ReadFileOrDie(home + "/.duikou_history");
  for (size_t at; (at = history.find("\\040")) != std::string::npos;) history.replace(at, 4, " ");  // libedit's encoding
  EXPECT_NE(history.find("?p a dk:Pairing };"), std::string::npos) << history;
  EXPECT_NE(history.find(".run pairings place="), std::string::npos) << history;

  // The next session finds the history: Up arrow recalls the last line (.quit), and the one
  // before it.
  PtyShell again(store, home);
  ASSERT_TRUE(again.started());
  again.ReadUntil("duikou> ");
  again.Type("\x1b[A\x1b[A\r");
  std::string out = again.ReadUntil("duikou> ");
  EXPECT_NE(out.find("not supported by Rasqal"), std::string::npos) << out;
  again.Type("\x04");  // Ctrl-D leaves
  EXPECT_EQ(again.Wait(), 0);
}

}  // namespace
}  // namespace duikou
