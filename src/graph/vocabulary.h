// Namespaces of the graph contract (../shared/contract/ontology.md) and the terms the mapper
// and the exporters write. Every dk: term used here is defined in ontology/duikou.ttl.
#pragma once

#include <string>
#include <string_view>

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
inline constexpr const char* kDcat = "http://www.w3.org/ns/dcat#";

// The named graph that holds the ontology in a store.
inline constexpr const char* kOntologyGraph = "https://w3id.org/duikou/ns";

// Bare IRIs (no <>) of terms: Dk("Place") is https://w3id.org/duikou/ns#Place.
inline std::string Dk(std::string_view local) { return std::string(kDk) + std::string(local); }
inline std::string Rdf(std::string_view local) { return std::string(kRdf) + std::string(local); }
inline std::string Rdfs(std::string_view local) { return std::string(kRdfs) + std::string(local); }
inline std::string Schema(std::string_view local) { return std::string(kSchema) + std::string(local); }
inline std::string Skos(std::string_view local) { return std::string(kSkos) + std::string(local); }
inline std::string Prov(std::string_view local) { return std::string(kProv) + std::string(local); }
inline std::string Xsd(std::string_view local) { return std::string(kXsd) + std::string(local); }
inline std::string Dcterms(std::string_view local) { return std::string(kDcterms) + std::string(local); }
inline std::string Void(std::string_view local) { return std::string(kVoid) + std::string(local); }
inline std::string Dcat(std::string_view local) { return std::string(kDcat) + std::string(local); }

}  // namespace duikou::graph::ns

namespace duikou::graph {

// The pairing-type concepts of scheme dk:PairingTypes: the zh label used in yearbooks and the
// ASCII local name. A type outside this list still maps (see GraphMapper), to a concept minted
// under {base}concept/pairing/.
struct PairingTypeConcept {
  const char* zh;
  const char* local;
};
inline constexpr PairingTypeConcept kPairingTypes[] = {
    {"对口支援", "DuikouZhiyuan"},
    {"对口合作", "DuikouHezuo"},
    {"东西部扶贫协作", "DongxibuFupinXiezuo"},
    {"山海协作", "ShanhaiXiezuo"},
    {"对口帮扶", "DuikouBangfu"},
    {"结对帮扶", "JieduiBangfu"},
};

// Local names of the concepts of scheme dk:Metrics defined by the ontology.
inline constexpr const char* kMetrics[] = {
    "ProjectCount",   "FundsCNY",     "CadresSent",     "TalentsSent",     "Trainees",
    "InvestmentCNY",  "SalesCNY",     "DonationCNY",    "Jobs",            "PurchaseCNY",
    "EnterpriseCount", "PeopleHelped", "LaborTransfers", "VisitCount",      "AgreementCount",
    "SchoolCount",    "PatientCount", "VolunteerCount", "AreaMu",          "PairedUnitCount",
};

}  // namespace duikou::graph
