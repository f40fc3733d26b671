#include "merge/terms.h"

#include <cstdint>

#include "graph/dataset.h"
#include "graph/vocabulary.h"

namespace duikou::merge {

namespace {

void AppendUtf8(uint32_t cp, std::string* out) {
  if (cp < 0x80) {
    *out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    *out += static_cast<char>(0xc0 | (cp >> 6));
    *out += static_cast<char>(0x80 | (cp & 0x3f));
  } else if (cp < 0x10000) {
    *out += static_cast<char>(0xe0 | (cp >> 12));
    *out += static_cast<char>(0x80 | ((cp >> 6) & 0x3f));
    *out += static_cast<char>(0x80 | (cp & 0x3f));
  } else {
    *out += static_cast<char>(0xf0 | (cp >> 18));
    *out += static_cast<char>(0x80 | ((cp >> 12) & 0x3f));
    *out += static_cast<char>(0x80 | ((cp >> 6) & 0x3f));
    *out += static_cast<char>(0x80 | (cp & 0x3f));
  }
}

std::string Term(const char* ns, const char* local) { return graph::Iri(std::string(ns) + local); }

}  // namespace

bool IsIri(std::string_view t) { return t.size() >= 2 && t.front() == '<' && t.back() == '>'; }
bool IsBlank(std::string_view t) { return t.size() > 2 && t[0] == '_' && t[1] == ':'; }
bool IsLiteral(std::string_view t) { return !t.empty() && t.front() == '"'; }
std::string_view IriValue(std::string_view t) { return IsIri(t) ? t.substr(1, t.size() - 2) : std::string_view(); }

bool ParseLiteral(std::string_view t, Literal* out) {
  if (!IsLiteral(t)) return false;
  size_t end = t.rfind('"');
  if (end == 0) return false;
  out->lexical.clear();
  out->lang.clear();
  out->datatype.clear();
  for (size_t i = 1; i < end; ++i) {
    if (t[i] != '\\' || i + 1 >= end) {
      out->lexical += t[i];
      continue;
    }
    char c = t[++i];
    switch (c) {
      case 'n': out->lexical += '\n'; break;
      case 'r': out->lexical += '\r'; break;
      case 't': out->lexical += '\t'; break;
      case 'b': out->lexical += '\b'; break;
      case 'f': out->lexical += '\f'; break;
      case 'u':
      case 'U': {
        size_t n = c == 'u' ? 4 : 8;
        if (i + n >= end + 1) return false;
        AppendUtf8(static_cast<uint32_t>(std::stoul(std::string(t.substr(i + 1, n)), nullptr, 16)), &out->lexical);
        i += n;
        break;
      }
      default: out->lexical += c;
    }
  }
  std::string_view rest = t.substr(end + 1);
  if (rest.size() > 1 && rest[0] == '@') out->lang = std::string(rest.substr(1));
  if (rest.size() > 4 && rest.substr(0, 3) == "^^<") out->datatype = std::string(rest.substr(3, rest.size() - 4));
  return true;
}

namespace vocab {
using graph::ns::kDk;
const std::string kRdfType = Term(graph::ns::kRdf, "type");
const std::string kRdfsLabel = Term(graph::ns::kRdfs, "label");
const std::string kRdfsComment = Term(graph::ns::kRdfs, "comment");
const std::string kSkosPrefLabel = Term(graph::ns::kSkos, "prefLabel");
const std::string kSkosAltLabel = Term(graph::ns::kSkos, "altLabel");
const std::string kSchemaName = Term(graph::ns::kSchema, "name");
const std::string kFoafName = Term("http://xmlns.com/foaf/0.1/", "name");
const std::string kOwlSameAs = Term(graph::ns::kOwl, "sameAs");
const std::string kProvWasDerivedFrom = Term(graph::ns::kProv, "wasDerivedFrom");
const std::string kDkAdminCode = Term(kDk, "adminCode");
const std::string kDkInRegion = Term(kDk, "inRegion");
const std::string kDkLocatedIn = Term(kDk, "locatedIn");
const std::string kSchemaContainedInPlace = Term(graph::ns::kSchema, "containedInPlace");
const std::string kWdtP442 = Term("http://www.wikidata.org/prop/direct/", "P442");
const std::string kDkSupporter = Term(kDk, "supporter");
const std::string kDkRecipient = Term(kDk, "recipient");
const std::string kDkMetric = Term(kDk, "metric");
const std::string kDkValue = Term(kDk, "value");
const std::string kDkYear = Term(kDk, "year");
const std::string kDkQualifier = Term(kDk, "qualifier");
const std::string kDkText = Term(kDk, "text");
const std::string kSchemaAffiliation = Term(graph::ns::kSchema, "affiliation");
const std::string kDkFigure = Term(kDk, "Figure");
const std::string kDkPassage = Term(kDk, "Passage");
const std::string kDkReconciliationNote = Term(kDk, "ReconciliationNote");
const std::string kDkReconciliationCandidate = Term(kDk, "ReconciliationCandidate");
const std::string kDkConflict = Term(kDk, "Conflict");
const std::string kDkCanonical = Term(kDk, "canonical");
const std::string kDkMerged = Term(kDk, "merged");
const std::string kDkCandidate = Term(kDk, "candidate");
const std::string kDkRule = Term(kDk, "rule");
const std::string kDkEntityKind = Term(kDk, "entityKind");
const std::string kDkConflictingFigure = Term(kDk, "conflictingFigure");
}  // namespace vocab

}  // namespace duikou::merge
