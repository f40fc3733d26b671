#include "cli/paths.h"

#include <cstdlib>

namespace duikou::cli {

std::string DataHome() {
  const char* env = std::getenv("DUIKOU_HOME");
  return env && *env ? env : DUIKOU_SOURCE_DIR;
}
std::string GazetteerPath() { return DataHome() + "/data/gazetteer/divisions.tsv"; }
std::string OntologyPath() { return DataHome() + "/ontology/duikou.ttl"; }
std::string QueriesDir() { return DataHome() + "/queries"; }

}  // namespace duikou::cli
