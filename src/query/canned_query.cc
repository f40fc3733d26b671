#include "query/canned_query.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "graph/dataset.h"
#include "graph/vocabulary.h"

namespace duikou::query {
namespace {

constexpr std::string_view kMarker = "#@VALUES";

std::string Trim(std::string s) {
  size_t b = s.find_first_not_of(" \t\r");
  size_t e = s.find_last_not_of(" \t\r");
  return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
}

bool StartsWithIgnoreCase(const std::string& s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(s[i])) != std::tolower(static_cast<unsigned char>(prefix[i])))
      return false;
  }
  return true;
}

// "place (optional) - a place name" -> CannedParam.
CannedParam ParseParamLine(const std::string& spec) {
  CannedParam p;
  size_t i = 0;
  while (i < spec.size() && (std::isalnum(static_cast<unsigned char>(spec[i])) || spec[i] == '_')) ++i;
  p.name = spec.substr(0, i);
  std::string rest = Trim(spec.substr(i));
  if (!rest.empty() && rest[0] == '(') {
    size_t close = rest.find(')');
    std::string flags = rest.substr(1, close == std::string::npos ? std::string::npos : close - 1);
    p.optional = flags.find("optional") != std::string::npos;
    p.year = flags.find("year") != std::string::npos;
    rest = close == std::string::npos ? "" : Trim(rest.substr(close + 1));
  }
  if (!rest.empty() && (rest[0] == '-' || rest[0] == ':')) rest = Trim(rest.substr(1));
  p.description = rest;
  return p;
}

// An IRI a user typed: http(s)://…, urn:…, or wrapped in <>. Returns false otherwise.
bool LooksLikeIri(const std::string& v) {
  return (v.size() > 2 && v.front() == '<' && v.back() == '>') || v.rfind("http://", 0) == 0 ||
         v.rfind("https://", 0) == 0 || v.rfind("urn:", 0) == 0;
}

