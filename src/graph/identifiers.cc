#include "graph/identifiers.h"

namespace duikou::graph {

uint64_t Fnv1a64(std::string_view bytes) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return h;
}

std::string ContentKey(std::initializer_list<std::string_view> fields) {
  std::string joined;
  bool first = true;
  for (std::string_view f : fields) {
    if (!first) joined += '\x1f';
    joined += f;
    first = false;
  }
  static constexpr char kHex[] = "0123456789abcdef";
  uint64_t h = Fnv1a64(joined);
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i, h >>= 4) out[i] = kHex[h & 0xf];
  return out;
}

std::string PercentEncode(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(text.size() * 3);
  for (unsigned char c : text) {
    bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                      c == '-' || c == '.' || c == '_' || c == '~';
    if (unreserved) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 0xf];
    }
  }
  return out;
}

std::string BaseName(std::string_view path) {
  size_t slash = path.find_last_of("/\\");
  return std::string(slash == std::string_view::npos ? path : path.substr(slash + 1));
}

bool IsValidBase(std::string_view base, std::string* why) {
  size_t colon = base.find(':');
  bool scheme_ok = colon != std::string_view::npos && colon > 0 &&
                   ((base[0] >= 'a' && base[0] <= 'z') || (base[0] >= 'A' && base[0] <= 'Z'));
  for (size_t i = 1; scheme_ok && i < colon; ++i) {
    char c = base[i];
    scheme_ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '+' || c == '-' ||
                c == '.';
  }
  if (!scheme_ok) {
    *why = "'" + std::string(base) + "' is not an absolute IRI (expected e.g. https://example.org/yearbook/)";
    return false;
  }
  for (unsigned char c : base) {
    if (c <= ' ' || std::string_view("<>\"{}|^`\\").find(static_cast<char>(c)) != std::string_view::npos) {
      *why = "'" + std::string(base) + "' holds a character an IRI may not contain";
      return false;
    }
  }
  if (base.back() != '/' && base.back() != '#') {
    *why = "'" + std::string(base) + "' must end in '/' or '#' so that {base}place/{code} is a well-formed IRI";
    return false;
  }
  return true;
}

std::string IriMinter::Place(std::string_view admin_code) const {
  return base_ + "place/" + PercentEncode(admin_code);
}

std::string IriMinter::Organization(std::string_view normalized_name) const {
  return base_ + "org/" + PercentEncode(normalized_name);
}

std::string IriMinter::Person(std::string_view name, std::string_view affiliation_key) const {
  std::string iri = base_ + "person/" + PercentEncode(name);
  if (!affiliation_key.empty()) iri += "_" + ContentKey({affiliation_key}).substr(0, 8);
  return iri;
}

std::string IriMinter::Passage(std::string_view file_name, uint32_t begin, uint32_t end) const {
  return Record("passage", ContentKey({file_name, std::to_string(begin), std::to_string(end)}));
}

std::string IriMinter::SourceDocument(std::string_view file_name) const {
  return base_ + "source/" + PercentEncode(file_name);
}

std::string IriMinter::Record(std::string_view kind, std::string_view key) const {
  return base_ + std::string(kind) + "/" + std::string(key);
}

}  // namespace duikou::graph
