#include "recognize/word_set.h"

#include <algorithm>

namespace duikou::recognize::internal {

WordSet::WordSet(std::initializer_list<std::string_view> words) {
  for (std::string_view w : words) Add(w);
  Finish();
}

void WordSet::Add(std::string_view w) {
  if (w.empty()) return;
  size_t len = 0;
  char32_t first = utf8::Decode(w, 0, &len);
  char32_t last = utf8::DecodeBefore(w, w.size(), &len);
  first_chars_.Add(first);
  last_chars_.Add(last);
  AddTo(&by_first_, first, w);
  AddTo(&by_last_, last, w);
}

void WordSet::AddTo(std::vector<Group>* groups, char32_t c, std::string_view w) {
  auto it = std::find_if(groups->begin(), groups->end(), [&](const Group& g) { return g.c == c; });
  if (it == groups->end()) it = groups->insert(groups->end(), Group{c, {}});
  it->words.push_back(w);
}

const WordSet::Group* WordSet::Find(const std::vector<Group>& groups, char32_t c) {
  auto it = std::lower_bound(groups.begin(), groups.end(), c, [](const Group& g, char32_t x) { return g.c < x; });
  return it != groups.end() && it->c == c ? &*it : nullptr;
}

void WordSet::Finish() {
  auto longest_first = [](std::string_view a, std::string_view b) { return a.size() > b.size(); };
  auto by_char = [](const Group& a, const Group& b) { return a.c < b.c; };
  for (std::vector<Group>* groups : {&by_first_, &by_last_}) {
    for (Group& g : *groups) std::stable_sort(g.words.begin(), g.words.end(), longest_first);
    std::sort(groups->begin(), groups->end(), by_char);
  }
}

std::string_view WordSet::LongestAt(std::string_view text, size_t pos) const {
  if (pos >= text.size()) return {};
  size_t len = 0;
  char32_t c = utf8::Decode(text, pos, &len);
  if (!first_chars_.Has(c)) return {};
  const Group* g = Find(by_first_, c);
  if (g == nullptr) return {};
  for (std::string_view w : g->words) {
    if (utf8::At(text, pos, w)) return w;
  }
  return {};
}

std::string_view WordSet::LongestEndingAt(std::string_view text, size_t pos) const {
  if (pos == 0 || pos > text.size()) return {};
  size_t len = 0;
  char32_t c = utf8::DecodeBefore(text, pos, &len);
  if (!last_chars_.Has(c)) return {};
  const Group* g = Find(by_last_, c);
  if (g == nullptr) return {};
  for (std::string_view w : g->words) {
    if (utf8::EndsAt(text, pos, w)) return w;
  }
  return {};
}

bool WordSet::Contains(std::string_view word) const {
  return !word.empty() && LongestAt(word, 0) == word;
}

}  // namespace duikou::recognize::internal
