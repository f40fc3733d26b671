#include "graph/rdf_parse.h"

#include <serd/serd.h>

#include <cstdarg>
#include <cstdio>
#include <filesystem>

#include "graph/vocabulary.h"

namespace duikou::graph {

namespace {

struct ParseState {
  SerdEnv* env = nullptr;
  std::string graph;  // N-Triples form, or empty
  Dataset parsed;
  std::string error;
  std::string name;  // file name for messages
};

std::string NodeText(const SerdNode* n) { return std::string(reinterpret_cast<const char*>(n->buf), n->n_bytes); }

// A SerdNode (IRI, CURIE or blank) as an N-Triples term; false if it cannot be expanded.
bool ResourceTerm(ParseState* st, const SerdNode* n, std::string* out) {
  if (n->type == SERD_BLANK) {
    *out = "_:" + NodeText(n);
    return true;
  }
  SerdNode expanded = serd_env_expand_node(st->env, n);
  if (!expanded.buf) return false;
  *out = Iri(NodeText(&expanded));
  serd_node_free(&expanded);
  return true;
}

SerdStatus OnBase(void* handle, const SerdNode* uri) {
  return serd_env_set_base_uri(static_cast<ParseState*>(handle)->env, uri);
}

SerdStatus OnPrefix(void* handle, const SerdNode* name, const SerdNode* uri) {
  return serd_env_set_prefix(static_cast<ParseState*>(handle)->env, name, uri);
}

SerdStatus OnStatement(void* handle, SerdStatementFlags, const SerdNode* graph, const SerdNode* subject,
                       const SerdNode* predicate, const SerdNode* object, const SerdNode* datatype,
                       const SerdNode* lang) {
  auto* st = static_cast<ParseState*>(handle);
  std::string s, p, o, g = st->graph;
  if (!ResourceTerm(st, subject, &s) || !ResourceTerm(st, predicate, &p)) {
    st->error = "cannot expand subject or predicate " + NodeText(subject);
    return SERD_ERR_BAD_CURIE;
  }
  if (graph && graph->buf && !ResourceTerm(st, graph, &g)) return SERD_ERR_BAD_CURIE;
  if (object->type == SERD_LITERAL) {
    if (lang && lang->buf) {
      o = LangLiteral(NodeText(object), NodeText(lang));
    } else if (datatype && datatype->buf) {
      std::string dt;
      if (!ResourceTerm(st, datatype, &dt)) return SERD_ERR_BAD_CURIE;
      o = TypedLiteral(NodeText(object), dt.substr(1, dt.size() - 2));
    } else {
      o = PlainLiteral(NodeText(object));
    }
  } else if (!ResourceTerm(st, object, &o)) {
    st->error = "cannot expand " + NodeText(object);
    return SERD_ERR_BAD_CURIE;
  }
  st->parsed.Add(std::move(s), std::move(p), std::move(o), std::move(g));
  return SERD_SUCCESS;
}

SerdStatus OnError(void* handle, const SerdError* e) {
  auto* st = static_cast<ParseState*>(handle);
  char message[512];  // serd's messages are one short line
  va_list args;
  va_copy(args, *e->args);
  vsnprintf(message, sizeof(message), e->fmt, args);
  va_end(args);
  std::string text = message;
  while (!text.empty() && text.back() == '\n') text.pop_back();
  if (st->error.empty()) {
    st->error = (e->filename ? std::string(reinterpret_cast<const char*>(e->filename)) : st->name) + ":" + std::to_string(e->line) + ":" +
                std::to_string(e->col) + ": " + text;
  }
  return SERD_SUCCESS;
}

Status Parse(const std::string& text, const std::string* path, const std::string& name, const std::string& graph_iri,
             const std::string& blank_prefix, Dataset* out) {
  std::string base_uri = "file://" + (path ? std::filesystem::absolute(*path).string() : "/" + name);
  SerdNode base = serd_node_from_string(SERD_URI, reinterpret_cast<const uint8_t*>(base_uri.c_str()));
  ParseState st;
  st.name = name;
  st.env = serd_env_new(&base);
  st.graph = graph_iri.empty() ? "" : Iri(graph_iri);
  SerdReader* reader = serd_reader_new(SERD_TURTLE, &st, nullptr, OnBase, OnPrefix, OnStatement, nullptr);
  serd_reader_set_error_sink(reader, OnError, &st);
  serd_reader_set_strict(reader, true);
  if (!blank_prefix.empty()) serd_reader_add_blank_prefix(reader, reinterpret_cast<const uint8_t*>(blank_prefix.c_str()));
  SerdStatus status;
  if (path) {
    status = serd_reader_read_file(reader, reinterpret_cast<const uint8_t*>(path->c_str()));
  } else {
    status = serd_reader_read_string(reader, reinterpret_cast<const uint8_t*>(text.c_str()));
  }
  serd_reader_free(reader);
  serd_env_free(st.env);
  if (status != SERD_SUCCESS || !st.error.empty()) {
    if (st.error.empty()) st.error = name + ": " + reinterpret_cast<const char*>(serd_strerror(status));
    if (!st.error.starts_with(name)) st.error = name + ": " + st.error;
    return Status::Error(st.error);
  }
  out->AddAll(st.parsed);
  return Status::Ok();
}

}  // namespace

Status ParseTurtleFile(const std::string& path, const std::string& graph_iri, const std::string& blank_prefix,
                       Dataset* out) {
  if (!std::filesystem::is_regular_file(path)) return Status::Error(path + ": no such file");
  return Parse({}, &path, path, graph_iri, blank_prefix, out);
}

Status ParseTurtleString(const std::string& text, const std::string& name, const std::string& graph_iri,
                         const std::string& blank_prefix, Dataset* out) {
  return Parse(text, nullptr, name, graph_iri, blank_prefix, out);
}

Status LoadOntology(const std::string& path, Dataset* out) {
  Dataset ontology;
  if (Status s = ParseTurtleFile(path, ns::kOntologyGraph, "onto", &ontology); !s.ok()) return s;
  out->DropGraph(Iri(ns::kOntologyGraph));
  out->AddAll(ontology);
  return Status::Ok();
}

}  // namespace duikou::graph
