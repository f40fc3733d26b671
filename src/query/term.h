// Term: an RDF term in N-Triples syntax, taken apart and put back together.
//
// Results and datasets carry terms as N-Triples text (<iri>, "lex"@zh, "1"^^<dt>, _:b0); the
// engine and the result writers need the parts (kind, unescaped lexical form, language,
// datatype). ParseTerm/FormatTerm convert between the two without loss.
#pragma once

#include <string>
#include <string_view>

namespace duikou::query {

struct TermParts {
  enum class Kind { kIri, kLiteral, kBlank };
  Kind kind = Kind::kIri;
  std::string value;     // IRI, unescaped lexical form, or blank node label (without "_:")
  std::string language;  // literals only, may be empty
  std::string datatype;  // literals only, an IRI without <>; empty for plain/language literals
};

// False when `term` is not one N-Triples term.
bool ParseTerm(std::string_view term, TermParts* out);
std::string FormatTerm(const TermParts& parts);
// Appends `text` escaped for use inside a "…" literal in N-Triples or SPARQL.
void AppendEscapedString(std::string_view text, std::string* out);

}  // namespace duikou::query
