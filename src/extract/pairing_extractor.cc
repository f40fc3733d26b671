#include "extract/pairing_extractor.h"

#include <algorithm>
#include <array>
#include <optional>
#include <set>
#include <tuple>

#include "extract/text_util.h"

namespace duikou::extract::internal {

namespace {

using gazetteer::PlaceMention;

struct Builder {
  const DocContext& ctx;
  std::vector<Pairing>* out;
  std::set<std::tuple<std::string, std::string, std::string>> seen;

  void Add(Ref supporter, Ref recipient, const std::string& type, size_t passage) {
    if (supporter.empty() || recipient.empty() || type.empty()) return;
    if (supporter.key == recipient.key) return;
    if (!seen.insert({supporter.key, recipient.key, type}).second) return;
    Pairing p;
    p.supporter = std::move(supporter);
    p.recipient = std::move(recipient);
    p.type = type;
    p.year = ctx.passages[passage].year;
    p.passage = passage;
    out->push_back(std::move(p));
  }
};

Ref PlaceRef(const PlaceMention& m) {
  if (m.resolved()) return {Ref::Kind::kPlace, m.code, m.surface};
  return {Ref::Kind::kMention, m.surface, m.surface};
}

Ref HomeRef(const DocContext& ctx) {
  if (ctx.home_code.empty()) return {};
  return {Ref::Kind::kPlace, ctx.home_code, ctx.home_name};
}

bool IsBlank(std::string_view cell) {
  std::string s = StripSpaces(cell);
  return s.empty() || s == "—" || s == "-" || s == "——" || s == "/" || s == "无";
}

// True when `code` is the home city or one of its ancestors (浙江 for a Shaoxing book).
bool HomeSide(const DocContext& ctx, const std::string& code) {
  if (ctx.InHome(code)) return true;
  return !ctx.home_code.empty() && ctx.home_code.compare(0, code.size(), code) == 0;
}

// Groups consecutive mentions (nothing but spaces between them) into chains such as
// 贵州省黔西南布依族苗族自治州晴隆县 and returns the most specific mention of each chain.
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

// The place chains listed from `pos` on: "吉林省延边朝鲜族自治州和龙市、新疆库车市和…", joined by
// 、/和/及. Returns the most specific mention of each chain; stops at anything else.
std::vector<const PlaceMention*> ListedChains(std::string_view text, const std::vector<PlaceMention>& places,
                                              size_t pos, size_t limit) {
  std::vector<const PlaceMention*> heads;
  size_t at = pos;
  bool expect_place = true;
  for (const auto& m : places) {
    if (m.begin < pos) continue;
    if (m.end > limit) break;
    std::string gap = StripSpaces(text.substr(at, m.begin - at));
    if (gap.empty() && !expect_place && !heads.empty()) {
      heads.back() = &m;  // the chain goes on
    } else if (gap.empty() && expect_place) {
      heads.push_back(&m);
    } else if (!heads.empty() && (gap == "、" || gap == "和" || gap == "及" || gap == ",")) {
      heads.push_back(&m);
    } else {
      break;
    }
    expect_place = false;
    at = m.end;
  }
  return heads;
}

// The place chains listed right before `pos` ("湖州市吴兴区、南浔区|分别与"), in text order.
std::vector<const PlaceMention*> ChainsBefore(std::string_view text, const std::vector<PlaceMention>& places,
                                              size_t pos, size_t floor) {
  std::vector<const PlaceMention*> heads;
  size_t at = pos;
  for (auto it = places.rbegin(); it != places.rend(); ++it) {
    const auto& m = *it;
    if (m.end > pos) continue;
    if (m.begin < floor) break;
    std::string gap = StripSpaces(text.substr(m.end, at - m.end));
    if (gap.empty() && !heads.empty()) {
      // An enclosing name of the same chain: keep the specific one.
    } else if (gap.empty() || (!heads.empty() && (gap == "、" || gap == "和" || gap == "及"))) {
      heads.push_back(&m);
    } else {
      break;
    }
    at = m.begin;
  }
  std::reverse(heads.begin(), heads.end());
  return heads;
}

void FromTables(const DocContext& ctx, Builder* b) {
  const auto& doc = *ctx.doc;
  for (const auto& table : doc.tables) {
    int type_col = -1, recipient_col = -1, supporter_col = -1;
    for (size_t c = 0; c < table.header.size(); ++c) {
      const std::string& h = table.header[c];
      if (ContainsAny(h, {"受援", "受帮扶", "被帮扶", "受扶", "结对地", "对口地区", "协作地区", "受助"})) {
        if (recipient_col < 0) recipient_col = static_cast<int>(c);
      } else if (ContainsAny(h, {"支援", "帮扶", "援助", "派出", "结对单位", "责任单位", "援建"})) {
        if (supporter_col < 0) supporter_col = static_cast<int>(c);
      } else if (h.find("关系") != std::string::npos || h.find("类型") != std::string::npos ||
                 h.find("形式") != std::string::npos) {
        if (type_col < 0) type_col = static_cast<int>(c);
      }
    }
    if (recipient_col < 0 || supporter_col < 0) continue;
    std::string section_type = PairingTypeOf(table.section);
    std::string last_type = section_type;
    std::string last_recipient;
    size_t passage = table.passage_index;
    for (size_t r = 0; r < table.rows.size(); ++r) {
      const auto& row = table.rows[r];
      auto cell = [&](int c) -> std::string { return c >= 0 && static_cast<size_t>(c) < row.size() ? row[c] : ""; };
      std::string type_cell = cell(type_col), recipient_cell = cell(recipient_col), supporter_cell = cell(supporter_col);
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
      PlaceMention recipient = ctx.matcher->Resolve(StripSpaces(recipient_cell), rc);
      if (recipient.resolved()) last_recipient = recipient.code;
      gazetteer::ResolveContext home_rc;
      home_rc.home_code = ctx.home_code;
      home_rc.nearby_codes = {ctx.home_code};
      PlaceMention supporter = ctx.matcher->Resolve(StripSpaces(supporter_cell), home_rc);
      // Supporters are the home city's own units: a lone far-away match is a local name.
      if (supporter.resolved() && ctx.IsStray(supporter.code) && !ctx.SpellsOutAncestor(supporter))
        supporter.code.clear();
      Ref rec = recipient.resolved() ? PlaceRef(recipient) : Ref{Ref::Kind::kMention, StripSpaces(recipient_cell), recipient_cell};
      Ref sup = supporter.resolved() ? PlaceRef(supporter) : Ref{Ref::Kind::kMention, StripSpaces(supporter_cell), supporter_cell};
      b->Add(sup, rec, type, passage);
    }
  }
}

void FromProse(const DocContext& ctx, Builder* b) {
  const auto& doc = *ctx.doc;
  for (size_t pi = 0; pi < doc.passages.size(); ++pi) {
    const auto& passage = doc.passages[pi];
    if (passage.kind == document::PassageKind::kTable) continue;
    std::string_view text(passage.text);
    const auto& places = ctx.passages[pi].places;
    // The types are only worked out for sentences that need them (most hold no pairing cue).
    std::optional<std::string> section_type;
    const bool places_sorted = std::is_sorted(places.begin(), places.end(), [](const PlaceMention& x, const PlaceMention& y) {
      return x.begin < y.begin;
    });
    for (const Range& s : ctx.passages[pi].sentences) {
      std::string_view sentence = text.substr(s.begin, s.end - s.begin);
      std::optional<std::string> sentence_type;
      auto type = [&]() -> const std::string& {
        if (!sentence_type) sentence_type = PairingTypeOf(sentence);
        if (!sentence_type->empty()) return *sentence_type;
        if (!section_type) section_type = PairingTypeOf(passage.section);
        return *section_type;
      };
      // Subject: the first place of the sentence when it is on the home side, else home.
      Ref subject = HomeRef(ctx);

      // (a) 对口支援<place chains>
      for (size_t p = FindWord(sentence, "对口支援"); p != std::string_view::npos; p = FindWord(sentence, "对口支援", p + 1)) {
        size_t after = s.begin + p + std::string_view("对口支援").size();
        for (const auto* head : ListedChains(text, places, after, s.end))
          if (head->resolved() && head->code.size() >= 4 && !HomeSide(ctx, head->code))
            b->Add(subject, PlaceRef(*head), "对口支援", pi);
      }

      // (e) <home place(s)>(分别)与<partner place(s)> in a sentence about pairing:
      // "湖州市吴兴区与和龙市签订结对协议", "吴兴区、南浔区分别与晴隆县、安龙县结对".
      if (Contains(sentence, "与") && !type().empty() && ContainsAny(sentence, {"结对", "协作", "对口", "帮扶", "援"})) {
        for (size_t p = FindWord(sentence, "与"); p != std::string_view::npos; p = FindWord(sentence, "与", p + 1)) {
          size_t with = s.begin + p;
          size_t after = with + std::string_view("与").size();
          if (text.substr(after, 6) == "共同") continue;
          bool each = with >= 6 && text.substr(with - 6, 6) == "分别";
          auto left = ChainsBefore(text, places, each ? with - 6 : with, s.begin);
          auto right = ListedChains(text, places, after, s.end);
          if (left.empty() || right.empty()) continue;
          // "A与B共同在C…": A and B are partners in supporting C, not a pair.
          if (text.substr(right.back()->end, 6) == "共同") continue;
          auto ok_left = [&](const PlaceMention* m) { return m->resolved() && HomeSide(ctx, m->code) && m->code.size() >= 4; };
          auto ok_right = [&](const PlaceMention* m) { return m->resolved() && !HomeSide(ctx, m->code) && m->code.size() >= 4; };
          if (each && left.size() == right.size() && left.size() > 1) {
            for (size_t i = 0; i < left.size(); ++i)
              if (ok_left(left[i]) && ok_right(right[i])) b->Add(PlaceRef(*left[i]), PlaceRef(*right[i]), type(), pi);
          } else if (left.size() == 1 && ok_left(left[0])) {
            Ref sup = ctx.InHome(left[0]->code) ? PlaceRef(*left[0]) : subject;
            for (const auto* r : right)
              if (ok_right(r)) b->Add(sup, PlaceRef(*r), type(), pi);
          }
        }
      }

      // (b) <A>与<B>共同在<place>…
      size_t together = FindWord(sentence, "共同在");
      if (together != std::string_view::npos && !type().empty()) {
        size_t at = s.begin + together + std::string_view("共同在").size();
        auto heads = ChainHeads(text, places, at, s.end);
        if (!heads.empty() && heads[0]->resolved() && !HomeSide(ctx, heads[0]->code) &&
            StripSpaces(text.substr(at, heads[0]->begin - at)).empty()) {
          const PlaceMention* recipient = heads[0];
          for (const auto* m : ChainHeads(text, places, s.begin, s.begin + together))
            if (m->resolved() && DocContext::LevelOf(m->code) <= 3) b->Add(PlaceRef(*m), PlaceRef(*recipient), type(), pi);
        }
      }

      // (c) 承担<places>…结对帮扶 / 对口帮扶
      size_t take = FindWord(sentence, "承担");
      size_t pair_word = FindWord(sentence, "帮扶", take == std::string_view::npos ? 0 : take);
      if (take != std::string_view::npos && pair_word != std::string_view::npos && !type().empty()) {
        for (const auto* m : ChainHeads(text, places, s.begin + take, s.begin + pair_word))
          if (m->resolved() && m->code.size() >= 4 && !HomeSide(ctx, m->code)) b->Add(subject, PlaceRef(*m), type(), pi);
      }

      // (d) <A>—<B> place pairs. Places sorted by start (the usual case) are searched from the
      // sentence's first one rather than from the passage's.
      size_t first_place = 0;
      if (places_sorted)
        first_place = std::lower_bound(places.begin(), places.end(), s.begin,
                                       [](const PlaceMention& m, size_t pos) { return m.begin < pos; }) -
                      places.begin();
      for (size_t i = first_place; i + 1 < places.size(); ++i) {
        const auto& a = places[i];
        const auto& c = places[i + 1];
        if (places_sorted && a.begin >= s.end) break;  // and so do all later ones
        if (a.begin < s.begin || c.end > s.end || !a.resolved() || !c.resolved()) continue;
        std::string_view raw_gap = text.substr(a.end, c.begin - a.end);
        // Every dash below contains one of these: most gaps are skipped without a copy.
        if (raw_gap.find('-') == std::string_view::npos && raw_gap.find("—") == std::string_view::npos &&
            raw_gap.find("–") == std::string_view::npos)
          continue;
        std::string gap = StripSpaces(raw_gap);
        if (gap != "—" && gap != "-" && gap != "——" && gap != "–") continue;
        bool a_home = HomeSide(ctx, a.code), c_home = HomeSide(ctx, c.code);
        if (a_home == c_home) continue;
        const PlaceMention& sup = a_home ? a : c;
        const PlaceMention& rec = a_home ? c : a;
        // The words right after the pair name the programme (…山海协作产业园, …对口合作…).
        std::string local = PairingTypeOf(text.substr(c.end, std::min<size_t>(36, s.end - c.end)));
        std::string t = local.empty() ? type() : local;
        Ref sup_ref = ctx.InHome(sup.code) ? PlaceRef(sup) : HomeRef(ctx);
        b->Add(sup_ref, PlaceRef(rec), t, pi);
      }
    }
  }
}

}  // namespace

namespace {

// The words that name a pairing type, in the order of precedence PairingTypeOf applies.
constexpr std::array<std::string_view, 11> kTypeWords = {
    "山海协作", "东西部", "扶贫协作", "对口合作", "对口支援", "援疆", "援藏", "援青", "援川", "援黔", "援滇"};
constexpr std::array<const char*, 11> kTypeOfWord = {
    "山海协作", "东西部扶贫协作", "东西部扶贫协作", "对口合作", "对口支援", "对口支援",
    "对口支援", "对口支援", "对口支援", "对口支援", "对口支援"};

static_assert(kTypeWords.size() == kTypeOfWord.size());

}  // namespace

std::string PairingTypeOf(std::string_view phrase) {
  // One pass over the phrase noting which type words occur (a sentence is scanned once, not
  // once per word); then the first word in precedence order decides.
  static const WordStartFilter kStarts(kTypeWords);
  size_t best = kTypeWords.size();
  for (size_t pos = 0; pos < phrase.size() && best > 0; pos += CharLen(phrase, pos)) {
    if (!kStarts.MayStartAt(phrase, pos)) continue;
    for (size_t i = 0; i < best; ++i)
      if (phrase.substr(pos, kTypeWords[i].size()) == kTypeWords[i]) {
        best = i;
        break;
      }
  }
  return best < kTypeWords.size() ? kTypeOfWord[best] : "";
}

void ExtractPairings(const DocContext& ctx, std::vector<Pairing>* out) {
  Builder b{ctx, out, {}};
  FromTables(ctx, &b);
  FromProse(ctx, &b);
}

}  // namespace duikou::extract::internal
