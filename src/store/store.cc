#include "store/store.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cctype>
#include <cstring>
#include <filesystem>

namespace duikou::store {
namespace {

constexpr std::string_view kHeaderPrefix = "# duikou-store 1";

std::string ErrnoText() { return std::strerror(errno); }

// Scans one N-Triples term starting at line[*pos]; on success stores it in *term and moves
// *pos past it.
bool ScanTerm(std::string_view line, size_t* pos, std::string_view* term) {
  size_t i = *pos;
  if (i >= line.size()) return false;
  const size_t start = i;
  switch (line[i]) {
    case '<': {
      size_t end = line.find('>', i + 1);
      if (end == std::string_view::npos) return false;
      i = end + 1;
      break;
    }
    case '_': {
      if (i + 2 > line.size() || line[i + 1] != ':') return false;
      i += 2;
      while (i < line.size() && line[i] != ' ' && line[i] != '\t') ++i;
      break;
    }
    case '"': {
      ++i;
      while (i < line.size() && line[i] != '"') i += line[i] == '\\' ? 2 : 1;
      if (i >= line.size()) return false;
      ++i;  // closing quote
      if (i < line.size() && line[i] == '@') {
        ++i;
        while (i < line.size() && (std::isalnum(static_cast<unsigned char>(line[i])) || line[i] == '-')) ++i;
      } else if (line.substr(i, 3) == "^^<") {
        size_t end = line.find('>', i + 3);
        if (end == std::string_view::npos) return false;
        i = end + 1;
      }
      break;
    }
    default:
      return false;
  }
  *term = line.substr(start, i - start);
  *pos = i;
  return true;
}

void AppendQuad(const graph::Quad& q, std::string* out) {
  out->append(q.subject).append(1, ' ').append(q.predicate).append(1, ' ').append(q.object);
  if (!q.graph.empty()) out->append(1, ' ').append(q.graph);
  out->append(" .\n");
}

void SkipSpaces(std::string_view line, size_t* pos) {
  while (*pos < line.size() && (line[*pos] == ' ' || line[*pos] == '\t')) ++*pos;
}

// write() all of `data`, retrying on short writes.
bool WriteAll(int fd, std::string_view data) {
  while (!data.empty()) {
    ssize_t n = ::write(fd, data.data(), data.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    data.remove_prefix(static_cast<size_t>(n));
  }
  return true;
}

bool FsyncDir(const std::string& dir) {
  int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY);
  if (fd < 0) return false;
  bool ok = ::fsync(fd) == 0;
  ::close(fd);
  return ok;
}

// Removes graph.nq.tmp-* files a killed writer left behind (called with the lock held).
void RemoveStaleTempFiles(const std::string& dir) {
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    const std::string name = entry.path().filename().string();
    if (name.rfind(std::string(kSnapshotFile) + ".tmp-", 0) == 0) std::filesystem::remove(entry.path(), ec);
  }
}

}  // namespace

std::string DefaultStoreDir() {
  const char* env = std::getenv("DUIKOU_STORE");
  return env && *env ? env : "duikou.store";
}

bool SplitQuadLine(std::string_view line, QuadView* out, std::string* error) {
  size_t pos = 0;
  std::string_view* terms[] = {&out->subject, &out->predicate, &out->object};
  const char* names[] = {"subject", "predicate", "object"};
  for (int t = 0; t < 3; ++t) {
    SkipSpaces(line, &pos);
    if (!ScanTerm(line, &pos, terms[t])) {
      *error = "column " + std::to_string(pos + 1) + ": expected the " + names[t] + " term";
      return false;
    }
  }
  SkipSpaces(line, &pos);
  out->graph = {};
  if (pos < line.size() && line[pos] != '.') {
    if (!ScanTerm(line, &pos, &out->graph)) {
      *error = "column " + std::to_string(pos + 1) + ": expected a graph term or '.'";
      return false;
    }
    SkipSpaces(line, &pos);
  }
  if (pos >= line.size() || line[pos] != '.') {
    *error = "column " + std::to_string(pos + 1) + ": expected '.' ending the quad";
    return false;
  }
  return true;
}

void WriteNQuads(const graph::Dataset& dataset, std::string* out) {
  for (const auto& q : dataset.quads()) AppendQuad(q, out);
}

