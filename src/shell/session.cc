#include "shell/session.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "graph/term.h"
#include "query/canned_query.h"
#include "query/labels.h"

namespace duikou::shell {
namespace {

std::string Trim(const std::string& s) {
  size_t b = s.find_first_not_of(" \t\r");
  size_t e = s.find_last_not_of(" \t\r");
  return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
}

std::vector<std::string> SplitWords(const std::string& s) {
  std::istringstream in(s);
  std::vector<std::string> words;
  for (std::string w; in >> w;) words.push_back(w);
  return words;
}

// True when `text` holds nothing but blanks and # comments.
bool OnlyComments(const std::string& text) {
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    std::string t = Trim(line);
    if (!t.empty() && t[0] != '#') return false;
  }
  return true;
}

struct ModeName {
  const char* name;
  query::ResultFormat format;
};
constexpr ModeName kModes[] = {
    {"table", query::ResultFormat::kTable}, {"csv", query::ResultFormat::kCsv},
    {"tsv", query::ResultFormat::kTsv},     {"json", query::ResultFormat::kJson},
    {"xml", query::ResultFormat::kXml},     {"turtle", query::ResultFormat::kTurtle},
    {"ntriples", query::ResultFormat::kNTriples},
};

const char* ModeNameOf(query::ResultFormat f) {
  for (const auto& m : kModes) {
    if (m.format == f) return m.name;
  }
  return "table";
}

struct CommandHelp {
  const char* usage;
  const char* what;
};
constexpr CommandHelp kCommands[] = {
    {".help", "this list"},
    {".mode [table|csv|tsv|json|xml|turtle|ntriples]", "how results print (default table)"},
    {".labels on|off", "table mode: show rdfs:label instead of IRIs"},
    {".timer on|off", "print how long each query took"},
    {".run NAME [k=v ...]", "run canned query NAME with parameters (see .queries)"},
    {".queries", "list the canned queries with their parameters"},
    {".prefixes", "the prefixes queries may use without declaring them"},
    {".load FILE", "add an RDF file (.ttl .nt .nq .trig .rdf) to this session's graph"},
    {".export FILE", "write the last result to FILE (format from .csv .tsv .json .xml .ttl .nt, else the mode)"},
    {".stats", "what the graph holds: triples, graphs, instances per class"},
    {".quit", "leave (also .exit or Ctrl-D)"},
};

}  // namespace

bool BracesBalanced(const std::string& text) {
  int depth = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '#') {
      while (i < text.size() && text[i] != '\n') ++i;
    } else if (c == '"' || c == '\'') {
      for (++i; i < text.size() && text[i] != c && text[i] != '\n'; ++i) {
        if (text[i] == '\\') ++i;
      }
    } else if (c == '<' && i + 1 < text.size() && text[i + 1] != ' ' && text[i + 1] != '=') {
      size_t end = text.find_first_of(">\n ", i + 1);
      if (end != std::string::npos && text[end] == '>') i = end;
    } else if (c == '{') {
      ++depth;
    } else if (c == '}') {
      --depth;
    }
  }
  return depth <= 0;
}

Session::Session(SessionOptions options, std::unique_ptr<query::QueryEngine> engine,
                 std::function<Status()> wait_ready, std::ostream& out, std::ostream& err)
    : options_(std::move(options)),
      engine_(std::move(engine)),
      wait_ready_(std::move(wait_ready)),
      out_(out),
      err_(err) {
  engine_->set_implicit_prefixes(true);
}

Status Session::Ready() {
  if (!ready_) {
    ready_status_ = wait_ready_ ? wait_ready_() : Status::Ok();
    ready_ = true;
  }
  return ready_status_;
}

void Session::Error(const std::string& message) {
  ++errors_;
  err_ << "error: " << message << "\n" << std::flush;
}

void Session::HandleLine(const std::string& raw) {
  std::string line = raw;
  if (!line.empty() && line.back() == '\r') line.pop_back();
  std::string trimmed = Trim(line);
  if (pending_.empty()) {
    if (trimmed.empty()) return;
    if (trimmed[0] == '.') {
      RunCommand(trimmed);
      return;
    }
  }
  if (trimmed.empty()) {  // an empty line ends the statement
    std::string text;
    text.swap(pending_);
    RunStatement(text);
    return;
  }
  pending_ += line + "\n";
  if (trimmed.back() == ';' && BracesBalanced(pending_)) {
    std::string text;
    text.swap(pending_);
    text.erase(text.find_last_of(';'));
    RunStatement(text);
  }
}

void Session::Finish() {
  if (pending_.empty()) return;
  std::string text;
  text.swap(pending_);
  RunStatement(text);
}

void Session::RunStatement(const std::string& text) {
  if (OnlyComments(text)) return;
  RunQuery(text, "");
}

