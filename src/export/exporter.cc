#include "export/exporter.h"

#include "export/pairing_network.h"
#include "export/rdf_writer.h"
#include "export/void_description.h"
#include "graph/vocabulary.h"

namespace duikou::exporter {

bool ParseExportFormat(const std::string& name, ExportFormat* out) {
  if (name == "turtle" || name == "ttl") *out = ExportFormat::kTurtle;
  else if (name == "ntriples" || name == "nt") *out = ExportFormat::kNTriples;
  else if (name == "trig") *out = ExportFormat::kTrig;
  else if (name == "nquads" || name == "nq") *out = ExportFormat::kNQuads;
  else if (name == "dot") *out = ExportFormat::kDot;
  else if (name == "svg") *out = ExportFormat::kSvg;
  else return false;
  return true;
}

std::string InferBase(const graph::Dataset& dataset, const std::string& fallback) {
  const std::string type = graph::Iri(graph::ns::Rdf("type"));
  const std::string source_document = graph::Iri(graph::ns::Dk("SourceDocument"));
  for (const graph::Quad& q : dataset.quads()) {
    if (q.predicate != type || q.object != source_document || !q.subject.starts_with("<")) continue;
    size_t at = q.subject.rfind("source/");
    if (at != std::string::npos) return q.subject.substr(1, at - 1);
  }
  return fallback;
}

Status ExportToString(const graph::Dataset& dataset, ExportFormat format, const ExportOptions& options,
                      std::string* out) {
  if (format == ExportFormat::kDot) {
    *out = PairingNetworkDot(dataset);
    return Status::Ok();
  }
  if (format == ExportFormat::kSvg) return RenderSvg(PairingNetworkDot(dataset), out);

  const graph::Dataset* data = &dataset;
  graph::Dataset selected;
  if (!options.with_ontology || options.with_void) {
    selected = dataset;
    if (!options.with_ontology) selected.DropGraph(graph::Iri(graph::ns::kOntologyGraph));
    if (options.with_void) selected.AddAll(DescribeDataset(selected, VoidOptions{options.base, options.license}));
    data = &selected;
  }
  RdfSyntax syntax = format == ExportFormat::kTurtle     ? RdfSyntax::kTurtle
                     : format == ExportFormat::kNTriples ? RdfSyntax::kNTriples
                     : format == ExportFormat::kTrig     ? RdfSyntax::kTrig
                                                         : RdfSyntax::kNQuads;
  return WriteRdf(*data, syntax, options.base, out);
}

Status Export(const graph::Dataset& dataset, ExportFormat format, const ExportOptions& options, std::ostream& out) {
  std::string text;
  if (Status s = ExportToString(dataset, format, options, &text); !s.ok()) return s;
  out << text;
  out.flush();
  if (!out) return Status::Error("cannot write the export (disk full or closed pipe?)");
  return Status::Ok();
}

}  // namespace duikou::exporter
