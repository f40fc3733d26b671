#include "extract/doc_context.h"

#include <algorithm>

#include "extract/text_util.h"

namespace duikou::extract::internal {

bool DocContext::InHome(const std::string& code) const {
  return !home_code.empty() && code.size() >= home_code.size() && code.compare(0, home_code.size(), home_code) == 0;
}

std::string DocContext::NameOf(const std::string& code) const {
  const gazetteer::Division* d = gazetteer ? gazetteer->Find(code) : nullptr;
  return d ? d->name : std::string();
}

int DocContext::LevelOf(const std::string& code) {
  switch (code.size()) {
    case 2: return 1;
    case 4: return 2;
    case 6: return 3;
    default: return 4;
  }
}

int LeadingYear(const std::string& text) {
  size_t i = 0;
  while (i < text.size() && text[i] == ' ') ++i;
  size_t j = i;
  while (j < text.size() && IsAsciiDigit(text[j])) ++j;
  if (j - i != 4) return 0;
  size_t k = j;
  while (k < text.size() && text[k] == ' ') ++k;
  if (text.compare(k, 3, "年") != 0) return 0;
  int y = std::stoi(text.substr(i, 4));
  return (y >= 1949 && y <= 2100) ? y : 0;
}

namespace {

// The most frequent key; ties go to the smallest key so the choice is deterministic.
template <typename Map>
std::string ArgMax(const Map& counts) {
  std::string best;
  int best_n = 0;
  for (const auto& [k, n] : counts)
    if (n > best_n) {
      best = k;
      best_n = n;
    }
  return best;
}

}  // namespace

DocContext BuildDocContext(const document::Document& doc, const gazetteer::Gazetteer* gazetteer,
                           const gazetteer::GazetteerMatcher* matcher) {
  DocContext ctx;
  ctx.doc = &doc;
  ctx.gazetteer = gazetteer;
  ctx.matcher = matcher;
  ctx.passages.resize(doc.passages.size());

  // Years.
  std::map<int, int> year_counts;
  for (size_t i = 0; i < doc.passages.size(); ++i) {
    int y = LeadingYear(doc.passages[i].text);
    ctx.passages[i].year = y;
    if (y) ++year_counts[y];
  }
  int best_n = 0;
  for (const auto& [y, n] : year_counts)
    if (n > best_n) {
      ctx.year = y;
      best_n = n;
    }
  for (auto& p : ctx.passages)
    if (!p.year) p.year = ctx.year;

  // First pass: no context. Count prefecture-level mentions (the home city is the
  // prefecture the chapter keeps naming, especially as the subject of "2020年,X市…").
  std::map<std::string, int> prefecture_counts;
  std::map<std::string, std::map<std::string, int>> section_counts;
  gazetteer::ResolveContext none;
  std::vector<std::vector<gazetteer::PlaceMention>> first(doc.passages.size());
  for (size_t i = 0; i < doc.passages.size(); ++i) {
    const std::string& text = doc.passages[i].text;
    first[i] = matcher->FindAll(text, none);
    for (const auto& m : first[i]) {
      if (!m.resolved()) continue;
      if (m.code.size() == 4) {
        int weight = 1;
        // Subject position: right after the leading year and its comma.
        size_t lead = text.find("年");
        if (lead != std::string::npos && lead < 8 && m.begin <= lead + 3 + 3) weight += 3;
        prefecture_counts[m.code] += weight;
      }
      ++section_counts[doc.passages[i].section][m.code];
    }
  }
  ctx.home_code = ArgMax(prefecture_counts);
  if (!ctx.home_code.empty()) {
    ctx.home_name = ctx.NameOf(ctx.home_code);
    ctx.home_province_name = ctx.NameOf(ctx.home_code.substr(0, 2));
  }

  // Each section's recipient: its most mentioned place outside the home city, county or
  // prefecture level (provinces name regions, not partners).
  for (const auto& [section, counts] : section_counts) {
    std::map<std::string, int> candidates;
    for (const auto& [code, n] : counts) {
      if (ctx.InHome(code) || code.size() < 4 || code.size() > 6) continue;
      if (!ctx.home_code.empty() && ctx.home_code.compare(0, code.size(), code) == 0) continue;  // an ancestor of home
      candidates[code] = n;
    }
    std::string best = ArgMax(candidates);
    if (!best.empty() && candidates[best] >= 2) ctx.section_recipient[section] = best;
  }

  // Second pass with context: the section's places and the home city.
  for (size_t i = 0; i < doc.passages.size(); ++i) {
    gazetteer::ResolveContext rc;
    rc.home_code = ctx.home_code;
    auto it = section_counts.find(doc.passages[i].section);
    if (it != section_counts.end()) {
      std::vector<std::pair<int, std::string>> ranked;
      for (const auto& [code, n] : it->second) ranked.push_back({-n, code});
      std::sort(ranked.begin(), ranked.end());
      for (const auto& r : ranked) rc.nearby_codes.push_back(r.second);
    }
    ctx.passages[i].places = matcher->FindAll(doc.passages[i].text, rc);
  }
  return ctx;
}

}  // namespace duikou::extract::internal
