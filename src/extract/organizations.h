// Organizations in a passage, in the extractor's scope. Finding them is the recognize stage's
// job (recognize/organization_recognizer.h: suffixes, left edges, shared-suffix lists); this
// file keeps what the extraction counts: not a body written only as the start of a person's
// title (某市委书记), not a venue (大剧院), and a name without its type abbreviation expanded.
//
// A name written relative to the home city ("市教育局", "省对口工作领导小组") is completed
// with the home city's or province's name ("湖州市教育局"), so one body gets one key.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extract/doc_context.h"
#include "extract/facts.h"
#include "extract/persons.h"
#include "recognize/organization_recognizer.h"

namespace duikou::extract::internal {

struct OrgMention {
  size_t begin = 0;
  size_t end = 0;
  std::string name;     // normalized full name
  std::string surface;  // as written
  OrgType type = OrgType::kOther;
};

// Every organization named in `text`, in text order. When `text` is a view into a passage of
// ctx.doc, that passage's place names keep place names whole and mark the administrative level
// a name needs.
std::vector<OrgMention> FindOrganizations(std::string_view text, const DocContext& ctx);

// What one scan over a prose passage's characters finds (recognize::MentionScanner): what
// the per-passage searches below would find one by one.
struct PassageScan {
  std::vector<OrgMention> organizations;  // FindOrganizations(text, ctx)
  std::vector<PersonMention> persons;     // FindPersons(text)
  std::vector<size_t> word_stops;         // FactWordStops(text)
};
// Scans the prose passages of one document (ctx.doc), the home's names worked out once.
class PassageScanner {
 public:
  explicit PassageScanner(const DocContext& ctx);
  // What one scan of `text` (a passage of ctx.doc) finds.
  PassageScan Scan(std::string_view text);

 private:
  const DocContext& ctx_;
  std::string county_level_;                       // the home county's level character, if any
  recognize::OrganizationContext organizations_;  // the home's names; the places of the passage
};

// Where in `text` a project head (ProjectHeadWords) or a pairing scan word (PairingScanWords)
// may start: every character that one of them starts with, in order.
std::vector<size_t> FactWordStops(std::string_view text);

// Completes a relative name ("市发改委" -> "湖州市发改委") with the home city / province.
std::string NormalizeOrgName(std::string_view surface, const DocContext& ctx);

// The type a whole name's suffix implies (for attributions), kOther when it has none.
OrgType TypeFromName(std::string_view name);

}  // namespace duikou::extract::internal
