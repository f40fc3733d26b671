#include "extract/pairing_extractor.h"

#include <algorithm>
#include <array>
#include <bit>
#include <map>
#include <optional>
#include <set>
#include <tuple>

#include "extract/organizations.h"
#include "extract/pairing_phrases.h"
#include "extract/text_util.h"
#include "extract/word_starts.h"

namespace duikou::extract::internal {

namespace {

using gazetteer::PlaceMention;

// PairingTypeOf, also telling whether the words name the type only loosely (kLooseWord).
std::string TypeOfPhrase(std::string_view phrase, bool* loose);
bool StartsWithTypeWord(std::string_view text);
// True when `title` names two programmes ("东西部协作和对口合作"): it types none of its pairings.
bool NamesSeveralTypes(std::string_view title);
// True when a heading names two programmes, loose words counted ("对口支援与省内对口帮扶").
bool NamesTwoProgrammes(std::string_view heading);

// A pairing found, before its type is settled.
struct Candidate {
  Ref supporter;
  Ref recipient;
  std::string type;
  // The type came from the chapter title only (or from nothing): another pairing of the same
  // recipient, or of one in the same prefecture or province, says better.
  bool weak_type = false;
  size_t passage = 0;
  // Read off a pair of names ("甲市·乙县…", "甲市—乙县…"): yields to a pairing of the same
  // recipient with a unit of that supporter ("丙区结对帮扶乙县"), which the pair only names
  // at the coarser level.
  bool from_pair = false;
};

class Builder {
 public:
  explicit Builder(const DocContext& ctx) : ctx_(ctx) {}

  // A pairing whose recipient is a unit of the home city, which the text says in so many
  // words ("我市甲县…作为重点帮扶县，与乙区结对"): Add would take it for one read backwards.
  void AddReceived(Ref supporter, Ref recipient, const std::string& type, size_t passage, bool weak_type) {
    if (supporter.empty() || recipient.empty() || supporter.key == recipient.key) return;
    if (type.empty() && !weak_type) return;
    found_.push_back({std::move(supporter), std::move(recipient), type, weak_type, passage, false});
  }

  void Add(Ref supporter, Ref recipient, const std::string& type, size_t passage, bool weak_type = false,
           bool from_pair = false) {
    if (supporter.empty() || recipient.empty()) return;
    if (supporter.key == recipient.key) return;
    // The home city (or a unit of it, or its province) is never on the receiving side of its
    // own chapter's pairings: a "甲市—乙市…会议" or a table read backwards says nothing new.
    if (recipient.kind == Ref::Kind::kPlace && !ctx_.home_code.empty() &&
        (ctx_.InHome(recipient.key) || ctx_.home_code.compare(0, recipient.key.size(), recipient.key) == 0))
      return;
    if (type.empty() && !weak_type) return;
    found_.push_back({std::move(supporter), std::move(recipient), type, weak_type, passage, from_pair});
  }

  // Settles the weak types, drops pairings without one and duplicates (same supporter,
  // recipient and type: the first passage wins).
  void Finish(std::vector<Pairing>* out) {
    std::vector<const Candidate*> strong;
    for (const auto& c : found_)
      if (!c.weak_type) strong.push_back(&c);
    // Views into found_, whose strings stay put from here on (a type is settled before its
    // candidate is looked up).
    std::set<std::tuple<std::string_view, std::string_view, std::string_view>> seen;
    std::set<std::pair<std::string, std::string>> place_pairs;  // for HasUnitPairing
    // TypeKnownFor of each place recipient, worked out once: the strong candidates do not change.
    std::map<std::string_view, std::string> known_for;
    for (auto& c : found_) {
      if (c.weak_type) {
        std::string known;
        if (c.recipient.kind == Ref::Kind::kPlace) {
          auto [it, inserted] = known_for.try_emplace(c.recipient.key);
          if (inserted) it->second = TypeKnownFor(strong, c.recipient);
          known = it->second;
        }
        if (!known.empty()) c.type = known;
      }
      if (c.type.empty()) continue;
      if (c.from_pair && HasUnitPairing(c, &place_pairs)) continue;
      if (!seen.insert({c.supporter.key, c.recipient.key, c.type}).second) continue;
      Pairing p;
      p.supporter = c.supporter;
      p.recipient = c.recipient;
      p.type = c.type;
      p.year = ctx_.passages[c.passage].year;
      p.passage = c.passage;
      out->push_back(std::move(p));
    }
  }

 private:
  // True when another candidate pairs the same recipient with a division inside c's supporter.
  // `pairs` holds (recipient, supporter) of the candidates between places; it is filled on the
  // first call, so that a document with many pairs is not searched once per pair.
  bool HasUnitPairing(const Candidate& c, std::set<std::pair<std::string, std::string>>* pairs) const {
    if (c.supporter.kind != Ref::Kind::kPlace) return false;
    if (pairs->empty())
      for (const auto& o : found_)
        if (o.supporter.kind == Ref::Kind::kPlace) pairs->insert({o.recipient.key, o.supporter.key});
    // The supporters of c's recipient that start with c's supporter follow it in the set's order.
    for (auto it = pairs->upper_bound({c.recipient.key, c.supporter.key});
         it != pairs->end() && it->first == c.recipient.key && it->second.starts_with(c.supporter.key); ++it)
      if (it->second.size() > c.supporter.key.size()) return true;
    return false;
  }

  // The type of the first strongly typed pairing of the same recipient, else of one in the
  // same prefecture, else in the same province; "" when none.
  static std::string TypeKnownFor(const std::vector<const Candidate*>& strong, const Ref& recipient) {
    if (recipient.kind != Ref::Kind::kPlace) return "";
    for (size_t prefix : {recipient.key.size(), size_t{4}, size_t{2}}) {
      if (prefix > recipient.key.size()) continue;
      for (const Candidate* c : strong) {
        const Ref& r = c->recipient;
        if (r.kind == Ref::Kind::kPlace && r.key.size() >= prefix && r.key.compare(0, prefix, recipient.key, 0, prefix) == 0)
          return c->type;
      }
    }
    return "";
  }

