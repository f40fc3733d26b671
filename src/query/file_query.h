// FileQuery: SPARQL over RDF files with W3C dataset semantics, through Rasqal alone.
//
// `duikou query --data A --named B` (and the W3C suites) need the SPARQL dataset exactly: the
// default graph is the merge of the --data files only, each --named file is a named graph,
// and a query's own FROM / FROM NAMED apply when no file is given. librdf's model answers a
// pattern outside GRAPH from every graph, so this path hands the files to Rasqal as data
// graphs instead, as roqet -D/-G does. Rasqal reads the files when the query runs.
#pragma once

#include <string>
#include <vector>

#include "base/status.h"
#include "query/query_engine.h"

namespace duikou::query {

struct DataFile {
  std::string path;
  std::string graph_iri;  // empty: part of the default graph
};

// Runs `sparql` over `files`; errors read like QueryEngine::Execute's, quoting `user_sparql`
// (the text as the user wrote it, before implicit prefixes were added).
Status RunOverFiles(const std::vector<DataFile>& files, const std::string& sparql, const std::string& user_sparql,
                    const std::string& base_iri, QueryResult* out);

// The raptor parser name for an RDF file, from its extension, or nullptr.
const char* RdfSyntaxForFile(const std::string& path);

// OK when `path` is an existing regular file of a type RdfSyntaxForFile knows; otherwise an
// error that names the file and says what was expected.
Status CheckRdfFile(const std::string& path);

// The file:// IRI of `path` (made absolute and normalized): the base IRI its relative IRIs
// resolve against, and the graph name `duikou query --named` gives it.
std::string FileIri(const std::string& path);

}  // namespace duikou::query
