#include "gazetteer/gazetteer.h"

#include <cstdio>
#include <cstdlib>
#include <tuple>

#include "gazetteer/alias_rules.h"
#include "gazetteer/gazetteer_impl.h"

namespace duikou::gazetteer {

const char* LevelName(Level level) {
  switch (level) {
    case Level::kProvince: return "Province";
    case Level::kPrefecture: return "Prefecture";
    case Level::kCounty: return "County";
    case Level::kTownship: return "Township";
  }
  return "?";
}

namespace {

// Code length of each level, indexed by Level.
constexpr size_t kCodeLength[] = {0, 2, 4, 6, 9};

bool AllDigits(std::string_view s) {
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return !s.empty();
}

Status LineError(const std::string& path, size_t line, const std::string& what) {
  return Status::Error(path + ":" + std::to_string(line) + ": " + what);
}

// Parses one data line "code\tname\tlevel\tparent" into `out`.
Status ParseLine(const std::string& path, size_t line_no, std::string_view line, Division* out) {
  std::string_view fields[4];
  size_t n = 0;
  for (size_t start = 0;;) {
    const size_t tab = line.find('\t', start);
    if (n == 4) return LineError(path, line_no, "expected 4 tab-separated fields (code, name, level, parent), got more");
    fields[n++] = line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start);
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  if (n != 4) {
    return LineError(path, line_no,
                     "expected 4 tab-separated fields (code, name, level, parent), got " + std::to_string(n));
  }
  const auto [code, name, level, parent] = std::tie(fields[0], fields[1], fields[2], fields[3]);
  if (level.size() != 1 || level[0] < '1' || level[0] > '4') {
    return LineError(path, line_no, "expected level 1-4, got '" + std::string(level) + "'");
  }
  out->level = static_cast<Level>(level[0] - '0');
  if (!AllDigits(code) || code.size() != kCodeLength[level[0] - '0']) {
    return LineError(path, line_no,
                     "expected a " + std::to_string(kCodeLength[level[0] - '0']) + "-digit code for level " +
                         std::string(level) + ", got '" + std::string(code) + "'");
  }
  if (name.empty()) return LineError(path, line_no, "empty name");
  if (out->level == Level::kProvince ? !parent.empty()
                                     : !(AllDigits(parent) && parent.size() < code.size() &&
                                         code.substr(0, parent.size()) == parent)) {
    return LineError(path, line_no,
                     "parent '" + std::string(parent) + "' is not a code prefix of '" + std::string(code) + "'");
  }
  out->code = std::string(code);
  out->name = std::string(name);
  out->parent_code = std::string(parent);
  return Status::Ok();
}

Status ReadFile(const std::string& path, std::string* out) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) return Status::Error(path + ": cannot open the gazetteer data file");
  char buf[1 << 16];
  for (size_t n; (n = std::fread(buf, 1, sizeof buf, f)) > 0;) out->append(buf, n);
  const bool failed = std::ferror(f) != 0;
  std::fclose(f);
  return failed ? Status::Error(path + ": read error") : Status::Ok();
}

}  // namespace

Gazetteer::Gazetteer() : impl_(std::make_unique<Impl>()) {}
Gazetteer::~Gazetteer() = default;

std::string Gazetteer::DefaultPath() {
  const char* home = std::getenv("DUIKOU_HOME");
  return std::string(home && *home ? home : DUIKOU_SOURCE_DIR) + "/data/gazetteer/divisions.tsv";
}

Status Gazetteer::Load(const std::string& path, std::unique_ptr<Gazetteer>* out) {
  std::string content;
  if (Status s = ReadFile(path, &content); !s.ok()) return s;

  std::unique_ptr<Gazetteer> g(new Gazetteer());
  Impl& impl = *g->impl_;
  impl.divisions.reserve(content.size() / 28);
  std::vector<size_t> line_of;  // source line of each division, for error messages
  size_t line_no = 0;
  for (size_t pos = 0; pos < content.size();) {
    size_t eol = content.find('\n', pos);
    if (eol == std::string::npos) eol = content.size();
    std::string_view line(content.data() + pos, eol - pos);
    pos = eol + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    Division d;
    if (Status s = ParseLine(path, line_no, line, &d); !s.ok()) return s;
    if (!impl.divisions.empty() && impl.divisions.back().code >= d.code) {
      return LineError(path, line_no, "codes must be unique and ascending; '" + d.code + "' follows '" +
                                          impl.divisions.back().code + "'");
    }
    impl.divisions.push_back(std::move(d));
    line_of.push_back(line_no);
  }
  if (impl.divisions.empty()) return Status::Error(path + ": no divisions");

  impl.IndexCodes();
  impl.parent.assign(impl.divisions.size(), kNoDivision);
  for (uint32_t i = 0; i < impl.divisions.size(); ++i) {
    const Division& d = impl.divisions[i];
    if (d.parent_code.empty()) continue;
    const uint32_t p = impl.IndexOf(d.parent_code);
    if (p == kNoDivision) return LineError(path, line_of[i], "unknown parent '" + d.parent_code + "'");
    impl.parent[i] = p;
  }
  impl.names.Build(impl.divisions);
  *out = std::move(g);
  return Status::Ok();
}

const Division* Gazetteer::Find(std::string_view code) const {
  const uint32_t i = impl_->IndexOf(code);
  return i == kNoDivision ? nullptr : &impl_->divisions[i];
}

std::vector<const Division*> Gazetteer::Ancestors(std::string_view code) const {
  std::vector<const Division*> out;
  const uint32_t i = impl_->IndexOf(code);
  if (i == kNoDivision) return out;
  out.reserve(3);  // a township's county, prefecture and province: one allocation
  for (uint32_t p = impl_->parent[i]; p != kNoDivision; p = impl_->parent[p]) out.push_back(&impl_->divisions[p]);
  return out;
}

const std::vector<Division>& Gazetteer::divisions() const { return impl_->divisions; }

bool Gazetteer::IsWithin(std::string_view code, std::string_view scope) const {
  const uint32_t d = impl_->IndexOf(code), s = impl_->IndexOf(scope);
  return d != kNoDivision && s != kNoDivision && impl_->Within(d, s);
}

std::vector<std::string> Gazetteer::Lookup(std::string_view surface) const {
  std::vector<std::string> codes;
  if (const NameEntry* e = impl_->names.Lookup(surface)) {
    for (uint32_t d : e->divisions) codes.push_back(impl_->divisions[d].code);
  }
  return codes;
}

std::vector<std::string> Gazetteer::Aliases(std::string_view code) const {
  std::vector<std::string> out;
  const Division* d = Find(code);
  if (d == nullptr) return out;
  for (const NameForm& f : NameForms(*d)) {
    if (f.kind != NameKind::kOfficial) out.push_back(f.text);
  }
  return out;
}

std::string Gazetteer::ShortName(std::string_view code) const {
  const Division* d = Find(code);
  if (d == nullptr) return "";
  for (const NameForm& f : NameForms(*d)) {
    if (f.kind == NameKind::kShort) return f.text;
  }
  return d->name;
}

}  // namespace duikou::gazetteer
