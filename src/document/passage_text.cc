#include "document/passage_text.h"

#include <algorithm>

#include "text/large_buffer.h"

namespace duikou::document {

void AppendPiece(const SourceText& src, size_t begin, size_t end, std::string_view separator, Passage* p) {
  const bool first = p->to_source.empty();
  if (first) {
    text::ReserveLarge(&p->text, end - begin);
    text::ReserveLarge(&p->original, end - begin);
  }
  const uint32_t piece_source = src.SourceOffset(begin);
  if (!p->text.empty() && !separator.empty()) {
    p->text.append(separator);
    p->original.append(separator);
    p->to_source.AddChar(piece_source, static_cast<unsigned>(separator.size()));
  }
  p->text.append(src.normalized(begin, end));
  p->original.append(src.Original(begin, end));
  src.AppendSourceOffsets(begin, end, &p->to_source);
  const uint32_t piece_end = src.SourceOffset(end);
  p->to_source.SetEnd(piece_end);
  if (first) {
    p->source_begin = piece_source;
    p->source_end = piece_end;
  } else {
    p->source_begin = std::min(p->source_begin, piece_source);
    p->source_end = std::max(p->source_end, piece_end);
  }
}

}  // namespace duikou::document
