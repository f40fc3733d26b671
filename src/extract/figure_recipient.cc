#include "extract/figure_recipient.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <vector>

#include "extract/text_util.h"

namespace duikou::extract::internal {

namespace {

bool Encloses(const std::string& outer, const std::string& inner) {
  return outer.size() < inner.size() && inner.compare(0, outer.size(), outer) == 0;
}

// A short list of mentions, kept in place up to a few (the usual case: a range names one or
// two places) and on the heap beyond: a figure asks about several ranges.
class MentionList {
 public:
  void push_back(const gazetteer::PlaceMention* m) {
    if (size_ < kInPlace) {
      in_place_[size_++] = m;
      return;
    }
    if (spilled_.empty()) spilled_.assign(in_place_.begin(), in_place_.end());
    spilled_.push_back(m);
    ++size_;
  }
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  const gazetteer::PlaceMention*& operator[](size_t i) { return data()[i]; }
  const gazetteer::PlaceMention* const& operator[](size_t i) const { return data()[i]; }
  const gazetteer::PlaceMention** begin() { return data(); }
  const gazetteer::PlaceMention** end() { return data() + size_; }
  const gazetteer::PlaceMention* const* begin() const { return data(); }
  const gazetteer::PlaceMention* const* end() const { return data() + size_; }

 private:
  static constexpr size_t kInPlace = 6;
  const gazetteer::PlaceMention** data() { return size_ <= kInPlace ? in_place_.data() : spilled_.data(); }
  const gazetteer::PlaceMention* const* data() const {
    return size_ <= kInPlace ? in_place_.data() : spilled_.data();
  }
  std::array<const gazetteer::PlaceMention*, kInPlace> in_place_{};
  std::vector<const gazetteer::PlaceMention*> spilled_;
  size_t size_ = 0;
};

// Distinct partners among mentions, a place that encloses another of the set dropped.
class Partners {
 public:
  void Add(const gazetteer::PlaceMention& m) {
    named_.push_back(&m);
    for (auto& l : leaves_) {
      if (l->code == m.code) return;
      if (Encloses(m.code, l->code)) {
        if (l->code.size() > 6 && m.code.size() == 6) l = &m;  // the county after its township
        return;
      }
      if (Encloses(l->code, m.code)) {
        // A township named along with its county ("乙县…乙县丙镇") is where the county's
        // money went, not the recipient: the county stays.
        if (m.code.size() <= 6) l = &m;
        return;
      }
    }
    leaves_.push_back(&m);
  }
  bool empty() const { return leaves_.empty(); }
  // The one partner named, or null when there are several.
  const gazetteer::PlaceMention* single() const { return leaves_.size() == 1 ? leaves_[0] : nullptr; }
  // The one partner inside the division `region`, or null when none or several are.
  const gazetteer::PlaceMention* SingleIn(std::string_view region) const {
    const gazetteer::PlaceMention* found = nullptr;
    for (const auto* l : leaves_) {
      if (!l->code.starts_with(region)) continue;
      if (found) return nullptr;
      found = l;
    }
    return found;
  }
  // True when one of the mentions added names the prefecture `code` itself: on its own
  // (乙州) or at the head of a chain (乙州甲县, written with the prefecture's first characters).
  bool Names(const std::string& code, std::string_view name) const {
    const std::string_view head = name.substr(0, std::min<size_t>(name.size(), 6));
    for (const auto* m : named_)
      if (m->code == code || (m->code.starts_with(code) && !head.empty() && Contains(m->surface, head))) return true;
    return false;
  }
  // Code of the prefecture enclosing every partner, empty when they lie in different ones.
  // (Not a province: partners in two prefectures of one province are reported as a total
  // without a recipient, as the sample chapter annotates them.)
  std::string CommonPrefecture() const {
    if (leaves_.empty()) return "";
    std::string common = leaves_[0]->code;
    for (const auto* l : leaves_) {
      size_t n = 0;
      while (n < common.size() && n < l->code.size() && common[n] == l->code[n]) ++n;
      common.resize(n);
    }
    // Division codes have 2 (province), 4 (prefecture), 6 (county) or 9 digits.
    for (size_t level : {size_t{9}, size_t{6}, size_t{4}})
      if (common.size() >= level) return common.substr(0, level);
    return "";
  }

