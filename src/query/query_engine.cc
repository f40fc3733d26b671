#include "query/query_engine.h"

#include <redland.h>

#include <cctype>
#include <cstdio>
#include <algorithm>
#include <filesystem>
#include <unordered_map>

#include "query/file_query.h"
#include "query/result_writer.h"
#include "query/sparql_features.h"
#include "graph/term.h"

namespace duikou::query {
namespace {

const unsigned char* U(const std::string& s) { return reinterpret_cast<const unsigned char*>(s.c_str()); }

// librdf_node -> N-Triples term.
Term NodeToTerm(librdf_node* node) {
  if (!node) return {};
  graph::Term parts;
  if (librdf_node_is_resource(node)) {
    parts.kind = graph::Term::Kind::kIri;
    parts.value = reinterpret_cast<const char*>(librdf_uri_as_string(librdf_node_get_uri(node)));
  } else if (librdf_node_is_blank(node)) {
    parts.kind = graph::Term::Kind::kBlank;
    parts.value = reinterpret_cast<const char*>(librdf_node_get_blank_identifier(node));
  } else {
    parts.kind = graph::Term::Kind::kLiteral;
    size_t len = 0;
    const unsigned char* value = librdf_node_get_literal_value_as_counted_string(node, &len);
    parts.value.assign(reinterpret_cast<const char*>(value), len);
    if (const char* lang = librdf_node_get_literal_value_language(node)) parts.lang = lang;
    if (librdf_uri* dt = librdf_node_get_literal_value_datatype_uri(node)) {
      parts.datatype = reinterpret_cast<const char*>(librdf_uri_as_string(dt));
    }
  }
  return graph::FormatTerm(parts);
}

}  // namespace

const char* const kDefaultGraphIri = "urn:x-duikou:default-graph";

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

  // Rasqal's own log, for queries parsed through Rasqal directly (Check, ProjectedVariables).
  static void RasqalLog(void* user_data, raptor_log_message* message) {
    auto* self = static_cast<Impl*>(user_data);
    if (message->level < RAPTOR_LOG_LEVEL_ERROR) return;
    std::string text;
    if (message->locator && message->locator->line > 0) {
      text = "line " + std::to_string(message->locator->line);
      if (message->locator->column > 0) text += ", column " + std::to_string(message->locator->column);
      text += ": ";
    }
    if (message->text) text += message->text;
    self->messages.push_back(text);
  }

  // The logged messages joined, or `fallback` when nothing was logged.
  std::string TakeMessages(const std::string& fallback) {
    std::string joined;
    for (const auto& m : messages) joined += (joined.empty() ? "" : "; ") + m;
    messages.clear();
    return joined.empty() ? fallback : joined;
  }

  // The context holding default-graph triples. librdf's hashes storage with contexts adds a
  // context-less statement in time proportional to the number already there (they all share
  // one key of its context index): 10,000 triples took 35 s. With a context it is linear.
  const std::string default_graph_term = std::string("<") + kDefaultGraphIri + ">";
  librdf_node* DefaultGraph() { return Node(default_graph_term); }

  // A node for an N-Triples term (owned by the cache; copy before handing to librdf).
  librdf_node* Node(std::string_view term) {
    auto it = nodes.find(std::string(term));
    if (it != nodes.end()) return it->second;
    graph::Term parts;
    if (!graph::ParseTerm(term, &parts)) return nullptr;
    librdf_node* node = nullptr;
    switch (parts.kind) {
      case graph::Term::Kind::kIri:
        node = librdf_new_node_from_uri_string(world, U(parts.value));
        break;
      case graph::Term::Kind::kBlank:
        node = librdf_new_node_from_blank_identifier(world, U(parts.value));
        break;
      case graph::Term::Kind::kLiteral: {
        librdf_uri* dt = parts.datatype.empty() ? nullptr : librdf_new_uri(world, U(parts.datatype));
        node = librdf_new_node_from_typed_counted_literal(
            world, U(parts.value), parts.value.size(), parts.lang.empty() ? nullptr : parts.lang.c_str(),
            parts.lang.size(), dt);
        if (dt) librdf_free_uri(dt);
        break;
      }
    }
    if (node) nodes.emplace(std::string(term), node);
    return node;
  }