void Session::RunQuery(const std::string& sparql, const std::string& label) {
  if (Status s = Ready(); !s.ok()) return Error(s.message());
  auto start = std::chrono::steady_clock::now();
  query::QueryResult result;
  Status s = engine_->Execute(sparql, "", &result);
  auto elapsed = std::chrono::steady_clock::now() - start;
  if (!s.ok()) return Error((label.empty() ? "" : label + ": ") + s.message());
  query::ResultWriterOptions options;
  if (labels_ && format_ == query::ResultFormat::kTable) {
    if (!label_cache_valid_) {
      label_cache_.clear();
      if (Status ls = query::CollectLabels(engine_.get(), &label_cache_); !ls.ok()) return Error(ls.message());
      label_cache_valid_ = true;
    }
    options.show_labels = true;
    options.labels = &label_cache_;
  }
  query::ResultFormat format = format_;
  if (result.kind != query::QueryResult::Kind::kGraph &&
      (format == query::ResultFormat::kTurtle || format == query::ResultFormat::kNTriples)) {
    format = query::ResultFormat::kTable;  // a graph mode still shows SELECT results
  }
  std::ostringstream text;
  if (Status ws = query::WriteResult(result, format, options, text); !ws.ok()) return Error(ws.message());
  out_ << text.str();
  if (timer_) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "time: %.1f ms\n", std::chrono::duration<double, std::milli>(elapsed).count());
    out_ << buf;
  }
  out_ << std::flush;
  last_result_ = std::move(result);
  have_result_ = true;
}

void Session::RunCommand(const std::string& line) {
  std::vector<std::string> words = SplitWords(line);
  const std::string cmd = words[0];
  std::vector<std::string> args(words.begin() + 1, words.end());
  if (cmd == ".help") Help();
  else if (cmd == ".mode") Mode(args);
  else if (cmd == ".labels" || cmd == ".timer") {
    if (args.size() != 1 || (args[0] != "on" && args[0] != "off")) return Error(cmd + " expects on or off");
    (cmd == ".labels" ? labels_ : timer_) = args[0] == "on";
  } else if (cmd == ".run") Run(args);
  else if (cmd == ".queries") Queries();
  else if (cmd == ".prefixes") Prefixes();
  else if (cmd == ".load") Load(args);
  else if (cmd == ".export") Export(args);
  else if (cmd == ".stats") Stats();
  else if (cmd == ".quit" || cmd == ".exit") quit_ = true;
  else Error("unknown command " + cmd + " (.help lists the commands)");
}

void Session::Help() {
  out_ << "Type a SPARQL query; end it with ';' or an empty line. Prefixes such as dk: rdfs: skos:\n"
          "need no PREFIX line (.prefixes). Tab completes commands, query names and terms.\n\n";
  size_t width = 0;
  for (const auto& c : kCommands) width = std::max(width, std::string(c.usage).size());
  for (const auto& c : kCommands) {
    std::string usage = c.usage;
    out_ << "  " << usage << std::string(width - usage.size() + 2, ' ') << c.what << "\n";
  }
  out_ << std::flush;
}

void Session::Mode(const std::vector<std::string>& args) {
  if (args.empty()) {
    out_ << ModeNameOf(format_) << "\n" << std::flush;
    return;
  }
  for (const auto& m : kModes) {
    if (args[0] == m.name) {
      format_ = m.format;
      return;
    }
  }
  Error("unknown mode '" + args[0] + "' (table, csv, tsv, json, xml, turtle, ntriples)");
}

void Session::Run(const std::vector<std::string>& args) {
  if (args.empty()) return Error(".run expects a query name (.queries lists them)");
  query::CannedQuery canned;
  if (Status s = query::LoadCannedQuery(options_.queries_dir, args[0], &canned); !s.ok()) return Error(s.message());
  std::map<std::string, std::string> values;
  for (size_t i = 1; i < args.size(); ++i) {
    size_t eq = args[i].find('=');
    if (eq == std::string::npos || eq == 0) return Error(".run expects NAME=VALUE parameters, got '" + args[i] + "'");
    values[args[i].substr(0, eq)] = args[i].substr(eq + 1);
  }
  if (options_.rewrite_params) options_.rewrite_params(&values);
  std::string sparql;
  if (Status s = query::BindParameters(canned, values, &sparql); !s.ok()) return Error(s.message());
  RunQuery(sparql, args[0]);
}

void Session::Queries() {
  for (const auto& name : query::ListCannedQueries(options_.queries_dir)) {
    query::CannedQuery q;
    if (!query::LoadCannedQuery(options_.queries_dir, name, &q).ok()) continue;
    out_ << name;
    for (const auto& p : q.params) out_ << " " << (p.optional ? "[" : "") << p.name << "=…" << (p.optional ? "]" : "");
    out_ << "\n    " << q.purpose << "\n";
  }
  out_ << std::flush;
}

