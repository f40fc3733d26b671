// Namespaces of the graph contract (../shared/contract/ontology.md).
#pragma once

namespace duikou::graph::ns {

inline constexpr const char* kDk = "https://w3id.org/duikou/ns#";
inline constexpr const char* kDefaultBase = "https://w3id.org/duikou/id/";
inline constexpr const char* kSchema = "http://schema.org/";
inline constexpr const char* kOrg = "http://www.w3.org/ns/org#";
inline constexpr const char* kProv = "http://www.w3.org/ns/prov#";
inline constexpr const char* kQb = "http://purl.org/linked-data/cube#";
inline constexpr const char* kSkos = "http://www.w3.org/2004/02/skos/core#";
inline constexpr const char* kRdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
inline constexpr const char* kRdfs = "http://www.w3.org/2000/01/rdf-schema#";
inline constexpr const char* kOwl = "http://www.w3.org/2002/07/owl#";
inline constexpr const char* kXsd = "http://www.w3.org/2001/XMLSchema#";
inline constexpr const char* kDcterms = "http://purl.org/dc/terms/";
inline constexpr const char* kVoid = "http://rdfs.org/ns/void#";

}  // namespace duikou::graph::ns
