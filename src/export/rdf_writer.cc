#include "export/rdf_writer.h"

#include <serd/serd.h>

#include <algorithm>
#include <cstdarg>
#include <cstdio>
#include <tuple>
#include <vector>

#include "graph/term.h"
#include "graph/vocabulary.h"

namespace duikou::exporter {

namespace {

namespace ns = graph::ns;

// Predicates that lead a subject's block, in this order.
int PredicateRank(const std::string& p) {
  static const std::string kType = graph::Iri(ns::Rdf("type"));
  static const std::string kLabel = graph::Iri(ns::Rdfs("label"));
  if (p == kType) return 0;
  if (p == kLabel) return 1;
  return 2;
}

// The statements to write, in output order. Triple syntaxes drop the graph and deduplicate.
std::vector<graph::Quad> OrderedStatements(const graph::Dataset& dataset, bool keep_graphs) {
  std::vector<graph::Quad> out;
  out.reserve(dataset.size());
  for (const graph::Quad& q : dataset.quads()) {
    out.push_back(graph::Quad{q.subject, q.predicate, q.object, keep_graphs ? q.graph : std::string()});
  }
  auto key = [](const graph::Quad& q) {
    return std::tie(q.graph, q.subject);
  };
  std::sort(out.begin(), out.end(), [&](const graph::Quad& a, const graph::Quad& b) {
    if (key(a) != key(b)) return key(a) < key(b);
    int ra = PredicateRank(a.predicate), rb = PredicateRank(b.predicate);
    if (ra != rb) return ra < rb;
    return std::tie(a.predicate, a.object) < std::tie(b.predicate, b.object);
  });
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

size_t Sink(const void* buf, size_t len, void* stream) {
  static_cast<std::string*>(stream)->append(static_cast<const char*>(buf), len);
  return len;
}

SerdStatus OnWriterError(void* handle, const SerdError* e) {
  auto* message = static_cast<std::string*>(handle);
  char text[512];
  va_list args;
  va_copy(args, *e->args);
  vsnprintf(text, sizeof(text), e->fmt, args);
  va_end(args);
  if (message->empty()) *message = text;
  return SERD_SUCCESS;
}

// Serd nodes for one parsed term; the strings they point to live in the Term.
struct TermNodes {
  graph::Term term;
  SerdNode node = SERD_NODE_NULL;
  SerdNode datatype = SERD_NODE_NULL;
  SerdNode lang = SERD_NODE_NULL;
};

const uint8_t* U(const std::string& s) { return reinterpret_cast<const uint8_t*>(s.c_str()); }

bool MakeNodes(const std::string& text, TermNodes* n) {
  if (!graph::ParseTerm(text, &n->term)) return false;
  switch (n->term.kind) {
    case graph::Term::Kind::kIri: n->node = serd_node_from_string(SERD_URI, U(n->term.value)); break;
    case graph::Term::Kind::kBlank: n->node = serd_node_from_string(SERD_BLANK, U(n->term.value)); break;
    case graph::Term::Kind::kLiteral:
      n->node = serd_node_from_string(SERD_LITERAL, U(n->term.value));
      if (!n->term.datatype.empty()) n->datatype = serd_node_from_string(SERD_URI, U(n->term.datatype));
      if (!n->term.lang.empty()) n->lang = serd_node_from_string(SERD_LITERAL, U(n->term.lang));
      break;
  }
  return true;
}

struct Prefix {
  std::string name;
  std::string iri;
};

std::vector<Prefix> Prefixes(const std::string& base) {
  return {
      {"dk", ns::kDk},          {"rdf", ns::kRdf},         {"rdfs", ns::kRdfs},       {"owl", ns::kOwl},
      {"xsd", ns::kXsd},        {"skos", ns::kSkos},       {"schema", ns::kSchema},   {"org", ns::kOrg},
      {"prov", ns::kProv},      {"qb", ns::kQb},           {"dcterms", ns::kDcterms}, {"void", ns::kVoid},
      {"dcat", ns::kDcat},      {"place", base + "place/"}, {"passage", base + "passage/"},
      {"pairing", base + "pairing/"}, {"figure", base + "figure/"}, {"project", base + "project/"},
      {"event", base + "event/"}, {"award", base + "award/"}, {"person", base + "person/"},
      {"agent", base + "org/"}, {"mention", base + "mention/"}, {"source", base + "source/"},
  };
}

}  // namespace

size_t StatementCount(const graph::Dataset& dataset, RdfSyntax syntax) {
  bool quads = syntax == RdfSyntax::kTrig || syntax == RdfSyntax::kNQuads;
  return quads ? dataset.size() : OrderedStatements(dataset, false).size();
}

namespace {

// Writes `statements` (all of one graph for TriG) with one Serd writer. For Turtle the writer
// also writes the @prefix lines; for TriG bodies the prefixes are only used to abbreviate.
Status WriteStatements(const std::vector<graph::Quad>& statements, size_t begin, size_t end, SerdSyntax syntax,
                       bool terse, bool write_prefixes, const std::string& base, std::string* text) {
  std::string error;
  SerdEnv* env = serd_env_new(nullptr);
  unsigned style = terse ? (SERD_STYLE_ABBREVIATED | SERD_STYLE_CURIED) : 0;
  SerdWriter* writer = serd_writer_new(syntax, static_cast<SerdStyle>(style), env, nullptr, Sink, text);
  serd_writer_set_error_sink(writer, OnWriterError, &error);
  if (terse) {
    for (const Prefix& p : Prefixes(base)) {
      SerdNode name = serd_node_from_string(SERD_LITERAL, U(p.name));
      SerdNode iri = serd_node_from_string(SERD_URI, U(p.iri));
      if (write_prefixes) serd_writer_set_prefix(writer, &name, &iri);
      else serd_env_set_prefix(env, &name, &iri);
    }
  }
  Status status;
  for (size_t i = begin; i < end; ++i) {
    const graph::Quad& q = statements[i];
    TermNodes s, p, o, g;
    if (!MakeNodes(q.subject, &s) || !MakeNodes(q.predicate, &p) || !MakeNodes(q.object, &o) ||
        (!q.graph.empty() && !MakeNodes(q.graph, &g))) {
      status = Status::Error("malformed term in quad: " + q.subject + " " + q.predicate + " " + q.object + " " + q.graph);
      break;
    }
    // Only N-Quads takes the graph from the writer; TriG graphs are framed by WriteRdf.
    const SerdNode* graph_node = syntax == SERD_NQUADS && !q.graph.empty() ? &g.node : nullptr;
    SerdStatus st = serd_writer_write_statement(writer, 0, graph_node, &s.node, &p.node, &o.node,
                                                o.datatype.buf ? &o.datatype : nullptr,
                                                o.lang.buf ? &o.lang : nullptr);
    if (st != SERD_SUCCESS) {
      status = Status::Error("cannot write " + q.subject + " " + q.predicate + " " + q.object + ": " +
                             (error.empty() ? reinterpret_cast<const char*>(serd_strerror(st)) : error));
      break;
    }
  }
  serd_writer_finish(writer);
  serd_writer_free(writer);
  serd_env_free(env);
  return status;
}

}  // namespace

Status WriteRdf(const graph::Dataset& dataset, RdfSyntax syntax, const std::string& base, std::string* out) {
  bool quads = syntax == RdfSyntax::kTrig || syntax == RdfSyntax::kNQuads;
  std::vector<graph::Quad> statements = OrderedStatements(dataset, quads);
  std::string text;
  Status status;
  switch (syntax) {
    case RdfSyntax::kTurtle:
      status = WriteStatements(statements, 0, statements.size(), SERD_TURTLE, true, true, base, &text);
      break;
    case RdfSyntax::kNTriples:
      status = WriteStatements(statements, 0, statements.size(), SERD_NTRIPLES, false, false, base, &text);
      break;
    case RdfSyntax::kNQuads:
      status = WriteStatements(statements, 0, statements.size(), SERD_NQUADS, false, false, base, &text);
      break;
    case RdfSyntax::kTrig: {
      // Serd's own TriG output indents oddly; TriG is Turtle in graph blocks, so each graph's
      // statements are written as a Turtle body inside "<graph> { … }". Bodies are not
      // re-indented: that would change the content of multi-line literals.
      for (const Prefix& p : Prefixes(base)) text += "@prefix " + p.name + ": <" + p.iri + "> .\n";
      for (size_t begin = 0; begin < statements.size() && status.ok();) {
        size_t end = begin;
        while (end < statements.size() && statements[end].graph == statements[begin].graph) ++end;
        const std::string& g = statements[begin].graph;
        graph::Term name;
        if (!g.empty() && (!graph::ParseTerm(g, &name) || name.kind == graph::Term::Kind::kLiteral)) {
          return Status::Error("malformed graph name: " + g);
        }
        text += g.empty() ? "\n" : "\n" + g + " {\n";
        status = WriteStatements(statements, begin, end, SERD_TURTLE, true, false, base, &text);
        if (!g.empty()) text += "}\n";
        begin = end;
      }
      break;
    }
  }
  if (!status.ok()) return status;
  *out = std::move(text);
  return Status::Ok();
}

}  // namespace duikou::exporter
