#include "extract/facts.h"

#include <sstream>

namespace duikou::extract {

const char* OrgTypeName(OrgType t) {
  switch (t) {
    case OrgType::kGovernmentBody: return "GovernmentBody";
    case OrgType::kEnterprise: return "Enterprise";
    case OrgType::kInstitution: return "Institution";
    case OrgType::kSocialGroup: return "SocialGroup";
    case OrgType::kOther: return "Organization";
  }
  return "Organization";
}

namespace {

std::string RefString(const Ref& r) {
  static const char* kinds[] = {"-", "place", "org", "person", "mention"};
  if (r.empty()) return "-";
  return std::string(kinds[static_cast<int>(r.kind)]) + ":" + r.key;
}

template <typename T>
std::string List(const std::vector<T>& v) {
  std::ostringstream out;
  for (size_t i = 0; i < v.size(); ++i) out << (i ? "," : "") << v[i];
  return out.str();
}

}  // namespace

std::string ToDebugString(const Extraction& ex) {
  std::ostringstream out;
  for (const auto& p : ex.places) out << "place\t" << p.code << "\t" << List(p.surfaces) << "\t" << List(p.passages) << "\n";
  for (const auto& o : ex.organizations)
    out << "org\t" << o.name << "\t" << OrgTypeName(o.type) << "\t" << List(o.surfaces) << "\t" << o.place_code << "\t"
        << List(o.passages) << "\n";
  for (const auto& p : ex.persons)
    out << "person\t" << p.name << "\t" << p.role << "\t" << RefString(p.affiliation) << "\t" << List(p.passages) << "\n";
  for (const auto& p : ex.pairings)
    out << "pairing\t" << RefString(p.supporter) << "\t" << RefString(p.recipient) << "\t" << p.type << "\t" << p.year
        << "\t" << p.passage << "\n";
  for (const auto& f : ex.figures)
    out << "figure\t" << f.metric << "\t" << f.value << "\t" << f.year << "\t" << f.qualifier << "\t"
        << RefString(f.subject) << "\t" << RefString(f.recipient) << "\t" << f.surface << "\t" << f.passage << "\n";
  for (const auto& p : ex.projects) {
    std::vector<std::string> funders;
    for (const auto& r : p.funders) funders.push_back(RefString(r));
    out << "project\t" << p.name << "\t" << RefString(p.place) << "\t" << List(funders) << "\t" << p.investment_cny
        << "\t" << p.passage << "\n";
  }
  for (const auto& e : ex.events) {
    std::vector<std::string> who;
    for (const auto& r : e.participants) who.push_back(RefString(r));
    out << "event\t" << e.start_date << "\t" << e.end_date << "\t" << e.title << "\t" << RefString(e.place) << "\t"
        << List(who) << "\t" << e.passage << "\n";
  }
  for (const auto& a : ex.awards) {
    std::vector<std::string> who;
    for (const auto& r : a.awarded_to) who.push_back(RefString(r));
    out << "award\t" << a.name << "\t" << a.year << "\t" << List(who) << "\t" << a.passage << "\n";
  }
  for (const auto& m : ex.mentions)
    out << "mention\t" << m.surface << "\t" << m.kind << "\t" << List(m.candidates) << "\t" << m.passage << "\n";
  return out.str();
}

}  // namespace duikou::extract
