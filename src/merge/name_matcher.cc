// Organizations and persons: the same entity named in several sources.
#include <algorithm>
#include <map>
#include <numeric>
#include <set>

#include "graph/vocabulary.h"
#include "merge/linkers.h"
#include "merge/terms.h"

namespace duikou::merge {
namespace internal {

namespace {

std::string Dk(const char* local) { return graph::Iri(std::string(graph::ns::kDk) + local); }

// dk: organization subtypes; an organization typed only generically has type "Organization".
const std::vector<std::string>& OrganizationSubtypes() {
  static const std::vector<std::string> t = {Dk("GovernmentBody"), Dk("Enterprise"), Dk("Institution"),
                                             Dk("SocialGroup")};
  return t;
}
const std::set<std::string>& OrganizationTypes() {
  static const std::set<std::string> t = {Dk("Organization"), Dk("GovernmentBody"), Dk("Enterprise"),
                                          Dk("Institution"), Dk("SocialGroup"),
                                          graph::Iri(std::string(graph::ns::kOrg) + "Organization"),
                                          graph::Iri(std::string(graph::ns::kSchema) + "Organization"),
                                          graph::Iri("http://xmlns.com/foaf/0.1/Organization")};
  return t;
}
const std::set<std::string>& PersonTypes() {
  static const std::set<std::string> t = {Dk("Person"), graph::Iri(std::string(graph::ns::kSchema) + "Person"),
                                          graph::Iri("http://xmlns.com/foaf/0.1/Person")};
  return t;
}

// Government-body abbreviations whose expansion is fixed by naming rules (one full form each).
const std::vector<std::pair<std::string, std::string>>& Abbreviations() {
  static const std::vector<std::pair<std::string, std::string>> a = {
      {"发改委", "发展和改革委员会"}, {"经信局", "经济和信息化局"},   {"人社局", "人力资源和社会保障局"},
      {"卫健委", "卫生健康委员会"},   {"住建局", "住房和城乡建设局"}, {"统战部", "统一战线工作部"}};
  return a;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}
bool StartsWith(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

struct Named {
  std::string iri;
  std::string type;                  // organizations: the dk subtype (or "Organization"); persons: "Person"
  std::set<std::string> names;       // normalized full names
  std::set<std::string> affiliations;  // persons: canonical affiliation terms
  std::string shown_name;
};

class UnionFind {
 public:
  explicit UnionFind(size_t n) : parent_(n) { std::iota(parent_.begin(), parent_.end(), 0); }
  size_t Find(size_t x) { return parent_[x] == x ? x : parent_[x] = Find(parent_[x]); }
  void Unite(size_t a, size_t b) { parent_[Find(a)] = Find(b); }

 private:
  std::vector<size_t> parent_;
};

std::string Canonical(const CanonicalMap& canonical, const std::string& term) {
  auto it = canonical.find(term);
  return it == canonical.end() ? term : it->second;
}

class Matcher {
 public:
  Matcher(const EntityIndex& index, const ReconcileOptions& options, const CanonicalMap& canonical)
      : index_(index), options_(options), canonical_(canonical) {}

  std::string Normalize(std::string_view name) const {
    return options_.normalize_name ? options_.normalize_name(name) : BasicNormalizeName(name);
  }

  // The full name an abbreviated government-body name stands for, or empty when not certain:
  // the region part must be spelled out, or be one level character (市, 县, 区, 省) that the
  // organization's own located place fixes.
  std::string ExpandAbbreviation(const std::string& subject, const std::string& name) const {
    for (const auto& [abbr, full] : Abbreviations()) {
      if (!EndsWith(name, abbr)) continue;
      std::string region = name.substr(0, name.size() - abbr.size());
      if (region.empty()) return {};
      for (const char* level : {"市", "县", "区", "省"}) {
        if (region != level) continue;
        region.clear();
        if (!options_.place_name) return {};
        std::set<std::string> fitting;
        for (const auto* p : {&vocab::kDkLocatedIn, &vocab::kDkInRegion}) {
          for (const std::string& place : index_.Values(subject, *p)) {
            const std::string canonical_place = Canonical(canonical_, place);
            std::string_view iri = IriValue(canonical_place);
            std::string prefix = options_.base + "place/";
            if (!StartsWith(iri, prefix)) continue;
            std::string official = options_.place_name(iri.substr(prefix.size()));
            if (!official.empty() && EndsWith(official, level)) fitting.insert(official);
          }
        }
        if (fitting.size() != 1) return {};  // none, or several cities: not certain
        region = *fitting.begin();
      }
      return region + full;
    }
    return {};
  }

  std::vector<Named> Collect(const std::set<std::string>& types, bool organizations) const {
    std::vector<Named> out;
    for (const auto& [subject, quads] : index_.subjects()) {
      if (!index_.HasAnyType(subject, types)) continue;
      Named n;
      n.iri = subject;
      n.type = "Person";
      if (organizations) {
        n.type = "Organization";
        for (const std::string& t : OrganizationSubtypes()) {
          if (index_.HasAnyType(subject, {t})) n.type = std::string(IriValue(t).substr(std::string(graph::ns::kDk).size()));
        }
      }
      for (const std::string& raw : index_.Names(subject)) {
        std::string name = Normalize(raw);
        if (name.empty()) continue;
        if (n.shown_name.empty()) n.shown_name = raw;
        n.names.insert(name);
        if (organizations) {
          std::string full = ExpandAbbreviation(subject, name);
          if (!full.empty()) n.names.insert(Normalize(full));
        }
      }
      if (!organizations) {
        for (const std::string& a : index_.Values(subject, vocab::kSchemaAffiliation)) {
          n.affiliations.insert(Canonical(canonical_, a));
        }
      }
      if (!n.names.empty()) out.push_back(std::move(n));
    }
    return out;
  }

  // Links each group of same entities to one representative: a {base} IRI if there is one,
  // then the smallest term, so the choice does not depend on file order.
  void LinkGroups(const std::vector<Named>& all, UnionFind& uf, const char* kind,
                  const std::map<std::pair<size_t, size_t>, std::string>& rules, std::vector<Link>* links) const {
    std::map<size_t, std::vector<size_t>> groups;
    for (size_t i = 0; i < all.size(); ++i) groups[uf.Find(i)].push_back(i);
    std::string base_prefix = "<" + options_.base;
    for (auto& [_, members] : groups) {
      if (members.size() < 2) continue;
      size_t rep = members[0];
      for (size_t m : members) {
        bool m_base = StartsWith(all[m].iri, base_prefix), rep_base = StartsWith(all[rep].iri, base_prefix);
        if ((m_base && !rep_base) || (m_base == rep_base && all[m].iri < all[rep].iri)) rep = m;
      }
      for (size_t m : members) {
        if (m == rep) continue;
        auto it = rules.find({std::min(m, rep), std::max(m, rep)});
        std::string rule = it != rules.end() ? it->second : "same entity as another member of its group";
        bool materialize = StartsWith(all[rep].iri, base_prefix) && !StartsWith(all[m].iri, base_prefix);
        links->push_back(Link{kind, all[m].iri, all[rep].iri, rule, all[rep].shown_name, materialize});
      }
    }
  }

  void LinkOrganizations(std::vector<Link>* links, std::vector<Candidate>* candidates) const {
    std::vector<Named> orgs = Collect(OrganizationTypes(), true);
    std::map<std::string, std::vector<size_t>> by_name;
    for (size_t i = 0; i < orgs.size(); ++i) {
      for (const std::string& name : orgs[i].names) by_name[name].push_back(i);
    }
    UnionFind uf(orgs.size());
    std::map<std::pair<size_t, size_t>, std::string> rules;
    std::set<std::pair<size_t, size_t>> doubted;
    for (const auto& [name, members] : by_name) {
      for (size_t x = 0; x < members.size(); ++x) {
        for (size_t y = x + 1; y < members.size(); ++y) {
          size_t a = members[x], b = members[y];
          if (orgs[a].iri == orgs[b].iri) continue;
          if (orgs[a].type == orgs[b].type) {
            uf.Unite(a, b);
            rules.emplace(std::make_pair(std::min(a, b), std::max(a, b)),
                          "same normalized full name " + name + " and type dk:" + orgs[a].type);
          } else if (doubted.insert({std::min(a, b), std::max(a, b)}).second) {
            candidates->push_back(Candidate{"organization", std::min(orgs[a].iri, orgs[b].iri),
                                            std::max(orgs[a].iri, orgs[b].iri),
                                            "same name " + name + " but types dk:" + orgs[a].type + " and dk:" +
                                                orgs[b].type});
          }
        }
      }
    }
    LinkGroups(orgs, uf, "organization", rules, links);
  }

  void LinkPersons(const CanonicalMap& with_orgs, std::vector<Link>* links, std::vector<Candidate>* candidates) const {
    std::vector<Named> persons = Collect(PersonTypes(), false);
    for (Named& p : persons) {
      std::set<std::string> canonical;
      for (const std::string& a : p.affiliations) canonical.insert(Canonical(with_orgs, a));
      p.affiliations = std::move(canonical);
    }
    std::map<std::string, std::vector<size_t>> by_name;
    for (size_t i = 0; i < persons.size(); ++i) {
      for (const std::string& name : persons[i].names) by_name[name].push_back(i);
    }
    UnionFind uf(persons.size());
    std::map<std::pair<size_t, size_t>, std::string> rules;
    std::set<std::pair<size_t, size_t>> seen;
    for (const auto& [name, members] : by_name) {
      for (size_t x = 0; x < members.size(); ++x) {
        for (size_t y = x + 1; y < members.size(); ++y) {
          size_t a = std::min(members[x], members[y]), b = std::max(members[x], members[y]);
          if (persons[a].iri == persons[b].iri || !seen.insert({a, b}).second) continue;
          std::vector<std::string> shared;
          std::set_intersection(persons[a].affiliations.begin(), persons[a].affiliations.end(),
                                persons[b].affiliations.begin(), persons[b].affiliations.end(),
                                std::back_inserter(shared));
          if (!shared.empty()) {
            uf.Unite(a, b);
            rules.emplace(std::make_pair(a, b), "same name " + name + " and affiliation " + shared.front());
          } else {
            candidates->push_back(Candidate{"person", std::min(persons[a].iri, persons[b].iri),
                                            std::max(persons[a].iri, persons[b].iri),
                                            "same name " + name + " only (no shared affiliation); not merged"});
          }
        }
      }
    }
    LinkGroups(persons, uf, "person", rules, links);
  }

 private:
  const EntityIndex& index_;
  const ReconcileOptions& options_;
  const CanonicalMap& canonical_;
};

}  // namespace

void LinkOrganizationsAndPersons(const EntityIndex& index, const ReconcileOptions& options,
                                 const CanonicalMap& canonical, std::vector<Link>* links,
                                 std::vector<Candidate>* candidates) {
  Matcher matcher(index, options, canonical);
  size_t first_org_link = links->size();
  matcher.LinkOrganizations(links, candidates);
  CanonicalMap with_orgs = canonical;
  for (size_t i = first_org_link; i < links->size(); ++i) with_orgs[(*links)[i].from] = (*links)[i].to;
  matcher.LinkPersons(with_orgs, links, candidates);
}

}  // namespace internal

std::string BasicNormalizeName(std::string_view name) {
  std::string out;
  for (size_t i = 0; i < name.size(); ++i) {
    unsigned char c = name[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') continue;
    std::string_view rest = name.substr(i);
    if (rest.substr(0, 3) == "\u3000") { i += 2; continue; }          // ideographic space
    if (rest.substr(0, 3) == "\uff08") { out += '('; i += 2; continue; }  // （
    if (rest.substr(0, 3) == "\uff09") { out += ')'; i += 2; continue; }  // ）
    out += static_cast<char>(c);
  }
  return out;
}

}  // namespace duikou::merge
