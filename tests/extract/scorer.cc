#include "scorer.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>

namespace duikou::extract::scoring {

namespace {

struct KindSpec {
  std::string kind;
  std::vector<size_t> key_fields;  // indices into the tab-separated fields (0 is the kind)
  bool multiset;
  std::string line_kind = kind;    // the first field of the lines it is read from
  size_t required_fields = key_fields.back() + 1;
  // A field that lists several values ("甲/乙"): one key per value. 0 when none does.
  size_t listed_field = 0;
};

const std::vector<KindSpec>& Specs() {
  static const std::vector<KindSpec> specs = {
      {"place", {1}, false},       {"org", {1, 2}, false},     {"person", {1}, false},
      {"pairing", {1, 2, 3}, false}, {"figure", {1, 2, 3}, true},
      {"figure_detail", {1, 2, 3, 4, 6}, true, "figure", 4},  // empty trailing fields may be left off
      {"figure_subject", {1, 2, 3, 5}, true, "figure", 4},
      {"project", {1}, false},     {"project_place", {1, 2}, false, "project", 2},     {"event", {1, 2}, true, "event", 2}, {"award", {1}, false},
      {"award_winner", {1, 3}, false, "award", 2, 3},
  };
  return specs;
}

std::string StripSpaces(const std::string& s) {
  std::string out;
  for (char c : s)
    if (c != ' ' && c != '\r') out.push_back(c);
  return out;
}

std::string Join(const std::vector<std::string>& parts) {
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) out += (i ? "|" : "") + parts[i];
  return out;
}

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> out;
  std::string field;
  std::istringstream in(line);
  while (std::getline(in, field, '\t')) out.push_back(field);
  return out;
}

}  // namespace

const std::vector<std::string>& Kinds() {
  static const std::vector<std::string> kinds = [] {
    std::vector<std::string> k;
    for (const auto& s : Specs()) k.push_back(s.kind);
    return k;
  }();
  return kinds;
}

Status LoadExpectation(const std::string& path, Keys* out) {
  std::ifstream in(path);
  if (!in) return Status::Error(path + ": cannot open expectation file");
  out->clear();
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (line.empty() || line[0] == '#' || StripSpaces(line).empty()) continue;
    auto fields = SplitTabs(line);
    bool known = false;
    for (const auto& spec : Specs()) {
      if (spec.line_kind != fields[0]) continue;
      known = true;
      if (fields.size() < spec.required_fields)
        return Status::Error(path + ":" + std::to_string(n) + ": " + spec.kind + " needs field " +
                             std::to_string(fields.size()));
      std::vector<std::string> values = {""};
      if (spec.listed_field) {
        values.clear();
        std::istringstream listed(spec.listed_field < fields.size() ? fields[spec.listed_field] : "");
        for (std::string v; std::getline(listed, v, '/');)
          if (!StripSpaces(v).empty()) values.push_back(v);
      }
      for (const std::string& value : values) {
        std::vector<std::string> key;
        for (size_t f : spec.key_fields)
          key.push_back(StripSpaces(f == spec.listed_field ? value : f < fields.size() ? fields[f] : ""));
        (*out)[spec.kind].push_back(Join(key));
      }
    }
    if (!known) return Status::Error(path + ":" + std::to_string(n) + ": unknown kind '" + fields[0] + "'");
  }
  return Status::Ok();
}

Keys KeysOf(const Extraction& ex) {
  Keys k;
  for (const auto& p : ex.places) k["place"].push_back(p.code);
  for (const auto& o : ex.organizations) k["org"].push_back(Join({o.name, OrgTypeName(o.type)}));
  for (const auto& p : ex.persons) k["person"].push_back(p.name);
  for (const auto& p : ex.pairings) k["pairing"].push_back(Join({p.supporter.key, p.recipient.key, p.type}));
  for (const auto& f : ex.figures) k["figure"].push_back(Join({f.metric, f.value, std::to_string(f.year)}));
  for (const auto& f : ex.figures)
    k["figure_detail"].push_back(Join({f.metric, f.value, std::to_string(f.year), f.qualifier, f.recipient.key}));
  for (const auto& f : ex.figures)
    k["figure_subject"].push_back(Join({f.metric, f.value, std::to_string(f.year), f.subject.key}));
  for (const auto& p : ex.projects) k["project"].push_back(p.name);
  for (const auto& p : ex.projects) k["project_place"].push_back(Join({p.name, p.place.key}));
  for (const auto& e : ex.events) k["event"].push_back(Join({e.start_date, e.end_date}));
  for (const auto& a : ex.awards) k["award"].push_back(a.name);
  for (const auto& a : ex.awards)
    for (const auto& w : a.awarded_to)  // a place by its name, as the expectations write winners
      k["award_winner"].push_back(Join({a.name, w.kind == Ref::Kind::kPlace ? w.surface : w.key}));
  return k;
}

std::vector<KindScore> Score(const Keys& expected, const Keys& extracted) {
  std::vector<KindScore> scores;
  for (const auto& spec : Specs()) {
    KindScore s;
    s.kind = spec.kind;
    auto get = [&](const Keys& keys) {
      auto it = keys.find(spec.kind);
      std::vector<std::string> v = it == keys.end() ? std::vector<std::string>{} : it->second;
      std::sort(v.begin(), v.end());
      if (!spec.multiset) v.erase(std::unique(v.begin(), v.end()), v.end());
      return v;
    };
    std::vector<std::string> e = get(expected), x = get(extracted);
    std::vector<std::string> common;
    std::set_intersection(e.begin(), e.end(), x.begin(), x.end(), std::back_inserter(common));
    std::set_difference(e.begin(), e.end(), x.begin(), x.end(), std::back_inserter(s.missed));
    std::set_difference(x.begin(), x.end(), e.begin(), e.end(), std::back_inserter(s.spurious));
    s.expected = e.size();
    s.extracted = x.size();
    s.matched = common.size();
    if (s.extracted) s.precision = static_cast<double>(s.matched) / s.extracted;
    if (s.expected) s.recall = static_cast<double>(s.matched) / s.expected;
    scores.push_back(std::move(s));
  }
  return scores;
}

std::string FormatReport(const std::vector<KindScore>& scores, bool details) {
  std::string out = "kind       expected extracted matched precision recall\n";
  char buf[160];
  for (const auto& s : scores) {
    std::snprintf(buf, sizeof buf, "%-10s %8zu %9zu %7zu %9.3f %6.3f\n", s.kind.c_str(), s.expected, s.extracted,
                  s.matched, s.precision, s.recall);
    out += buf;
  }
  if (details)
    for (const auto& s : scores) {
      for (const auto& m : s.missed) out += "  missed   " + s.kind + " " + m + "\n";
      for (const auto& m : s.spurious) out += "  spurious " + s.kind + " " + m + "\n";
    }
  return out;
}

}  // namespace duikou::extract::scoring
