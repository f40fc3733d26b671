#include "query/result_writer.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>

#include "graph/term.h"
#include "graph/vocabulary.h"

namespace duikou::query {
namespace {

// ---- shared helpers -------------------------------------------------------------------

std::string XmlEscape(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string JsonString(const std::string& s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out + "\"";
}

// The IRI shortened to prefix:local when a known prefix matches and the rest is a plain name
// (for display, a name may contain '/': id:place/330603 reads better than the full IRI).
std::string Abbreviate(const std::string& iri, bool for_display = false) {
  for (const auto& [prefix, ns] : KnownPrefixes()) {
    if (iri.size() > ns.size() && iri.compare(0, ns.size(), ns) == 0) {
      std::string local = iri.substr(ns.size());
      if (local.find_first_of(for_display ? "#?<> " : "/#?.%~:") == std::string::npos) return prefix + ":" + local;
    }
  }
  return "<" + iri + ">";
}

// ---- table ----------------------------------------------------------------------------

// A decimal as people write it: SUM over xsd:decimal values gives "1010000.0", which reads
// as a different kind of number than the "2550000" beside it.
std::string DisplayDecimal(const std::string& lexical) {
  size_t dot = lexical.find('.');
  if (dot == std::string::npos || lexical.find_first_not_of('0', dot + 1) != std::string::npos) return lexical;
  return lexical.substr(0, dot);
}

std::string TableCell(const Term& term, const ResultWriterOptions& options) {
  if (term.empty()) return "";
  if (options.show_labels && options.labels) {
    if (auto it = options.labels->find(term); it != options.labels->end()) return it->second;
  }
  graph::Term parts;
  if (!graph::ParseTerm(term, &parts)) return term;
  std::string cell;
  switch (parts.kind) {
    case graph::Term::Kind::kIri: cell = Abbreviate(parts.value, true); break;
    case graph::Term::Kind::kBlank: cell = "_:" + parts.value; break;
    case graph::Term::Kind::kLiteral:
      cell = parts.datatype == "http://www.w3.org/2001/XMLSchema#decimal" ? DisplayDecimal(parts.value) : parts.value;
      break;
  }
  // One line per cell: newlines and tabs would break the grid.
  for (char& c : cell) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  return cell;
}

void Pad(std::ostream& out, const std::string& cell, size_t width) {
  out << cell;
  for (size_t w = DisplayWidth(cell); w < width; ++w) out << ' ';
}

void WriteTable(const QueryResult& r, const ResultWriterOptions& options, std::ostream& out) {
  std::vector<std::vector<std::string>> cells;
  std::vector<size_t> widths;
  for (const auto& v : r.variables) widths.push_back(DisplayWidth(v));
  for (const auto& row : r.rows) {
    std::vector<std::string> line;
    for (size_t i = 0; i < row.size(); ++i) {
      line.push_back(TableCell(row[i], options));
      widths[i] = std::max(widths[i], DisplayWidth(line.back()));
    }
    cells.push_back(std::move(line));
  }
  auto write_line = [&](const std::vector<std::string>& line) {
    for (size_t i = 0; i < line.size(); ++i) {
      if (i) out << " | ";
      if (i + 1 == line.size()) {
        out << line[i];  // no trailing blanks
      } else {
        Pad(out, line[i], widths[i]);
      }
    }
    out << "\n";
  };
  write_line(r.variables);
  for (size_t i = 0; i < widths.size(); ++i) out << (i ? "-+-" : "") << std::string(widths[i], '-');
  out << "\n";
  for (const auto& line : cells) write_line(line);
  if (options.show_row_count) out << "(" << r.rows.size() << (r.rows.size() == 1 ? " row)\n" : " rows)\n");
}

// ---- csv / tsv ------------------------------------------------------------------------

std::string CsvField(const Term& term) {
  if (term.empty()) return "";
  graph::Term parts;
  std::string value = graph::ParseTerm(term, &parts) ? (parts.kind == graph::Term::Kind::kBlank ? "_:" + parts.value : parts.value)
                                              : term;
  if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
  std::string quoted = "\"";
  for (char c : value) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
  return quoted + "\"";
}

void WriteCsv(const QueryResult& r, std::ostream& out) {
  for (size_t i = 0; i < r.variables.size(); ++i) out << (i ? "," : "") << r.variables[i];
  out << "\r\n";
  for (const auto& row : r.rows) {
    for (size_t i = 0; i < row.size(); ++i) out << (i ? "," : "") << CsvField(row[i]);
    out << "\r\n";
  }
}

void WriteTsv(const QueryResult& r, std::ostream& out) {
  for (size_t i = 0; i < r.variables.size(); ++i) out << (i ? "\t" : "") << "?" << r.variables[i];
  out << "\n";
  for (const auto& row : r.rows) {
    for (size_t i = 0; i < row.size(); ++i) out << (i ? "\t" : "") << row[i];
    out << "\n";
  }
}

// ---- json / xml -----------------------------------------------------------------------

void WriteJson(const QueryResult& r, std::ostream& out) {
  if (r.kind == QueryResult::Kind::kBoolean) {
    out << "{ \"head\": {}, \"boolean\": " << (r.boolean ? "true" : "false") << " }\n";
    return;
  }
  out << "{\n  \"head\": { \"vars\": [";
  for (size_t i = 0; i < r.variables.size(); ++i) out << (i ? ", " : " ") << JsonString(r.variables[i]);
  out << " ] },\n  \"results\": {\n    \"bindings\": [";
  for (size_t k = 0; k < r.rows.size(); ++k) {
    out << (k ? ",\n      {" : "\n      {");
    bool first = true;
    for (size_t i = 0; i < r.rows[k].size(); ++i) {
      graph::Term parts;
      if (r.rows[k][i].empty() || !graph::ParseTerm(r.rows[k][i], &parts)) continue;
      out << (first ? " " : ", ") << JsonString(r.variables[i]) << ": { \"type\": ";
      first = false;
      switch (parts.kind) {
        case graph::Term::Kind::kIri: out << "\"uri\""; break;
        case graph::Term::Kind::kBlank: out << "\"bnode\""; break;
        case graph::Term::Kind::kLiteral: out << "\"literal\""; break;
      }
      out << ", \"value\": " << JsonString(parts.value);
      if (!parts.lang.empty()) out << ", \"xml:lang\": " << JsonString(parts.lang);
      if (!parts.datatype.empty()) out << ", \"datatype\": " << JsonString(parts.datatype);
      out << " }";
    }
    out << " }";
  }
  out << (r.rows.empty() ? "]\n  }\n}\n" : "\n    ]\n  }\n}\n");
}

void WriteXml(const QueryResult& r, std::ostream& out) {
  out << "<?xml version=\"1.0\"?>\n<sparql xmlns=\"http://www.w3.org/2005/sparql-results#\">\n  <head>\n";
  if (r.kind == QueryResult::Kind::kBoolean) {
    out << "  </head>\n  <boolean>" << (r.boolean ? "true" : "false") << "</boolean>\n</sparql>\n";
    return;
  }
  for (const auto& v : r.variables) out << "    <variable name=\"" << XmlEscape(v) << "\"/>\n";
  out << "  </head>\n  <results>\n";
  for (const auto& row : r.rows) {
    out << "    <result>\n";
    for (size_t i = 0; i < row.size(); ++i) {
      graph::Term parts;
      if (row[i].empty() || !graph::ParseTerm(row[i], &parts)) continue;
      out << "      <binding name=\"" << XmlEscape(r.variables[i]) << "\">";
      switch (parts.kind) {
        case graph::Term::Kind::kIri: out << "<uri>" << XmlEscape(parts.value) << "</uri>"; break;
        case graph::Term::Kind::kBlank: out << "<bnode>" << XmlEscape(parts.value) << "</bnode>"; break;
        case graph::Term::Kind::kLiteral:
          out << "<literal";
          if (!parts.lang.empty()) out << " xml:lang=\"" << XmlEscape(parts.lang) << "\"";
          if (!parts.datatype.empty()) out << " datatype=\"" << XmlEscape(parts.datatype) << "\"";
          out << ">" << XmlEscape(parts.value) << "</literal>";
          break;
      }
      out << "</binding>\n";
    }
    out << "    </result>\n";
  }
  out << "  </results>\n</sparql>\n";
}

// ---- graphs ---------------------------------------------------------------------------

void WriteNTriples(const graph::Dataset& g, std::ostream& out) {
  for (const auto& q : g.quads()) out << q.subject << ' ' << q.predicate << ' ' << q.object << " .\n";
}

std::string TurtleTerm(const Term& term) {
  graph::Term parts;
  if (!graph::ParseTerm(term, &parts)) return term;
  if (parts.kind == graph::Term::Kind::kIri) return Abbreviate(parts.value);
  if (parts.kind == graph::Term::Kind::kLiteral && !parts.datatype.empty()) {
    std::string dt = Abbreviate(parts.datatype);
    parts.datatype.clear();
    return graph::FormatTerm(parts) + "^^" + dt;
  }
  return term;
}

void WriteTurtle(const graph::Dataset& g, std::ostream& out) {
  for (const auto& [prefix, ns] : KnownPrefixes()) out << "@prefix " << prefix << ": <" << ns << "> .\n";
  const std::string* subject = nullptr;
  const std::string* predicate = nullptr;
  for (const auto& q : g.quads()) {
    if (!subject || *subject != q.subject) {
      if (subject) out << " .\n";
      out << "\n" << TurtleTerm(q.subject) << "\n    " << TurtleTerm(q.predicate) << " " << TurtleTerm(q.object);
    } else if (*predicate != q.predicate) {
      out << " ;\n    " << TurtleTerm(q.predicate) << " " << TurtleTerm(q.object);
    } else {
      out << " ,\n        " << TurtleTerm(q.object);
    }
    subject = &q.subject;
    predicate = &q.predicate;
  }
  if (subject) out << " .\n";
}

}  // namespace

const std::vector<std::pair<std::string, std::string>>& KnownPrefixes() {
  static const std::vector<std::pair<std::string, std::string>> prefixes = {
      {"dk", graph::ns::kDk},       {"id", graph::ns::kDefaultBase}, {"rdf", graph::ns::kRdf},
      {"rdfs", graph::ns::kRdfs},   {"xsd", graph::ns::kXsd},        {"owl", graph::ns::kOwl},
      {"skos", graph::ns::kSkos},   {"schema", graph::ns::kSchema},  {"org", graph::ns::kOrg},
      {"prov", graph::ns::kProv},   {"qb", graph::ns::kQb},          {"dcterms", graph::ns::kDcterms},
      {"void", graph::ns::kVoid},
  };
  return prefixes;
}

size_t DisplayWidth(const std::string& text) {
  size_t width = 0;
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(text.size());
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  while (i < n) {
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0) {
      ++width;  // an invalid byte shows as one replacement character
      continue;
    }
    int8_t type = u_charType(c);
    if (type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK || type == U_FORMAT_CHAR) continue;
    int eaw = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
    width += (eaw == U_EA_WIDE || eaw == U_EA_FULLWIDTH) ? 2 : 1;
  }
  return width;
}

bool ParseResultFormat(const std::string& name, ResultFormat* out) {
  if (name == "table") *out = ResultFormat::kTable;
  else if (name == "csv") *out = ResultFormat::kCsv;
  else if (name == "tsv") *out = ResultFormat::kTsv;
  else if (name == "json") *out = ResultFormat::kJson;
  else if (name == "xml") *out = ResultFormat::kXml;
  else if (name == "ntriples" || name == "nt") *out = ResultFormat::kNTriples;
  else if (name == "turtle" || name == "ttl") *out = ResultFormat::kTurtle;
  else return false;
  return true;
}

Status WriteResult(const QueryResult& result, ResultFormat format, const ResultWriterOptions& options,
                   std::ostream& out) {
  if (result.kind == QueryResult::Kind::kGraph) {
    if (format == ResultFormat::kTurtle) {
      WriteTurtle(result.graph, out);
    } else {
      WriteNTriples(result.graph, out);
    }
    return Status::Ok();
  }
  switch (format) {
    case ResultFormat::kNTriples:
    case ResultFormat::kTurtle:
      return Status::Error("ntriples and turtle are for CONSTRUCT/DESCRIBE results; use table, csv, tsv, json or xml");
    case ResultFormat::kJson:
      WriteJson(result, out);
      return Status::Ok();
    case ResultFormat::kXml:
      WriteXml(result, out);
      return Status::Ok();
    default:
      break;
  }
  if (result.kind == QueryResult::Kind::kBoolean) {
    out << (result.boolean ? "true" : "false") << "\n";
    return Status::Ok();
  }
  if (format == ResultFormat::kCsv) WriteCsv(result, out);
  else if (format == ResultFormat::kTsv) WriteTsv(result, out);
  else WriteTable(result, options, out);
  return Status::Ok();
}

}  // namespace duikou::query
