// Where duikou finds the data it ships (gazetteer, ontology, canned queries).
#pragma once

#include <string>

namespace duikou::cli {

// $DUIKOU_HOME if set, else the source tree the binary was built from.
std::string DataHome();
std::string GazetteerPath();  // {home}/data/gazetteer/divisions.tsv
std::string OntologyPath();   // {home}/ontology/duikou.ttl
std::string QueriesDir();     // {home}/queries

}  // namespace duikou::cli
