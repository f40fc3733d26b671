#include "document/passage_reader.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "document/source_text.h"
#include "document/structure_recognizer.h"
#include "text/decoder.h"

namespace duikou::document {

Status PassageReader::ReadFile(const std::string& path, Document* out) const {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) return Status::Error(path + ": is a directory, expected a text file");
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error(path + ": cannot open file");
  std::ostringstream buf;
  buf << in.rdbuf();
  if (in.bad()) return Status::Error(path + ": read error");
  return Read(buf.str(), path, out);
}

Status PassageReader::Read(std::string_view bytes, const std::string& source_name, Document* out) const {
  text::DecodedView decoded;
  if (Status s = text::DecodeView(bytes, source_name, &decoded); !s.ok()) return s;
  text::MappedText norm;
  normalizer_->NormalizeInto(decoded.utf8, &norm);
  if (norm.text.find_first_not_of(" \t\n") == std::string::npos) {
    return Status::Error(source_name + ": " + (bytes.empty() ? "empty file" : "file holds only whitespace") +
                         ", expected the text of a yearbook chapter");
  }
  Document doc;
  doc.source = source_name;
  doc.encoding = decoded.encoding == text::Encoding::kUtf8Bom ? "UTF-8" : text::EncodingName(decoded.encoding);
  doc.traditional = norm.traditional;
  SourceText src(&decoded, &norm);
  StructureRecognizer(src, &doc).Run();
  *out = std::move(doc);
  return Status::Ok();
}

}  // namespace duikou::document
