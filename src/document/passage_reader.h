// PassageReader: a yearbook chapter file -> Document.
//
// Decodes (text/decoder.h), normalizes (text/normalizer.h), then recognizes structure:
// chapter title, section headings, entries, captions, attributions and tables, re-joining
// paragraphs that a page break or an inserted photo caption split in two.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "base/status.h"
#include "document/document.h"
#include "text/normalizer.h"

namespace duikou::document {

class PassageReader {
 public:
  // `normalizer` must outlive the reader.
  explicit PassageReader(const text::Normalizer* normalizer) : normalizer_(normalizer) {}

  // Reads a file. Errors name the file (and the byte offset where relevant); on error `out`
  // is left unspecified and nothing else is touched.
  Status ReadFile(const std::string& path, Document* out) const;
  // Reads bytes already in memory; `source_name` is what Document::source and errors say.
  Status Read(std::string_view bytes, const std::string& source_name, Document* out) const;

 private:
  const text::Normalizer* normalizer_;
};

}  // namespace duikou::document
