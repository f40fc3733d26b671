#include "export/exporter.h"

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

// Skeleton: N-Triples / N-Quads only (issue 5 replaces this).
Status Export(const graph::Dataset& dataset, ExportFormat format, const ExportOptions&, std::ostream& out) {
  if (format != ExportFormat::kNTriples && format != ExportFormat::kNQuads) return Status::Error("format not built yet");
  for (const auto& q : dataset.quads()) {
    out << q.subject << ' ' << q.predicate << ' ' << q.object;
    if (format == ExportFormat::kNQuads && !q.graph.empty()) out << ' ' << q.graph;
    out << " .\n";
  }
  return Status::Ok();
}

}  // namespace duikou::exporter
