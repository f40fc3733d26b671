// Exporter: Dataset -> Turtle | N-Triples | TriG | N-Quads | DOT (and SVG through Graphviz).
// Output is a function of the dataset alone: byte-identical for the same graph.
#pragma once

#include <ostream>
#include <string>

#include "base/status.h"
#include "graph/dataset.h"

namespace duikou::exporter {

enum class ExportFormat { kTurtle, kNTriples, kTrig, kNQuads, kDot, kSvg };
bool ParseExportFormat(const std::string& name, ExportFormat* out);

struct ExportOptions {
  bool with_void = false;  // append a VoID/DCAT description of the dataset
  std::string base = "https://w3id.org/duikou/id/";
};

Status Export(const graph::Dataset& dataset, ExportFormat format, const ExportOptions& options,
              std::ostream& out);

}  // namespace duikou::exporter
