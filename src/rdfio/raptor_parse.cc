// The RDF/XML front end of the RdfReader: Raptor statements -> N-Triples terms.
#include <libxml/parser.h>
#include <libxml/xmlerror.h>
#include <raptor2/raptor2.h>

#include <filesystem>

#include "rdfio/quad_sink.h"

namespace duikou::rdfio::internal {

namespace {

struct RaptorState {
  QuadSink* sink = nullptr;
  std::string blank_prefix;
  std::string default_graph;
};

std::string UriString(raptor_uri* uri) {
  size_t len = 0;
  const unsigned char* s = raptor_uri_as_counted_string(uri, &len);
  return std::string(reinterpret_cast<const char*>(s), len);
}

std::string Term(const RaptorState& st, const raptor_term* t) {
  switch (t->type) {
    case RAPTOR_TERM_TYPE_URI:
      return "<" + UriString(t->value.uri) + ">";
    case RAPTOR_TERM_TYPE_BLANK:
      return "_:" + st.blank_prefix +
             std::string(reinterpret_cast<const char*>(t->value.blank.string), t->value.blank.string_len);
    case RAPTOR_TERM_TYPE_LITERAL: {
      const auto& lit = t->value.literal;
      std::string_view lexical(reinterpret_cast<const char*>(lit.string), lit.string_len);
      std::string datatype = lit.datatype ? UriString(lit.datatype) : std::string();
      std::string_view lang = lit.language ? std::string_view(reinterpret_cast<const char*>(lit.language), lit.language_len)
                                           : std::string_view();
      return LiteralTerm(lexical, datatype, lang);
    }
    default:
      return {};
  }
}

void OnStatement(void* user_data, raptor_statement* s) {
  auto* st = static_cast<RaptorState*>(user_data);
  graph::Quad q{Term(*st, s->subject), Term(*st, s->predicate), Term(*st, s->object),
                s->graph ? Term(*st, s->graph) : st->default_graph};
  st->sink->Emit(std::move(q));
}

void OnLog(void* user_data, raptor_log_message* m) {
  if (m->level < RAPTOR_LOG_LEVEL_ERROR) return;  // warnings do not make a file unreadable
  auto* st = static_cast<RaptorState*>(user_data);
  int line = m->locator ? raptor_locator_line(m->locator) : 0;
  int col = m->locator ? raptor_locator_column(m->locator) : -1;
  st->sink->Fail(line > 0 ? line : 0, col > 0 ? col : -1, std::string("RDF/XML: ") + (m->text ? m->text : "error"));
}

// Raptor reports XML well-formedness errors without a position, so libxml2 checks the XML first
// and places the error itself.
bool CheckWellFormed(QuadSink* sink) {
  xmlResetLastError();
  xmlDocPtr doc = xmlReadFile(sink->path.c_str(), nullptr, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (doc) {
    xmlFreeDoc(doc);
    return true;
  }
  const xmlError* e = xmlGetLastError();
  std::string message = e && e->message ? e->message : "not well-formed XML";
  while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
  sink->Fail(e ? e->line : 0, e && e->int2 > 0 ? e->int2 : -1, "XML: " + message);
  return false;
}

}  // namespace

void ParseWithRaptor(QuadSink* sink) {
  if (!CheckWellFormed(sink)) return;
  RaptorState st;
  st.sink = sink;
  st.blank_prefix = sink->options->blank_prefix;
  st.default_graph = sink->options->default_graph;

  raptor_world* world = raptor_new_world();
  raptor_world_set_log_handler(world, &st, OnLog);
  raptor_world_open(world);
  raptor_parser* parser = raptor_new_parser(world, "rdfxml");
  raptor_parser_set_option(parser, RAPTOR_OPTION_NO_NET, nullptr, 1);
  raptor_parser_set_statement_handler(parser, &st, OnStatement);

  std::string absolute = std::filesystem::absolute(sink->path).lexically_normal().string();
  unsigned char* uri_string = raptor_uri_filename_to_uri_string(absolute.c_str());
  raptor_uri* uri = raptor_new_uri(world, uri_string);
  raptor_uri* base = sink->options->base_iri.empty()
                         ? raptor_uri_copy(uri)
                         : raptor_new_uri(world, reinterpret_cast<const unsigned char*>(sink->options->base_iri.c_str()));
  if (raptor_parser_parse_file(parser, uri, base) != 0 && sink->error.empty()) {
    sink->Fail(0, -1, "RDF/XML: cannot parse file");
  }
  raptor_free_uri(base);
  raptor_free_uri(uri);
  raptor_free_memory(uri_string);
  raptor_free_parser(parser);
  raptor_free_world(world);
}

}  // namespace duikou::rdfio::internal
