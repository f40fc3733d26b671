// The recipient of a reported figure: the partner place the number is about.
//
// Users sum figures per recipient ("total funds per recipient county, by year"), so a wrong
// recipient is worse than none. A partner is a place on the receiving side of one of the
// document's pairings (or inside or around one); when the document states no pairing, any
// place outside the home city. Co-supporters (与宁波市共同在…), origins and places named in
// passing are therefore not recipients.
//
// The rule looks outward from the number and stops at the first level that names partners,
// taking one only when it is unambiguous:
//   1. the clause of the number (between ， or ； marks)
//   2. the enumeration it stands in (between ； marks, within the sentence)
//   3. the passage before the clause (a passage names its partner up front; what it names
//      later is where it turns to)
//   4. the section's dominant partner (DocContext::section_recipient), unless the figure says it
//      is over several ("销售两州农产品…")
// A level naming several partners decides among them only when the figure says which: an
// aid word of the amount (援疆/援藏/援青 资金) picks the one partner in that region
// ("对口支援西藏某区和青海某县，安排援藏资金…、援青资金…"). Otherwise partners in one
// prefecture are a total for that prefecture when the words name it ("对口支援某地区甲市、乙县，
// 投入资金…"), and a total over several partners without one when they do not ("集中支持甲县、
// 乙县"); partners
// in different prefectures ("对口支援和龙市、库车市，安排资金2.35亿元", or two prefectures of one
// province) yield no recipient at all. A region that encloses
// the section's partner yields to it (援藏 figures naming 西藏 in a section about one county
// belong to that county), unless a count of its places follows ("乙省3个结对县": a total); a
// prefecture does not. A township named with its county, or one that is no recipient itself,
// yields to the partner county it lies in; a meeting's venue (会议在某市乙区召开) and a name the
// home city shares with a partner (a town name) name no partner. After 分别, the numbers listed
// go to the places listed before it, in order.
//
// Partners are the recipients of the document's pairings, places inside or around them, and
// places inside the section's partner (a township of a partner county is a partner even when
// the pairing that names it was not read).
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "extract/doc_context.h"
#include "extract/facts.h"

namespace duikou::extract::internal {

class FigureRecipients {
 public:
  FigureRecipients(const DocContext& ctx, const std::vector<Pairing>& pairings);

  // `text` is passage `passage`'s text; [sentence_begin, sentence_end) its sentence and
  // [clause_begin, clause_end) the clause holding the figure's number; `cue` the words before
  // the number that say what it counts ("援藏资金").
  // `number_begin`, when given, is where the figure's number starts: after 分别 the numbers
  // listed ("向乙县、丙县分别拨付1200万元、800万元", "甲区、丁区分别安排…600万元、400万元")
  // go to the places listed before it in order (a home unit stands for its one recipient).
  Ref Of(size_t passage, std::string_view text, size_t sentence_begin, size_t sentence_end, size_t clause_begin,
         size_t clause_end, std::string_view cue = {}, size_t number_begin = std::string_view::npos,
         std::string_view metric = {}) const;

  // The one partner named in [begin, end) of passage `passage`, as written (a province stays a
  // province; a township that is no recipient stands for the partner it lies in), or an empty
  // Ref when none or several are. For a breakdown item that names its place ("其中赴乙省11人").
  Ref NamedIn(size_t passage, size_t begin, size_t end) const;
  // "甲县全年接受乙区帮扶资金…": a unit of the home city that receives (接受, 获得, 争取到)
  // right before the number's words is its recipient; empty Ref otherwise.
  Ref HomeUnitReceiving(size_t passage, std::string_view text, size_t clause_begin, size_t number_begin) const;
  // In a receiving side's chapter (DocContext::receiving_side): the home division the number
  // is stated for, the one unit of the home city that its clause, else its enumeration, else
  // its sentence before it names (not a venue); the home city when none or several are. The
  // home's own cadres and professionals sent to a supporter ("我州选派到甲市挂职干部27名", metric
  // CadresSent or TalentsSent) go to that supporter.
  Ref ReceivedBy(size_t passage, std::string_view text, size_t sentence_begin, size_t sentence_end,
                 size_t clause_begin, size_t clause_end, std::string_view metric = {}) const;

 private:
  bool IsPartner(const std::string& code, const std::string* section_partner) const;
  // IsPartner(m.code, section_partner) for a mention `m` of passage `passage`, whose section
  // partner is always the same: worked out once per mention (figures are many, and ask about
  // the same mentions again and again) and kept until another passage is asked about.
  bool IsSectionPartner(size_t passage, const gazetteer::PlaceMention& m, const std::string* section_partner) const;
  // Whether mention `m` of passage `passage`, in the chain of places starting at
  // `chain_begin`, may be a figure's partner wherever the range asked about lies: a section
  // partner, no namesake of a home place, no meeting's venue, no college's name. The same
  // for every figure of the passage, so worked out once per mention, as IsSectionPartner.
  bool IsEligiblePartner(size_t passage, std::string_view text, const gazetteer::PlaceMention& m, size_t chain_begin,
                         const std::string* section_partner) const;
  // True when an ambiguous name may be the home city's own place too (a town name shared
  // with a partner county): it names no partner for sure.
  bool HasHomeNamesake(const gazetteer::PlaceMention& m) const;
  // The most specific recipient enclosing `code` when `code` is no recipient itself, else "".
  std::string EnclosingRecipient(const std::string& code) const;
  // The recipient of the place at [clause_begin, number_begin) that pairs with the number in
  // a 分别 list, or an empty Ref.
  Ref FromRespectiveList(size_t passage, std::string_view text, size_t clause_begin, size_t number_begin) const;

  const DocContext& ctx_;
  std::set<std::string> recipients_;  // of the document's pairings; empty: any place is one
  std::map<std::string, std::set<std::string>> recipients_of_;  // supporter code -> recipient codes
  // IsSectionPartner's answers for the mentions of one passage (by index in its places).
  static constexpr int8_t kUnknown = -1, kNo = 0, kYes = 1;
  mutable size_t cached_passage_ = static_cast<size_t>(-1);
  mutable std::vector<int8_t> partner_cache_;
  mutable std::vector<int8_t> eligible_cache_;  // IsEligiblePartner's answers, likewise
};

}  // namespace duikou::extract::internal
