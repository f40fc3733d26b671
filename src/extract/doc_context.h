// DocContext: what every fact extractor needs to know about the document as a whole before
// it reads a single passage — the home city (the dominant prefecture, the default supporter
// and subject), each passage's year, the places each passage mentions, and for each section
// the place it is mostly about (its default recipient).
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/word_search.h"
#include "document/document.h"
#include "extract/text_util.h"
#include "gazetteer/gazetteer.h"
#include "gazetteer/gazetteer_matcher.h"
#include "recognize/number_parser.h"

namespace duikou::extract::internal {

struct OrgMention;     // extract/organizations.h
struct PersonMention;  // extract/persons.h

// Division codes (GB/T 2260: 2 to 12 ASCII digits) as hash keys, for the tallies over every
// place mention. std::hash of a string_view calls the library's byte hash and == calls
// memcmp; for keys this short both cost more than the tally they serve.
struct CodeHash {
  size_t operator()(std::string_view code) const {
    uint64_t h = code.size();
    for (char c : code) h = h * 31 + static_cast<unsigned char>(c);
    return static_cast<size_t>((h * 0x9E3779B97F4A7C15ull) >> 16);
  }
};
struct CodeEqual {
  bool operator()(std::string_view a, std::string_view b) const { return words::Equal(a, b); }
};
template <typename Value>
using CodeMap = std::unordered_map<std::string_view, Value, CodeHash, CodeEqual>;

struct PassageContext {
  int year = 0;  // the passage's leading "2020年", else the document's dominant year
  std::vector<gazetteer::PlaceMention> places;  // in Passage::text, text order
  std::vector<Range> sentences;                 // Sentences(Passage::text), computed once
  bool places_sorted = true;                    // `places` sorted by begin (the usual case)
  size_t body_start = 0;                        // BodyStart(passage), computed once
  std::string section_recipient;                // DocContext::section_recipient of its section, or empty
  // The partner the entry's title consists of ("（一）新疆新源县" under 对口支援): its code, else
  // empty. Such an entry is about that place, whatever its text names.
  std::string title_partner;
};

struct DocContext {
  const document::Document* doc = nullptr;
  const gazetteer::Gazetteer* gazetteer = nullptr;
  const gazetteer::GazetteerMatcher* matcher = nullptr;

  // e.g. a prefecture code; empty when none stands out. Guessed from mentions, a place that
  // opens a clause before a supporter's verb weighing more, one after 向/到/帮扶… (an object)
  // and an ambiguous subject not at all.
  std::string home_code;
  std::string home_name;           // its official name
  std::string home_province_name;  // the enclosing province's name
  // A district's or county's own yearbook (its bodies written 区…, 县…): the county-level
  // division inside the home city the chapter is about, when one clearly dominates the
  // mentions of the home side; empty in a city's yearbook.
  std::string home_county_code;
  std::string home_county_name;
  int year = 0;                    // the dominant year
  // A receiving side's chapter (a 西部 city's yearbook on the aid it gets): its own text calls
  // the home city the object of the aid ("到我市挂职", "向我州捐赠"). Then home_code is the
  // recipient, and `supporter_code` the prefecture the supporters' mentions point to (the
  // subjects of 结对帮扶, 选派…), which pairings take as their home side.
  bool receiving_side = false;
  std::string supporter_code;
  std::vector<PassageContext> passages;             // parallel to doc->passages
  std::map<std::string, std::string> section_recipient;  // section title -> place code

  std::map<std::string, int> province_mentions;  // province code -> resolved mentions inside it
  // (where a passage's text lies in memory, passage index), sorted by address: finds the
  // passage a string_view into some passage's text belongs to, with one binary search.
  std::vector<std::pair<const char*, size_t>> passage_starts;
  // The organizations of every passage (empty for tables), once the Extractor has found them:
  // FindOrganizations on a view into a passage then reads them instead of searching again.
  const std::vector<std::vector<OrgMention>>* passage_organizations = nullptr;
  // The persons of every passage (empty for tables), once the Extractor has found them:
  // FindPersons(view, ctx) then reads them instead of searching again.
  const std::vector<std::vector<PersonMention>>* passage_persons = nullptr;
  // Where in every passage (empty for tables) a project head or a pairing scan word may start
  // (FactWordStops, extract/organizations.h), found in the Extractor's scan for organizations
  // and persons (PassageScanner): the project and pairing stages read them instead of walking
  // the text again.
  const std::vector<std::vector<size_t>>* passage_word_stops = nullptr;
  // Where the digits and Chinese numerals of every passage are (empty for tables), once the
  // Extractor has found them: figures read numbers and events read dates there, one scan
  // of the passage for both.
  const std::vector<recognize::NumeralPositions>* passage_numerals = nullptr;

  // The passage `text` is a view into and where the view starts in it; false when `text`
  // lies in no passage (a copy, a string of its own).
  bool PassageOf(std::string_view text, size_t* passage, size_t* offset) const;

  // True for a division below province level that is the only place the document names in
  // its province: a lone far-away match of a local name, not a partner.
  bool IsStray(const std::string& code) const;
  // True when the mention is a prefixed chain that names an enclosing division too
  // (新疆库车市, 温州市泰顺县).
  bool SpellsOutAncestor(const gazetteer::PlaceMention& m) const;
  // True when `code` is the home city or lies inside it.
  bool InHome(const std::string& code) const;
  // True when `code` is the home city or a region enclosing it (its province).
  bool EnclosesHome(const std::string& code) const;
  // True when `code` is on the side that gives: the home and its province in a supporter's
  // chapter; everything else in a receiving side's, where the home is the one helped.
  bool OnGivingSide(const std::string& code) const;
  // Name of the division with `code`, empty when unknown.
  std::string NameOf(const std::string& code) const;
  // Level implied by a GB/T 2260 code's length: 2 province, 4 prefecture, 6 county, 9 township.
  static int LevelOf(const std::string& code);
};

// Builds the context: runs the gazetteer matcher once over the whole document (so a name
// written in full anywhere supports its short form elsewhere), splits the mentions by
// passage, and derives the home city, the years and the sections' partners.
DocContext BuildDocContext(const document::Document& doc, const gazetteer::Gazetteer* gazetteer,
                           const gazetteer::GazetteerMatcher* matcher);

// Where a passage's body starts: after the entry heading the reader keeps in the text
// (【概况】, ■概况, (一)概况) and the spaces or line break after it.
size_t BodyStart(const document::Passage& passage);

// The year a passage leads with ("2020年,…", "2020 年…"), or 0. `body_start` is
// BodyStart(passage).
int LeadingYear(const document::Passage& passage, size_t body_start);

}  // namespace duikou::extract::internal
