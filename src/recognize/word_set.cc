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
  by_first_[first].push_back(w);
  by_last_[last].push_back(w);
}

void WordSet::Finish() {
  auto longest_first = [](std::string_view a, std::string_view b) { return a.size() > b.size(); };
  for (auto& [c, list] : by_first_) std::stable_sort(list.begin(), list.end(), longest_first);
  for (auto& [c, list] : by_last_) std::stable_sort(list.begin(), list.end(), longest_first);
}

std::string_view WordSet::LongestAt(std::string_view text, size_t pos) const {
  if (pos >= text.size()) return {};
  size_t len = 0;
  char32_t c = utf8::Decode(text, pos, &len);
  if (!first_chars_.Has(c)) return {};
  auto it = by_first_.find(c);
  if (it == by_first_.end()) return {};
  for (std::string_view w : it->second) {
    if (utf8::At(text, pos, w)) return w;
  }
  return {};
}

std::string_view WordSet::LongestEndingAt(std::string_view text, size_t pos) const {
  if (pos == 0 || pos > text.size()) return {};
  size_t len = 0;
  char32_t c = utf8::DecodeBefore(text, pos, &len);
  if (!last_chars_.Has(c)) return {};
  auto it = by_last_.find(c);
  if (it == by_last_.end()) return {};
  for (std::string_view w : it->second) {
    if (utf8::EndsAt(text, pos, w)) return w;
  }
  return {};
}

bool WordSet::Contains(std::string_view word) const {
  return !word.empty() && LongestAt(word, 0) == word;
}

}  // namespace duikou::recognize::internal
