// GazetteerMatcher: finds place names in normalized text and resolves them to divisions.
//
// Matches official names and rule-generated aliases (short forms such as 峨边县 for
// 峨边彝族自治县, 广西 for 广西壮族自治区; see alias_rules.h) by a longest-match scan over a
// code-point trie. Adjacent names whose divisions nest form one prefixed chain mention
// (百色市隆林县, 广西隆林县, 广西壮族自治区百色市隆林各族自治县) resolved to the innermost division.
//
// What a surface needs before it counts as a place (see Support in name_index.h):
//   * official names, suffixed short forms and province short names match anywhere
//     (巴里坤县, 峨边县, 红河州, 广西), except for 2-character names;
//   * bare names without suffix (巴里坤 for 巴里坤县, 万州 for 万州区, 杭州 for 杭州市) and
//     former names (萧山市 for 萧山区, 日喀则地区 for 日喀则市) match only when supported:
//     inside a prefixed chain (重庆万州), or when their division (or a division inside it) is
//     also named with a suffix in the same text or is given in the context, or, for a
//     prefecture (西宁 for 西宁市), when its province is named or given. Those of 3+
//     characters are also accepted inside a context place (the home city, a place given as
//     nearby, a place named in the text). 2-character names (互助 for 互助县, 和县, 城区) are
//     too often words for that: "互助合作" is no place unless 互助县 is named or given.
//   * 市场, 区域, 乡村, 乡镇 are words, not a place ending in 市/区/乡 followed by a character.
//   * townships (…镇, …乡, …街道, …苏木 with their full suffix; other township-level units such as
//     development zones are not searched) are reported even when ambiguous, but resolved only
//     with context, even when their name is unique.
//
// Ambiguous names (many 城关镇, 朝阳区 in 北京 and 长春) are resolved from context, nearest
// first: places resolved in the same text within a few hundred bytes, then
// ResolveContext::nearby_codes in order, then home_code. The scope widens step by step from
// each context place to its prefecture and province; the first scope that holds exactly one
// candidate decides. When one candidate encloses all others (吉安 names both 吉安市 and
// 吉安县 inside it) the enclosing one is meant. Otherwise the mention stays unresolved with all
// its candidates; it is never guessed.
//
// A surface naming both a county and a township does not arise: township names keep their
// suffix (…镇, …乡, …街道, …苏木) and county names end otherwise. Should one arise, the mention
// is handled like a county's (resolved directly when unique).
//
// Call FindAll on a whole document when possible: suffixed names anywhere in the text then
// support the bare names elsewhere in it. When calling per passage, pass the places of the
// surrounding section (and the pairing partner, first) as nearby_codes.
//
// A matcher is immutable after construction: concurrent calls are safe, and the same input
// always gives the same output.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <iterator>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "gazetteer/gazetteer.h"

namespace duikou::gazetteer {

struct NameHit;  // mention_finder.h

struct ResolveContext {
  std::vector<std::string> nearby_codes;  // places resolved near the mention, most relevant first
  std::string home_code;                  // the document's home city, if known
};

// The codes of the divisions a mention may name, read like a const std::vector<std::string>.
// The codes the matcher finds are the gazetteer's own strings, viewed in place (a name's list
// of divisions, or one division): a mention costs no allocation for them, and the gazetteer
// must outlive the list. Codes given otherwise (CodeList{"330602"}) are held by the list.
class CodeList {
 public:
  using value_type = std::string;
  class const_iterator {
   public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = std::string;
    using difference_type = std::ptrdiff_t;
    using pointer = const std::string*;
    using reference = const std::string&;
    const_iterator() = default;
    const_iterator(const CodeList* list, size_t i) : list_(list), i_(i) {}
    const std::string& operator*() const { return (*list_)[i_]; }
    const std::string* operator->() const { return &(*list_)[i_]; }
    const_iterator& operator++() {
      ++i_;
      return *this;
    }
    const_iterator operator++(int) { return {list_, i_++}; }
    bool operator==(const const_iterator& o) const { return i_ == o.i_; }

