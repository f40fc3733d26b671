// Labels: the display name of each resource, for table output with --labels / .mode labels.
#pragma once

#include <map>

#include "base/status.h"
#include "query/query_engine.h"

namespace duikou::query {

// Maps every IRI that has an rdfs:label or skos:prefLabel to one label's text: a Chinese
// (@zh…) label first, then any other; rdfs:label before skos:prefLabel; among equals the
// smallest, so the choice never depends on load order.
Status CollectLabels(QueryEngine* engine, std::map<Term, std::string>* out);

}  // namespace duikou::query
