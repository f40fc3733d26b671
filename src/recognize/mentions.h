// Mentions: typed spans that the recognizers find in a passage's normalized text.
// Recognizers know nothing of facts; the extract stage combines their mentions into facts.
#pragma once

#include <cstddef>
#include <string>

namespace duikou::recognize {

struct Span {
  size_t begin = 0;  // byte offsets in the normalized passage text
  size_t end = 0;
};

}  // namespace duikou::recognize