 private:
  MentionList leaves_;
  MentionList named_;  // every mention added, enclosing ones too
};

// The end of the last ；/; mark of `text` that starts at or before `last`, or 0 when none does.
// (memrchr for ; and for the last byte of ；: most sentences are long, their marks few.)
size_t LastSemicolonEnd(std::string_view text, size_t last) {
  constexpr std::string_view kWide = "；";
  const size_t reach = std::min(last + 1, text.size());  // where a mark may start: [0, reach)
  const void* narrow = memrchr(text.data(), ';', reach);
  const size_t narrow_end = narrow ? static_cast<size_t>(static_cast<const char*>(narrow) - text.data()) + 1 : 0;
  // A ； starting before `reach` ends before reach + 2; its last byte is kWide.back().
  size_t wide_end = 0;
  for (size_t limit = std::min(reach + kWide.size() - 1, text.size()); limit > narrow_end;) {
    const void* tail = memrchr(text.data(), kWide.back(), limit);
    if (!tail) break;
    const size_t at = static_cast<size_t>(static_cast<const char*>(tail) - text.data());
    if (at + 1 >= kWide.size() && words::At(text, at + 1 - kWide.size(), kWide)) {
      wide_end = at + 1;
      break;
    }
    limit = at;
  }
  return std::max(narrow_end, wide_end);
}

// Bounds of the enumeration holding [begin, end): between the nearest ；/; marks, within the sentence.
std::pair<size_t, size_t> Enumeration(std::string_view text, size_t begin, size_t end, size_t sentence_begin,
                                      size_t sentence_end) {
  size_t from = sentence_begin, to = sentence_end;
  // Only marks inside the sentence count, so only the sentence is searched (figures are many,
  // passages long).
  // The last mark starting at or before `begin`: one backward walk for both marks (they never
  // overlap, so the one that starts last also ends last).
  if (begin >= sentence_begin && sentence_begin < text.size()) {
    if (size_t mark = LastSemicolonEnd(text.substr(sentence_begin), begin - sentence_begin); mark != 0)
      from = std::max(from, sentence_begin + mark);
  }
  for (std::string_view sep : {std::string_view("；"), std::string_view(";")}) {
    if (sentence_end > 0) {
      // Marks starting before sentence_end: the window ends sep.size() - 1 bytes past it.
      std::string_view window = text.substr(0, std::min(text.size(), sentence_end + sep.size() - 1));
      size_t after = FindWord(window, sep, end);
      if (after != std::string_view::npos) to = std::min(to, after);
    }
  }
  return {from, to};
}

// The region an aid word names: 援疆 funds go to Xinjiang, 援藏 to Tibet, 援青 to Qinghai
// (GB/T 2260 province codes). Empty when `cue` has none.
std::string_view AidRegion(std::string_view cue) {
  static constexpr std::pair<std::string_view, std::string_view> kAidWords[] = {
      {"援疆", "65"}, {"援藏", "54"}, {"援青", "63"}};
  std::string_view region;
  size_t last = 0;
  if (!Contains(cue, "援")) return region;
  for (auto [word, code] : kAidWords) {
    size_t p = RFindWord(cue, word);
    if (p != std::string_view::npos && (region.empty() || p > last)) region = code, last = p;
  }
  return region;
}

// True when the mention is where the money or people go: the object of a giving verb ("向乙县
// 捐赠", "为乙县…"), or the place something is built in ("在乙县建设…"; not "在乙县举行…", a
// venue).
bool GivenTo(std::string_view text, const gazetteer::PlaceMention& m) {
  if (m.begin < 3) return false;
  if (text.compare(m.begin - 3, 3, "向") == 0 || text.compare(m.begin - 3, 3, "为") == 0) return true;
  if (text.compare(m.begin - 3, 3, "在") != 0) return false;
  const std::string_view rest = text.substr(m.end, ClauseEnd(text, m.end) - m.end);
  for (std::string_view verb : {"建设", "援建", "新建", "建成", "实施", "投资"})
    if (StartsWith(rest, verb)) return true;
  return false;
}

// True when [begin, end) holds a digit (ASCII or full-width).
bool HasDigit(std::string_view text, size_t begin, size_t end) {
  for (size_t i = begin; i < end && i < text.size(); i += CharLen(text, i))
    if (IsAsciiDigit(text[i]) || (CharAt(text, i) >= "０" && CharAt(text, i) <= "９")) return true;
  return false;
}

// The item of an enumeration of figures (items joined by 、, each with a number) that holds
// the number at `number_begin`, inside [clause_begin, clause_end); the whole clause when the
// 、 around the number join no other figures. Parts without a number before the item belong
// to it, and so do those after it up to the next number: "为甲州、乙市培训干部1280人次" and
// "专业技术人员185人到甲市、乙市" list partners, not figures.
std::pair<size_t, size_t> FigureItem(std::string_view text, size_t clause_begin, size_t clause_end,
                                     size_t number_begin) {
  constexpr std::string_view kMark = "、";
  const std::string_view clause = text.substr(0, clause_end);
  std::vector<size_t> starts = {clause_begin};  // of the parts between 、 marks
  for (size_t m = FindWord(clause, kMark, clause_begin); m != std::string_view::npos; m = FindWord(clause, kMark, m + 3))
    starts.push_back(m + kMark.size());
  size_t k = 0;
  while (k + 1 < starts.size() && starts[k + 1] <= number_begin) ++k;
  auto part_end = [&](size_t i) { return i + 1 < starts.size() ? starts[i + 1] - kMark.size() : clause_end; };
  size_t first = k, last = k;
  while (first > 0 && !HasDigit(text, starts[first - 1], part_end(first - 1))) --first;
  while (last + 1 < starts.size() && !HasDigit(text, starts[last + 1], part_end(last + 1))) ++last;
  const bool figures = first > 0 || last + 1 < starts.size();
  if (!figures) return {clause_begin, clause_end};
  return {starts[first], part_end(last)};
}

// True when a count of units ("3个", "三个") starts at `pos`.
bool CountFollows(std::string_view text, size_t pos) {
  static constexpr std::string_view kNumerals = "一二三四五六七八九十两";
  size_t p = pos, digits = 0;
  while (p < text.size()) {
    std::string_view ch = CharAt(text, p);
    const bool digit = (ch.size() == 1 && IsAsciiDigit(ch[0])) || (ch >= "０" && ch <= "９") ||
                       (ch.size() == 3 && kNumerals.find(ch) != std::string_view::npos);
    if (!digit) break;
    ++digits;
    p += ch.size();
  }
  return digits > 0 && text.compare(p, 3, "个") == 0;
}

// True when the most specific place of a chain (or a mention spelling out its prefecture) is
// where a meeting took place ("会议在某市乙区召开"): the venue, not what the meeting's numbers
// are about (the wider place, named elsewhere, still counts).
// (Whether the mention spells out an ancestor is asked last: it looks the ancestors up.)
bool IsVenue(const DocContext& ctx, std::string_view text, size_t chain_begin, const gazetteer::PlaceMention& m) {
  if (chain_begin < 3 || text.compare(chain_begin - 3, 3, "在") != 0) return false;
  if (chain_begin == m.begin && !ctx.SpellsOutAncestor(m)) return false;
  std::string_view rest = text.substr(m.end, ClauseEnd(text, m.end) - m.end);
  return ContainsAny(rest, {"召开", "举行", "举办", "开幕"});
}

}  // namespace

FigureRecipients::FigureRecipients(const DocContext& ctx, const std::vector<Pairing>& pairings) : ctx_(ctx) {
  for (const auto& p : pairings)
    if (p.recipient.kind == Ref::Kind::kPlace && !ctx.InHome(p.recipient.key)) {
      recipients_.insert(p.recipient.key);
      if (p.supporter.kind == Ref::Kind::kPlace) recipients_of_[p.supporter.key].insert(p.recipient.key);
    }
}

bool FigureRecipients::IsPartner(const std::string& code, const std::string* section_partner) const {
  if (ctx_.InHome(code) || ctx_.home_code.compare(0, code.size(), code) == 0) return false;
  if (recipients_.empty()) return true;
  if (section_partner && (*section_partner == code || Encloses(*section_partner, code))) return true;
  // The first recipient not less than `code` is `code` itself or the first place inside it.
  auto it = recipients_.lower_bound(code);
  if (it != recipients_.end() && (*it == code || Encloses(code, *it))) return true;
  for (const auto& r : recipients_)
    if (Encloses(r, code)) return true;
  return false;
}

bool FigureRecipients::IsSectionPartner(size_t passage, const gazetteer::PlaceMention& m,
                                        const std::string* section_partner) const {
  const auto& places = ctx_.passages[passage].places;
  if (passage != cached_passage_) {
    cached_passage_ = passage;
    partner_cache_.assign(places.size(), kUnknown);
    eligible_cache_.assign(places.size(), kUnknown);
  }
  int8_t& known = partner_cache_[static_cast<size_t>(&m - places.data())];
  if (known == kUnknown) known = IsPartner(m.code, section_partner) ? kYes : kNo;
  return known == kYes;
}

bool FigureRecipients::IsEligiblePartner(size_t passage, std::string_view text, const gazetteer::PlaceMention& m,
                                         size_t chain_begin, const std::string* section_partner) const {
  const size_t index = static_cast<size_t>(&m - ctx_.passages[passage].places.data());
  if (passage == cached_passage_ && eligible_cache_[index] != kUnknown) return eligible_cache_[index] == kYes;
  const bool eligible = IsSectionPartner(passage, m, section_partner) &&  // (sets up the caches)
                        !HasHomeNamesake(m) && !IsVenue(ctx_, text, chain_begin, m) &&
                        // "乙学院", "乙大学": a college named after a place is no partner of a number.
                        !words::At(text, m.end, "学院") && !words::At(text, m.end, "大学");
  eligible_cache_[index] = eligible ? kYes : kNo;
  return eligible;
}

bool FigureRecipients::HasHomeNamesake(const gazetteer::PlaceMention& m) const {
  for (const std::string& c : m.candidates)
    if (ctx_.InHome(c)) return true;
  return false;
}

std::string FigureRecipients::EnclosingRecipient(const std::string& code) const {
  if (recipients_.count(code)) return "";
  std::string best;
  for (const auto& r : recipients_)
    if (Encloses(r, code) && r.size() > best.size()) best = r;
  return best;
}

Ref FigureRecipients::FromRespectiveList(size_t passage, std::string_view text, size_t clause_begin,
                                         size_t number_begin) const {
  if (number_begin == std::string_view::npos || number_begin <= clause_begin || number_begin > text.size()) return {};
  const std::string_view before = text.substr(clause_begin, number_begin - clause_begin);
  const size_t each = FindWord(before, "分别");
  if (each == std::string_view::npos) return {};
  // The number's place in the list of numbers after 分别: the 、 marks since the first digit.
  size_t first_digit = std::string_view::npos;
  for (size_t i = each; i < before.size(); i += CharLen(before, i))
    if (IsAsciiDigit(before[i]) || (CharAt(before, i) >= "０" && CharAt(before, i) <= "９")) {
      first_digit = i;
      break;
    }
  size_t index = 0;
  if (first_digit != std::string_view::npos)
    for (size_t i = FindWord(before, "、", first_digit); i != std::string_view::npos; i = FindWord(before, "、", i + 3))
      ++index;
  // The places listed before 分别, chains (某州乙县) counted once.
  std::vector<std::string> listed;
  size_t last_end = std::string_view::npos;
  for (const auto& m : ctx_.passages[passage].places) {
    if (m.begin < clause_begin || m.end > clause_begin + each) continue;
    if (!m.resolved()) return {};
    const bool chained = m.begin == last_end;
    last_end = m.end;
    std::string code;
    if (ctx_.InHome(m.code)) {
      auto it = recipients_of_.find(m.code);
      if (it == recipients_of_.end() || it->second.size() != 1) return {};
      code = *it->second.begin();
    } else if (IsPartner(m.code, nullptr)) {
      code = m.code;
    } else if (ctx_.home_code.compare(0, m.code.size(), m.code) == 0) {
      continue;  // the home city's province
    } else {
      return {};
    }
    if (chained && !listed.empty())
      listed.back() = code;
    else
      listed.push_back(code);
  }
  if (listed.size() < 2 || index >= listed.size()) return {};
  return {Ref::Kind::kPlace, listed[index], ctx_.NameOf(listed[index])};
}

Ref FigureRecipients::ReceivedBy(size_t passage, std::string_view text, size_t sentence_begin, size_t sentence_end,
                                 size_t clause_begin, size_t clause_end, std::string_view metric) const {
  const auto& places = ctx_.passages[passage].places;
  const size_t body = ctx_.passages[passage].body_start;
  auto [enum_begin, enum_end] = Enumeration(text, clause_begin, clause_end, sentence_begin, sentence_end);
  // "我州选派到甲市挂职干部27名": the home's own people going to a supporter go to it.
  const bool sent = metric == "CadresSent" || metric == "TalentsSent";
  if (sent)
    for (const auto& m : places) {
      if (!m.resolved() || m.begin < enum_begin || m.begin >= clause_end || ctx_.InHome(m.code) ||
          ctx_.EnclosesHome(m.code))
        continue;
      if (m.begin >= 3 && (text.compare(m.begin - 3, 3, "到") == 0 || text.compare(m.begin - 3, 3, "赴") == 0))
        return {Ref::Kind::kPlace, m.code, m.surface};
    }
  for (auto [begin, end] : {std::pair{clause_begin, clause_end}, std::pair{enum_begin, enum_end},
                            std::pair{sentence_begin, clause_begin}}) {
    begin = std::max(begin, body);
    Partners p;
    for (const auto& m : places) {
      if (!m.resolved() || m.begin < begin || m.end > end || m.code == ctx_.home_code || !ctx_.InHome(m.code)) continue;
      // "…推介会在乙区举行": where a meeting took place, not what its numbers are about.
      if (m.begin >= 3 && text.compare(m.begin - 3, 3, "在") == 0 &&
          ContainsAny(text.substr(m.end, ClauseEnd(text, m.end) - m.end), {"召开", "举行", "举办", "开幕"}))
        continue;
      p.Add(m);
    }
    if (p.empty()) continue;
    // A township's aid is its county's: the county is the unit that receives and reports it.
    if (const auto* m = p.single())
      return m->code.size() > 6 ? Ref{Ref::Kind::kPlace, m->code.substr(0, 6), ctx_.NameOf(m->code.substr(0, 6))}
                                : Ref{Ref::Kind::kPlace, m->code, m->surface};
    break;
  }
  // A county's own yearbook receives as that county, a city's as the city.
  if (!ctx_.home_county_code.empty()) return {Ref::Kind::kPlace, ctx_.home_county_code, ctx_.home_county_name};
  if (ctx_.home_code.empty()) return {};
  return {Ref::Kind::kPlace, ctx_.home_code, ctx_.home_name};
}

Ref FigureRecipients::HomeUnitReceiving(size_t passage, std::string_view text, size_t clause_begin,
                                        size_t number_begin) const {
  if (number_begin == std::string_view::npos || number_begin <= clause_begin) return {};
  const std::string_view lead = text.substr(clause_begin, number_begin - clause_begin);
  size_t verb = std::string_view::npos;
  for (std::string_view w : {"接受", "获得", "争取到"})
    if (size_t p = FindWord(lead, w); p != std::string_view::npos && p < verb) verb = p;
  if (verb == std::string_view::npos) return {};
  verb += clause_begin;
  const gazetteer::PlaceMention* unit = nullptr;
  for (const auto& m : ctx_.passages[passage].places) {
    if (m.begin < clause_begin || m.end > verb) continue;
    unit = &m;  // the last place before the verb
  }
  if (!unit || !unit->resolved() || unit->code == ctx_.home_code || !ctx_.InHome(unit->code)) return {};
  // Only adverbs of time may stand between the unit and the verb ("甲县全年接受").
  std::string_view gap = text.substr(unit->end, verb - unit->end);
  for (std::string_view adverb : {"全年", "年内", "累计", "共"})
    if (StartsWith(gap, adverb)) gap.remove_prefix(adverb.size());
  if (!gap.empty()) return {};
  return {Ref::Kind::kPlace, unit->code, unit->surface};
}

Ref FigureRecipients::NamedIn(size_t passage, size_t begin, size_t end) const {
  if (ctx_.receiving_side) return {};  // the places a breakdown names are the supporters
  Partners p;
  for (const auto& m : ctx_.passages[passage].places)
    if (m.resolved() && m.begin >= begin && m.end <= end && IsPartner(m.code, nullptr) && !HasHomeNamesake(m)) p.Add(m);
  const auto* m = p.single();
  if (!m) return {};
  if (std::string outer = EnclosingRecipient(m->code); !outer.empty() && m->code.size() > 6)
    return {Ref::Kind::kPlace, outer, ctx_.NameOf(outer)};
  return {Ref::Kind::kPlace, m->code, m->surface};
}

Ref FigureRecipients::Of(size_t passage, std::string_view text, size_t sentence_begin, size_t sentence_end,
                         size_t clause_begin, size_t clause_end, std::string_view cue, size_t number_begin,
                         std::string_view metric) const {
  if (ctx_.receiving_side)
    return ReceivedBy(passage, text, sentence_begin, sentence_end, clause_begin, clause_end, metric);
  if (Ref own = HomeUnitReceiving(passage, text, clause_begin, number_begin); !own.empty()) return own;
  if (Ref listed = FromRespectiveList(passage, text, clause_begin, number_begin); !listed.empty()) return listed;
  const auto& places = ctx_.passages[passage].places;
  // "甲市·乙州…联席会议…，会上签约项目11个": what is signed at a meeting named after a pair
  // goes to the pair's partner, whatever else the sentence names.
  if (number_begin != std::string_view::npos && number_begin > sentence_begin) {
    const std::string_view lead = text.substr(sentence_begin, number_begin - sentence_begin);
    if (Contains(lead, "会上") || Contains(lead, "会议上")) {
      const gazetteer::PlaceMention* partner = nullptr;
      for (size_t i = 0; i + 1 < places.size() && places[i + 1].end <= number_begin; ++i) {
        const auto& a = places[i];
        const auto& c = places[i + 1];
        const std::string_view gap = text.substr(a.end, c.begin - a.end);
        if (gap != "·" && gap != "—" && gap != "-") continue;
        if (!a.resolved() || !c.resolved() || !ctx_.InHome(a.code) || !IsPartner(c.code, nullptr)) continue;
        partner = &c;
      }
      if (partner) return {Ref::Kind::kPlace, partner->code, partner->surface};
    }
  }
  // The entry's own partner ("（一）新疆新源县") is more specific than its section's.
  const std::string& own_section_partner = ctx_.passages[passage].section_recipient;
  const std::string* section_partner = own_section_partner.empty() ? nullptr : &own_section_partner;
  if (!ctx_.passages[passage].title_partner.empty()) section_partner = &ctx_.passages[passage].title_partner;
  // The entry heading kept in the text ("【对口支援甲地乙地】") names the entry's subjects, not
  // the partner of a number.
  const size_t body = ctx_.passages[passage].body_start;
  const bool places_sorted = ctx_.passages[passage].places_sorted;
  auto partners_in = [&](size_t begin, size_t end) {
    begin = std::max(begin, body);
    Partners p;
    size_t chain_begin = 0, last_end = std::string_view::npos;
    for (const auto& m : places) {
      if (places_sorted && m.begin >= end) break;  // this and all later ones lie past the range
      if (m.begin != last_end) chain_begin = m.begin;
      last_end = m.end;
      if (!m.resolved() || m.begin < begin || m.end > end ||
          !IsEligiblePartner(passage, text, m, chain_begin, section_partner))
        continue;
      p.Add(m);
    }
    return p;
  };
  auto section_ref = [&] { return Ref{Ref::Kind::kPlace, *section_partner, ctx_.NameOf(*section_partner)}; };
  const std::string_view aid_region = AidRegion(cue);
  auto [enum_begin, enum_end] = Enumeration(text, clause_begin, clause_end, sentence_begin, sentence_end);
  // "甲区全年向乙县投入…，选派干部9名": the one home unit before the number in its enumeration,
  // paired with one recipient, says which of several partners named around is meant.
  std::string unit_recipient, unit;
  const size_t unit_end = number_begin != std::string_view::npos ? number_begin : clause_begin;
  auto first_in_enumeration = places.begin();
  if (places_sorted)
    first_in_enumeration = std::lower_bound(places.begin(), places.end(), enum_begin,
                                            [](const gazetteer::PlaceMention& m, size_t pos) { return m.begin < pos; });
  for (auto place = first_in_enumeration; place != places.end(); ++place) {
    const auto& m = *place;
    if (places_sorted && m.begin >= unit_end) break;  // this and all later ones end past it
    if (m.begin < enum_begin || m.end > unit_end || !m.resolved() || m.code == ctx_.home_code || !ctx_.InHome(m.code))
      continue;
    if (!unit.empty() && unit != m.code) {  // several units: a list, not the clause's subject
      unit_recipient.clear();
      break;
    }
    unit = m.code;
    auto it = recipients_of_.find(m.code);
    if (it != recipients_of_.end() && it->second.size() == 1) unit_recipient = *it->second.begin();
  }
  auto resolve = [&](const Partners& p) -> Ref {
    const auto* m = p.single();
    if (!m && !aid_region.empty()) m = p.SingleIn(aid_region);
    if (!m && !unit_recipient.empty()) m = p.SingleIn(unit_recipient);
    if (!m) {
      // Several partners: a total over the prefecture they share when the words name that
      // prefecture ("乙州甲县、丙县"); places the words name on their own ("甲县、丙县") are
      // several partners, and a total over several partners has none. Not the home city either.
      std::string common = p.CommonPrefecture();
      if (common.empty() || ctx_.home_code.starts_with(common)) return Ref{};
      if (!p.Names(common, ctx_.NameOf(common))) return Ref{};
      if (section_partner && Encloses(common, *section_partner)) return section_ref();
      // Partners that are a few of the prefecture's counties (甲县、乙县) are no total for the
      // prefecture unless the passage names it ("某州甲县、乙县", "某州"): then it is the area the
      // text reports on.
      bool named = false;
      for (const auto& m : places)
        named = named || (m.begin >= body && !words::At(text, m.end, "学院") && !words::At(text, m.end, "大学") &&
                          (m.code == common || (m.code.starts_with(common) && ctx_.SpellsOutAncestor(m))));
      if (!named) return Ref{};
      return {Ref::Kind::kPlace, common, ctx_.NameOf(common)};
    }
    // A province (援藏 figures naming 西藏) yields to the section's partner inside it, unless
    // a count of its places follows ("乙省3个结对县": a total); a prefecture named in the
    // figure's own words is meant as written.
    if (section_partner && m->code.size() < 4 && Encloses(m->code, *section_partner) && !CountFollows(text, m->end))
      return section_ref();
    // A township or venue that is no recipient itself stands for the partner it lies in; a
    // county named outright is meant as written (a donation "向乙县" of a city paired with
    // the prefecture).
    if (std::string outer = EnclosingRecipient(m->code); !outer.empty() && (m->code.size() > 6 || !GivenTo(text, *m)))
      return {Ref::Kind::kPlace, outer, ctx_.NameOf(outer)};
    return {Ref::Kind::kPlace, m->code, m->surface};
  };

  // "安排甲县1.38亿元、乙县1.26亿元", "在甲县实施项目71个、在乙县实施66个": in an enumeration of
  // figures joined by 、 each item names its own partner.
  if (number_begin != std::string_view::npos && number_begin > clause_begin && number_begin < clause_end) {
    auto [item_begin, item_end] = FigureItem(text, clause_begin, clause_end, number_begin);
    if (item_begin != clause_begin || item_end != clause_end) {
      Partners p = partners_in(item_begin, item_end);
      if (p.single()) return resolve(p);
    }
  }
  for (auto [begin, end] : {std::pair{clause_begin, clause_end}, std::pair{enum_begin, enum_end},
                            std::pair{size_t{0}, clause_begin}}) {
    Partners p = partners_in(begin, end);
    if (!p.empty()) return resolve(p);
  }
  // "【援疆】全年拨付援疆资金1.42亿元…在乙县开展工作": a number whose words name an aid region
  // goes to the one partner in that region its entry names, later in the passage too.
  if (!aid_region.empty() && !(section_partner && section_partner->starts_with(aid_region))) {
    Partners p = partners_in(0, text.size());
    if (const auto* m = p.SingleIn(aid_region)) {
      Partners one;
      one.Add(*m);
      return resolve(one);
    }
  }
  // "销售两州农产品…", "到两市投资": a number over several partners has none of them, whatever
  // the section is mostly about.
  for (std::string_view several : {"两市", "两州", "两地", "两县", "两区", "三地", "三市", "三州", "各地"})
    if (Contains(cue, several)) return Ref{};
  return section_partner ? section_ref() : Ref{};
}

}  // namespace duikou::extract::internal
