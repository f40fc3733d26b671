// Places: a foreign IRI is the duikou place whose GB/T 2260 code it carries.
#include <algorithm>
#include <cctype>
#include <set>

#include "graph/vocabulary.h"
#include "merge/linkers.h"
#include "merge/terms.h"

namespace duikou::merge {

std::string NormalizeAdminCode(std::string_view raw) {
  std::string digits;
  for (char c : raw) {
    if (std::isdigit(static_cast<unsigned char>(c))) {
      digits += c;
    } else if (c != ' ' && c != '-' && c != '\t') {
      return {};  // letters or punctuation: not a code
    }
  }
  // 12-digit statistical codes: 6-digit county + 3-digit township + 3-digit village.
  if (digits.size() == 12 && digits.substr(9) == "000") digits.resize(9);
  if (digits.size() == 9 && digits.substr(6) == "000") digits.resize(6);
  // 6-digit codes of prefectures and provinces end in 00 / 0000; the gazetteer uses 4 / 2 digits.
  if (digits.size() == 6 && digits.substr(2) == "0000") digits.resize(2);
  if (digits.size() == 6 && digits.substr(4) == "00") digits.resize(4);
  if (digits.size() != 2 && digits.size() != 4 && digits.size() != 6 && digits.size() != 9) return {};
  if (digits.substr(0, 2) == "00") return {};
  return digits;
}

namespace internal {

namespace {

std::string Dk(const char* local) { return graph::Iri(std::string(graph::ns::kDk) + local); }
std::string Schema(const char* local) { return graph::Iri(std::string(graph::ns::kSchema) + local); }

const std::set<std::string>& PlaceTypes() {
  static const std::set<std::string> types = {Dk("Place"), Dk("Province"), Dk("Prefecture"), Dk("County"),
                                              Dk("Township"), Schema("Place"), Schema("AdministrativeArea"),
                                              Schema("City")};
  return types;
}

const std::set<std::string>& NonPlaceTypes() {
  static const std::set<std::string> types = {
      Dk("Organization"), Dk("GovernmentBody"), Dk("Enterprise"), Dk("Institution"), Dk("SocialGroup"),
      Dk("Person"), Dk("Pairing"), Dk("Figure"), Dk("Project"), Dk("Event"), Dk("Award"), Dk("Passage"),
      graph::Iri(std::string(graph::ns::kOrg) + "Organization"), Schema("Organization"), Schema("Person")};
  return types;
}

bool IsCodeProperty(const std::string& p) {
  if (p == vocab::kDkAdminCode || p == vocab::kWdtP442) return true;
  std::string_view iri = IriValue(p);
  return iri.size() > 5 && iri.substr(iri.size() - 5) == "/P442";  // other Wikidata P442 forms
}

bool KnownCode(const ReconcileOptions& options, const std::string& code) {
  if (!options.place_name) return true;  // shape checked only
  return !options.place_name(code).empty();
}

}  // namespace

std::vector<Link> LinkPlaces(const EntityIndex& index, const ReconcileOptions& options,
                             std::vector<Candidate>* candidates) {
  const std::string canonical_prefix = "<" + options.base + "place/";
  // Entities used where a place is expected, even when untyped.
  std::set<std::string> place_positions = index.ObjectsOf(vocab::kDkInRegion);
  for (const auto* p : {&vocab::kSchemaContainedInPlace, &vocab::kDkLocatedIn}) {
    std::set<std::string> more = index.ObjectsOf(*p);
    place_positions.insert(more.begin(), more.end());
  }
  std::set<std::string> party_positions = index.ObjectsOf(vocab::kDkSupporter);
  std::set<std::string> recipients = index.ObjectsOf(vocab::kDkRecipient);
  party_positions.insert(recipients.begin(), recipients.end());

  std::vector<Link> links;
  for (const auto& [subject, quads] : index.subjects()) {
    if (!IsIri(subject) && !IsBlank(subject)) continue;
    if (subject.rfind(canonical_prefix, 0) == 0) continue;  // already canonical

    // 1. Codes the entity states.
    std::set<std::string> codes;
    std::string code_rule;
    for (const graph::Quad* q : quads) {
      if (!IsCodeProperty(q->predicate)) continue;
      Literal lit;
      if (!ParseLiteral(q->object, &lit)) continue;
      std::string code = NormalizeAdminCode(lit.lexical);
      if (code.empty() || !KnownCode(options, code)) continue;
      codes.insert(code);
      code_rule = (q->predicate == vocab::kDkAdminCode ? "dk:adminCode \"" : "Wikidata P442 \"") + lit.lexical + "\"";
    }
    // 2. Otherwise names, for entities that are places by type or by position.
    std::vector<std::string> names = index.Names(subject);
    if (codes.empty() && options.resolve_place && !names.empty()) {
      bool placeish = index.HasAnyType(subject, PlaceTypes()) || place_positions.count(subject) ||
                      (party_positions.count(subject) && !index.HasAnyType(subject, NonPlaceTypes()));
      if (placeish) {
        for (const std::string& name : names) {
          std::string code = options.resolve_place(name);
          if (code.empty() || !KnownCode(options, code)) continue;
          codes.insert(code);
          code_rule = "name " + name + " resolves to " + code + " in the gazetteer";
        }
      }
    }
    if (codes.empty()) continue;
    if (codes.size() > 1) {
      // Two codes for one entity: a source error or a merged entity; never guess.
      std::vector<std::string> list(codes.begin(), codes.end());
      candidates->push_back(Candidate{"place", subject, graph::Iri(options.base + "place/" + list[0]),
                                      "carries several codes (" + list[0] + ", " + list[1] + "); not linked"});
      continue;
    }
    const std::string& code = *codes.begin();
    std::string name = names.empty() ? std::string() : names.front();
    if (options.place_name) name = options.place_name(code);
    links.push_back(Link{"place", subject, graph::Iri(options.base + "place/" + code), code_rule, name,
                         /*materialize=*/true});
  }
  return links;
}

}  // namespace internal
}  // namespace duikou::merge
