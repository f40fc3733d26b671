#include "export/void_description.h"

#include <map>
#include <set>

#include "graph/identifiers.h"
#include "graph/vocabulary.h"

namespace duikou::exporter {

namespace {
namespace ns = graph::ns;
using graph::Iri;

std::string Integer(size_t n) { return graph::TypedLiteral(std::to_string(n), ns::Xsd("integer")); }
}  // namespace

graph::Dataset DescribeDataset(const graph::Dataset& dataset, const VoidOptions& options) {
  const std::string type = Iri(ns::Rdf("type"));
  const std::string instance_prefix = "<" + options.base;
  std::set<std::tuple<std::string, std::string, std::string>> triples;
  std::set<std::string> subjects, properties, sources;
  std::map<std::string, std::set<std::string>> entities_by_class;
  std::set<std::string> entities;
  for (const graph::Quad& q : dataset.quads()) {
    triples.emplace(q.subject, q.predicate, q.object);
    subjects.insert(q.subject);
    properties.insert(q.predicate);
    if (q.predicate == type && q.subject.starts_with(instance_prefix)) {
      entities_by_class[q.object].insert(q.subject);
      entities.insert(q.subject);
      if (q.object == Iri(ns::Dk("SourceDocument"))) sources.insert(q.subject);
    }
  }

  graph::Dataset out;
  const std::string d = Iri(options.base + "dataset");
  out.Add(d, type, Iri(ns::Void("Dataset")));
  out.Add(d, type, Iri(ns::Dcat("Dataset")));
  out.Add(d, Iri(ns::Dcterms("title")), graph::LangLiteral("duikou 对口协作知识图谱", "zh"));
  out.Add(d, Iri(ns::Dcterms("title")), graph::LangLiteral("duikou paired-assistance knowledge graph", "en"));
  out.Add(d, Iri(ns::Dcterms("description")),
          graph::LangLiteral("Entities and facts extracted by duikou from yearbook chapters, each linked to the "
                             "passage it was read from.",
                             "en"));
  out.Add(d, Iri(ns::Dcterms("conformsTo")), Iri(ns::kOntologyGraph));
  if (!options.license.empty()) {
    out.Add(d, Iri(ns::Dcterms("license")), Iri(options.license));
  } else {
    out.Add(d, Iri(ns::Dcterms("rights")),
            graph::LangLiteral("No licence stated by the publisher of this graph; the terms of the source "
                               "yearbooks apply.",
                               "en"));
  }
  out.Add(d, Iri(ns::Void("uriSpace")), graph::PlainLiteral(options.base));
  out.Add(d, Iri(ns::Void("triples")), Integer(triples.size()));
  out.Add(d, Iri(ns::Void("entities")), Integer(entities.size()));
  out.Add(d, Iri(ns::Void("distinctSubjects")), Integer(subjects.size()));
  out.Add(d, Iri(ns::Void("properties")), Integer(properties.size()));
  out.Add(d, Iri(ns::Void("classes")), Integer(entities_by_class.size()));
  for (const std::string& s : sources) out.Add(d, Iri(ns::Dcterms("source")), s);
  for (const char* vocabulary : {ns::kDk, ns::kSchema, ns::kOrg, ns::kProv, ns::kQb, ns::kSkos, ns::kDcterms}) {
    const std::string prefix = "<" + std::string(vocabulary);
    bool used = false;
    for (const std::string& p : properties) used |= p.starts_with(prefix);
    for (const auto& [cls, members] : entities_by_class) used |= cls.starts_with(prefix);
    if (used) out.Add(d, Iri(ns::Void("vocabulary")), Iri(vocabulary));
  }
  for (const auto& [cls, members] : entities_by_class) {
    std::string partition = Iri(options.base + "dataset/class/" + graph::ContentKey({cls}));
    out.Add(d, Iri(ns::Void("classPartition")), partition);
    out.Add(partition, Iri(ns::Void("class")), cls);
    out.Add(partition, Iri(ns::Void("entities")), Integer(members.size()));
  }
  return out;
}

}  // namespace duikou::exporter
