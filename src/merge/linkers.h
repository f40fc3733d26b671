// The three parts of Reconcile(); internal to src/merge.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "merge/entity_index.h"
#include "merge/reconciliation.h"

namespace duikou::merge::internal {

// entity term -> canonical term, for every link found so far.
using CanonicalMap = std::map<std::string, std::string>;

// Foreign place IRIs -> {base}place/{code}. Doubtful ones (two codes) become candidates.
std::vector<Link> LinkPlaces(const EntityIndex& index, const ReconcileOptions& options,
                             std::vector<Candidate>* candidates);

// Organizations and persons with the same normalized name (see reconciliation.h for the rules).
// `canonical` holds the place links, which make affiliations and locations comparable.
void LinkOrganizationsAndPersons(const EntityIndex& index, const ReconcileOptions& options,
                                 const CanonicalMap& canonical, std::vector<Link>* links,
                                 std::vector<Candidate>* candidates);

// Figures with one key and different values in different graphs.
std::vector<Conflict> FindConflicts(const EntityIndex& index, const CanonicalMap& canonical);

}  // namespace duikou::merge::internal
