#include "document/passage_reader.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "text/decoder.h"

namespace duikou::document {

Status PassageReader::ReadFile(const std::string& path, Document* out) const {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) return Status::Error(path + ": is a directory, expected a text file");
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error(path + ": cannot open file");
  std::ostringstream buf;
  buf << in.rdbuf();
  return Read(buf.str(), path, out);
}

// Skeleton: one passage per 【entry】 line (issue 3 replaces this).
Status PassageReader::Read(std::string_view bytes, const std::string& source_name, Document* out) const {
  text::DecodedText decoded;
  if (Status s = text::Decode(bytes, source_name, &decoded); !s.ok()) return s;
  text::NormalizedText norm = normalizer_->Normalize(decoded.utf8);
  *out = Document{};
  out->source = source_name;
  out->encoding = text::EncodingName(decoded.encoding);
  size_t pos = 0;
  std::string section;
  while (pos < norm.text.size()) {
    size_t eol = norm.text.find('\n', pos);
    if (eol == std::string::npos) eol = norm.text.size();
    std::string line = norm.text.substr(pos, eol - pos);
    if (line.rfind("【", 0) == 0) {
      size_t close = line.find("】");
      Passage p;
      p.kind = PassageKind::kEntry;
      p.section = section;
      p.entry_title = line.substr(3, close == std::string::npos ? 0 : close - 3);
      p.text = line;
      p.original = line;
      p.source_begin = decoded.utf8_to_source[norm.to_input[pos]];
      p.source_end = decoded.utf8_to_source[norm.to_input[eol]];
      out->passages.push_back(std::move(p));
    } else if (!line.empty() && line.size() <= 24 && line.find("，") == std::string::npos) {
      section = line;
      out->sections.push_back(section);
    }
    pos = eol + 1;
  }
  return Status::Ok();
}

}  // namespace duikou::document
