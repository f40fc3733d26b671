// The extraction model: entities and facts found in one Document, before they become RDF.
//
// Records refer to each other by key, never by position: a place by its GB/T 2260 code, an
// organization by its normalized full name, a person by name + affiliation. Every record
// names the passage (index into Document::passages) it was read from.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace duikou::extract {

// A reference from a fact to an entity.
struct Ref {
  enum class Kind { kNone, kPlace, kOrganization, kPerson, kMention };
  Kind kind = Kind::kNone;
  std::string key;      // place: admin code; organization: normalized full name;
                        // person: name; mention: surface text (unresolved)
  std::string surface;  // as written in the passage
  bool empty() const { return kind == Kind::kNone; }
};

struct PlaceRecord {
  std::string code;                  // GB/T 2260
  std::vector<std::string> surfaces; // every form seen (晴隆县, 晴隆)
  std::vector<size_t> passages;
};

enum class OrgType { kGovernmentBody, kEnterprise, kInstitution, kSocialGroup, kOther };
const char* OrgTypeName(OrgType t);  // "GovernmentBody", …, "Organization" for kOther

struct Organization {
  std::string name;                  // normalized full name (the key)
  OrgType type = OrgType::kOther;
  std::vector<std::string> surfaces; // abbreviations and other forms seen
  std::string place_code;            // where it is located, if known
  std::vector<size_t> passages;
};

struct Person {
  std::string name;
  std::string role;      // title as written: 市委书记
  Ref affiliation;       // organization or place
  std::vector<size_t> passages;
};

struct Pairing {
  Ref supporter;
  Ref recipient;
  std::string type;      // 对口支援 | 对口合作 | 东西部扶贫协作 | 山海协作
  int year = 0;          // 0 when unknown
  size_t passage = 0;
};

// Figure metrics (local names of dk:Metrics concepts):
//   ProjectCount   number of projects (项目N个)
//   FundsCNY       funds allocated or spent, yuan (资金, 援助资金, 基金, 补助)
//   InvestmentCNY  investment, yuan (投资, 总投资, 投资额)
//   SalesCNY       sales and purchases of partner products, yuan (销售额, 采购, 消费扶贫)
//   DonationCNY    donations in money or kind, yuan (捐赠, 捐助, 慰问金, 价值 of donated goods)
//   CadresSent     officials sent (选派干部N人)
//   TalentsSent    professionals sent (选派人才N人, 选派N位医生)
//   Trainees       people trained, persons or person-times (培训N人次, N人…进修)
//   Jobs           jobs found or created (就业N人)
struct Figure {
  Ref subject;           // who reports/does it (the home city, e.g. 湖州市)
  Ref recipient;         // may be empty
  std::string metric;    // local name of a dk:Metrics concept: "FundsCNY", "ProjectCount", …
  std::string value;     // normalized decimal: "161000000"
  std::string qualifier; // 计划内, 计划外, 累计, 协议, 到位, 约, 多 …; may be empty
  int year = 0;
  std::string surface;   // the words it was read from: "资金1.61亿元"
  size_t passage = 0;
};

struct Project {
  std::string name;
  Ref place;
  std::vector<Ref> funders;
  std::string investment_cny;  // normalized decimal, may be empty
  size_t passage = 0;
};

struct Event {
  std::string title;
  std::string start_date;  // YYYY-MM-DD (or YYYY-MM when the day is not given)
  std::string end_date;    // empty when one day
  Ref place;
  std::vector<Ref> participants;
  size_t passage = 0;
};

struct Award {
  std::string name;
  std::vector<Ref> awarded_to;
  int year = 0;
  size_t passage = 0;
};

// A name that was seen but could not be resolved to an entity (kept visibly, never dropped).
struct Mention {
  std::string surface;
  std::string kind;                     // "place", "organization", …
  std::vector<std::string> candidates;  // e.g. the codes of every 新华镇
  size_t passage = 0;
};

struct Extraction {
  std::vector<PlaceRecord> places;
  std::vector<Organization> organizations;
  std::vector<Person> persons;
  std::vector<Pairing> pairings;
  std::vector<Figure> figures;
  std::vector<Project> projects;
  std::vector<Event> events;
  std::vector<Award> awards;
  std::vector<Mention> mentions;
};

// A stable, line-per-record text form of an extraction (for tests, debugging and
// determinism checks): the same extraction always gives the same bytes.
std::string ToDebugString(const Extraction& extraction);

}  // namespace duikou::extract
