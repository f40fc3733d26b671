#include "graph/term.h"

#include "graph/dataset.h"

namespace duikou::graph {

namespace {

void AppendUtf8(std::string* out, uint32_t cp) {
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

bool ParseHex(std::string_view s, uint32_t* out) {
  uint32_t v = 0;
  for (char c : s) {
    v <<= 4;
    if (c >= '0' && c <= '9') v |= c - '0';
    else if (c >= 'a' && c <= 'f') v |= c - 'a' + 10;
    else if (c >= 'A' && c <= 'F') v |= c - 'A' + 10;
    else return false;
  }
  *out = v;
  return true;
}

// Unescapes the body of a quoted string (or an IRI's \u escapes); false on a bad escape.
bool Unescape(std::string_view s, std::string* out) {
  out->clear();
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '\\') {
      *out += s[i];
      continue;
    }
    if (++i == s.size()) return false;
    switch (s[i]) {
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
        size_t n = s[i] == 'u' ? 4 : 8;
        uint32_t cp;
        if (i + n >= s.size()) return false;
        if (!ParseHex(s.substr(i + 1, n), &cp)) return false;
        AppendUtf8(out, cp);
        i += n;
        break;
      }
      default: return false;
    }
  }
  return true;
}

}  // namespace

bool ParseTerm(std::string_view text, Term* out) {
  *out = Term{};
  if (text.size() >= 2 && text.front() == '<' && text.back() == '>') {
    out->kind = Term::Kind::kIri;
    return Unescape(text.substr(1, text.size() - 2), &out->value);
  }
  if (text.starts_with("_:")) {
    out->kind = Term::Kind::kBlank;
    out->value = std::string(text.substr(2));
    return !out->value.empty();
  }
  if (text.empty() || text.front() != '"') return false;
  // Find the closing quote: the first '"' not escaped.
  size_t close = std::string_view::npos;
  for (size_t i = 1; i < text.size(); ++i) {
    if (text[i] == '\\') {
      ++i;
    } else if (text[i] == '"') {
      close = i;
      break;
    }
  }
  if (close == std::string_view::npos) return false;
  out->kind = Term::Kind::kLiteral;
  if (!Unescape(text.substr(1, close - 1), &out->value)) return false;
  std::string_view rest = text.substr(close + 1);
  if (rest.empty()) return true;
  if (rest.front() == '@') {
    out->lang = std::string(rest.substr(1));
    return !out->lang.empty();
  }
  if (rest.starts_with("^^<") && rest.back() == '>') {
    return Unescape(rest.substr(3, rest.size() - 4), &out->datatype);
  }
  return false;
}

std::string FormatTerm(const Term& term) {
  switch (term.kind) {
    case Term::Kind::kIri: return Iri(term.value);
    case Term::Kind::kBlank: return "_:" + term.value;
    case Term::Kind::kLiteral:
      if (!term.lang.empty()) return LangLiteral(term.value, term.lang);
      if (!term.datatype.empty()) return TypedLiteral(term.value, term.datatype);
      return PlainLiteral(term.value);
  }
  return {};
}

}  // namespace duikou::graph
