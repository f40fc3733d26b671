// Building a passage piece by piece while keeping every byte's provenance.
#pragma once

#include <string_view>

#include "document/document.h"
#include "document/source_text.h"

namespace duikou::document {

// Appends normalized bytes [begin, end) of `src` to `p`: text, to_source, original and the
// source range. When `p` already has text, `separator` goes first (mapped to the source
// offset of `begin`); "" joins the halves of a split paragraph, "\n" separates paragraphs
// and table rows, "\t" table cells.
void AppendPiece(const SourceText& src, size_t begin, size_t end, std::string_view separator, Passage* p);

}  // namespace duikou::document
