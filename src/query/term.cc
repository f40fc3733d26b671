#include "query/term.h"

#include <cstdlib>

namespace duikou::query {
namespace {

void AppendUtf8(unsigned long cp, std::string* out) {
  if (cp < 0x80) {
    *out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    *out += static_cast<char>(0xC0 | (cp >> 6));
    *out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    *out += static_cast<char>(0xE0 | (cp >> 12));
    *out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    *out += static_cast<char>(0xF0 | (cp >> 18));
    *out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    *out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// Unescapes ECHAR and UCHAR sequences; false on a malformed escape.
bool Unescape(std::string_view in, std::string* out) {
  out->clear();
  out->reserve(in.size());
  for (size_t i = 0; i < in.size(); ++i) {
    if (in[i] != '\\') {
      *out += in[i];
      continue;
    }
    if (++i >= in.size()) return false;
    switch (in[i]) {
      case 't': *out += '\t'; break;
      case 'b': *out += '\b'; break;
      case 'n': *out += '\n'; break;
      case 'r': *out += '\r'; break;
      case 'f': *out += '\f'; break;
      case '"': *out += '"'; break;
      case '\'': *out += '\''; break;
      case '\\': *out += '\\'; break;
      case 'u':
      case 'U': {
        size_t len = in[i] == 'u' ? 4 : 8;
        std::string hex(in.substr(i + 1, len));
        if (hex.size() != len) return false;
        char* end = nullptr;
        unsigned long cp = std::strtoul(hex.c_str(), &end, 16);
        if (*end != '\0') return false;
        AppendUtf8(cp, out);
        i += len;
        break;
      }
      default:
        return false;
    }
  }
  return true;
}

}  // namespace

void AppendEscapedString(std::string_view text, std::string* out) {
  for (char c : text) {
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

bool ParseTerm(std::string_view term, TermParts* out) {
  out->language.clear();
  out->datatype.clear();
  if (term.size() >= 2 && term.front() == '<' && term.back() == '>') {
    out->kind = TermParts::Kind::kIri;
    return Unescape(term.substr(1, term.size() - 2), &out->value);
  }
  if (term.size() >= 3 && term.substr(0, 2) == "_:") {
    out->kind = TermParts::Kind::kBlank;
    out->value = std::string(term.substr(2));
    return true;
  }
  if (term.empty() || term.front() != '"') return false;
  size_t i = 1;
  while (i < term.size() && term[i] != '"') i += term[i] == '\\' ? 2 : 1;
  if (i >= term.size()) return false;
  out->kind = TermParts::Kind::kLiteral;
  if (!Unescape(term.substr(1, i - 1), &out->value)) return false;
  std::string_view rest = term.substr(i + 1);
  if (rest.empty()) return true;
  if (rest.front() == '@' && rest.size() > 1) {
    out->language = std::string(rest.substr(1));
    return true;
  }
  if (rest.size() > 4 && rest.substr(0, 3) == "^^<" && rest.back() == '>') {
    return Unescape(rest.substr(3, rest.size() - 4), &out->datatype);
  }
  return false;
}

std::string FormatTerm(const TermParts& parts) {
  switch (parts.kind) {
    case TermParts::Kind::kIri:
      return "<" + parts.value + ">";
    case TermParts::Kind::kBlank:
      return "_:" + parts.value;
    case TermParts::Kind::kLiteral:
      break;
  }
  std::string out = "\"";
  AppendEscapedString(parts.value, &out);
  out += '"';
  if (!parts.language.empty()) {
    out += '@' + parts.language;
  } else if (!parts.datatype.empty()) {
    out += "^^<" + parts.datatype + ">";
  }
  return out;
}

}  // namespace duikou::query
