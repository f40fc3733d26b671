#include "query/sparql_features.h"

#include "query/result_writer.h"

#include <cctype>
#include <cstdio>
#include <vector>

namespace duikou::query {
namespace {

struct Token {
  enum class Kind { kIri, kPrefixedName, kVariable, kKeyword, kString, kNumber, kPunct };
  Kind kind;
  std::string text;
  int line;
  int column;
};

bool IsNameChar(unsigned char c) { return std::isalnum(c) || c == '_' || c == '-' || c == '.' || c >= 0x80; }

// Splits `s` into tokens good enough to recognise path operators and keywords.
std::vector<Token> Tokenize(std::string_view s) {
  std::vector<Token> tokens;
  int line = 1;
  int column = 1;
  size_t i = 0;
  auto advance = [&](size_t n) {
    for (size_t k = 0; k < n && i < s.size(); ++k, ++i) {
      unsigned char c = s[i];
      if (c == '\n') {
        ++line;
        column = 1;
      } else if ((c & 0xC0) != 0x80) {
        ++column;  // count characters, not UTF-8 continuation bytes
      }
    }
  };
  while (i < s.size()) {
    unsigned char c = s[i];
    if (std::isspace(c)) {
      advance(1);
      continue;
    }
    if (c == '#') {
      while (i < s.size() && s[i] != '\n') advance(1);
      continue;
    }
    Token t{Token::Kind::kPunct, "", line, column};
    size_t start = i;
    if (c == '<' && i + 1 < s.size() && !std::isspace(static_cast<unsigned char>(s[i + 1])) && s[i + 1] != '=') {
      size_t end = s.find_first_of(">\n ", i + 1);
      if (end != std::string_view::npos && s[end] == '>') {
        t.kind = Token::Kind::kIri;
        advance(end + 1 - i);
        t.text = std::string(s.substr(start, i - start));
        tokens.push_back(t);
        continue;
      }
    }
    if (c == '"' || c == '\'') {
      bool triple = s.substr(i, 3) == std::string(3, static_cast<char>(c));
      std::string_view close = triple ? s.substr(i, 3) : s.substr(i, 1);
      advance(close.size());
      while (i < s.size() && s.substr(i, close.size()) != close) advance(s[i] == '\\' ? 2 : 1);
      advance(close.size());
      t.kind = Token::Kind::kString;
      tokens.push_back(t);
      continue;
    }
    if ((c == '?' || c == '$') && i + 1 < s.size() && IsNameChar(static_cast<unsigned char>(s[i + 1]))) {
      advance(1);
      while (i < s.size() && IsNameChar(static_cast<unsigned char>(s[i]))) advance(1);
      t.kind = Token::Kind::kVariable;
      t.text = std::string(s.substr(start, i - start));
      tokens.push_back(t);
      continue;
    }
    if (std::isdigit(c)) {
      while (i < s.size() && (std::isdigit(static_cast<unsigned char>(s[i])) || s[i] == '.' || s[i] == 'e' || s[i] == 'E'))
        advance(1);
      t.kind = Token::Kind::kNumber;
      tokens.push_back(t);
      continue;
    }
    if (IsNameChar(c) || c == ':') {
      bool has_colon = false;
      while (i < s.size() && (IsNameChar(static_cast<unsigned char>(s[i])) || s[i] == ':')) {
        has_colon |= s[i] == ':';
        advance(1);
      }
      while (i > start + 1 && s[i - 1] == '.') --i, --column;  // a trailing '.' ends the triple
      t.kind = has_colon ? Token::Kind::kPrefixedName : Token::Kind::kKeyword;
      t.text = std::string(s.substr(start, i - start));
      if (!has_colon) {
        for (char& ch : t.text) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
      }
      tokens.push_back(t);
      continue;
    }
    advance(1);
    t.text = std::string(1, static_cast<char>(c));
    if ((c == '|' || c == '&' || c == '^') && i < s.size() && s[i] == static_cast<char>(c)) {
      advance(1);  // ||, &&, ^^ are not path operators
      t.text += static_cast<char>(c);
    }
    tokens.push_back(t);
  }
  return tokens;
}

// A term that can stand in the predicate position of a triple pattern.
bool IsPredicateTerm(const Token& t) {
  return t.kind == Token::Kind::kIri || t.kind == Token::Kind::kPrefixedName ||
         (t.kind == Token::Kind::kKeyword && t.text == "A");
}

constexpr const char* kPathHint =
    "property paths (/, |, ^, *, +, ?) are not supported by Rasqal, the SPARQL engine duikou uses. "
    "For places, use dk:inRegion: it is materialized and links a place to every enclosing division "
    "(e.g. ?project dk:locatedIn ?p . ?p dk:inRegion ?region), so no path is needed; otherwise "
    "spell the steps out as separate triple patterns or UNIONs";

}  // namespace

std::optional<UnsupportedFeature> FindUnsupportedFeature(std::string_view sparql) {
  std::vector<Token> tokens = Tokenize(sparql);
  for (size_t k = 0; k < tokens.size(); ++k) {
    const Token& t = tokens[k];
    if (t.kind == Token::Kind::kKeyword && t.text == "EXISTS") {
      bool negated = k > 0 && tokens[k - 1].kind == Token::Kind::kKeyword && tokens[k - 1].text == "NOT";
      const Token& at = negated ? tokens[k - 1] : t;
      return UnsupportedFeature{at.line, at.column,
                                std::string(negated ? "NOT EXISTS" : "EXISTS") +
                                    " (SPARQL 1.1) is not supported by Rasqal, the SPARQL engine duikou uses; "
                                    "write OPTIONAL { … } FILTER(" + (negated ? "!" : "") +
                                    "BOUND(?x)) instead"};
    }
    if (t.kind == Token::Kind::kKeyword && t.text == "MINUS") {
      return UnsupportedFeature{t.line, t.column,
                                "MINUS (SPARQL 1.1) is not supported by Rasqal, the SPARQL engine duikou uses; "
                                "write OPTIONAL { … } FILTER(!BOUND(?x)) instead"};
    }
    if (t.kind != Token::Kind::kPunct || k == 0) continue;
    const Token& prev = tokens[k - 1];
    const Token* next = k + 1 < tokens.size() ? &tokens[k + 1] : nullptr;
    bool path = false;
    if (t.text == "/" || t.text == "|") {
      path = (IsPredicateTerm(prev) || prev.text == ")" || prev.text == "*" || prev.text == "+" || prev.text == "?") &&
             next && (IsPredicateTerm(*next) || next->text == "^" || next->text == "(" || next->text == "!");
    } else if (t.text == "^") {
      path = next && IsPredicateTerm(*next) &&
             (prev.kind == Token::Kind::kVariable || IsPredicateTerm(prev) || prev.text == "/" || prev.text == "|" ||
              prev.text == ";" || prev.text == "(" || prev.text == "]" || prev.text == "[");
    } else if (t.text == "*" || t.text == "+" || t.text == "?") {
      path = IsPredicateTerm(prev) && next &&
             (next->kind == Token::Kind::kVariable || IsPredicateTerm(*next) || next->kind == Token::Kind::kString ||
              next->kind == Token::Kind::kNumber || next->text == "[" || next->text == "(" || next->text == "/" ||
              next->text == "|");
    } else if (t.text == "!") {
      path = (prev.kind == Token::Kind::kVariable || IsPredicateTerm(prev) || prev.text == "]") && next &&
             (IsPredicateTerm(*next) || next->text == "(" || next->text == "^");
    }
    if (path) return UnsupportedFeature{t.line, t.column, kPathHint};
  }
  return std::nullopt;
}

// Rewrites a failure message with Rasqal's words into one that names the unsupported
// SPARQL 1.1 feature, when the query uses one; otherwise makes Rasqal's position readable
// and quotes the line it points at.
std::string ExplainQueryError(const std::string& sparql, const std::string& rasqal_message) {
  std::string message = rasqal_message;
  int line = 0;
  int column = 0;
  if (auto feature = FindUnsupportedFeature(sparql)) {
    message = feature->message + " (Rasqal said: " + rasqal_message + ")";
    line = feature->line;
    column = feature->column;
  } else if (std::sscanf(rasqal_message.c_str(), "line %d", &line) == 1) {
    message = rasqal_message.substr(rasqal_message.find(": ") + 2);
  }
  std::vector<std::string> lines;
  for (size_t start = 0; start <= sparql.size();) {
    size_t end = sparql.find('\n', start);
    if (end == std::string::npos) end = sparql.size();
    lines.push_back(sparql.substr(start, end - start));
    start = end + 1;
  }
  while (lines.size() > 1 && lines.back().find_first_not_of(" \t\r") == std::string::npos) lines.pop_back();
  if (size_t end = message.find("unexpected $end"); end != std::string::npos) {
    message.replace(end, 15, "unexpected end of query");
    line = static_cast<int>(lines.size());  // Rasqal counts a line past the end
    column = 0;
  }
  if (line <= 0 || line > static_cast<int>(lines.size())) return message;
  if (column == 0) {
    // Rasqal gives no column; when it names the token ("unexpected ')'", "at 'E'") and the
    // token occurs once on the line, point at it.
    for (const char* marker : {"unexpected '", "at '"}) {
      size_t at = message.find(marker);
      if (at == std::string::npos) continue;
      size_t start = at + std::string(marker).size();
      size_t end = message.find('\'', start);
      if (end == std::string::npos || end == start) continue;
      const std::string token = message.substr(start, end - start);
      const std::string& text = lines[static_cast<size_t>(line - 1)];
      size_t first = text.find(token);
      if (first != std::string::npos && text.find(token, first + 1) == std::string::npos) {
        column = 1;
        for (size_t i = 0; i < first; ++i) column += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
      }
      break;
    }
  }
  std::string where = "line " + std::to_string(line);
  if (column > 0) where += ", column " + std::to_string(column);
  std::string out = where + ": " + message + "\n    " + lines[static_cast<size_t>(line - 1)];
  if (column > 0) {
    // Caret under the column (columns count characters; CJK characters take two cells).
    std::string prefix;
    int chars = 0;
    for (char c : lines[static_cast<size_t>(line - 1)]) {
      if ((static_cast<unsigned char>(c) & 0xC0) != 0x80 && ++chars >= column) break;
      prefix += c;
    }
    out += "\n    " + std::string(DisplayWidth(prefix), ' ') + "^";
  }
  return out;
}

}  // namespace duikou::query
