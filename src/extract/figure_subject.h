// The subject of a reported figure: whose money, people or sales the number is.
//
// Users ask "all funds from 甲区" and "which enterprises invested where", so the subject is
// the actor the text gives the number to, not always the home city:
//   - an enterprise, institution or social group of the supporting side that acts in the
//     number's sentence ("甲公司在乙县投资1.2亿元", "甲市慈善总会募集善款560万元",
//     "甲医院派出医疗专家19名");
//   - a unit of the supporting side named as the actor ("甲区投入帮扶资金2100万元",
//     "其中甲市1.42亿元、乙市9300万元"), a district or a whole province alike;
//   - failing both, the supporting side of the chapter as a whole: the home county of a
//     county's or district's own yearbook, else the home city; in a receiving side's chapter
//     the supporter (DocContext::supporter_code), or its province when supporters from several
//     of its prefectures are named.
// The actor is the last candidate before the number in its enumeration (between ；), else in
// the sentence before it, that opens its clause: only a time word or a connective (2020年,
// 全年, 其中) may stand before it. A name after a verb or a preposition (对接甲校, 向乙县, the
// 甲 of 乙—甲产业园) is a place or an object, no actor; in a receiving side's chapter a
// supporter named inside the clause still is ("到位甲省财政援助资金…"), unless it is where
// people went (到甲省就业). The items of a breakdown ("其中甲市…、乙市…") are the actors of
// their own numbers only. Government bodies stay with their place ("市教育局选派教师" is the
// city's), as the annotation conventions have it.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "extract/doc_context.h"
#include "extract/facts.h"

namespace duikou::extract::internal {

class FigureSubjects {
 public:
  explicit FigureSubjects(const DocContext& ctx);

  // The subject of the number starting at `number_begin` in passage `passage` (whose text is
  // `text`), inside the sentence starting at `sentence_begin`. Not thread-safe: the marks of
  // the last sentence asked about are kept for the next number in it.
  Ref Of(size_t passage, std::string_view text, size_t sentence_begin, size_t number_begin) const;

  // The supporting side as a whole (see above); empty only when the chapter has no home.
  const Ref& Default() const { return default_; }

 private:
  // The punctuation of one sentence, found once for all of its numbers: where each mark
  // starts and ends, in text order, from `from` up to `scanned`.
  struct Mark {
    size_t begin, end;
  };
  struct SentenceMarks {
    size_t passage = static_cast<size_t>(-1), from = 0, scanned = 0;
    std::vector<Mark> items;       // ，,；;、：:。 (what may stand before an actor)
    std::vector<Mark> clauses;     // ，,；;。 (what ends a clause)
    std::vector<Mark> semicolons;  // ；; (what ends an enumeration)
  };
  // The marks of passage `passage` from `from` on, scanned at least up to `to` (only as far as
  // not yet done for the same sentence).
  const SentenceMarks& MarksUpTo(size_t passage, std::string_view text, size_t from, size_t to) const;

  // The lines of passage `passage` that open with a pair ("甲区—乙县：…"), each with the unit it
  // reports for: found once per passage, in line order.
  struct PairLine {
    size_t begin, end;
    Ref unit;
  };
  const std::vector<PairLine>& PairLinesOf(size_t passage, std::string_view text) const;

  const DocContext& ctx_;
  Ref default_;
  mutable SentenceMarks marks_;
  mutable size_t pair_lines_passage_ = static_cast<size_t>(-1);
  mutable std::vector<PairLine> pair_lines_;
};

}  // namespace duikou::extract::internal
