// Identifiers: how records become IRIs, following the graph contract.
//
// Places get {base}place/{GB/T 2260 code}. Everything else gets {base}{kind}/{key}, where the
// key is derived from normalized content only (a percent-encoded name, or a stable 64-bit
// FNV-1a hash of the record's defining fields), never from a counter, file order or path: the
// same input gives the same IRIs on every run and platform, and two graphs built with the same
// base name the same things identically.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

namespace duikou::graph {

// FNV-1a, 64 bits: stable across platforms and runs (std::hash is neither).
uint64_t Fnv1a64(std::string_view bytes);
// 16 lower-case hex digits of Fnv1a64 over `fields`, joined by U+001F so that
// ("ab","c") and ("a","bc") differ.
std::string ContentKey(std::initializer_list<std::string_view> fields);
// Percent-encodes every byte outside RFC 3986's unreserved set (A-Z a-z 0-9 - . _ ~), so any
// name, in any script, becomes a valid IRI path segment that every RDF tool accepts.
std::string PercentEncode(std::string_view text);
// The file name of a path, without directories: the graph never depends on where a file lies.
std::string BaseName(std::string_view path);

// Checks that `base` can prefix instance IRIs: an absolute IRI (scheme ":" …) ending in "/" or
// "#", without characters an IRI may not hold (space, <, >, ", {, }, |, ^, `, \).
bool IsValidBase(std::string_view base, std::string* why);

// Mints the IRIs (bare, without <>) of one base.
class IriMinter {
 public:
  explicit IriMinter(std::string base) : base_(std::move(base)) {}
  const std::string& base() const { return base_; }

  std::string Place(std::string_view admin_code) const;
  std::string Organization(std::string_view normalized_name) const;
  // `affiliation_key` distinguishes namesakes; empty when unknown.
  std::string Person(std::string_view name, std::string_view affiliation_key) const;
  // A passage is identified by its file name and its byte offsets in that file.
  std::string Passage(std::string_view file_name, uint32_t begin, uint32_t end) const;
  std::string SourceDocument(std::string_view file_name) const;
  // `key` is a ContentKey over the record's defining fields.
  std::string Record(std::string_view kind, std::string_view key) const;

 private:
  std::string base_;
};

}  // namespace duikou::graph
