// The phrases pairing statements are made of, read around a verb or 与 in one sentence of a
// passage: the partners listed after it, the subject before it, and the sentence's own subject
// for clauses that leave theirs out.
//
//   甲区对口支援乙县，丙区对口支援丁县                    subject right before the verb
//   甲区对口帮扶乙市丙区、丁县；…                          a list of recipients
//   甲市全面完成与乙市、丙市的东西部扶贫协作任务          subject, then a short predicate
//   2020年，甲市…，与乙市…开展结对帮扶                     subject left out: the sentence's
//   …及某生产建设兵团第三师 / 某特别合作区对口帮扶…        partners that are no division
//
// Nothing here knows a place by name: partners come from the gazetteer's mentions, and the
// rest from function words (、和及, 分别, adverbs), organization heads (医院, 中学, 工作队…)
// and the suffixes of non-division territorial units (合作区, 兵团, 第N师…).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "gazetteer/gazetteer_matcher.h"

namespace duikou::extract::internal {

// One side of a pairing as written.
struct Partner {
  const gazetteer::PlaceMention* place = nullptr;  // the most specific division of a chain, or
  std::string name;  // a partner that is no division (某生产建设兵团第三师), when place is null
  // `name` looks like a division the text scan did not report (a two-character county such
  // as 乙县 inside a list): the caller resolves it by name (or drops it).
  bool division_like = false;
  size_t begin = 0, end = 0;  // in the passage text
};

// Who does what a verb (or 与) says.
struct Subject {
  enum class Kind {
    kElided,  // nothing before it in its clause: the sentence's subject (or the home city)
    kNamed,   // places or a non-division name
    kOther,   // something else: an organization, a person, a foreign place's unit
  };
  Kind kind = Kind::kElided;
  // kNamed: the partners; kOther: the place chain that opens it (乙市|委书记), if any.
  std::vector<Partner> partners;
  bool each = false;      // 分别: the partners pair off in order
  bool adjacent = false;  // kNamed: right before the verb (adverbs aside)
  bool incomplete = false;  // kNamed: the list goes on before them with a name that is no place
};

struct PairingVerb {
  std::string_view word;  // 对口支援
  std::string_view type;  // the pairing type it names, or "" when the context names it
  bool needs_named_subject = false;  // a weak verb (帮扶): only right after a place
};
// 对口支援, 对口合作, 对口帮扶, 结对帮扶, 帮扶, 结对, 携手.
const std::vector<PairingVerb>& PairingVerbs();

// True when the verb at `at` is part of a longer verb of the list (帮扶 in 对口帮扶).
bool IsInsideLongerVerb(std::string_view text, size_t at, const PairingVerb& verb);

// The partners listed from `pos` on, before `limit`: place chains ("某省乙地区丙市") and
// non-division units, joined by 、/和/及; a short name ending like a division (乙县) is
// listed as division_like. Stops at anything else, and before a place that opens an
// organization's name (乙市人民医院, 乙市工作队).
std::vector<Partner> PartnersAfter(std::string_view text, const std::vector<gazetteer::PlaceMention>& places,
                                   size_t pos, size_t limit);

// The subject of a verb or 与 at `pos`, looking back no further than the clause (nor
// `sentence_begin`).
Subject SubjectBefore(std::string_view text, const std::vector<gazetteer::PlaceMention>& places,
                      size_t sentence_begin, size_t pos);

// The subject of the sentence [begin, end): the place chain(s) opening it after a leading
// time or circumstance clause ("2020年，甲市…"); kElided when it opens with no place;
// kOther when the place opens an organization's name or a title (乙市委书记…).
Subject SentenceSubject(std::string_view text, const std::vector<gazetteer::PlaceMention>& places, size_t begin,
                        size_t end);

// True when `word` ends right at `pos`.
bool IsWordBefore(std::string_view text, size_t pos, std::string_view word);

// True when the words name a pairing relation (结对, 结成对子, 帮扶, 协作, 对口, 援…).
bool NamesPairing(std::string_view words);

// True when `name` is a non-division territorial unit: a special zone (…合作区, …开发区,
// …新区), a production corps or its divisions (…兵团, 第十四师), a farm (…农场).
bool IsUnitName(std::string_view name);

}  // namespace duikou::extract::internal