  // The variables a SELECT projects, from Rasqal's parse of the query: librdf reports none for
  // an empty result, yet the result formats still need the header.
  std::vector<std::string> ProjectedVariables(const std::string& sparql, const std::string& base_iri) {
    std::vector<std::string> names;
    rasqal_world* rw = librdf_world_get_rasqal(world);
    rasqal_query* q = rasqal_new_query(rw, "sparql11", nullptr);
    if (!q) return names;
    raptor_uri* base = base_iri.empty() ? nullptr : raptor_new_uri(librdf_world_get_raptor(world), U(base_iri));
    if (rasqal_query_prepare(q, U(sparql), base) == 0) {
      if (raptor_sequence* vars = rasqal_query_get_bound_variable_sequence(q)) {
        for (int i = 0; i < raptor_sequence_size(vars); ++i) {
          auto* v = static_cast<rasqal_variable*>(raptor_sequence_get_at(vars, i));
          if (v && v->name) names.emplace_back(reinterpret_cast<const char*>(v->name));
        }
      }
    }
    if (base) raptor_free_uri(base);
    rasqal_free_query(q);
    messages.clear();
    return names;
  }

  std::string ExplainFailure(const std::string& sparql, const std::string& rasqal_message) {
    return ExplainQueryError(sparql, rasqal_message);
  }