  const DocContext& ctx_;
  std::vector<Candidate> found_;
};

Ref PlaceRef(const PlaceMention& m) {
  if (m.resolved()) return {Ref::Kind::kPlace, m.code, m.surface};
  return {Ref::Kind::kMention, m.surface, m.surface};
}

// The home side as a supporter: a district's or county's own yearbook speaks for the county
// (its 区委、区政府), a city's for the city.
Ref HomeRef(const DocContext& ctx) {
  if (!ctx.home_county_code.empty()) return {Ref::Kind::kPlace, ctx.home_county_code, ctx.home_county_name};
  if (ctx.home_code.empty()) return {};
  return {Ref::Kind::kPlace, ctx.home_code, ctx.home_name};
}

Ref PartnerRef(const Partner& p) {
  if (p.place) return PlaceRef(*p.place);
  return {Ref::Kind::kMention, p.name, p.name};
}

bool IsBlank(std::string_view cell) {
  // StripSpaces(cell) compared with each mark, in a small buffer: no mark is longer than 6 bytes.
  char kept[6];
  size_t n = 0;
  for (char c : cell) {
    if (c == ' ' || c == '\t') continue;
    if (n == sizeof kept) return false;
    kept[n++] = c;
  }
  const std::string_view s(kept, n);
  return s.empty() || s == "—" || s == "-" || s == "——" || s == "/" || s == "无";
}

// True when `code` is the home city or one of its ancestors (its province).
bool HomeSide(const DocContext& ctx, const std::string& code) {
  if (ctx.InHome(code)) return true;
  return !ctx.home_code.empty() && ctx.home_code.compare(0, code.size(), code) == 0;
}

// The home city's division among an ambiguous name's candidates (a town name that a partner
// county has too), or "": on the supporting side of a pairing the home's namesake is meant.
std::string HomeNamesake(const DocContext& ctx, const PlaceMention& m) {
  if (m.resolved() && ctx.InHome(m.code)) return m.code;
  std::string found;
  for (const std::string& c : m.candidates)
    if (ctx.InHome(c)) {
      if (!found.empty()) return "";
      found = c;
    }
  return found;
}

// The supporter a home-side partner stands for: itself when it lies inside the home city
// (甲区), the home city when it is the city or an enclosing province; empty for a place
// outside (another city's pairing is none of this book's).
Ref SupporterRef(const DocContext& ctx, const Partner& p) {
  if (!p.place) return PartnerRef(p);
  if (std::string home = HomeNamesake(ctx, *p.place); !home.empty()) return {Ref::Kind::kPlace, home, p.place->surface};
  if (!p.place->resolved()) return {};
  if (HomeSide(ctx, p.place->code)) return HomeRef(ctx);
  return {};
}

// "按照甲省对口支援乙地区的部署", "根据甲省与乙省东西部协作的安排": a province named as the
// framework a chapter's work follows is the supporter itself, not the home city acting in it.
Ref FrameworkProvince(const DocContext& ctx, std::string_view text, const Partner& p) {
  if (!p.place || !p.place->resolved() || p.place->code.size() != 2 || !HomeSide(ctx, p.place->code)) return {};
  if (!IsWordBefore(text, p.place->begin, "按照") && !IsWordBefore(text, p.place->begin, "根据")) return {};
  return PlaceRef(*p.place);
}

// A recipient: a division outside the home side, prefecture level or below, or a named
// non-division partner.
bool IsRecipient(const DocContext& ctx, const Partner& p) {
  if (!p.place) return !p.name.empty();
  return p.place->resolved() && p.place->code.size() >= 4 && !HomeSide(ctx, p.place->code);
}

// Groups consecutive mentions (nothing but spaces between them) into chains such as
// 某省乙自治州丙县 and returns the most specific mention of each chain.
std::vector<const PlaceMention*> ChainHeads(std::string_view text, const std::vector<PlaceMention>& places,
                                            size_t begin, size_t end) {
  std::vector<const PlaceMention*> heads;
  const PlaceMention* prev = nullptr;
  for (const auto& m : places) {
    if (m.begin < begin || m.end > end) continue;
    bool joined = prev && StripSpaces(text.substr(prev->end, m.begin - prev->end)).empty();
    if (joined && !heads.empty())
      heads.back() = &m;
    else
      heads.push_back(&m);
    prev = &m;
  }
  return heads;
}

// The words the sentence readers start from: 与 (FromWith), 向 (FromFunding), 共同在
// (FromTogether), 承担 (FromTakingOn), then the first two characters of each pairing verb
// (对口, 结对, 帮扶, 携手; FromVerbs). Each sentence is walked once for all of them.
enum ScanWord : size_t { kWith, kTowards, kTogetherIn, kTakeOn, kFirstVerbHead };
struct ScanWords {
  std::vector<std::string_view> words;
  std::vector<size_t> head_of_verb;  // index into `words` of each pairing verb's head
};
const ScanWords& SentenceScanWords() {
  static const ScanWords kWords = [] {
    ScanWords s;
    s.words = {"与", "向", "共同在", "承担"};
    for (const PairingVerb& verb : PairingVerbs()) {
      std::string_view w = verb.word;
      std::string_view head = w.substr(0, CharLen(w, 0) + CharLen(w, CharLen(w, 0)));
      auto it = std::find(s.words.begin() + kFirstVerbHead, s.words.end(), head);
      s.head_of_verb.push_back(static_cast<size_t>(it - s.words.begin()));
      if (it == s.words.end()) s.words.push_back(head);
    }
    return s;
  }();
  return kWords;
}

// One sentence being read: where it is, and the types its surroundings name. The sentence's
// own type and subject are worked out when a pairing first asks (most sentences have none).
class SentenceScope {
 public:
  std::string_view text;  // the passage text
  const std::vector<PlaceMention>* places = nullptr;
  size_t begin = 0, end = 0;
  size_t passage = 0;
  std::string_view entry_title, section_title;
  std::string chapter_type;

