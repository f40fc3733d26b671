#include "document/passage_text.h"

#include <algorithm>

#include "text/large_buffer.h"

namespace duikou::document {

void AppendPiece(const SourceText& src, size_t begin, size_t end, std::string_view separator, Passage* p) {
  const bool first = p->to_source.empty();
  if (first) {
    text::ReserveLarge(&p->text, end - begin);
    text::ReserveLarge(&p->original, end - begin);
    text::ReserveLarge(&p->to_source, end - begin + 1);
  }
  if (!first) p->to_source.pop_back();  // the end sentinel; re-added below
  const uint32_t piece_source = src.SourceOffset(begin);
  if (!p->text.empty() && !separator.empty()) {
    p->text.append(separator);
    p->original.append(separator);
    p->to_source.insert(p->to_source.end(), separator.size(), piece_source);
  }
  p->text.append(src.normalized(begin, end));
  p->original.append(src.Original(begin, end));
  const size_t base = p->to_source.size();
  p->to_source.resize(base + (end - begin));
  src.CopySourceOffsets(begin, end, p->to_source.data() + base);
  const uint32_t piece_end = src.SourceOffset(end);
  p->to_source.push_back(piece_end);
  if (first) {
    p->source_begin = piece_source;
    p->source_end = piece_end;
  } else {
    p->source_begin = std::min(p->source_begin, piece_source);
    p->source_end = std::max(p->source_end, piece_end);
  }
}

}  // namespace duikou::document
