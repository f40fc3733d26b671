#include "rdfio/rdf_reader.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>

#include "graph/vocabulary.h"
#include "rdfio/quad_sink.h"

namespace duikou::rdfio {

namespace {

std::string LowerExtension(const std::string& path) {
  std::string ext = std::filesystem::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return ext;
}

// FNV-1a: a stable, platform-independent hash for blank node prefixes.
uint64_t Fnv1a(std::string_view s) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
  return h;
}

std::string DefaultBlankPrefix(const std::string& path) {
  std::string name = std::filesystem::path(path).filename().string();
  char buf[24];
  snprintf(buf, sizeof buf, "f%08llx", static_cast<unsigned long long>(Fnv1a(name) & 0xffffffffull));
  return std::string(buf) + "_";
}

// True if `s` is valid UTF-8, allowing a multi-byte sequence cut off at the end of the block.
bool LooksLikeUtf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = s[i];
    int len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xe ? 3 : (c >> 3) == 0x1e ? 4 : 0;
    if (len == 0) return false;
    for (int k = 1; k < len && i + k < s.size(); ++k) {
      if ((static_cast<unsigned char>(s[i + k]) >> 6) != 0x2) return false;
    }
    i += len;
  }
  return true;
}

// Rejects what cannot be RDF text before a parser sees it: missing files, directories, and
// binary content: a UTF-16 byte order mark, NUL bytes in more than an eighth of the first block
// (UTF-16 text), or NUL bytes next to invalid UTF-8 (images, archives). A lone NUL in valid UTF-8
// is legal in N-Triples and passes.
Status CheckReadableText(const std::string& path) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return Status::Error(path + ": no such file");
  if (std::filesystem::is_directory(path, ec)) return Status::Error(path + ": is a directory, not an RDF file");
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error(path + ": cannot open file");
  char block[8192];
  in.read(block, sizeof block);
  std::streamsize n = in.gcount();
  bool utf16 = n >= 2 && ((block[0] == '\xff' && block[1] == '\xfe') || (block[0] == '\xfe' && block[1] == '\xff'));
  std::streamsize nuls = std::count(block, block + n, '\0');
  if (utf16 || nuls * 8 > n || (nuls > 0 && !LooksLikeUtf8(std::string_view(block, n)))) {
    return Status::Error(path + ":1:1: not an RDF file (binary content; expected UTF-8 text)");
  }
  return Status::Ok();
}

// Sorts quads as graph::Quad orders them, faster than std::sort for parser output: parsers emit
// runs of quads with one subject, so the runs are sorted by subject (5-10x fewer comparisons of
// long IRIs), then each group of quads with one subject by predicate, object and graph.
void SortQuads(std::vector<graph::Quad>* quads) {
  std::vector<std::pair<size_t, size_t>> runs;  // [begin, end) with one subject
  for (size_t i = 0; i < quads->size(); ++i) {
    if (runs.empty() || (*quads)[i].subject != (*quads)[runs.back().first].subject) runs.push_back({i, i});
    runs.back().second = i + 1;
  }
  std::stable_sort(runs.begin(), runs.end(), [&](const auto& a, const auto& b) {
    return (*quads)[a.first].subject < (*quads)[b.first].subject;
  });
  std::vector<graph::Quad> sorted;
  sorted.reserve(quads->size());
  for (const auto& [begin, end] : runs) {
    for (size_t i = begin; i < end; ++i) sorted.push_back(std::move((*quads)[i]));
  }
  auto rest_less = [](const graph::Quad& a, const graph::Quad& b) {
    return std::tie(a.predicate, a.object, a.graph) < std::tie(b.predicate, b.object, b.graph);
  };
  size_t group = 0;
  for (size_t i = 1; i <= sorted.size(); ++i) {
    if (i == sorted.size() || sorted[i].subject != sorted[group].subject) {
      std::sort(sorted.begin() + group, sorted.begin() + i, rest_less);
      group = i;
    }
  }
  *quads = std::move(sorted);
}

}  // namespace

bool FormatFromPath(const std::string& path, RdfFormat* out) {
  std::string ext = LowerExtension(path);
  if (ext == ".ttl" || ext == ".turtle") *out = RdfFormat::kTurtle;
  else if (ext == ".nt" || ext == ".ntriples") *out = RdfFormat::kNTriples;
  else if (ext == ".trig") *out = RdfFormat::kTrig;
  else if (ext == ".nq" || ext == ".nquads") *out = RdfFormat::kNQuads;
  else if (ext == ".rdf" || ext == ".owl" || ext == ".xml") *out = RdfFormat::kRdfXml;
  else return false;
  return true;
}

const char* FormatName(RdfFormat format) {
  switch (format) {
    case RdfFormat::kTurtle: return "Turtle";
    case RdfFormat::kNTriples: return "N-Triples";
    case RdfFormat::kTrig: return "TriG";
    case RdfFormat::kNQuads: return "N-Quads";
    case RdfFormat::kRdfXml: return "RDF/XML";
  }
  return "?";
}

const char* KnownExtensions() {
  return ".ttl (Turtle), .nt (N-Triples), .trig (TriG), .nq (N-Quads), .rdf/.owl/.xml (RDF/XML)";
}

namespace internal {

std::string LiteralTerm(std::string_view lexical, std::string_view datatype_iri, std::string_view lang) {
  if (!lang.empty()) {
    std::string lower(lang);
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
    return graph::LangLiteral(lexical, lower);
  }
  static const std::string kXsdString = std::string(graph::ns::kXsd) + "string";
  if (datatype_iri.empty() || datatype_iri == kXsdString) return graph::PlainLiteral(lexical);
  return graph::TypedLiteral(lexical, datatype_iri);
}

}  // namespace internal

Status ReadRdf(const std::string& path, const ReadOptions& options, graph::Dataset* out, ReadStats* stats) {
  RdfFormat format;
  if (!FormatFromPath(path, &format)) {
    std::string ext = LowerExtension(path);
    return Status::Error(path + ": unknown RDF format" +
                         (ext.empty() ? std::string(" (no file extension)") : " '" + ext + "'") +
                         "; expected " + KnownExtensions());
  }
  if (Status s = CheckReadableText(path); !s.ok()) return s;

  ReadOptions effective = options;
  if (effective.blank_prefix.empty()) effective.blank_prefix = DefaultBlankPrefix(path);
  internal::QuadSink sink;
  sink.options = &effective;
  sink.path = path;
  if (format == RdfFormat::kRdfXml) {
    internal::ParseWithRaptor(&sink);
  } else {
    internal::ParseWithSerd(format, &sink);
  }
  if (!sink.error.empty()) return Status::Error(sink.error);

  uint64_t count = sink.quads.size();
  SortQuads(&sink.quads);
  if (stats) {
    stats->triples = count;
    stats->graphs.clear();
    const std::string* last_graph = nullptr;
    for (const graph::Quad& q : sink.quads) {
      if (!last_graph || *last_graph != q.graph) last_graph = &*stats->graphs.insert(q.graph).first;
    }
  }
  out->AddSorted(std::move(sink.quads));
  return Status::Ok();
}

Status ReadRdfFile(const std::string& path, const std::string& default_graph, graph::Dataset* out) {
  ReadOptions options;
  options.default_graph = default_graph;
  return ReadRdf(path, options, out);
}

}  // namespace duikou::rdfio
