// Persons in a passage: a name right after a title ("市委书记王明华", "市领导李强、张伟…等"),
// or right before 总书记. Names are a common surname and one or two given-name characters;
// where the name ends is decided by the word that follows it (主持, 率, 一行, 等 …).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace duikou::extract::internal {

struct PersonMention {
  size_t begin = 0;
  size_t end = 0;
  std::string name;
  std::string role;  // the title as written, with the body it belongs to: 市委书记, 和龙市委副书记
};

std::vector<PersonMention> FindPersons(std::string_view text);

// True when `name` (2–4 characters) starts with a common surname.
bool LooksLikePersonName(std::string_view name);

}  // namespace duikou::extract::internal