  // Moves to the sentence [b, e) of the passage. `stops` are the places in the passage where
  // a scan word may start (FactWordStops), in order; sentences come in order, so the search
  // for the sentence's first goes on from the last sentence's.
  void Reset(size_t b, size_t e, const std::vector<size_t>& stops) {
    begin = b;
    end = e;
    type_.reset();
    subject_.reset();
    // Every occurrence of every scan word.
    static const WordStarts kStarts(SentenceScanWords().words);
    const std::vector<std::string_view>& words = SentenceScanWords().words;
    const std::string_view sentence = Sentence();
    found_.clear();
    if (next_stop_ > stops.size() || (next_stop_ > 0 && stops[next_stop_ - 1] >= b)) next_stop_ = 0;
    while (next_stop_ < stops.size() && stops[next_stop_] < b) ++next_stop_;
    for (; next_stop_ < stops.size() && stops[next_stop_] < e; ++next_stop_) {
      const size_t pos = stops[next_stop_] - b;
      const uint32_t starting_here = kStarts.At(sentence, pos);
      for (uint32_t rest = starting_here; rest != 0; rest &= rest - 1) {
        const size_t w = static_cast<size_t>(std::countr_zero(rest));
        if (words::At(sentence, pos, words[w])) found_.push_back({w, pos});
      }
    }
  }
  // FindWord(Sentence(), <scan word w>, from): the first occurrence at or after `from`.
  size_t Find(size_t w, size_t from = 0) const {
    for (const auto& [word, pos] : found_)
      if (word == w && pos >= from) return pos;
    return std::string_view::npos;
  }
  std::string_view Sentence() const { return text.substr(begin, end - begin); }
  const std::string& SentenceType() const {
    if (!type_) type_ = PairingTypeOf(text.substr(begin, end - begin));
    return *type_;
  }
  // Who the sentence is about, for clauses that leave their subject out.
  const Subject& SentenceSubj() const {
    if (!subject_) subject_ = SentenceSubject(text, *places, begin, end);
    return *subject_;
  }
  // The type of a pairing whose own words name none: the nearest words that do — `local`
  // (the rest of its clause), the sentence, the entry title, the section heading — else the
  // chapter title's, weakly.
  std::string TypeFor(std::string_view local, bool* weak) const {
    *weak = false;
    // Loose words (对口帮扶, 援滇…) are also said of other programmes ("甲区对口帮扶乙县"
    // in an entry about 东西部扶贫协作): they name the type only when no nearer or wider
    // words name another.
    std::string loose;
    const std::string_view phrases[] = {local, Sentence(), entry_title, section_title};
    for (size_t i = 0; i < std::size(phrases); ++i) {
      const std::string_view phrase = phrases[i];
      bool is_loose = false;
      std::string t = TypeOfPhrase(phrase, &is_loose);
      if (t.empty()) continue;
      // A heading over two programmes says which of them only loosely.
      if (i >= 2 && NamesSeveralTypes(phrase)) is_loose = true;
      if (!is_loose) return t;
      if (loose.empty()) loose = t;
    }
    // Found loosely, the type is weak: another pairing of the same recipient says better.
    *weak = true;
    if (!loose.empty()) return loose;
    return chapter_type;
  }

