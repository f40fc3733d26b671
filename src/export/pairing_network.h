// The pairing network of a dataset, drawn for Graphviz: one node per supporter or recipient,
// one edge supporter -> recipient per (supporter, recipient, pairing type), coloured by pairing
// type and labelled with the years, plus a legend of the colours.
#pragma once

#include <string>

#include "base/status.h"
#include "graph/dataset.h"

namespace duikou::exporter {

// DOT text; deterministic (nodes and edges in IRI order, colours fixed per type).
std::string PairingNetworkDot(const graph::Dataset& dataset);

// Renders DOT text to SVG with Graphviz's `dot` found on PATH. Fails with a message naming the
// Debian package when `dot` is missing, or with dot's own message when it rejects the input.
Status RenderSvg(const std::string& dot_text, std::string* svg);

}  // namespace duikou::exporter