// IRIREF may not hold these (SPARQL 1.1 grammar [139]); refusing them keeps the term whole.
bool IsValidIri(const std::string& iri) {
  if (iri.empty()) return false;
  for (unsigned char c : iri) {
    if (c <= 0x20 || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' || c == '|' || c == '^' || c == '`' ||
        c == '\\')
      return false;
  }
  return true;
}

// Drops the lines between "#@IF NAME" and "#@END" when parameter NAME has no value: the query's
// author decides what text a parameter enables; the value itself never enters the text.
Status ApplyConditionals(const CannedQuery& query, const std::map<std::string, std::string>& values,
                         std::string* text) {
  std::istringstream in(query.text);
  std::string line;
  std::string out;
  bool keep = true;
  bool inside = false;
  int line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    std::string t = Trim(line);
    if (t.rfind("#@IF ", 0) == 0) {
      if (inside) return Status::Error(query.name + ":" + std::to_string(line_no) + ": nested #@IF");
      inside = true;
      keep = values.count(Trim(t.substr(5))) > 0;
      continue;
    }
    if (t == "#@END") {
      if (!inside) return Status::Error(query.name + ":" + std::to_string(line_no) + ": #@END without #@IF");
      inside = false;
      keep = true;
      continue;
    }
    if (keep) out += line + "\n";
  }
  if (inside) return Status::Error(query.name + ": #@IF without #@END");
  *text = out;
  return Status::Ok();
}

}  // namespace

CannedQuery ParseCannedQuery(const std::string& name, const std::string& text) {
  CannedQuery q;
  q.name = name;
  q.text = text;
  std::istringstream in(text);
  std::string line;
  std::string* continued = nullptr;  // the field an indented comment line continues
  while (std::getline(in, line)) {
    line = Trim(line);
    if (line.empty()) continue;
    if (line[0] != '#') break;  // the header ends at the first non-comment line
    const bool indented = line.size() > 2 && line[1] == ' ' && line[2] == ' ';
    std::string body = Trim(line.substr(1));
    if (StartsWithIgnoreCase(body, "purpose:")) {
      q.purpose = Trim(body.substr(8));
      continued = &q.purpose;
    } else if (StartsWithIgnoreCase(body, "param:")) {
      CannedParam p = ParseParamLine(Trim(body.substr(6)));
      if (!p.name.empty()) q.params.push_back(p);
      continued = q.params.empty() ? nullptr : &q.params.back().description;
    } else if (StartsWithIgnoreCase(body, "example:")) {
      q.example = Trim(body.substr(8));
      continued = nullptr;
    } else if (indented && continued && !body.empty()) {
      *continued += " " + body;
    } else {
      continued = nullptr;
    }
  }
  return q;
}

bool IsCannedQueryName(const std::string& dir, const std::string& name) {
  if (name.empty()) return false;
  for (unsigned char c : name) {
    if (!std::isalnum(c) && c != '-' && c != '_') return false;
  }
  return std::filesystem::is_regular_file(dir + "/" + name + ".rq");
}

std::vector<std::string> ListCannedQueries(const std::string& dir) {
  std::vector<std::string> names;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    if (entry.is_regular_file() && entry.path().extension() == ".rq") names.push_back(entry.path().stem().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

Status LoadCannedQuery(const std::string& dir, const std::string& name, CannedQuery* out) {
  if (!IsCannedQueryName(dir, name)) {
    std::string available;
    for (const auto& n : ListCannedQueries(dir)) available += (available.empty() ? "" : ", ") + n;
    return Status::Error("no canned query '" + name + "' in " + dir + " (available: " +
                         (available.empty() ? "none" : available) + ")");
  }
  std::ifstream in(dir + "/" + name + ".rq");
  std::ostringstream text;
  text << in.rdbuf();
  *out = ParseCannedQuery(name, text.str());
  return Status::Ok();
}

Status BindParameters(const CannedQuery& query, const std::map<std::string, std::string>& values,
                      std::string* sparql) {
  std::vector<std::string> variables;
  std::vector<std::string> terms;
  for (const auto& [name, value] : values) {
    auto it = std::find_if(query.params.begin(), query.params.end(),
                           [&](const CannedParam& p) { return p.name == name; });
    if (it == query.params.end()) {
      std::string known;
      for (const auto& p : query.params) known += (known.empty() ? "" : ", ") + p.name;
      return Status::Error("query '" + query.name + "' has no parameter '" + name + "' (parameters: " +
                           (known.empty() ? "none" : known) + ")");
    }
    if (it->year) {
      bool digits = !value.empty() && value.size() <= 4 &&
                    std::all_of(value.begin(), value.end(), [](unsigned char c) { return std::isdigit(c); });
      if (!digits) return Status::Error("parameter '" + name + "': expected a year such as 2020, got '" + value + "'");
      variables.push_back("?" + name);
      terms.push_back("\"" + value + "\"^^<" + graph::ns::kXsd + "gYear>");
    } else if (LooksLikeIri(value)) {
      std::string iri = value.front() == '<' ? value.substr(1, value.size() - 2) : value;
      if (!IsValidIri(iri)) return Status::Error("parameter '" + name + "': not a valid IRI: " + value);
      variables.push_back("?" + name);
      terms.push_back("<" + iri + ">");
    } else {
      variables.push_back("?" + name + "Name");
      terms.push_back(graph::LangLiteral(value, "zh"));
    }
  }
  for (const auto& p : query.params) {
    if (!p.optional && !values.count(p.name)) {
      return Status::Error("query '" + query.name + "' needs --param " + p.name + "=VALUE (" + p.description + ")");
    }
  }
  if (Status s = ApplyConditionals(query, values, sparql); !s.ok()) return s;
  if (variables.empty()) return Status::Ok();
  size_t marker = sparql->find(kMarker);
  if (marker == std::string::npos) {
    return Status::Error("query '" + query.name + "' takes no parameters (it has no " + std::string(kMarker) +
                         " marker)");
  }
  std::string block = "VALUES (";
  for (size_t i = 0; i < variables.size(); ++i) block += (i ? " " : "") + variables[i];
  block += ") { (";
  for (size_t i = 0; i < terms.size(); ++i) block += (i ? " " : "") + terms[i];
  block += ") }";
  sparql->replace(marker, kMarker.size(), block);
  return Status::Ok();
}

}  // namespace duikou::query