   private:
    const CodeList* list_ = nullptr;
    size_t i_ = 0;
  };
  using iterator = const_iterator;

  CodeList() = default;
  CodeList(std::initializer_list<std::string> codes) : owned_(codes) {}

  size_t size() const { return divisions_ ? size_ : owned_.size(); }
  bool empty() const { return size() == 0; }
  const std::string& operator[](size_t i) const {
    if (!divisions_) return owned_[i];
    return divisions_[indices_ ? indices_[i] : one_].code;
  }
  const std::string& front() const { return (*this)[0]; }
  const_iterator begin() const { return {this, 0}; }
  const_iterator end() const { return {this, size()}; }
  bool operator==(const CodeList& o) const {
    if (size() != o.size()) return false;
    for (size_t i = 0; i < size(); ++i)
      if ((*this)[i] != o[i]) return false;
    return true;
  }

 private:
  friend class GazetteerMatcher;
  // Views `indices` (held by the gazetteer) into `divisions`.
  CodeList(const Division* divisions, const uint32_t* indices, size_t size)
      : divisions_(divisions), indices_(indices), size_(size) {}
  // Views the one division divisions[index].
  CodeList(const Division* divisions, uint32_t index) : divisions_(divisions), size_(1), one_(index) {}

  const Division* divisions_ = nullptr;  // the gazetteer's divisions; null when the codes are owned_
  const uint32_t* indices_ = nullptr;    // indices into divisions_, or null for the one index one_
  size_t size_ = 0;
  uint32_t one_ = 0;
  std::vector<std::string> owned_;
};

struct PlaceMention {
  size_t begin = 0;  // byte range in the searched text
  size_t end = 0;
  std::string surface;  // text as written: 百色市隆林县
  std::string code;     // resolved division, empty when unresolved
  CodeList candidates;  // all divisions the surface may name, sorted
  bool resolved() const { return !code.empty(); }
};

class GazetteerMatcher {
 public:
  // The names the trie finds in one text, before any context is applied: what depends on the
  // text alone. One scan serves several FindAll calls on the same text with different
  // contexts (a document read again with another home city). Refers to the text: it must
  // outlive the scan.
  class NameScan {
   public:
    NameScan(NameScan&&) noexcept;
    NameScan& operator=(NameScan&&) noexcept;
    ~NameScan();

   private:
    friend class GazetteerMatcher;
    NameScan();
    std::string_view text_;
    std::vector<NameHit> hits_;
  };

  // `gazetteer` must outlive the matcher. Cheap: the name index is built by Gazetteer::Load.
  explicit GazetteerMatcher(const Gazetteer* gazetteer);
  ~GazetteerMatcher();

  // Longest-match scan of `text`; returns non-overlapping mentions in text order.
  std::vector<PlaceMention> FindAll(std::string_view text, const ResolveContext& ctx) const;
  // Resolves a whole string that should be one place name (a table cell, say). Bare names
  // are accepted here, and spaces inside are ignored (义　乌). The mention spans the string
  // without its surrounding spaces. When the string is not exactly one place (or chain), the
  // result is unresolved and holds the candidates of the exact surface, if any.
  PlaceMention Resolve(std::string_view name, const ResolveContext& ctx) const;

  // The document's home city guessed from the text: the prefecture (or municipality) whose
  // divisions are mentioned most often, counting mentions of places inside it; ties go to the
  // one named first. Mentions of provinces do not count. Empty when nothing is mentioned.
  std::string GuessHomeCode(std::string_view text) const;

  // GuessHomeCode(text), then FindAll(text) with that home as context, sharing one scan of
  // the text: the same results as the two calls, in less time. Sets *home_code (empty when
  // nothing stands out).
  std::vector<PlaceMention> FindAllAtHome(std::string_view text, std::string* home_code) const;

  // The same as FindAll and FindAllAtHome on the scanned text, without scanning it again.
  NameScan Scan(std::string_view text) const;
  std::vector<PlaceMention> FindAll(const NameScan& scan, const ResolveContext& ctx) const;
  std::vector<PlaceMention> FindAllAtHome(const NameScan& scan, std::string* home_code) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace duikou::gazetteer
