// Reading the N-Triples terms a graph::Dataset holds, and the vocabulary the merger matches on.
#pragma once

#include <string>
#include <string_view>

namespace duikou::merge {

bool IsIri(std::string_view term);          // <…>
bool IsBlank(std::string_view term);        // _:…
bool IsLiteral(std::string_view term);      // "…"…
std::string_view IriValue(std::string_view term);  // the IRI without <>; empty if not an IRI

struct Literal {
  std::string lexical;   // unescaped
  std::string lang;      // lower case, empty if none
  std::string datatype;  // IRI without <>, empty for plain and language-tagged literals
};
// Parses a literal term; false if `term` is not a literal.
bool ParseLiteral(std::string_view term, Literal* out);

// N-Triples terms of the properties and classes the merger reads and writes.
namespace vocab {
extern const std::string kRdfType, kRdfsLabel, kRdfsComment, kSkosPrefLabel, kSkosAltLabel, kSchemaName,
    kFoafName, kOwlSameAs, kProvWasDerivedFrom;
extern const std::string kDkAdminCode, kDkInRegion, kDkLocatedIn, kSchemaContainedInPlace, kWdtP442;
extern const std::string kDkSupporter, kDkRecipient, kDkMetric, kDkValue, kDkYear, kDkQualifier, kDkText,
    kSchemaAffiliation;
extern const std::string kDkFigure, kDkPassage;
// Reconciliation vocabulary (dk:, documented in src/merge/README.md).
extern const std::string kDkReconciliationNote, kDkReconciliationCandidate, kDkConflict, kDkCanonical, kDkMerged,
    kDkCandidate, kDkRule, kDkEntityKind, kDkConflictingFigure;
}  // namespace vocab

}  // namespace duikou::merge
