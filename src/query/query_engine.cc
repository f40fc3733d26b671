#include "query/query_engine.h"

#include <redland.h>

#include <filesystem>
#include <unordered_map>

#include "query/sparql_features.h"
#include "query/term.h"

namespace duikou::query {
namespace {

const unsigned char* U(const std::string& s) { return reinterpret_cast<const unsigned char*>(s.c_str()); }

// librdf_node -> N-Triples term.
Term NodeToTerm(librdf_node* node) {
  if (!node) return {};
  TermParts parts;
  if (librdf_node_is_resource(node)) {
    parts.kind = TermParts::Kind::kIri;
    parts.value = reinterpret_cast<const char*>(librdf_uri_as_string(librdf_node_get_uri(node)));
  } else if (librdf_node_is_blank(node)) {
    parts.kind = TermParts::Kind::kBlank;
    parts.value = reinterpret_cast<const char*>(librdf_node_get_blank_identifier(node));
  } else {
    parts.kind = TermParts::Kind::kLiteral;
    size_t len = 0;
    const unsigned char* value = librdf_node_get_literal_value_as_counted_string(node, &len);
    parts.value.assign(reinterpret_cast<const char*>(value), len);
    if (const char* lang = librdf_node_get_literal_value_language(node)) parts.language = lang;
    if (librdf_uri* dt = librdf_node_get_literal_value_datatype_uri(node)) {
      parts.datatype = reinterpret_cast<const char*>(librdf_uri_as_string(dt));
    }
  }
  return FormatTerm(parts);
}

// The raptor parser name for a file, from its extension.
const char* ParserFor(const std::string& path) {
  std::string ext = std::filesystem::path(path).extension().string();
  if (ext == ".ttl" || ext == ".n3") return "turtle";
  if (ext == ".nt") return "ntriples";
  if (ext == ".nq") return "nquads";
  if (ext == ".trig") return "trig";
  if (ext == ".rdf" || ext == ".owl" || ext == ".xml" || ext == ".rdfxml") return "rdfxml";
  return nullptr;
}

}  // namespace

struct QueryEngine::Impl {
  librdf_world* world = nullptr;
  librdf_storage* storage = nullptr;
  librdf_model* model = nullptr;
  // Term text -> node, so a term repeated across quads is built once (copies are refcounts).
  std::unordered_map<std::string, librdf_node*> nodes;
  // Messages librdf/Rasqal/Raptor logged during the current operation.
  std::vector<std::string> messages;

  ~Impl() {
    for (auto& [text, node] : nodes) librdf_free_node(node);
    if (model) librdf_free_model(model);
    if (storage) librdf_free_storage(storage);
    if (world) librdf_free_world(world);
  }

  static int Log(void* user_data, librdf_log_message* message) {
    auto* self = static_cast<Impl*>(user_data);
    if (librdf_log_message_level(message) < LIBRDF_LOG_ERROR) return 1;  // warnings are not failures
    std::string text;
    if (raptor_locator* loc = librdf_log_message_locator(message); loc && loc->line > 0) {
      text = "line " + std::to_string(loc->line);
      if (loc->column > 0) text += ", column " + std::to_string(loc->column);
      text += ": ";
    }
    if (const char* m = librdf_log_message_message(message)) text += m;
    self->messages.push_back(text);
    return 1;  // handled: keep librdf from printing to stderr
  }

  // The logged messages joined, or `fallback` when nothing was logged.
  std::string TakeMessages(const std::string& fallback) {
    std::string joined;
    for (const auto& m : messages) joined += (joined.empty() ? "" : "; ") + m;
    messages.clear();
    return joined.empty() ? fallback : joined;
  }

  // A node for an N-Triples term (owned by the cache; copy before handing to librdf).
  librdf_node* Node(std::string_view term) {
    auto it = nodes.find(std::string(term));
    if (it != nodes.end()) return it->second;
    TermParts parts;
    if (!ParseTerm(term, &parts)) return nullptr;
    librdf_node* node = nullptr;
    switch (parts.kind) {
      case TermParts::Kind::kIri:
        node = librdf_new_node_from_uri_string(world, U(parts.value));
        break;
      case TermParts::Kind::kBlank:
        node = librdf_new_node_from_blank_identifier(world, U(parts.value));
        break;
      case TermParts::Kind::kLiteral: {
        librdf_uri* dt = parts.datatype.empty() ? nullptr : librdf_new_uri(world, U(parts.datatype));
        node = librdf_new_node_from_typed_counted_literal(
            world, U(parts.value), parts.value.size(), parts.language.empty() ? nullptr : parts.language.c_str(),
            parts.language.size(), dt);
        if (dt) librdf_free_uri(dt);
        break;
      }
    }
    if (node) nodes.emplace(std::string(term), node);
    return node;
  }

