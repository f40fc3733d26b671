// The Turtle-family front end of the RdfReader: Serd events -> N-Triples terms.
#include <serd/serd.h>

#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <memory>

#include "rdfio/quad_sink.h"

namespace duikou::rdfio::internal {

namespace {

SerdSyntax SyntaxOf(RdfFormat format) {
  switch (format) {
    case RdfFormat::kNTriples: return SERD_NTRIPLES;
    case RdfFormat::kTrig: return SERD_TRIG;
    case RdfFormat::kNQuads: return SERD_NQUADS;
    default: return SERD_TURTLE;
  }
}

std::string_view View(const SerdNode* n) { return {reinterpret_cast<const char*>(n->buf), n->n_bytes}; }

struct SerdState {
  QuadSink* sink = nullptr;
  SerdEnv* env = nullptr;
  std::string default_graph;
  std::string blank_prefix;
  std::string scratch;

  // An absolute IRI for a URI or CURIE node; false (with an error) if it cannot be expanded.
  bool ExpandIri(const SerdNode* n, std::string* iri) {
    if (!ExpandIriQuietly(n, iri)) {
      if (sink->unplaced_token.empty()) {
        sink->unplaced_token.assign(View(n));
        sink->unplaced_message = n->type == SERD_CURIE
                                     ? "undefined prefix in '" + sink->unplaced_token + "' (expected a @prefix declaration)"
                                     : "cannot resolve IRI <" + sink->unplaced_token + ">";
      }
      return false;
    }
    return true;
  }

  bool ExpandIriQuietly(const SerdNode* n, std::string* iri) {
    if (n->type == SERD_URI) {
      if (serd_uri_string_has_scheme(n->buf)) {
        iri->assign(View(n));
        return true;
      }
      SerdNode abs = serd_env_expand_node(env, n);
      if (!abs.buf) return false;
      iri->assign(View(&abs));
      serd_node_free(&abs);
      return true;
    }
    SerdChunk prefix, suffix;
    if (serd_env_expand(env, n, &prefix, &suffix) != SERD_SUCCESS) return false;
    iri->assign(reinterpret_cast<const char*>(prefix.buf), prefix.len);
    iri->append(reinterpret_cast<const char*>(suffix.buf), suffix.len);
    return true;
  }

  // Writes the N-Triples form of a subject/predicate/graph node into `term`.
  bool Term(const SerdNode* n, std::string* term) {
    switch (n->type) {
      case SERD_URI:
      case SERD_CURIE:
        if (!ExpandIri(n, &scratch)) return false;
        term->clear();
        term->reserve(scratch.size() + 2);
        *term += '<';
        *term += scratch;
        *term += '>';
        return true;
      case SERD_BLANK:
        term->assign("_:");
        *term += blank_prefix;
        *term += View(n);
        return true;
      default:
        return false;
    }
  }
};

SerdStatus OnBase(void* handle, const SerdNode* uri) {
  return serd_env_set_base_uri(static_cast<SerdState*>(handle)->env, uri);
}

SerdStatus OnPrefix(void* handle, const SerdNode* name, const SerdNode* uri) {
  return serd_env_set_prefix(static_cast<SerdState*>(handle)->env, name, uri);
}

SerdStatus OnStatement(void* handle, SerdStatementFlags, const SerdNode* graph, const SerdNode* subject,
                       const SerdNode* predicate, const SerdNode* object, const SerdNode* datatype,
                       const SerdNode* lang) {
  auto* st = static_cast<SerdState*>(handle);
  graph::Quad q;
  if (!st->Term(subject, &q.subject) || !st->Term(predicate, &q.predicate)) return SERD_ERR_BAD_CURIE;
  if (object->type == SERD_LITERAL) {
    std::string dt;
    if (datatype && datatype->buf && !st->ExpandIri(datatype, &dt)) return SERD_ERR_BAD_CURIE;
    q.object = LiteralTerm(View(object), dt, lang && lang->buf ? View(lang) : std::string_view());
  } else if (!st->Term(object, &q.object)) {
    return SERD_ERR_BAD_CURIE;
  }
  if (graph && graph->buf) {
    if (!st->Term(graph, &q.graph)) return SERD_ERR_BAD_CURIE;
  } else {
    q.graph = st->default_graph;
  }
  st->sink->Emit(std::move(q));
  return SERD_SUCCESS;
}

SerdStatus OnError(void* handle, const SerdError* e) {
  auto* st = static_cast<SerdState*>(handle);
  char buf[512];
  vsnprintf(buf, sizeof buf, e->fmt, *e->args);
  std::string message(buf);
  while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
  st->sink->Fail(e->line, static_cast<int>(e->col), message);
  return SERD_SUCCESS;
}

// Reports sink->unplaced_message at the first line:column where the offending token occurs.
void PlaceToken(QuadSink* sink) {
  FILE* file = fopen(sink->path.c_str(), "rb");
  unsigned line_no = 0;
  if (file) {
    char* line = nullptr;
    size_t cap = 0;
    while (getline(&line, &cap, file) > 0) {
      ++line_no;
      if (const char* hit = strstr(line, sink->unplaced_token.c_str())) {
        sink->error.clear();
        sink->Fail(line_no, static_cast<int>(hit - line) + 1, sink->unplaced_message);
        break;
      }
    }
    free(line);
    fclose(file);
  }
  if (sink->error.empty()) sink->Fail(0, 0, sink->unplaced_message);
}

}  // namespace

void ParseWithSerd(RdfFormat format, QuadSink* sink) {
  std::string absolute = std::filesystem::absolute(sink->path).lexically_normal().string();
  const std::string& base_iri = sink->options->base_iri;
  SerdNode base = base_iri.empty()
                      ? serd_node_new_file_uri(reinterpret_cast<const uint8_t*>(absolute.c_str()), nullptr, nullptr, true)
                      : serd_node_new_uri_from_string(reinterpret_cast<const uint8_t*>(base_iri.c_str()), nullptr, nullptr);
  SerdState st;
  st.sink = sink;
  st.env = serd_env_new(&base);
  st.default_graph = sink->options->default_graph;
  st.blank_prefix = sink->options->blank_prefix;

  SerdReader* reader = serd_reader_new(SyntaxOf(format), &st, nullptr, OnBase, OnPrefix, OnStatement, nullptr);
  serd_reader_set_strict(reader, true);
  serd_reader_set_error_sink(reader, OnError, &st);

  FILE* file = fopen(sink->path.c_str(), "rb");
  if (!file) {
    sink->Fail(0, 0, "cannot open file");
  } else {
    SerdStatus status = serd_reader_read_file_handle(reader, file, reinterpret_cast<const uint8_t*>(sink->path.c_str()));
    fclose(file);
    if (!sink->unplaced_token.empty()) PlaceToken(sink);
    if (status > SERD_FAILURE && sink->error.empty()) {  // SERD_FAILURE: nothing to read
      // A sink callback refused a statement (an undefined prefix, say) without Serd reporting it.
      sink->Fail(0, 0, std::string("cannot read ") + FormatName(format) + ": " +
                           reinterpret_cast<const char*>(serd_strerror(status)));
    }
  }
  serd_reader_free(reader);
  serd_env_free(st.env);
  serd_node_free(&base);
}

}  // namespace duikou::rdfio::internal
