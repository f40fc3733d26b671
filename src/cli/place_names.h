// Place names typed at the command line, made to match the graph.
//
// The graph labels a place with its official name (rdfs:label) and the forms its chapters used
// (skos:altLabel). A user may type any other alias the gazetteer knows (冷湖行委, 峨边县, 萧山):
// a canned query's name parameter is therefore rewritten to the official name when the
// gazetteer resolves it to exactly one division, and left as typed otherwise.
#pragma once

#include <map>
#include <string>

#include "gazetteer/gazetteer.h"

namespace duikou::cli {

// Rewrites every value of `params` that names exactly one division to that division's
// official name. IRIs, years and unknown or ambiguous names stay as they are.
void UseOfficialPlaceNames(const gazetteer::Gazetteer& gazetteer, std::map<std::string, std::string>* params);

}  // namespace duikou::cli
