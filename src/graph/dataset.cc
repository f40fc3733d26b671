#include "graph/dataset.h"

namespace duikou::graph {

namespace {

void AppendEscaped(std::string* out, std::string_view s) {
  for (char c : s) {
    switch (c) {
      case '"': *out += "\\\""; break;
      case '\\': *out += "\\\\"; break;
      case '\n': *out += "\\n"; break;
      case '\r': *out += "\\r"; break;
      case '\t': *out += "\\t"; break;
      default: *out += c;
    }
  }
}

}  // namespace

std::string Iri(std::string_view iri) { return "<" + std::string(iri) + ">"; }

std::string PlainLiteral(std::string_view lexical) {
  std::string out = "\"";
  AppendEscaped(&out, lexical);
  return out + "\"";
}

std::string LangLiteral(std::string_view lexical, std::string_view lang) {
  return PlainLiteral(lexical) + "@" + std::string(lang);
}

std::string TypedLiteral(std::string_view lexical, std::string_view datatype_iri) {
  return PlainLiteral(lexical) + "^^<" + std::string(datatype_iri) + ">";
}

void Dataset::DropGraph(std::string_view g) {
  for (auto it = quads_.begin(); it != quads_.end();) {
    it = it->graph == g ? quads_.erase(it) : std::next(it);
  }
}

}  // namespace duikou::graph
