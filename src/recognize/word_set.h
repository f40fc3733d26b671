// WordSet: a fixed set of words with fast "which word starts / ends here?" lookups.
//
// The recognizers test many short word lists (measure words, stop words, titles, context
// words) at many positions. A WordSet indexes its words by their first and last characters,
// so a position whose character starts or ends no word is rejected with one bit test, and
// otherwise only the few words sharing that character are compared. Internal to the
// recognize stage.
#pragma once

#include <initializer_list>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "recognize/utf8.h"

namespace duikou::recognize::internal {

class WordSet {
 public:
  // The words must outlive the set (string literals do).
  WordSet(std::initializer_list<std::string_view> words);
  template <typename Container>
  explicit WordSet(const Container& words) {
    for (std::string_view w : words) Add(w);
    Finish();
  }

  // The longest word that starts at text[pos], or empty.
  std::string_view LongestAt(std::string_view text, size_t pos) const;
  // The longest word that ends just before text[pos], or empty.
  std::string_view LongestEndingAt(std::string_view text, size_t pos) const;
  bool Contains(std::string_view word) const;

 private:
  void Add(std::string_view w);
  void Finish();

  utf8::CharSet first_chars_;
  utf8::CharSet last_chars_;
  std::unordered_map<char32_t, std::vector<std::string_view>> by_first_;  // longest first
  std::unordered_map<char32_t, std::vector<std::string_view>> by_last_;   // longest first
};

}  // namespace duikou::recognize::internal
