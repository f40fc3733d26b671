#include "export/pairing_network.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <vector>

#include "graph/term.h"
#include "graph/vocabulary.h"

extern char** environ;

namespace duikou::exporter {

namespace {

namespace ns = graph::ns;

// Colours of the known pairing types (ColorBrewer Dark2), in kPairingTypes order; other
// types take the remaining colours in IRI order, then grey.
constexpr const char* kColours[] = {"#d95f02", "#1b9e77", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d"};

std::string DotQuoted(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out + "\"";
}

std::string HtmlEscaped(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '&': out += "&amp;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

// The lexical form of an N-Triples literal, or the last path segment of an IRI.
std::string Readable(const std::string& term) {
  graph::Term t;
  if (!graph::ParseTerm(term, &t)) return term;
  if (t.kind != graph::Term::Kind::kIri) return t.value;
  size_t cut = t.value.find_last_of("/#");
  return cut == std::string::npos ? t.value : t.value.substr(cut + 1);
}

class Index {
 public:
  explicit Index(const graph::Dataset& ds) {
    for (const graph::Quad& q : ds.quads()) by_subject_[q.subject].emplace(q.predicate, q.object);
  }
  std::vector<std::string> Objects(const std::string& s, const std::string& p) const {
    std::vector<std::string> out;
    auto it = by_subject_.find(s);
    if (it == by_subject_.end()) return out;
    auto [b, e] = it->second.equal_range(p);
    for (auto i = b; i != e; ++i) out.push_back(i->second);
    return out;
  }
  std::vector<std::string> SubjectsOfType(const std::string& cls) const {
    std::vector<std::string> out;
    for (const auto& [s, pos] : by_subject_) {
      for (const auto& [p, o] : pos) {
        if (p == graph::Iri(ns::Rdf("type")) && o == cls) out.push_back(s);
      }
    }
    return out;
  }
  // The zh label of a term (rdfs:label, else skos:prefLabel), else any label, else its name.
  std::string Label(const std::string& s) const {
    for (const std::string& pred : {graph::Iri(ns::Rdfs("label")), graph::Iri(ns::Skos("prefLabel"))}) {
      std::vector<std::string> labels = Objects(s, pred);
      for (const std::string& l : labels) {
        if (l.ends_with("@zh")) return Readable(l);
      }
      if (!labels.empty()) return Readable(labels.front());
    }
    return Readable(s);
  }

 private:
  std::map<std::string, std::multimap<std::string, std::string>> by_subject_;
};

}  // namespace

std::string PairingNetworkDot(const graph::Dataset& dataset) {
  Index index(dataset);
  // (supporter, recipient, type) -> years
  std::map<std::tuple<std::string, std::string, std::string>, std::set<std::string>> edges;
  for (const std::string& p : index.SubjectsOfType(graph::Iri(ns::Dk("Pairing")))) {
    std::vector<std::string> years;
    for (const std::string& y : index.Objects(p, graph::Iri(ns::Dk("year")))) years.push_back(Readable(y));
    for (const std::string& s : index.Objects(p, graph::Iri(ns::Dk("supporter")))) {
      for (const std::string& r : index.Objects(p, graph::Iri(ns::Dk("recipient")))) {
        std::vector<std::string> types = index.Objects(p, graph::Iri(ns::Dk("pairingType")));
        if (types.empty()) types.push_back("");
        for (const std::string& t : types) edges[{s, r, t}].insert(years.begin(), years.end());
      }
    }
  }
  std::map<std::string, std::string> node_ids;
  std::map<std::string, std::string> colours;
  for (const auto& [key, years] : edges) {
    node_ids.emplace(std::get<0>(key), "");
    node_ids.emplace(std::get<1>(key), "");
  }
  size_t n = 0;
  for (auto& [iri, id] : node_ids) id = "n" + std::to_string(n++);
  std::set<std::string> other_types;
  for (const auto& [key, years] : edges) {
    const std::string& t = std::get<2>(key);
    size_t i = 0;
    for (; i < std::size(graph::kPairingTypes); ++i) {
      if (t == graph::Iri(ns::Dk(graph::kPairingTypes[i].local))) break;
    }
    if (i < std::size(graph::kPairingTypes)) colours[t] = kColours[i];
    else other_types.insert(t);
  }
  size_t next = std::size(graph::kPairingTypes);
  for (const std::string& t : other_types) colours[t] = next < std::size(kColours) ? kColours[next++] : "#666666";

  std::string dot = "digraph pairings {\n"
                    "  graph [rankdir=LR, fontname=\"sans-serif\"];\n"
                    "  node [shape=box, style=rounded, fontname=\"sans-serif\"];\n"
                    "  edge [fontname=\"sans-serif\", fontsize=10];\n";
  for (const auto& [iri, id] : node_ids) {
    graph::Term term;
    dot += "  " + id + " [label=" + DotQuoted(index.Label(iri));
    if (graph::ParseTerm(iri, &term) && term.kind == graph::Term::Kind::kIri) dot += ", URL=" + DotQuoted(term.value);
    dot += "];\n";
  }
  for (const auto& [key, years] : edges) {
    const auto& [s, r, t] = key;
    std::string label;
    for (const std::string& y : years) label += (label.empty() ? "" : ", ") + y;
    dot += "  " + node_ids[s] + " -> " + node_ids[r] + " [color=" + DotQuoted(colours[t]);
    if (!label.empty()) dot += ", label=" + DotQuoted(label);
    dot += "];\n";
  }
  if (!colours.empty()) {
    dot += "  legend [shape=none, margin=0, label=<<table border=\"0\" cellborder=\"1\" cellspacing=\"0\">";
    for (const auto& [t, colour] : colours) {
      std::string name = t.empty() ? "?" : index.Label(t);
      if (name == Readable(t)) {
        for (const auto& p : graph::kPairingTypes) {
          if (t == graph::Iri(ns::Dk(p.local))) name = p.zh;
        }
      }
      dot += "<tr><td bgcolor=\"" + std::string(colour) + "\" width=\"20\"></td><td>" + HtmlEscaped(name) + "</td></tr>";
    }
    dot += "</table>>];\n";
  }
  dot += "}\n";
  return dot;
}

namespace {

// A temporary file removed when this goes out of scope.
class TempFile {
 public:
  TempFile() { fd_ = mkstemp(path_); }
  ~TempFile() {
    if (fd_ >= 0) close(fd_);
    unlink(path_);
  }
  int fd() const { return fd_; }
  std::string ReadAll() const {
    std::ifstream in(path_, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
  }

 private:
  char path_[32] = "/tmp/duikou-dot-XXXXXX";
  int fd_ = -1;
};

}  // namespace

Status RenderSvg(const std::string& dot_text, std::string* svg) {
  TempFile input, errors;
  if (input.fd() < 0 || errors.fd() < 0) {
    return Status::Error(std::string("cannot create a temporary file: ") + std::strerror(errno));
  }
  if (write(input.fd(), dot_text.data(), dot_text.size()) != static_cast<ssize_t>(dot_text.size())) {
    return Status::Error("cannot write the temporary DOT file");
  }
  lseek(input.fd(), 0, SEEK_SET);
  int out_pipe[2];
  if (pipe(out_pipe) != 0) return Status::Error("cannot create a pipe to Graphviz");

  // dot reads the DOT file on stdin, writes SVG to the pipe and diagnostics to a file, so no
  // pipe can fill up while another is being waited on.
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, input.fd(), 0);
  posix_spawn_file_actions_adddup2(&actions, out_pipe[1], 1);
  posix_spawn_file_actions_adddup2(&actions, errors.fd(), 2);
  posix_spawn_file_actions_addclose(&actions, out_pipe[0]);
  char arg0[] = "dot", arg1[] = "-Tsvg";
  char* argv[] = {arg0, arg1, nullptr};
  pid_t pid;
  int rc = posix_spawnp(&pid, "dot", &actions, nullptr, argv, environ);
  posix_spawn_file_actions_destroy(&actions);
  close(out_pipe[1]);
  if (rc != 0) {
    close(out_pipe[0]);
    return Status::Error("--format svg needs Graphviz's `dot` on PATH (Debian package graphviz): " +
                         std::string(std::strerror(rc)) + "; --format dot writes the DOT text instead");
  }
  std::string out;
  char buf[65536];
  ssize_t got;
  while ((got = read(out_pipe[0], buf, sizeof(buf))) > 0) out.append(buf, got);
  close(out_pipe[0]);
  int wstatus = 0;
  waitpid(pid, &wstatus, 0);
  if (!WIFEXITED(wstatus) || WEXITSTATUS(wstatus) != 0) {
    return Status::Error("Graphviz dot failed: " + errors.ReadAll());
  }
  *svg = std::move(out);
  return Status::Ok();
}

}  // namespace duikou::exporter
