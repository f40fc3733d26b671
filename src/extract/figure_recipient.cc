#include "extract/figure_recipient.h"

#include <algorithm>

#include "extract/text_util.h"

namespace duikou::extract::internal {

namespace {

bool Encloses(const std::string& outer, const std::string& inner) {
  return outer.size() < inner.size() && inner.compare(0, outer.size(), outer) == 0;
}

// Distinct partners among mentions, a place that encloses another of the set dropped.
class Partners {
 public:
  void Add(const gazetteer::PlaceMention& m) {
    for (auto& l : leaves_) {
      if (l->code == m.code || Encloses(m.code, l->code)) return;
      if (Encloses(l->code, m.code)) {
        l = &m;
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
  std::vector<const gazetteer::PlaceMention*> leaves_;
};

// Bounds of the enumeration holding [begin, end): between the nearest ；/; marks, within the sentence.
std::pair<size_t, size_t> Enumeration(std::string_view text, size_t begin, size_t end, size_t sentence_begin,
                                      size_t sentence_end) {
  size_t from = sentence_begin, to = sentence_end;
  // Only marks inside the sentence count, so only the sentence is searched (figures are many,
  // passages long).
  for (std::string_view sep : {std::string_view("；"), std::string_view(";")}) {
    if (begin >= sentence_begin && sentence_begin < text.size()) {
      size_t before = RFindWord(text.substr(sentence_begin), sep, begin - sentence_begin);
      if (before != std::string_view::npos) from = std::max(from, sentence_begin + before + sep.size());
    }
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
    size_t p = cue.rfind(word);
    if (p != std::string_view::npos && (region.empty() || p > last)) region = code, last = p;
  }
  return region;
}

}  // namespace

FigureRecipients::FigureRecipients(const DocContext& ctx, const std::vector<Pairing>& pairings) : ctx_(ctx) {
  for (const auto& p : pairings)
    if (p.recipient.kind == Ref::Kind::kPlace && !ctx.InHome(p.recipient.key)) recipients_.insert(p.recipient.key);
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

Ref FigureRecipients::Of(size_t passage, std::string_view text, size_t sentence_begin, size_t sentence_end,
                         size_t clause_begin, size_t clause_end, std::string_view cue) const {
  const auto& places = ctx_.passages[passage].places;
  auto section = ctx_.section_recipient.find(ctx_.doc->passages[passage].section);
  const std::string* section_partner = section == ctx_.section_recipient.end() ? nullptr : &section->second;
  // The entry heading kept in the text ("【对口支援甲地乙地】") names the entry's subjects, not
  // the partner of a number.
  const size_t body = BodyStart(ctx_.doc->passages[passage]);
  auto partners_in = [&](size_t begin, size_t end) {
    begin = std::max(begin, body);
    Partners p;
    for (const auto& m : places)
      if (m.resolved() && m.begin >= begin && m.end <= end && IsPartner(m.code, section_partner)) p.Add(m);
    return p;
  };
  auto section_ref = [&] { return Ref{Ref::Kind::kPlace, *section_partner, ctx_.NameOf(*section_partner)}; };
  const std::string_view aid_region = AidRegion(cue);
  auto resolve = [&](const Partners& p) -> Ref {
    const auto* m = p.single();
    if (!m && !aid_region.empty()) m = p.SingleIn(aid_region);
    if (!m) {
      // Several partners: a total over the prefecture they share, unless that is the home
      // city (or none).
      std::string common = p.CommonPrefecture();
      if (common.empty() || ctx_.home_code.starts_with(common)) return Ref{};
      if (section_partner && Encloses(common, *section_partner)) return section_ref();
      return {Ref::Kind::kPlace, common, ctx_.NameOf(common)};
    }
    if (section_partner && Encloses(m->code, *section_partner)) return section_ref();
    return {Ref::Kind::kPlace, m->code, m->surface};
  };

  auto [enum_begin, enum_end] = Enumeration(text, clause_begin, clause_end, sentence_begin, sentence_end);
  for (auto [begin, end] : {std::pair{clause_begin, clause_end}, std::pair{enum_begin, enum_end},
                            std::pair{size_t{0}, clause_begin}}) {
    Partners p = partners_in(begin, end);
    if (!p.empty()) return resolve(p);
  }
  // "销售两州农产品…", "到两市投资": a number over several partners has none of them, whatever
  // the section is mostly about.
  for (std::string_view several : {"两市", "两州", "两地", "两县", "两区", "三地", "三市", "三州", "各地"})
    if (Contains(cue, several)) return Ref{};
  return section_partner ? section_ref() : Ref{};
}

}  // namespace duikou::extract::internal
