// Term: the parts of one N-Triples term as stored in graph::Quad, for code that needs them
// (serializers, the DOT writer, checks) rather than the term's text.
#pragma once

#include <string>
#include <string_view>

namespace duikou::graph {

struct Term {
  enum class Kind { kIri, kBlank, kLiteral };
  Kind kind = Kind::kIri;
  std::string value;     // IRI without <>, blank label without _:, or the unescaped lexical form
  std::string lang;      // literals only; empty when none
  std::string datatype;  // literals only; IRI without <>; empty for plain and language literals
};

// Parses one term in N-Triples syntax (<iri>, _:label, "lex", "lex"@lang, "lex"^^<dt>).
// Returns false when `text` is not such a term.
bool ParseTerm(std::string_view text, Term* out);

// The inverse of ParseTerm: the term in N-Triples syntax.
std::string FormatTerm(const Term& term);

}  // namespace duikou::graph