  // Rewrites a failure message with Rasqal's words into one that names the unsupported
  // SPARQL 1.1 feature, when the query uses one.
  std::string ExplainFailure(const std::string& sparql, const std::string& rasqal_message) {
    if (auto feature = FindUnsupportedFeature(sparql)) {
      return "line " + std::to_string(feature->line) + ", column " + std::to_string(feature->column) + ": " +
             feature->message + " (Rasqal said: " + rasqal_message + ")";
    }
    return rasqal_message;
  }

  Status Prepare(const std::string& sparql, const std::string& base_iri, librdf_query** out) {
    messages.clear();
    librdf_uri* base = base_iri.empty() ? nullptr : librdf_new_uri(world, U(base_iri));
    *out = librdf_new_query(world, "sparql11-query", nullptr, U(sparql), base);
    if (base) librdf_free_uri(base);
    if (!*out) return Status::Error(ExplainFailure(sparql, TakeMessages("the query could not be parsed")));
    if (!messages.empty()) {
      // Rasqal logs some syntax errors but still returns a query object.
      std::string message = TakeMessages("");
      librdf_free_query(*out);
      *out = nullptr;
      return Status::Error(ExplainFailure(sparql, message));
    }
    return Status::Ok();
  }
};

QueryEngine::QueryEngine() : impl_(std::make_unique<Impl>()) {}
QueryEngine::~QueryEngine() = default;

Status QueryEngine::Create(std::unique_ptr<QueryEngine>* out) {
  std::unique_ptr<QueryEngine> engine(new QueryEngine());
  Impl& impl = *engine->impl_;
  impl.world = librdf_new_world();
  if (!impl.world) return Status::Error("librdf: cannot create a world");
  librdf_world_set_logger(impl.world, &impl, &Impl::Log);
  librdf_world_open(impl.world);
  impl.storage = librdf_new_storage(impl.world, "hashes", "duikou", "hash-type='memory',contexts='yes'");
  if (!impl.storage) return Status::Error("librdf: cannot create in-memory storage: " + impl.TakeMessages("unknown error"));
  impl.model = librdf_new_model(impl.world, impl.storage, nullptr);
  if (!impl.model) return Status::Error("librdf: cannot create a model: " + impl.TakeMessages("unknown error"));
  *out = std::move(engine);
  return Status::Ok();
}

Status QueryEngine::AddQuad(std::string_view subject, std::string_view predicate, std::string_view object,
                            std::string_view graph) {
  Impl& impl = *impl_;
  librdf_node* s = impl.Node(subject);
  librdf_node* p = impl.Node(predicate);
  librdf_node* o = impl.Node(object);
  librdf_node* g = graph.empty() ? nullptr : impl.Node(graph);
  if (!s || !p || !o || (!graph.empty() && !g)) {
    return Status::Error("not an N-Triples quad: " + std::string(subject) + " " + std::string(predicate) + " " +
                         std::string(object) + " " + std::string(graph));
  }
  librdf_statement* st = librdf_new_statement_from_nodes(impl.world, librdf_new_node_from_node(s),
                                                         librdf_new_node_from_node(p), librdf_new_node_from_node(o));
  int rc = g ? librdf_model_context_add_statement(impl.model, g, st) : librdf_model_add_statement(impl.model, st);
  librdf_free_statement(st);
  if (rc != 0) return Status::Error("librdf: cannot add a statement: " + impl.TakeMessages("unknown error"));
  return Status::Ok();
}

Status QueryEngine::Load(const graph::Dataset& dataset) {
  for (const auto& q : dataset.quads()) {
    if (Status s = AddQuad(q.subject, q.predicate, q.object, q.graph); !s.ok()) return s;
  }
  return Status::Ok();
}

Status QueryEngine::LoadFile(const std::string& path, const std::string& named_graph) {
  Impl& impl = *impl_;
  impl.messages.clear();
  const char* syntax = ParserFor(path);
  if (!syntax) {
    return Status::Error(path + ": unknown RDF file type (expected .ttl, .nt, .nq, .trig, .rdf, .owl or .xml)");
  }
  if (!std::filesystem::exists(path)) return Status::Error(path + ": no such file");
  const std::string file_iri = "file://" + std::filesystem::absolute(path).lexically_normal().string();
  librdf_parser* parser = librdf_new_parser(impl.world, syntax, nullptr, nullptr);
  if (!parser) return Status::Error(std::string("librdf: no parser for ") + syntax);
  librdf_uri* uri = librdf_new_uri(impl.world, U(file_iri));
  librdf_stream* stream = librdf_parser_parse_as_stream(parser, uri, uri);
  Status status;
  if (!stream) {
    status = Status::Error(path + ": " + impl.TakeMessages("cannot parse"));
  } else {
    // Statements keep the graph they were parsed in (N-Quads, TriG) unless the whole file is
    // loaded as one named graph.
    librdf_node* named = named_graph.empty() ? nullptr : librdf_new_node_from_uri_string(impl.world, U(named_graph));
    int rc = 0;
    for (; rc == 0 && !librdf_stream_end(stream); librdf_stream_next(stream)) {
      librdf_statement* st = librdf_stream_get_object(stream);
      librdf_node* context = named ? named : static_cast<librdf_node*>(librdf_stream_get_context2(stream));
      rc = context ? librdf_model_context_add_statement(impl.model, context, st)
                   : librdf_model_add_statement(impl.model, st);
    }
    if (named) librdf_free_node(named);
    librdf_free_stream(stream);
    if (rc != 0 || !impl.messages.empty()) status = Status::Error(path + ": " + impl.TakeMessages("cannot load"));
  }
  librdf_free_uri(uri);
  librdf_free_parser(parser);
  return status;
}

size_t QueryEngine::size() const {
  int n = librdf_model_size(impl_->model);
  return n < 0 ? 0 : static_cast<size_t>(n);
}

Status QueryEngine::Check(const std::string& sparql, const std::string& base_iri) {
  librdf_query* query = nullptr;
  if (Status s = impl_->Prepare(sparql, base_iri, &query); !s.ok()) return s;
  librdf_free_query(query);
  return Status::Ok();
}

Status QueryEngine::Execute(const std::string& sparql, const std::string& base_iri, QueryResult* out) {
  Impl& impl = *impl_;
  *out = QueryResult();
  librdf_query* query = nullptr;
  if (Status s = impl.Prepare(sparql, base_iri, &query); !s.ok()) return s;
  librdf_query_results* results = librdf_query_execute(query, impl.model);
  if (!results) {
    librdf_free_query(query);
    return Status::Error(impl.ExplainFailure(sparql, impl.TakeMessages("the query failed to execute")));
  }
  Status status;
  if (librdf_query_results_is_bindings(results)) {
    out->kind = QueryResult::Kind::kBindings;
    int count = librdf_query_results_get_bindings_count(results);
    for (int i = 0; i < count; ++i) out->variables.emplace_back(librdf_query_results_get_binding_name(results, i));
    while (!librdf_query_results_finished(results)) {
      std::vector<Term> row(static_cast<size_t>(count));
      for (int i = 0; i < count; ++i) {
        librdf_node* node = librdf_query_results_get_binding_value(results, i);
        row[static_cast<size_t>(i)] = NodeToTerm(node);
        if (node) librdf_free_node(node);
      }
      out->rows.push_back(std::move(row));
      librdf_query_results_next(results);
    }
  } else if (librdf_query_results_is_boolean(results)) {
    out->kind = QueryResult::Kind::kBoolean;
    out->boolean = librdf_query_results_get_boolean(results) > 0;
  } else if (librdf_query_results_is_graph(results)) {
    out->kind = QueryResult::Kind::kGraph;
    if (librdf_stream* stream = librdf_query_results_as_stream(results)) {
      for (; !librdf_stream_end(stream); librdf_stream_next(stream)) {
        librdf_statement* st = librdf_stream_get_object(stream);
        out->graph.Add(NodeToTerm(librdf_statement_get_subject(st)), NodeToTerm(librdf_statement_get_predicate(st)),
                       NodeToTerm(librdf_statement_get_object(st)));
      }
      librdf_free_stream(stream);
    }
  } else {
    status = Status::Error("the query returned results of an unknown kind");
  }
  if (status.ok() && !impl.messages.empty()) {
    status = Status::Error(impl.ExplainFailure(sparql, impl.TakeMessages("")));
  }
  librdf_free_query_results(results);
  librdf_free_query(query);
  return status;
}

}  // namespace duikou::query