  // Builds the librdf query for `sparql`; failures are explained against `user_sparql`, the
  // text as the user wrote it (without implicit prefixes).
  Status Prepare(const std::string& sparql, const std::string& user_sparql, const std::string& base_iri,
                 librdf_query** out) {
    messages.clear();
    librdf_uri* base = base_iri.empty() ? nullptr : librdf_new_uri(world, U(base_iri));
    *out = librdf_new_query(world, "sparql11-query", nullptr, U(sparql), base);
    if (base) librdf_free_uri(base);
    if (!*out) return Status::Error(ExplainFailure(user_sparql, TakeMessages("the query could not be parsed")));
    if (!messages.empty()) {
      // Rasqal logs some syntax errors but still returns a query object.
      std::string message = TakeMessages("");
      librdf_free_query(*out);
      *out = nullptr;
      return Status::Error(ExplainFailure(user_sparql, message));
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
  rasqal_world_set_log_handler(librdf_world_get_rasqal(impl.world), &impl, &Impl::RasqalLog);
  impl.storage = librdf_new_storage(impl.world, "hashes", "duikou", "hash-type='memory',contexts='yes'");
  if (!impl.storage) return Status::Error("librdf: cannot create in-memory storage: " + impl.TakeMessages("unknown error"));
  impl.model = librdf_new_model(impl.world, impl.storage, nullptr);
  if (!impl.model) return Status::Error("librdf: cannot create a model: " + impl.TakeMessages("unknown error"));
  *out = std::move(engine);
  return Status::Ok();
}

Status QueryEngine::AddQuad(std::string_view subject, std::string_view predicate, std::string_view object,
                            std::string_view graph) {
  if (w3c_dataset_) return Status::Error("an engine with W3C dataset semantics holds only files");
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
  int rc = librdf_model_context_add_statement(impl.model, g ? g : impl.DefaultGraph(), st);
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
  if (Status s = CheckRdfFile(path); !s.ok()) return s;
  if (w3c_dataset_) {
    files_.emplace_back(path, named_graph);
    return Status::Ok();
  }
  Impl& impl = *impl_;
  impl.messages.clear();
  const char* syntax = RdfSyntaxForFile(path);
  const std::string file_iri = FileIri(path);
  // Raptor directly rather than librdf's parser stream, which drops the graph of N-Quads and
  // TriG statements. (librdf_statement is raptor_statement, librdf_node is raptor_term.)
  raptor_world* rw = librdf_world_get_raptor(impl.world);
  raptor_parser* parser = raptor_new_parser(rw, syntax);
  if (!parser) return Status::Error(std::string("raptor: no parser for ") + syntax);
  struct Sink {
    librdf_model* model;
    librdf_node* named;  // the graph for every statement, or null to keep the parsed one
    librdf_node* default_graph;
    int failures = 0;
  } sink{impl.model, named_graph.empty() ? nullptr : librdf_new_node_from_uri_string(impl.world, U(named_graph)),
         impl.DefaultGraph()};
  raptor_parser_set_statement_handler(parser, &sink, [](void* user_data, raptor_statement* st) {
    auto* sink = static_cast<Sink*>(user_data);
    librdf_node* graph = sink->named ? sink->named : st->graph;
    int rc = librdf_model_context_add_statement(sink->model, graph ? graph : sink->default_graph, st);
    if (rc != 0) ++sink->failures;
  });
  raptor_uri* uri = raptor_new_uri(rw, U(file_iri));
  int rc = raptor_parser_parse_file(parser, uri, uri);
  raptor_free_uri(uri);
  raptor_free_parser(parser);
  if (sink.named) librdf_free_node(sink.named);
  if (rc != 0 || sink.failures > 0 || !impl.messages.empty()) {
    return Status::Error(path + ": " + impl.TakeMessages("cannot load"));
  }
  return Status::Ok();
}

size_t QueryEngine::size() const {
  int n = librdf_model_size(impl_->model);
  return n < 0 ? 0 : static_cast<size_t>(n);
}

// True when `sparql` declares `prefix` ("PREFIX dk:" in any case and spacing).
static bool DeclaresPrefix(const std::string& sparql, const std::string& prefix) {
  for (size_t at = 0; (at = sparql.find(prefix + ":", at)) != std::string::npos; at += prefix.size()) {
    size_t i = at;
    while (i > 0 && std::isspace(static_cast<unsigned char>(sparql[i - 1]))) --i;
    if (i >= 6 && i != at) {
      std::string word = sparql.substr(i - 6, 6);
      for (char& c : word) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      if (word == "PREFIX") return true;
    }
  }
  return false;
}

std::string QueryEngine::WithImplicitPrefixes(const std::string& sparql) const {
  if (!implicit_prefixes_) return sparql;
  std::string declarations;
  for (const auto& [prefix, ns] : KnownPrefixes()) {
    if (sparql.find(prefix + ":") != std::string::npos && !DeclaresPrefix(sparql, prefix)) {
      declarations += "PREFIX " + prefix + ": <" + ns + "> ";
    }
  }
  return declarations + sparql;  // no newline: line numbers stay the user's
}

Status QueryEngine::Check(const std::string& user_sparql, const std::string& base_iri) {
  const std::string sparql = WithImplicitPrefixes(user_sparql);
  // librdf defers parsing to execution; Rasqal's prepare parses now.
  Impl& impl = *impl_;
  impl.messages.clear();
  rasqal_query* q = rasqal_new_query(librdf_world_get_rasqal(impl.world), "sparql11", nullptr);
  if (!q) return Status::Error("rasqal: cannot create a query");
  raptor_uri* base = base_iri.empty() ? nullptr : raptor_new_uri(librdf_world_get_raptor(impl.world), U(base_iri));
  int rc = rasqal_query_prepare(q, U(sparql), base);
  if (base) raptor_free_uri(base);
  rasqal_free_query(q);
  if (rc != 0 || !impl.messages.empty()) {
    return Status::Error(impl.ExplainFailure(user_sparql, impl.TakeMessages("the query could not be parsed")));
  }
  if (auto feature = FindUnsupportedFeature(user_sparql); feature && feature->message.rfind("MINUS", 0) == 0) {
    // Rasqal parses MINUS but cannot execute it: a check must say so too.
    return Status::Error("line " + std::to_string(feature->line) + ", column " + std::to_string(feature->column) +
                         ": " + feature->message);
  }
  return Status::Ok();
}

Status QueryEngine::Execute(const std::string& user_sparql, const std::string& base_iri, QueryResult* out) {
  const std::string sparql = WithImplicitPrefixes(user_sparql);
  if (w3c_dataset_) {
    std::vector<DataFile> files;
    for (const auto& [path, graph] : files_) files.push_back(DataFile{path, graph});
    Status s = RunOverFiles(files, sparql, user_sparql, base_iri, out);
    if (s.ok() && out->kind == QueryResult::Kind::kBindings && out->variables.empty()) {
      out->variables = impl_->ProjectedVariables(sparql, base_iri);
    }
    return s;
  }
  Impl& impl = *impl_;
  *out = QueryResult();
  librdf_query* query = nullptr;
  if (Status s = impl.Prepare(sparql, user_sparql, base_iri, &query); !s.ok()) return s;
  librdf_query_results* results = librdf_query_execute(query, impl.model);
  if (!results) {
    librdf_free_query(query);
    return Status::Error(impl.ExplainFailure(user_sparql, impl.TakeMessages("the query failed to execute")));
  }
  Status status;
  if (librdf_query_results_is_bindings(results)) {
    out->kind = QueryResult::Kind::kBindings;
    int count = librdf_query_results_get_bindings_count(results);
    for (int i = 0; i < count; ++i) out->variables.emplace_back(librdf_query_results_get_binding_name(results, i));
    if (count == 0) out->variables = impl.ProjectedVariables(sparql, base_iri);
    while (!librdf_query_results_finished(results)) {
      std::vector<Term> row(static_cast<size_t>(count));
      for (int i = 0; i < count; ++i) {
        librdf_node* node = librdf_query_results_get_binding_value(results, i);
        row[static_cast<size_t>(i)] = NodeToTerm(node);
        if (node) librdf_free_node(node);
      }
      // A row that binds the internal default-graph context came from GRAPH ?g matching the
      // default graph's triples, which SPARQL says it must not: leave it out.
      if (std::find(row.begin(), row.end(), impl.default_graph_term) == row.end()) out->rows.push_back(std::move(row));
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
    status = Status::Error(impl.ExplainFailure(user_sparql, impl.TakeMessages("")));
  }
  librdf_free_query_results(results);
  librdf_free_query(query);
  return status;
}

}  // namespace duikou::query