void Session::Prefixes() {
  for (const auto& [prefix, ns] : query::KnownPrefixes()) out_ << "PREFIX " << prefix << ": <" << ns << ">\n";
  out_ << std::flush;
}

void Session::Load(const std::vector<std::string>& args) {
  if (args.size() != 1) return Error(".load expects one file");
  if (Status s = Ready(); !s.ok()) return Error(s.message());
  size_t before = engine_->size();
  if (Status s = engine_->LoadFile(args[0], ""); !s.ok()) return Error(s.message());
  label_cache_valid_ = false;
  graph_words_.clear();
  out_ << "loaded " << (engine_->size() - before) << " triples from " << args[0] << "\n" << std::flush;
}

void Session::Export(const std::vector<std::string>& args) {
  if (args.size() != 1) return Error(".export expects one file");
  if (!have_result_) return Error(".export writes the last result, and no query has run yet");
  std::string ext = std::filesystem::path(args[0]).extension().string();
  query::ResultFormat format = format_;
  if (ext.size() > 1) query::ParseResultFormat(ext.substr(1), &format);
  std::ostringstream text;
  if (Status s = query::WriteResult(last_result_, format, {}, text); !s.ok()) return Error(s.message());
  const std::string tmp = args[0] + ".tmp";
  {
    std::ofstream file(tmp, std::ios::binary);
    file << text.str();
    if (!file.flush()) return Error(args[0] + ": cannot write");
  }
  std::error_code ec;
  std::filesystem::rename(tmp, args[0], ec);
  if (ec) return Error(args[0] + ": cannot write: " + ec.message());
  out_ << "wrote " << args[0] << "\n" << std::flush;
}

void Session::Stats() {
  if (Status s = Ready(); !s.ok()) return Error(s.message());
  if (!options_.store_dir.empty()) out_ << "store    " << options_.store_dir << "\n";
  out_ << "triples  " << engine_->size() << "\n";
  query::QueryResult r;
  if (engine_->Execute("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g", "", &r)
          .ok()) {
    // Rasqal answers an empty GROUP BY with one row of an unbound group: skip it.
    r.rows.erase(std::remove_if(r.rows.begin(), r.rows.end(), [](const auto& row) { return row[0].empty(); }),
                 r.rows.end());
    out_ << "named graphs  " << r.rows.size() << "\n";
    for (const auto& row : r.rows) {
      graph::Term n;
      out_ << "  " << row[0] << "  " << (graph::ParseTerm(row[1], &n) ? n.value : row[1]) << "\n";
    }
  }
  if (engine_->Execute("SELECT ?c (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a ?c } GROUP BY ?c ORDER BY DESC(?n) ?c", "",
                       &r).ok()) {
    query::ResultWriterOptions options;
    options.show_row_count = false;
    out_ << "instances per class\n";
    query::WriteResult(r, query::ResultFormat::kTable, options, out_);
  }
  out_ << std::flush;
}

std::vector<std::string> Session::CompletionWords() {
  std::vector<std::string> words;
  for (const auto& c : kCommands) words.push_back(SplitWords(c.usage)[0]);
  words.push_back(".exit");
  for (const auto& m : kModes) words.push_back(m.name);
  for (const auto& name : query::ListCannedQueries(options_.queries_dir)) words.push_back(name);
  for (const auto& [prefix, ns] : query::KnownPrefixes()) words.push_back(prefix + ":");
  for (const char* kw : {"SELECT", "DISTINCT", "WHERE", "OPTIONAL", "FILTER", "UNION", "GRAPH", "ORDER", "BY",
                         "GROUP", "LIMIT", "OFFSET", "COUNT", "SUM", "CONSTRUCT", "ASK", "DESCRIBE", "VALUES", "BIND",
                         "PREFIX", "LANG", "STR", "REGEX", "CONTAINS", "DESC", "ASC", "HAVING"}) {
    words.push_back(kw);
  }
  if (graph_words_.empty() && Ready().ok()) {
    // The classes and properties the graph uses, abbreviated with the known prefixes.
    std::set<std::string> terms;
    query::QueryResult r;
    if (engine_->Execute("SELECT DISTINCT ?t WHERE { { ?s ?t ?o } UNION { ?s a ?t } }", "", &r).ok()) {
      for (const auto& row : r.rows) {
        graph::Term parts;
        if (!graph::ParseTerm(row[0], &parts) || parts.kind != graph::Term::Kind::kIri) continue;
        for (const auto& [prefix, ns] : query::KnownPrefixes()) {
          if (parts.value.rfind(ns, 0) == 0 && parts.value.size() > ns.size() &&
              parts.value.find('/', ns.size()) == std::string::npos) {
            terms.insert(prefix + ":" + parts.value.substr(ns.size()));
          }
        }
      }
    }
    graph_words_.assign(terms.begin(), terms.end());
  }
  words.insert(words.end(), graph_words_.begin(), graph_words_.end());
  return words;
}

}  // namespace duikou::shell