 private:
  mutable std::optional<std::string> type_;
  mutable std::optional<Subject> subject_;
  std::vector<std::pair<size_t, size_t>> found_;  // (scan word, position in the sentence), by position
  size_t next_stop_ = 0;                           // the first stop past the last sentence read
};

// Resolves the division-like names of a list (a two-character 乙县 after 丙区、) by name, near the other
// places of the list; drops those that name no division of a province the text names.
void ResolveListedNames(const DocContext& ctx, std::vector<Partner>* partners, std::vector<PlaceMention>* storage) {
  storage->reserve(partners->size());  // the partners point into it
  gazetteer::ResolveContext rc;
  rc.home_code = ctx.home_code;
  for (const auto& p : *partners)
    if (p.place && p.place->resolved()) rc.nearby_codes.push_back(p.place->code);
  std::vector<Partner> kept;
  for (auto& p : *partners) {
    if (p.division_like) {
      PlaceMention m = ctx.matcher->Resolve(p.name, rc);
      // Short names are often words too (矿区, 东区): only a division in a province the text
      // names elsewhere counts.
      if (!m.resolved() || !ctx.province_mentions.count(m.code.substr(0, 2))) continue;
      storage->push_back(std::move(m));
      p.place = &storage->back();
    }
    kept.push_back(p);
  }
  *partners = std::move(kept);
}

// Pairs the supporters with the recipients: one to many, many to one, or in order after 分别.
// After 分别, a list of supporters cut short (one of them named no place) pairs off wrongly:
// nothing is paired.
void AddPairs(const DocContext& ctx, const SentenceScope& s, const std::vector<Ref>& supporters, const Subject& subject,
              const std::vector<Partner>& recipients, const std::string& type, bool weak, Builder* b) {
  const bool each = subject.each;
  if (each && subject.incomplete && subject.kind == Subject::Kind::kNamed) return;
  std::vector<const Partner*> ok;
  // A province pairs with a province ("甲省与乙省东西部协作"); a city with a place inside one.
  const bool provinces = supporters.size() == 1 && supporters[0].kind == Ref::Kind::kPlace && supporters[0].key.size() == 2;
  for (const auto& r : recipients)
    ok.push_back(IsRecipient(ctx, r) || (provinces && r.place && r.place->resolved() && r.place->code.size() == 2 &&
                                         !HomeSide(ctx, r.place->code))
                     ? &r
                     : nullptr);
  if (each && supporters.size() == recipients.size() && supporters.size() > 1) {
    for (size_t i = 0; i < supporters.size(); ++i)
      if (ok[i]) b->Add(supporters[i], PartnerRef(*ok[i]), type, s.passage, weak);
  } else if (supporters.size() == 1) {
    for (const Partner* r : ok)
      if (r) b->Add(supporters[0], PartnerRef(*r), type, s.passage, weak);
  } else if (recipients.size() == 1 && ok[0]) {
    for (const Ref& sup : supporters) b->Add(sup, PartnerRef(*ok[0]), type, s.passage, weak);
  }
}

// The supporters named by `subject` (the sentence's own when the clause leaves it out):
// home-side places (the city itself or its units) or a non-division name; empty when the
// subject is someone else. After a verb that names the type (对口支援), an organization of
// the home city (its aid headquarters, its government) acts for the city.
std::vector<Ref> Supporters(const DocContext& ctx, const SentenceScope& s, const Subject& subject, bool typed_verb) {
  std::vector<Ref> out;
  const Subject& who = subject.kind == Subject::Kind::kElided ? s.SentenceSubj() : subject;
  switch (who.kind) {
    case Subject::Kind::kElided:
      break;
    case Subject::Kind::kNamed:
      // The home-side partners nearest the verb: in "A区与X县、B区与Y县结对" the list
      // before the second 与 reads "X县、B区".
      for (auto it = who.partners.rbegin(); it != who.partners.rend(); ++it) {
        Ref r = FrameworkProvince(ctx, s.text, *it);
        if (r.empty()) r = SupporterRef(ctx, *it);
        if (r.empty()) break;
        out.insert(out.begin(), std::move(r));
      }
      return out;
    case Subject::Kind::kOther:
      if (!typed_verb) return out;
      if (!who.partners.empty() && SupporterRef(ctx, who.partners[0]).empty()) return out;
      break;
  }
  Ref home = HomeRef(ctx);
  if (!home.empty()) out.push_back(home);
  return out;
}

// Whether the sentence uses 对口支援 or 对口合作 as a verb: a place right after the word.
bool OtherTypedVerbInSentence(const SentenceScope& s) {
  const std::string_view sentence = s.Sentence();
  for (std::string_view word : {"对口支援", "对口合作"})
    for (size_t p = FindWord(sentence, word); p != std::string_view::npos; p = FindWord(sentence, word, p + word.size())) {
      const size_t after = s.begin + p + word.size();
      for (const auto& m : *s.places)
        if (m.begin == after) return true;
    }
  return false;
}

// "<supporters>对口支援<recipients>", "X区对口帮扶A县、B县", "对口合作<place>" (subject left out).
void FromVerbs(const DocContext& ctx, const SentenceScope& s, Builder* b) {
  std::string_view sentence = s.text.substr(s.begin, s.end - s.begin);
  // Every verb starts where its first two characters do (SentenceScanWords): a sentence
  // without any of them is ruled out at once.
  const ScanWords& scan = SentenceScanWords();
  bool any_head = false;
  for (size_t h = kFirstVerbHead; h < scan.words.size() && !any_head; ++h) any_head = s.Find(h) != std::string_view::npos;
  if (!any_head) return;
  for (size_t vi = 0; vi < PairingVerbs().size(); ++vi) {
    const PairingVerb& verb = PairingVerbs()[vi];
    // The verb's occurrences, each searched for after the previous one (as FindWord would).
    size_t next = 0;
    for (size_t p = s.Find(scan.head_of_verb[vi]); p != std::string_view::npos;
         p = s.Find(scan.head_of_verb[vi], p + 1)) {
      if (p < next || !words::At(sentence, p, verb.word)) continue;
      next = p + verb.word.size();
      const size_t at = s.begin + p;
      if (IsInsideLongerVerb(s.text, at, verb)) continue;
      size_t after = at + verb.word.size();
      // "甲区代表团赴结对帮扶的乙县": the partner after 的, the visitor's place before.
      const bool visit = words::At(s.text, after, "的") &&
                         (IsWordBefore(s.text, at, "赴") || IsWordBefore(s.text, at, "到") || IsWordBefore(s.text, at, "前往"));
      if (visit) after += 3;
      auto recipients = PartnersAfter(s.text, *s.places, after, s.end);
      std::vector<PlaceMention> named;
      ResolveListedNames(ctx, &recipients, &named);
      if (recipients.empty()) continue;
      Subject subject = SubjectBefore(s.text, *s.places, s.begin, at);
      if (visit) {
        // The visitor: the first home-side place of the clause (甲区|党政代表团).
        const size_t clause = ClauseStart(s.text, at, s.begin);
        const PlaceMention* visitor = nullptr;
        for (const auto& m : *s.places)
          if (m.begin >= clause && m.end <= at) {
            visitor = &m;
            break;
          }
        if (!visitor) continue;
        Partner v;
        v.place = visitor;
        if (SupporterRef(ctx, v).empty()) continue;
        subject.kind = Subject::Kind::kNamed;
        subject.partners = {v};
        subject.adjacent = true;
      }
      if (verb.needs_named_subject && !(subject.kind == Subject::Kind::kNamed && subject.adjacent)) continue;
      // "甲区对口支援乙县，…丙区对口帮扶丁县": set against another programme's verb in the same
      // sentence, the loose 对口帮扶 names a programme of its own (a province's in-province aid).
      const bool contrasted = verb.word == "对口帮扶" && OtherTypedVerbInSentence(s);
      std::vector<Ref> supporters = Supporters(ctx, s, subject, !verb.type.empty() || contrasted);
      if (supporters.empty()) continue;
      bool weak = false;
      std::string type(contrasted ? std::string(verb.word) : std::string(verb.type));
      if (type.empty()) type = s.TypeFor(s.text.substr(recipients.back().end, ClauseEnd(s.text, recipients.back().end, s.end) - recipients.back().end), &weak);
      AddPairs(ctx, s, supporters, subject, recipients, type, weak, b);
    }
  }
}

// "<A>向<B>拨付…东西部扶贫协作…资金": funds the words of the clause tie to a programme
// name the pairing too (a city-level relation chapters often state only this way).
void FromFunding(const DocContext& ctx, const SentenceScope& s, Builder* b) {
  for (size_t p = s.Find(kTowards); p != std::string_view::npos; p = s.Find(kTowards, p + 3)) {
    const size_t at = s.begin + p;
    auto recipients = PartnersAfter(s.text, *s.places, at + 3, s.end);
    if (recipients.empty() || recipients.size() > 1 || !recipients[0].place) continue;
    const size_t verb = recipients.back().end;
    bool funds = false;
    for (std::string_view v : {"拨付", "投入", "划拨", "下达"}) funds = funds || s.text.compare(verb, v.size(), v) == 0;
    if (!funds) continue;
    const size_t clause_end = ClauseEnd(s.text, verb, s.end);
    std::string_view rest = s.text.substr(verb, clause_end - verb);
    if (!Contains(rest, "资金")) continue;
    bool loose = false;
    std::string type = TypeOfPhrase(rest, &loose);
    if (type.empty()) continue;
    Subject subject = SubjectBefore(s.text, *s.places, s.begin, at);
    if (subject.kind == Subject::Kind::kOther) continue;
    std::vector<Ref> supporters = Supporters(ctx, s, subject, /*typed_verb=*/false);
    if (supporters.size() != 1) continue;
    AddPairs(ctx, s, supporters, subject, recipients, type, loose, b);
  }
}

// "我市甲县、乙县作为全省重点帮扶县，分别与丙区、丁市结对": units of the home city that the
// sentence calls the aided side (帮扶县, 受援县) before 与 receive from the places after it.
// Adds those pairings and returns true; false when the sentence says no such thing.
bool ReceivedWith(const DocContext& ctx, const SentenceScope& s, size_t with, const std::vector<Partner>& partners,
                  std::string_view rest, Builder* b) {
  static constexpr std::array<std::string_view, 5> kAidedSide = {"帮扶县", "受援县", "被帮扶", "受帮扶", "帮扶对象"};
  const std::string_view before = s.text.substr(s.begin, with - s.begin);
  if (std::none_of(kAidedSide.begin(), kAidedSide.end(), [&](std::string_view w) { return Contains(before, w); }))
    return false;
  // The home's units named before 与, none of them after the aided-side word.
  std::vector<Ref> aided;
  size_t last_end = s.begin;
  for (const auto& m : *s.places) {
    if (m.begin < s.begin || m.end > with) continue;
    if (!m.resolved() || !ctx.InHome(m.code) || m.code == ctx.home_code) return false;
    aided.push_back(PlaceRef(m));
    last_end = m.end;
  }
  const std::string_view lead = s.text.substr(last_end, with - last_end);
  if (aided.empty() ||
      std::none_of(kAidedSide.begin(), kAidedSide.end(), [&](std::string_view w) { return Contains(lead, w); }))
    return false;
  std::vector<Ref> supporters;
  for (const auto& p : partners) {
    if (!p.place || !p.place->resolved() || p.place->code.size() < 4 || HomeSide(ctx, p.place->code)) return false;
    supporters.push_back(PlaceRef(*p.place));
  }
  bool weak = false;
  std::string type = s.TypeFor(rest, &weak);
  const bool each = Contains(lead, "分别");
  if (each && aided.size() == supporters.size()) {
    for (size_t i = 0; i < aided.size(); ++i) b->AddReceived(supporters[i], aided[i], type, s.passage, weak);
  } else if (aided.size() == 1) {
    for (const Ref& sup : supporters) b->AddReceived(sup, aided[0], type, s.passage, weak);
  } else if (supporters.size() == 1) {
    for (const Ref& rec : aided) b->AddReceived(supporters[0], rec, type, s.passage, weak);
  }
  return true;
}

// "<A>(分别)与<B>…结对/开展结对帮扶/结成对子/的东西部扶贫协作任务": the clause after the
// partners names the relation.
void FromWith(const DocContext& ctx, const SentenceScope& s, Builder* b) {
  for (size_t p = s.Find(kWith); p != std::string_view::npos; p = s.Find(kWith, p + 3)) {
    const size_t with = s.begin + p;
    const size_t after = with + std::string_view("与").size();
    if (s.text.substr(after, 6) == "共同") continue;  // "A与B共同在C…": partners supporting C
    if (IsWordBefore(s.text, with, "参") || IsWordBefore(s.text, with, "给")) continue;  // 参与, 给与
    auto recipients = PartnersAfter(s.text, *s.places, after, s.end);
    std::vector<PlaceMention> named;
    ResolveListedNames(ctx, &recipients, &named);
    if (recipients.empty()) continue;
    const size_t tail = recipients.back().end;
    if (s.text.substr(tail, 6) == "共同") continue;
    std::string_view rest = s.text.substr(tail, ClauseEnd(s.text, tail, s.end) - tail);
    // "(甲市)开展与乙区的区县协作": a verb taking the relation as its object stands between
    // the subject and 与.
    size_t subject_end = with;
    for (std::string_view verb : {"开展", "深化", "加强", "推进", "推动", "做好", "巩固", "拓展"})
      if (IsWordBefore(s.text, with, verb)) subject_end = with - verb.size();
    Subject subject = SubjectBefore(s.text, *s.places, s.begin, subject_end);
    if (subject.kind == Subject::Kind::kOther) continue;
    if (ReceivedWith(ctx, s, with, recipients, rest, b)) continue;
    // The relation is named right after the partners, or (with the supporter named right
    // before 与) anywhere in a sentence about pairing.
    // "甲区与乙县共建产业园": building something together, right after the partners, pairs them.
    const bool named_here = NamesPairing(rest) || StartsWith(rest, "共建");
    const bool named_in_sentence = subject.kind == Subject::Kind::kNamed && subject.adjacent &&
                                   !s.SentenceType().empty() && NamesPairing(s.text.substr(s.begin, s.end - s.begin));
    if (!named_here && !named_in_sentence) continue;
    std::vector<Ref> supporters = Supporters(ctx, s, subject, /*typed_verb=*/false);
    if (supporters.empty()) continue;
    bool weak = false;
    std::string type = s.TypeFor(rest, &weak);
    AddPairs(ctx, s, supporters, subject, recipients, type, weak, b);
  }
}

// "<A>与<B>共同在<place>…": A and B together support the place.
void FromTogether(const DocContext& ctx, const SentenceScope& s, Builder* b) {
  size_t together = s.Find(kTogetherIn);
  if (together == std::string_view::npos) return;
  bool weak = false;
  std::string type = s.TypeFor("", &weak);
  if (weak) return;
  size_t at = s.begin + together + std::string_view("共同在").size();
  auto heads = ChainHeads(s.text, *s.places, at, s.end);
  if (heads.empty() || !heads[0]->resolved() || HomeSide(ctx, heads[0]->code) ||
      !StripSpaces(s.text.substr(at, heads[0]->begin - at)).empty())
    return;
  const PlaceMention* recipient = heads[0];
  for (const auto* m : ChainHeads(s.text, *s.places, s.begin, s.begin + together))
    if (m->resolved() && DocContext::LevelOf(m->code) <= 3) b->Add(PlaceRef(*m), PlaceRef(*recipient), type, s.passage);
}

// "承担<places>…结对帮扶 / 对口帮扶": the home city takes the places on.
void FromTakingOn(const DocContext& ctx, const SentenceScope& s, Builder* b) {
  std::string_view sentence = s.text.substr(s.begin, s.end - s.begin);
  size_t take = s.Find(kTakeOn);
  if (take == std::string_view::npos) return;
  // 帮扶 is a scan word (the head of 帮扶 itself).
  const std::vector<std::string_view>& words = SentenceScanWords().words;
  const size_t help = static_cast<size_t>(std::find(words.begin(), words.end(), std::string_view("帮扶")) - words.begin());
  size_t pair_word = help < words.size() ? s.Find(help, take) : FindWord(sentence, "帮扶", take);
  if (pair_word == std::string_view::npos) return;
  bool weak = false;
  std::string type = s.TypeFor("", &weak);
  if (weak) return;
  Ref home = HomeRef(ctx);
  for (const auto* m : ChainHeads(s.text, *s.places, s.begin + take, s.begin + pair_word))
    if (m->resolved() && m->code.size() >= 4 && !HomeSide(ctx, m->code)) b->Add(home, PlaceRef(*m), type, s.passage);
}

// "<A>—<B>" place pairs (乙县—甲区山海协作产业园, 甲高新区(甲区)—乙县): the side
// inside the home city supports the other.
void FromDashes(const DocContext& ctx, const SentenceScope& s, size_t first_place, Builder* b) {
  const auto& places = *s.places;
  for (size_t i = first_place; i + 1 < places.size(); ++i) {
    const auto& a = places[i];
    const auto& c = places[i + 1];
    if (a.begin >= s.end) break;
    if (a.begin < s.begin || c.end > s.end || !a.resolved() || !c.resolved()) continue;
    std::string_view raw_gap = s.text.substr(a.end, c.begin - a.end);
    // "甲市·乙州东西部扶贫协作联席会议": a middle dot pairs two places when the programme's name
    // follows right after them (not "甲市·乙州·丙州展销会", a list).
    const bool dotted =
        (raw_gap == "·" || raw_gap == "・" || raw_gap == "•") && StartsWithTypeWord(s.text.substr(c.end, s.end - c.end));
    // Every dash below contains one of these: most gaps are skipped without a copy.
    if (!dotted && raw_gap.find('-') == std::string_view::npos && raw_gap.find("—") == std::string_view::npos &&
        raw_gap.find("–") == std::string_view::npos)
      continue;
    std::string gap = StripSpaces(raw_gap);
    // "X(A)—B": A in parentheses names the division behind a zone's name.
    if (StartsWith(gap, ")") && a.begin > 0 && s.text[a.begin - 1] == '(') gap = gap.substr(1);
    if (!dotted && gap != "—" && gap != "-" && gap != "——" && gap != "–") continue;
    bool a_home = HomeSide(ctx, a.code), c_home = HomeSide(ctx, c.code);
    // A pair of two outside places whose one side has a namesake in the home city ("乙镇—丙县"
    // where a partner county has a 乙镇 too): the home's own is meant.
    std::string a_namesake, c_namesake;
    if (!a_home && !c_home) {
      a_namesake = HomeNamesake(ctx, a);
      if (a_namesake.empty()) c_namesake = HomeNamesake(ctx, c);
      a_home = !a_namesake.empty();
      c_home = !c_namesake.empty();
    }
    if (a_home == c_home) continue;
    const PlaceMention& sup = a_home ? a : c;
    const PlaceMention& rec = a_home ? c : a;
    const std::string& namesake = a_home ? a_namesake : c_namesake;
    // The words right after the pair name the programme (…山海协作产业园, …对口合作…).
    bool weak = false;
    std::string t = s.TypeFor(s.text.substr(c.end, std::min<size_t>(36, s.end - c.end)), &weak);
    Ref sup_ref = !namesake.empty()      ? Ref{Ref::Kind::kPlace, namesake, sup.surface}
                  : ctx.InHome(sup.code) ? PlaceRef(sup)
                                         : HomeRef(ctx);
    b->Add(sup_ref, PlaceRef(rec), t, s.passage, weak, /*from_pair=*/true);
  }
}

// The names a table cell lists, split at 、，；/ (spaces removed); the whole cell when it lists
// one.
std::vector<std::string> CellItems(std::string_view cell) {
  std::vector<std::string> items;
  std::string current;
  const std::string stripped = StripSpaces(cell);
  std::string_view rest(stripped);
  for (size_t i = 0; i < rest.size(); i += CharLen(rest, i)) {
    const std::string_view ch = CharAt(rest, i);
    if (ch == "、" || ch == "，" || ch == "," || ch == "；" || ch == ";" || ch == "/") {
      if (!current.empty()) items.push_back(std::move(current));
      current.clear();
    } else {
      current += ch;
    }
  }
  if (!current.empty()) items.push_back(std::move(current));
  return items;
}

// "甲区、乙新区—丙县：…": several units of the home side before one dash, the partner after
// it. (A single place before the dash is FromDashes' case.)
void FromListBeforeDash(const DocContext& ctx, const SentenceScope& s, Builder* b) {
  const auto& places = *s.places;
  const std::string_view sentence = s.text.substr(s.begin, s.end - s.begin);
  for (size_t d = FindWord(sentence, "—"); d != std::string_view::npos; d = FindWord(sentence, "—", d + 3)) {
    const size_t dash = s.begin + d;
    size_t after = dash + std::string_view("—").size();
    while (s.text.compare(after, 3, "—") == 0) after += 3;  // ——
    const PlaceMention* rec = nullptr;
    for (const auto& m : places)
      if (m.begin == after && m.resolved() && !HomeSide(ctx, m.code)) rec = &m;
    if (!rec) continue;
    // The items before the dash, back to the last mark that is no list mark.
    size_t list_begin = s.begin;
    for (size_t i = s.begin; i < dash; i += CharLen(s.text, i)) {
      const std::string_view ch = CharAt(s.text, i);
      if (IsPunct(ch) && ch != "、" && ch != "(" && ch != ")") list_begin = i + ch.size();
    }
    std::vector<Ref> supporters;
    bool all_units = true;
    size_t item_begin = list_begin;
    while (item_begin < dash && all_units) {
      size_t item_end = FindWord(s.text.substr(0, dash), "、", item_begin);
      if (item_end == std::string_view::npos) item_end = dash;
      const std::string item = StripSpaces(s.text.substr(item_begin, item_end - item_begin));
      const PlaceMention* place = nullptr;
      for (const auto& m : places)
        if (m.begin >= item_begin && m.end <= item_end && m.resolved() && HomeSide(ctx, m.code) &&
            StripSpaces(s.text.substr(m.begin, m.end - m.begin)) == item)
          place = &m;
      if (place) {
        supporters.push_back(PlaceRef(*place));
      } else if (IsUnitName(item)) {
        supporters.push_back(Ref{Ref::Kind::kMention, item, item});
      } else {
        all_units = false;
      }
      item_begin = item_end + std::string_view("、").size();
    }
    if (!all_units || supporters.size() < 2) continue;
    bool weak = false;
    const std::string type = s.TypeFor(s.text.substr(rec->end, std::min<size_t>(36, s.end - rec->end)), &weak);
    for (const Ref& sup : supporters) b->Add(sup, PlaceRef(*rec), type, s.passage, weak, /*from_pair=*/true);
  }
}

// A header of a column of numbers: a unit in brackets ("资金(万元)", "项目(个)") or a word that
// names an amount or a count.
bool IsMeasureHeader(std::string_view h) {
  return ContainsAny(h, {"(万元)", "(亿元)", "(元)", "(个)", "(人)", "(人次)", "(名)", "(项)", "资金", "金额", "项目数", "人数"});
}

void FromTables(const DocContext& ctx, Builder* b) {
  const auto& doc = *ctx.doc;
  const std::string chapter_type = PairingTypeOf(doc.title);
  for (const auto& table : doc.tables) {
    int type_col = -1, recipient_col = -1, supporter_col = -1;
    for (size_t c = 0; c < table.header.size(); ++c) {
      const std::string& h = table.header[c];
      // The kind of relation first: "帮扶类型" names types, not the helping side.
      if (ContainsAny(h, {"关系", "类型", "形式", "类别", "方式"})) {
        if (type_col < 0) type_col = static_cast<int>(c);
      } else if (ContainsAny(h, {"受援", "受帮扶", "被帮扶", "受扶", "结对地", "对口地区", "协作地区", "协作县", "协作市", "协作州", "受助"})) {
        if (recipient_col < 0) recipient_col = static_cast<int>(c);
      } else if (IsMeasureHeader(h)) {
        // "财政帮扶资金(万元)", "帮扶项目(个)": a column of numbers, whatever its words.
      } else if (ContainsAny(h, {"支援", "帮扶", "援助", "派出", "结对单位", "责任单位", "援建"}) ||
                 StartsWith(h, "结对")) {  // 结对区, 结对县: the home side's units
        if (supporter_col < 0) supporter_col = static_cast<int>(c);
      }
    }
    // A header of two places ("甲市 | 乙市"), the home side's and a partner's, heads the
    // columns of their units.
    if (recipient_col < 0 && supporter_col < 0 && table.header.size() == 2) {
      gazetteer::ResolveContext rc;
      rc.home_code = ctx.home_code;
      const PlaceMention left = ctx.matcher->Resolve(StripSpaces(table.header[0]), rc);
      const PlaceMention right = ctx.matcher->Resolve(StripSpaces(table.header[1]), rc);
      if (left.resolved() && right.resolved() && HomeSide(ctx, left.code) != HomeSide(ctx, right.code)) {
        supporter_col = HomeSide(ctx, left.code) ? 0 : 1;
        recipient_col = 1 - supporter_col;
      }
    }
    if (recipient_col < 0 || supporter_col < 0) continue;
    std::string section_type = PairingTypeOf(table.section);
    if (section_type.empty()) section_type = PairingTypeOf(table.title);
    // A heading that names two programmes ("对口支援和省内对口帮扶…情况") types no row: the
    // prose says which pair is which.
    const bool heading_types_weakly =
        NamesTwoProgrammes(table.section) || (PairingTypeOf(table.section).empty() && NamesTwoProgrammes(table.title));
    std::string last_type = section_type;
    std::string last_recipient;
    size_t passage = table.passage_index;
    for (size_t r = 0; r < table.rows.size(); ++r) {
      const auto& row = table.rows[r];
      auto cell = [&](int c) -> std::string_view {
        return c >= 0 && static_cast<size_t>(c) < row.size() ? std::string_view(row[c]) : std::string_view();
      };
      std::string_view type_cell = cell(type_col), recipient_cell = cell(recipient_col), supporter_cell = cell(supporter_col);
      std::string type = PairingTypeOf(type_cell);
      gazetteer::ResolveContext rc;
      rc.home_code = ctx.home_code;
      // A cell in the relation column that is a place, not a relation, means the row slid one
      // column to the left (a merged cell in the original layout): read it shifted.
      if (type.empty() && !IsBlank(type_cell)) {
        PlaceMention shifted = ctx.matcher->Resolve(type_cell, rc);
        if (shifted.resolved() && !HomeSide(ctx, shifted.code)) {
          if (!IsBlank(recipient_cell)) supporter_cell = recipient_cell;
          recipient_cell = type_cell;
        }
      }
      if (type.empty()) type = last_type;
      last_type = type;
      if (IsBlank(recipient_cell) || IsBlank(supporter_cell)) continue;
      // The relation cell's own places ("对口支援(重庆万州区)") disambiguate the recipients.
      for (const auto& m : ctx.matcher->FindAll(type_cell, rc))
        if (m.resolved()) rc.nearby_codes.push_back(m.code);
      if (!last_recipient.empty()) rc.nearby_codes.push_back(last_recipient);
      gazetteer::ResolveContext home_rc;
      home_rc.home_code = ctx.home_code;
      home_rc.nearby_codes = {ctx.home_code};
      // A cell may list several units ("甲区、乙区"): every one of them pairs with every one
      // listed on the other side. The supporters, read in the home's context alone, are
      // resolved once for all the row's recipients.
      std::vector<Ref> supporters;
      for (const std::string& supporter_name : CellItems(supporter_cell)) {
        PlaceMention supporter = ctx.matcher->Resolve(supporter_name, home_rc);
        // Supporters are the home city's own units: a lone far-away match is a local name.
        if (supporter.resolved() && ctx.IsStray(supporter.code) && !ctx.SpellsOutAncestor(supporter))
          supporter.code.clear();
        supporters.push_back(supporter.resolved() ? PlaceRef(supporter)
                                                  : Ref{Ref::Kind::kMention, supporter_name, supporter_name});
      }
      for (const std::string& recipient_name : CellItems(recipient_cell)) {
        PlaceMention recipient = ctx.matcher->Resolve(recipient_name, rc);
        if (recipient.resolved()) last_recipient = recipient.code;
        Ref rec = recipient.resolved() ? PlaceRef(recipient) : Ref{Ref::Kind::kMention, recipient_name, recipient_name};
        for (const Ref& sup : supporters) {
          if (type.empty())
            b->Add(sup, rec, chapter_type, passage, /*weak_type=*/true);
          else
            b->Add(sup, rec, type, passage, /*weak_type=*/heading_types_weakly && type == section_type);
        }
      }
    }
  }
}

void FromProse(const DocContext& ctx, Builder* b) {
  const auto& doc = *ctx.doc;
  const std::string chapter_type = PairingTypeOf(doc.title);
  for (size_t pi = 0; pi < doc.passages.size(); ++pi) {
    const auto& passage = doc.passages[pi];
    if (passage.kind == document::PassageKind::kTable) continue;
    const auto& places = ctx.passages[pi].places;
    SentenceScope s;
    s.text = passage.text;
    s.places = &places;
    s.passage = pi;
    s.entry_title = passage.entry_title;
    // A chapter without sections of its own has its title as the section: that says the
    // type only weakly (chapter_type), as the chapter title does.
    if (passage.section != doc.title) s.section_title = passage.section;
    s.chapter_type = chapter_type;
    const bool places_sorted = ctx.passages[pi].places_sorted;
    // Where a scan word may start: found in the Extractor's scan of the passage, else here.
    std::vector<size_t> scanned;
    const std::vector<size_t>& stops =
        ctx.passage_word_stops ? (*ctx.passage_word_stops)[pi] : (scanned = FactWordStops(passage.text));
    for (const Range& r : ctx.passages[pi].sentences) {
      s.Reset(r.begin, r.end, stops);
      FromVerbs(ctx, s, b);
      FromWith(ctx, s, b);
      FromFunding(ctx, s, b);
      FromTogether(ctx, s, b);
      FromTakingOn(ctx, s, b);
      // Places sorted by start (the usual case) are searched from the sentence's first one.
      size_t first_place = 0;
      if (places_sorted)
        first_place = std::lower_bound(places.begin(), places.end(), r.begin,
                                       [](const PlaceMention& m, size_t pos) { return m.begin < pos; }) -
                      places.begin();
      FromDashes(ctx, s, first_place, b);
      FromListBeforeDash(ctx, s, b);
    }
  }
}

// The words that name a pairing type, in the order of precedence PairingTypeOf applies.
// 对口帮扶 (a province's in-province programme) comes last: many chapters use the words for
// any of the others, so it only names the type where nothing else does.
constexpr std::array<std::string_view, 12> kTypeWords = {
    "山海协作", "东西部", "扶贫协作", "对口合作", "对口支援", "援疆", "援藏", "援青", "援川", "援黔", "援滇", "对口帮扶"};
constexpr std::array<const char*, 12> kTypeOfWord = {
    "山海协作", "东西部扶贫协作", "东西部扶贫协作", "对口合作", "对口支援", "对口支援",
    "对口支援", "对口支援", "对口支援", "对口支援", "对口支援", "对口帮扶"};

// Words other programmes borrow: 援滇/援黔 are said of 东西部扶贫协作 as often as of
// 对口支援, 援川 of both, 对口帮扶 of all of them. They name a type only weakly.
constexpr std::array<bool, 12> kLooseWord = {false, false, false, false, false, false,
                                             false, false, true,  true,  true,  true};

static_assert(kTypeWords.size() == kTypeOfWord.size() && kTypeWords.size() == kLooseWord.size());

bool StartsWithTypeWord(std::string_view text) {
  for (std::string_view w : kTypeWords)
    if (text.starts_with(w)) return true;
  return false;
}

std::string TypeOfPhrase(std::string_view phrase, bool* loose) {
  // One pass over the phrase noting which type words occur (a sentence is scanned once, not
  // once per word); then the first word in precedence order decides.
  static const WordStarts kStarts(kTypeWords);
  size_t best = kTypeWords.size();
  for (size_t pos = kStarts.Next(phrase, 0); pos < phrase.size() && best > 0; pos = kStarts.Next(phrase, pos + 3)) {
    const uint32_t starting_here = kStarts.At(phrase, pos);
    for (size_t i = 0; i < best; ++i)
      if ((starting_here >> i & 1) && words::At(phrase, pos, kTypeWords[i])) {
        best = i;
        break;
      }
  }
  if (loose) *loose = best < kTypeWords.size() && kLooseWord[best];
  return best < kTypeWords.size() ? kTypeOfWord[best] : "";
}

bool NamesSeveralTypes(std::string_view title) {
  std::string_view first;
  for (size_t i = 0; i < kTypeWords.size(); ++i) {
    if (kLooseWord[i] || !Contains(title, kTypeWords[i])) continue;
    if (first.empty()) first = kTypeOfWord[i];
    else if (first != kTypeOfWord[i]) return true;
  }
  return false;
}

bool NamesTwoProgrammes(std::string_view heading) {
  std::string_view first;
  for (size_t i = 0; i < kTypeWords.size(); ++i) {
    if (!Contains(heading, kTypeWords[i])) continue;
    if (first.empty()) first = kTypeOfWord[i];
    else if (first != kTypeOfWord[i]) return true;
  }
  return false;
}

}  // namespace

std::string PairingTypeOf(std::string_view phrase) { return TypeOfPhrase(phrase, nullptr); }

const std::vector<std::string_view>& PairingScanWords() { return SentenceScanWords().words; }

// "二、对口支援" then "（一）乙省丙县": an entry titled by a partner under a section that names
// the type states the pairing by the layout alone.
void FromHeadings(const DocContext& ctx, Builder* b) {
  const auto& doc = *ctx.doc;
  for (size_t pi = 0; pi < doc.passages.size(); ++pi) {  // the Builder keeps the first of repeats
    const std::string& code = ctx.passages[pi].title_partner;
    if (code.empty()) continue;
    std::string type = PairingTypeOf(doc.passages[pi].section);
    if (!type.empty()) b->Add(HomeRef(ctx), {Ref::Kind::kPlace, code, ctx.NameOf(code)}, type, pi);
  }
}

void ExtractPairings(const DocContext& ctx, std::vector<Pairing>* out) {
  Builder b(ctx);
  FromTables(ctx, &b);
  FromProse(ctx, &b);
  FromHeadings(ctx, &b);
  b.Finish(out);
}

}  // namespace duikou::extract::internal
