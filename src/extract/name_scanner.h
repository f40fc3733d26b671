// NameScanner: finds where a Chinese proper name begins, given where it ends.
//
// Chinese text puts no spaces around names, so an organization or project name is found
// from its head word (…有限公司, …医院, …产业园) by walking left until a function word
// (与, 在, 向 …), a verb that introduces a name (对接, 援建, 成立 …), punctuation or a digit.
// Balanced parentheses inside a name are kept ("西藏自治区湖州(浙江)商会").
#pragma once

#include <cstddef>
#include <string_view>

namespace duikou::extract::internal {

// Start of the name that ends at `head_begin` (the head word's first byte), scanning no
// further left than `floor` and taking at most `max_chars` characters.
size_t NameStart(std::string_view text, size_t head_begin, size_t floor, size_t max_chars = 20);

// True when `name` (without its head word) begins with a word that makes it generic rather
// than a proper name: 各, 全, 相关, 当地, 结对, 对口 … ("各学校", "结对医院").
bool IsGenericModifier(std::string_view core);

}  // namespace duikou::extract::internal
