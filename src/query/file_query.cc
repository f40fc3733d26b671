#include "query/file_query.h"

#include <rasqal.h>

#include <filesystem>
#include <memory>

#include "query/sparql_features.h"
#include "graph/term.h"

namespace duikou::query {
namespace {

const unsigned char* U(const std::string& s) { return reinterpret_cast<const unsigned char*>(s.c_str()); }
std::string S(const unsigned char* s, size_t len) { return std::string(reinterpret_cast<const char*>(s), len); }
std::string S(const unsigned char* s) { return s ? reinterpret_cast<const char*>(s) : ""; }

// Rasqal's messages for one run.
struct Log {
  std::vector<std::string> messages;
  static void Handle(void* user_data, raptor_log_message* m) {
    if (m->level < RAPTOR_LOG_LEVEL_ERROR) return;
    std::string text;
    if (m->locator && m->locator->line > 0) {
      if (m->locator->file) text = std::string(m->locator->file) + ":";
      else if (m->locator->uri) text = S(raptor_uri_as_string(m->locator->uri)) + ":";
      text += "line " + std::to_string(m->locator->line) + ": ";
    }
    if (m->text) text += m->text;
    static_cast<Log*>(user_data)->messages.push_back(text);
  }
  std::string Take(const std::string& fallback) {
    std::string joined;
    for (const auto& s : messages) joined += (joined.empty() ? "" : "; ") + s;
    messages.clear();
    return joined.empty() ? fallback : joined;
  }
};

Term LiteralToTerm(rasqal_literal* value) {
  if (!value) return {};
  rasqal_literal* node = rasqal_literal_as_node(value);
  if (!node) return {};
  graph::Term parts;
  if (node->type == RASQAL_LITERAL_URI) {
    parts.kind = graph::Term::Kind::kIri;
    parts.value = S(raptor_uri_as_string(node->value.uri));
  } else if (node->type == RASQAL_LITERAL_BLANK) {
    parts.kind = graph::Term::Kind::kBlank;
    parts.value = S(node->string, node->string_len);
  } else {
    parts.kind = graph::Term::Kind::kLiteral;
    parts.value = S(node->string, node->string_len);
    if (node->language) parts.lang = node->language;
    if (node->datatype) parts.datatype = S(raptor_uri_as_string(node->datatype));
  }
  rasqal_free_literal(node);
  return graph::FormatTerm(parts);
}

Term RaptorTermToTerm(raptor_term* t) {
  if (!t) return {};
  graph::Term parts;
  switch (t->type) {
    case RAPTOR_TERM_TYPE_URI:
      parts.kind = graph::Term::Kind::kIri;
      parts.value = S(raptor_uri_as_string(t->value.uri));
      break;
    case RAPTOR_TERM_TYPE_BLANK:
      parts.kind = graph::Term::Kind::kBlank;
      parts.value = S(t->value.blank.string, t->value.blank.string_len);
      break;
    case RAPTOR_TERM_TYPE_LITERAL:
      parts.kind = graph::Term::Kind::kLiteral;
      parts.value = S(t->value.literal.string, t->value.literal.string_len);
      parts.lang = S(t->value.literal.language);
      if (t->value.literal.datatype) parts.datatype = S(raptor_uri_as_string(t->value.literal.datatype));
      break;
    default:
      return {};
  }
  return graph::FormatTerm(parts);
}

}  // namespace

const char* RdfSyntaxForFile(const std::string& path) {
  std::string ext = std::filesystem::path(path).extension().string();
  if (ext == ".ttl" || ext == ".n3") return "turtle";
  if (ext == ".nt") return "ntriples";
  if (ext == ".nq") return "nquads";
  if (ext == ".trig") return "trig";
  if (ext == ".rdf" || ext == ".owl" || ext == ".xml" || ext == ".rdfxml") return "rdfxml";
  return nullptr;
}

Status CheckRdfFile(const std::string& path) {
  if (!RdfSyntaxForFile(path)) {
    return Status::Error(path + ": unknown RDF file type (expected .ttl, .nt, .nq, .trig, .rdf, .owl or .xml)");
  }
  if (!std::filesystem::is_regular_file(path)) return Status::Error(path + ": no such file");
  return Status::Ok();
}

std::string FileIri(const std::string& path) {
  return "file://" + std::filesystem::absolute(path).lexically_normal().string();
}

Status RunOverFiles(const std::vector<DataFile>& files, const std::string& sparql, const std::string& user_sparql,
                    const std::string& base_iri, QueryResult* out) {
  *out = QueryResult();
  for (const auto& f : files) {
    if (Status s = CheckRdfFile(f.path); !s.ok()) return s;
  }
  // A world of our own: librdf registers its model as the triples source of its world.
  std::unique_ptr<rasqal_world, void (*)(rasqal_world*)> world(rasqal_new_world(), rasqal_free_world);
  if (!world || rasqal_world_open(world.get()) != 0) return Status::Error("rasqal: cannot create a world");
  Log log;
  rasqal_world_set_log_handler(world.get(), &log, &Log::Handle);
  raptor_world* raptor = rasqal_world_get_raptor(world.get());

  std::unique_ptr<rasqal_query, void (*)(rasqal_query*)> query(rasqal_new_query(world.get(), "sparql11", nullptr),
                                                               rasqal_free_query);
  if (!query) return Status::Error("rasqal: cannot create a query");
  raptor_uri* base = base_iri.empty() ? nullptr : raptor_new_uri(raptor, U(base_iri));
  int rc = rasqal_query_prepare(query.get(), U(sparql), base);
  if (base) raptor_free_uri(base);
  if (rc != 0) return Status::Error(ExplainQueryError(user_sparql, log.Take("the query could not be parsed")));

  for (const auto& f : files) {
    raptor_uri* uri = raptor_new_uri(raptor, U(FileIri(f.path)));
    raptor_uri* name = f.graph_iri.empty() ? nullptr : raptor_new_uri(raptor, U(f.graph_iri));
    rasqal_data_graph* graph = rasqal_new_data_graph_from_uri(
        world.get(), uri, name, name ? RASQAL_DATA_GRAPH_NAMED : RASQAL_DATA_GRAPH_BACKGROUND, nullptr,
        RdfSyntaxForFile(f.path), nullptr);
    raptor_free_uri(uri);
    if (name) raptor_free_uri(name);
    if (!graph || rasqal_query_add_data_graph(query.get(), graph) != 0) {
      return Status::Error(f.path + ": " + log.Take("cannot add as a data graph"));
    }
  }

  std::unique_ptr<rasqal_query_results, void (*)(rasqal_query_results*)> results(
      rasqal_query_execute(query.get()), rasqal_free_query_results);
  if (!results || !log.messages.empty()) {
    return Status::Error(ExplainQueryError(user_sparql, log.Take("the query failed to execute")));
  }
  rasqal_query_results* r = results.get();
  if (rasqal_query_results_is_bindings(r)) {
    out->kind = QueryResult::Kind::kBindings;
    int count = rasqal_query_results_get_bindings_count(r);
    for (int i = 0; i < count; ++i) out->variables.push_back(S(rasqal_query_results_get_binding_name(r, i)));
    while (!rasqal_query_results_finished(r)) {
      std::vector<Term> row(static_cast<size_t>(count));
      for (int i = 0; i < count; ++i) row[static_cast<size_t>(i)] = LiteralToTerm(rasqal_query_results_get_binding_value(r, i));
      out->rows.push_back(std::move(row));
      if (rasqal_query_results_next(r)) break;
    }
  } else if (rasqal_query_results_is_boolean(r)) {
    out->kind = QueryResult::Kind::kBoolean;
    out->boolean = rasqal_query_results_get_boolean(r) > 0;
  } else if (rasqal_query_results_is_graph(r)) {
    out->kind = QueryResult::Kind::kGraph;
    for (raptor_statement* st = rasqal_query_results_get_triple(r); st; st = rasqal_query_results_get_triple(r)) {
      Term s = RaptorTermToTerm(st->subject);
      Term p = RaptorTermToTerm(st->predicate);
      Term o = RaptorTermToTerm(st->object);
      if (!s.empty() && !p.empty() && !o.empty()) out->graph.Add(s, p, o);
      if (rasqal_query_results_next_triple(r)) break;
    }
  } else {
    return Status::Error("the query returned results of an unknown kind");
  }
  if (!log.messages.empty()) return Status::Error(ExplainQueryError(user_sparql, log.Take("")));
  return Status::Ok();
}

}  // namespace duikou::query
