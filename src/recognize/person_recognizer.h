// Persons: personal names in the places yearbooks put them.
//
//  - after a title, with the organization or place before it as affiliation:
//    "延吉市委书记金明" (affiliation 延吉市委, role 市委书记), "市委书记某某" (affiliation 市委),
//    "某市援黔工作组长某某" (affiliation 某市援黔工作组, role 组长), "某区援黔教师某某" (affiliation
//    某区, role 援黔教师);
//  - lists after a role: "市领导甲、乙、丙等参加" gives three persons with role 市领导;
//  - photographers' credits: "(某某 摄)", "(某某摄)" (role 摄影);
//  - the one title written after the name: "某某某总书记" (role 总书记).
//
// A name is a surname (see surnames.h) and one or two more characters, and must be followed by
// a boundary (punctuation, 等, 率, 一行, 主持, 在 …). When both two and three characters fit,
// three wins unless its last character is a word of its own (金明率 → 金明).
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "recognize/mentions.h"
#include "recognize/organization_recognizer.h"

namespace duikou::recognize {

struct PersonMention {
  Span span;                // the name
  std::string name;         // 金明
  std::string role;         // 市委书记, 组长, 市领导, 援黔教师, 摄影
  std::string affiliation;  // 延吉市委, 宁波市援黔工作组, 鄞州区; empty when none is written
  Span context;             // affiliation + title + name, as one span (the name alone for credits)
};

struct PersonContext {
  std::vector<Span> places;  // place-name spans (gazetteer), sorted; kept whole in affiliations
};

// Every person in `text`, in text order.
std::vector<PersonMention> FindPersons(std::string_view text, const PersonContext& context = {});

// The organizations (organization_recognizer.h) and persons of one text, found with one scan
// over its characters for both recognizers instead of one each: the same mentions as
// FindOrganizations(text, organizations) and FindPersons(text, persons).
struct AgentMentions {
  std::vector<OrganizationMention> organizations;
  std::vector<PersonMention> persons;
  std::vector<size_t> also_at;  // MentionScanner: where its caller's characters stand, in order
};
AgentMentions FindAgents(std::string_view text, const OrganizationContext& organizations,
                         const PersonContext& persons = {});

// FindAgents whose scan also stops at characters of the caller's (the first characters of
// words a later stage looks for), reporting where they stand: one pass over a text then
// serves that stage too. Built once (it indexes the characters), used for many texts.
class MentionScanner {
 public:
  explicit MentionScanner(const std::vector<char32_t>& also_stop_at);
  ~MentionScanner();
  // Organizations, persons and the caller's characters.
  AgentMentions Find(std::string_view text, const OrganizationContext& organizations,
                     const PersonContext& persons = {}) const;
  // Where the caller's characters stand in `text`, in order, without finding anything.
  std::vector<size_t> AlsoAt(std::string_view text) const;

 private:
  struct Sets;
  std::unique_ptr<Sets> sets_;
};

}  // namespace duikou::recognize