Status StoreReader::Open(const std::string& dir, std::unique_ptr<StoreReader>* out) {
  const std::string path = dir + "/" + kSnapshotFile;
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    if (errno == ENOENT) {
      return Status::Error(dir + ": no store here (run `duikou build FILE... --store " + dir + "` first)");
    }
    return Status::Error(path + ": cannot open: " + ErrnoText());
  }
  std::unique_ptr<StoreReader> reader(new StoreReader());
  struct stat st;
  if (::fstat(fd, &st) != 0) {
    ::close(fd);
    return Status::Error(path + ": cannot stat: " + ErrnoText());
  }
  reader->buffer_.resize(static_cast<size_t>(st.st_size));
  size_t done = 0;
  while (done < reader->buffer_.size()) {
    ssize_t n = ::read(fd, reader->buffer_.data() + done, reader->buffer_.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      ::close(fd);
      return Status::Error(path + ": read failed: " + ErrnoText());
    }
    done += static_cast<size_t>(n);
  }
  ::close(fd);

  std::string_view text = reader->buffer_;
  if (text.substr(0, kHeaderPrefix.size()) != kHeaderPrefix) {
    return Status::Error(path + ":1: not a duikou store snapshot (expected the header '" +
                         std::string(kHeaderPrefix) + " quads=N')");
  }
  size_t expected = 0;
  if (size_t q = text.find("quads="); q != std::string_view::npos && q < text.find('\n')) {
    expected = std::strtoull(text.data() + q + 6, nullptr, 10);
  }
  reader->quads_.reserve(expected);
  size_t line_no = 0;
  std::string error;
  while (!text.empty()) {
    ++line_no;
    size_t nl = text.find('\n');
    if (nl == std::string_view::npos) {
      return Status::Error(path + ":" + std::to_string(line_no) + ": truncated (no newline at end of file)");
    }
    std::string_view line = text.substr(0, nl);
    text.remove_prefix(nl + 1);
    if (line.empty() || line[0] == '#') continue;
    QuadView quad;
    if (!SplitQuadLine(line, &quad, &error)) {
      return Status::Error(path + ":" + std::to_string(line_no) + ": " + error);
    }
    reader->quads_.push_back(quad);
  }
  if (reader->quads_.size() != expected) {
    return Status::Error(path + ": holds " + std::to_string(reader->quads_.size()) + " quads but its header says " +
                         std::to_string(expected));
  }
  *out = std::move(reader);
  return Status::Ok();
}

const graph::Dataset& StoreReader::dataset() const {
  if (!dataset_) {
    dataset_.emplace();
    for (const QuadView& q : quads_) {
      dataset_->Add(std::string(q.subject), std::string(q.predicate), std::string(q.object), std::string(q.graph));
    }
  }
  return *dataset_;
}

Status StoreWriter::Begin(const std::string& dir, std::unique_ptr<StoreWriter>* out) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) return Status::Error(dir + ": cannot create the store directory: " + ec.message());
  const std::string lock_path = dir + "/" + kLockFile;
  int fd = ::open(lock_path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0) return Status::Error(lock_path + ": cannot open: " + ErrnoText());
  if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
    std::string holder(32, '\0');
    ssize_t n = ::pread(fd, holder.data(), holder.size(), 0);
    holder.resize(n > 0 ? static_cast<size_t>(n) : 0);
    while (!holder.empty() && (holder.back() == '\n' || holder.back() == '\0')) holder.pop_back();
    ::close(fd);
    return Status::Error(dir + ": store is locked by another writer" +
                         (holder.empty() ? std::string() : " (pid " + holder + ")") +
                         "; wait for it to finish and try again");
  }
  const std::string pid = std::to_string(::getpid()) + "\n";
  if (::ftruncate(fd, 0) != 0 || ::pwrite(fd, pid.data(), pid.size(), 0) < 0) {
    // The pid is only for the message another writer prints; the lock is what matters.
  }
  RemoveStaleTempFiles(dir);
  out->reset(new StoreWriter());
  (*out)->dir_ = dir;
  (*out)->lock_fd_ = fd;
  return Status::Ok();
}

StoreWriter::~StoreWriter() {
  if (lock_fd_ >= 0) ::close(lock_fd_);  // closing releases the flock
}

Status StoreWriter::Commit(const graph::Dataset& dataset) {
  const std::string final_path = dir_ + "/" + kSnapshotFile;
  const std::string tmp_path = final_path + ".tmp-" + std::to_string(::getpid());
  int fd = ::open(tmp_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return Status::Error(tmp_path + ": cannot create: " + ErrnoText());
  auto fail = [&](const std::string& what) {
    std::string message = tmp_path + ": " + what + ": " + ErrnoText();
    ::close(fd);
    ::unlink(tmp_path.c_str());
    return Status::Error(message);
  };
  std::string chunk = std::string(kHeaderPrefix) + " quads=" + std::to_string(dataset.size()) + "\n";
  constexpr size_t kChunkBytes = 1 << 20;
  chunk.reserve(kChunkBytes + 4096);
  for (const auto& q : dataset.quads()) {
    AppendQuad(q, &chunk);
    if (chunk.size() >= kChunkBytes) {
      if (!WriteAll(fd, chunk)) return fail("write failed");
      chunk.clear();
    }
  }
  if (!WriteAll(fd, chunk)) return fail("write failed");
  if (::fsync(fd) != 0) return fail("fsync failed");
  if (::close(fd) != 0) {
    ::unlink(tmp_path.c_str());
    return Status::Error(tmp_path + ": close failed: " + ErrnoText());
  }
  if (const char* crash = std::getenv("DUIKOU_STORE_TEST_DIE_BEFORE_RENAME"); crash && *crash) {
    ::_exit(77);  // test hook: a writer killed at the worst moment, new snapshot written aside
  }
  if (::rename(tmp_path.c_str(), final_path.c_str()) != 0) {
    std::string message = final_path + ": cannot switch to the new snapshot: " + ErrnoText();
    ::unlink(tmp_path.c_str());
    return Status::Error(message);
  }
  if (!FsyncDir(dir_)) return Status::Error(dir_ + ": fsync of the store directory failed: " + ErrnoText());
  return Status::Ok();
}

}  // namespace duikou::store
