#include "extract/figure_extractor.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <optional>
#include <string_view>
#include <unordered_map>

#include "extract/figure_recipient.h"
#include "extract/figure_subject.h"
#include "extract/quantity.h"
#include "extract/text_util.h"
#include "extract/word_starts.h"

namespace duikou::extract::internal {

namespace {

struct Cue {
  std::string_view word;
  std::string_view metric;  // empty: a cue that says "this number is something else"
};

// A fixed list of words looked for in the many short stretches around figures: one walk over
// a stretch (WordStarts) instead of one search per word. Every word starts with a Chinese
// character.
class AnyOf {
 public:
  AnyOf(std::initializer_list<std::string_view> words) : words_(words), starts_(words_) {}
  // True when `text` holds one of the words.
  bool In(std::string_view text) const {
    for (size_t pos = starts_.Next(text, 0); pos < text.size(); pos = starts_.Next(text, pos + 3))
      for (uint32_t maybe = starts_.At(text, pos); maybe != 0; maybe &= maybe - 1)
        if (words::At(text, pos, words_[std::countr_zero(maybe)])) return true;
    return false;
  }

 private:
  std::vector<std::string_view> words_;
  WordStarts starts_;
};

// Money: the nearest of these before the amount decides the metric.
const std::vector<Cue> kMoneyCues = {
    {"捐赠", "DonationCNY"}, {"捐助", "DonationCNY"}, {"捐资", "DonationCNY"}, {"捐款", "DonationCNY"},
    {"慰问金", "DonationCNY"}, {"善款", "DonationCNY"}, {"签约金额", "InvestmentCNY"}, {"签约总金额", "InvestmentCNY"}, {"签约额", "InvestmentCNY"}, {"协议金额", "InvestmentCNY"}, {"销售额", "SalesCNY"}, {"成交额", "SalesCNY"}, {"交易额", "SalesCNY"}, {"销售", "SalesCNY"}, {"帮销", "SalesCNY"}, {"助销", "SalesCNY"}, {"采购", "SalesCNY"},
    {"购买", "SalesCNY"}, {"消费扶贫", "SalesCNY"}, {"消费", "SalesCNY"}, {"投资额", "InvestmentCNY"}, {"投资", "InvestmentCNY"},
    {"基础设施", "InvestmentCNY"},  // "园区基础设施累计投入4.6亿元": what is built is invested
    {"资金", "FundsCNY"}, {"基金", "FundsCNY"}, {"补助", "FundsCNY"}, {"经费", "FundsCNY"},
    {"援助", "FundsCNY"}, {"自筹", "FundsCNY"}, {"价值", "~gift"}, {"物资", "~gift"}, {"产值", ""}, {"增加值", ""},
    {"税收", ""}, {"收入", ""}, {"增收", ""}, {"收益", ""}, {"分红", ""}, {"返利", ""}, {"利润", ""}, {"营业额", ""}, {"总值", ""}, {"GDP", ""},
    {"贷款", ""}};

// An amount per head, household or village ("户均增收3200元", "人均补助500元", "村均投入150万元")
// is a rate, not a reported total.
const AnyOf kPerHeadCues = {"户均", "人均", "每人", "每户", "村均", "每村"};

// Persons (人/名/位) and person-times (人次).
const std::vector<Cue> kPersonCues = {
    {"干部", "CadresSent"}, {"人才", "TalentsSent"}, {"专业技术人员", "TalentsSent"}, {"教师", "TalentsSent"},
    {"老师", "TalentsSent"}, {"医生", "TalentsSent"}, {"专家", "TalentsSent"}, {"医务人员", "TalentsSent"},
    {"医护人员", "TalentsSent"}, {"医疗队员", "TalentsSent"}, {"骨干", "TalentsSent"}, {"就业", "Jobs"},
    {"培训", "Trainees"}, {"贫困", ""}, {"游客", ""}, {"学生", ""}, {"党员", ""}, {"儿童", ""}, {"患者", ""}};

// After a number of persons: they come to be trained ("35人来绍挂职进修"), not to train.
const AnyOf kTraineeCues = {"进修", "跟岗", "跟班", "接受培训", "参加培训", "参训"};
const AnyOf kSendCues = {"选派", "派出", "派遣", "选送", "派驻"};
// Words that mark the persons of a sentence as ones sent to the partner even without a
// sending verb: counts of the cadres serving there ("在岗援疆党政干部21名", "援藏干部人才中,有
// 党政干部48人", "组团式教育援藏教师60名"). Only a count written right after its noun is read so.
const AnyOf kServingCues = {"在岗", "援疆", "援藏", "援青", "援川", "援黔", "援滇", "援陇",
                                                   "援桂", "援渝", "援甘", "援鄂", "支教", "支医", "组团式"};
// After a count of persons received from the partner ("接收乙县选派的80名干部到甲区挂职锻炼"):
// they come to learn, so they are trainees even though someone sent them.
const std::vector<std::string_view> kReceivingCues = {"接收", "接受"};
const AnyOf kPlacementCues = {"挂职", "跟岗", "锻炼", "学习", "进修"};
// What a receiving side's own cadres go to the supporter for when they go to learn.
const AnyOf kLearningCues = {"学习", "跟岗", "进修", "培训"};
// Words that make the persons of a clause trainees or visitors, never persons sent.
const AnyOf kNotSentCues = {"培训", "轮训", "接收", "接受", "来访", "考察", "学习"};
// Words after a count of persons that break a total down by duration ("其中12个月以上37人"),
// and population nouns that break it down by kind of person ("就业4150人,其中建档立卡贫困
// 劳动力1260人"): only the latter is a figure of the total's metric.
const std::vector<std::string_view> kPopulationNouns = {"劳动力", "农民工", "务工人员", "人口", "群众"};
const std::vector<std::string_view> kGiftCues = {"捐"};
// Verbs of visiting: the projects they take in are someone else's ("察看帮扶项目47个").
const AnyOf kVisitCues = {"察看", "考察", "参观", "观摩", "视察"};
// After 出资 N元: what makes the outlay a gift (an endowed fund, aid) rather than a stake.
const AnyOf kEndowmentCues = {"基金", "捐", "资助", "助学", "慈善"};

// The metric (or unit) of the last figure of each unit kind. A kind once looked up counts as
// seen, even with an empty value, as with std::map::operator[]: the rules below depend on it.
// (A map per sentence cost a node allocation per kind and per copy.) The values are views:
// metrics are the rules' own words, units those of the passage's quantities.
class ByKind {
 public:
  bool Has(UnitKind kind) const { return seen_[Index(kind)]; }
  std::string_view& operator[](UnitKind kind) {
    seen_[Index(kind)] = true;
    return values_[Index(kind)];
  }
  // As a ByKind just made: no kind seen.
  void Clear() { *this = ByKind(); }

 private:
  static size_t Index(UnitKind kind) { return static_cast<size_t>(kind); }
  static constexpr size_t kKinds = static_cast<size_t>(UnitKind::kOther) + 1;
  std::array<std::string_view, kKinds> values_{};
  std::array<bool, kKinds> seen_{};
};

// Nearest cue (largest end position, then the longest) in `window`; nullptr when none.
// Walks back from the end one character at a time and compares cue words only where one
// of them could end.
const Cue* NearestCue(std::string_view window, const std::vector<Cue>& cues) {
  struct Index {
    CharSet last_chars;
    std::array<bool, 256> last_bytes{};  // a character whose last byte is none of these ends no cue
    // The cues ending in each character, in list order: only those are compared.
    std::unordered_map<char32_t, std::vector<const Cue*>> by_last_char;
  };
  const auto index = [](const std::vector<Cue>& list) {
    Index idx;
    for (const Cue& c : list) {
      const std::string_view last = c.word.substr(PrevChar(c.word, c.word.size()));
      idx.last_chars.Add(last);
      idx.last_bytes[static_cast<unsigned char>(c.word.back())] = true;
      idx.by_last_char[CodePoint(last)].push_back(&c);
    }
    return idx;
  };
  static const Index money = index(kMoneyCues);
  static const Index persons = index(kPersonCues);
  const Index& idx = &cues == &kMoneyCues ? money : persons;
  size_t end = window.size();
  while (end > 0) {
    size_t prev = end - 1;  // PrevChar(window, end), in place: this walk runs for most figures
    while (prev > 0 && (static_cast<unsigned char>(window[prev]) & 0xC0) == 0x80) --prev;
    if (idx.last_bytes[static_cast<unsigned char>(window[end - 1])] &&
        idx.last_chars.Contains(window.substr(prev, end - prev))) {
      const Cue* best = nullptr;
      for (const Cue* c : idx.by_last_char.at(CodePoint(window.substr(prev, end - prev))))
        if (words::EndsAt(window, end, c->word) && (!best || c->word.size() > best->word.size())) best = c;
      if (best) return best;
    }
    end = prev;
  }
  return nullptr;
}

// `s` without parenthesized asides: "社会援助资金(物资)" reads as 社会援助资金. Most windows have
// no parenthesis at all and are returned as they are; otherwise the result is built in
// *storage, which the view returned points into.
bool HasAside(std::string_view s) {
  return s.find('(') != std::string_view::npos || words::Find(s, "（") != std::string_view::npos;
}

std::string_view WithoutAsides(std::string_view s, std::string* storage) {
  if (!HasAside(s)) return s;
  std::string& out = *storage;
  out.clear();
  out.reserve(s.size());
  int depth = 0;
  for (size_t i = 0; i < s.size(); i += CharLen(s, i)) {
    std::string_view ch = CharAt(s, i);
    if (ch == "(" || ch == "（") ++depth;
    else if ((ch == ")" || ch == "）") && depth > 0) --depth;
    else if (depth == 0) out.append(ch);
  }
  return out;
}

// True when every 计划 in `own` is 原计划 ("在原计划基础上增加安排资金…"): the amount is added to
// the plan, not planned.
bool OnlyAsOriginalPlan(std::string_view own) {
  for (size_t p = FindWord(own, "计划"); p != std::string_view::npos; p = FindWord(own, "计划", p + 6))
    if (p < 3 || own.compare(p - 3, 3, "原") != 0) return false;
  return true;
}

// The qualifier of a figure. `own` is the text before the number back to the clause start or
// the previous count or amount (durations such as 5年 in "计划5年内完成总投资" do not cut it);
// `since_last` reaches back over clauses to the previous figure of the sentence, for the words
// that qualify a whole enumeration ("全年累计帮助销售…12705吨,销售额3.26亿元"); `inherited`
// is the plan status of the previous figure of the sentence, which funds take over
// ("实施计划内项目4个,投入资金1275万元").
std::string Qualifier(std::string_view own, std::string_view since_last, std::string_view inherited,
                      std::string_view metric, const Quantity& q) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 12> kOwnQualifiers = {{
      {"计划内", "计划内"}, {"计划外", "计划外"}, {"协议", "协议"}, {"到位", "到位"},
      {"实际", "实际"}, {"累计", "累计"}, {"计划", "计划"}, {"拟", "计划"},
      // A five-year plan's total ("“十三五”总投资") sums the years of the plan.
      {"十一五", "累计"}, {"十二五", "累计"}, {"十三五", "累计"}, {"十四五", "累计"}}};
  // Which of the words (and, after them, 签约 and 签订) `own` holds, found in one walk over it.
  constexpr size_t kSigned = kOwnQualifiers.size();  // 签约; 签订 follows
  static const std::array<std::string_view, kOwnQualifiers.size() + 2> kOwnWords = [] {
    std::array<std::string_view, kOwnQualifiers.size() + 2> words;
    for (size_t i = 0; i < kOwnQualifiers.size(); ++i) words[i] = kOwnQualifiers[i].first;
    words[kSigned] = "签约";
    words[kSigned + 1] = "签订";
    return words;
  }();
  static const WordStarts kOwnStarts(kOwnWords);
  uint32_t held = 0;
  for (size_t pos = kOwnStarts.Next(own, 0); pos < own.size(); pos = kOwnStarts.Next(own, pos + 3))
    for (uint32_t rest = kOwnStarts.At(own, pos) & ~held; rest != 0; rest &= rest - 1)
      if (words::At(own, pos, kOwnWords[std::countr_zero(rest)])) held |= uint32_t{1} << std::countr_zero(rest);
  for (size_t i = 0; i < kOwnQualifiers.size(); ++i) {
    const auto& [word, qualifier] = kOwnQualifiers[i];
    if ((held >> i & 1) && !(word == "计划" && OnlyAsOriginalPlan(own))) return std::string(qualifier);
  }
  // An amount signed for ("签约金额85.6亿元", "签订…1.2亿元"); a number of projects signed
  // ("签订合作项目11个") is just a count.
  if (metric.ends_with("CNY") && (held >> kSigned & 3) != 0) return "协议";
  for (std::string_view word : {"累计", "计划内", "计划外"})
    if (Contains(since_last, word)) return std::string(word);
  if (metric == "FundsCNY" && !inherited.empty()) return std::string(inherited);
  return q.approx;
}

// Where a breakdown item led by a place starts ("其中甲市3.2亿元、乙市1.8亿元",
// "其中赴乙省11人、赴丙区7人", "其中,甲县21个、6400万元", "其中甲区向乙县拨付900万元"): the text
// between the previous quantity (or the clause start) and the number is, apart from separators,
// 其中 and one verb of going, nothing but a chain of places (or a giver 向 a partner and a verb
// of giving). Returns the chain's start, or npos when [begin, number) is
// anything else.
size_t PlaceLedItem(std::string_view text, size_t begin, size_t number,
                    const std::vector<gazetteer::PlaceMention>& places) {
  size_t p = begin;
  for (bool skipped = true; skipped && p < number;) {
    skipped = false;
    // "其中安排乙镇1100万元": a verb of allotting before the place leads the item too.
    for (std::string_view lead : {"，", ",", "、", "：", ":", " ", "其中", "赴", "到", "在", "安排", "拨付", "用于"})
      if (text.compare(p, lead.size(), lead) == 0 && p + lead.size() <= number) {
        p += lead.size();
        skipped = true;
        break;
      }
  }
  if (p >= number) return std::string_view::npos;
  auto it = std::lower_bound(places.begin(), places.end(), p,
                             [](const gazetteer::PlaceMention& m, size_t pos) { return m.begin < pos; });
  size_t end = p;
  for (; it != places.end() && it->begin == end && it->resolved(); ++it) end = it->end;
  if (end > p && end < number && text.compare(end, 3, "向") == 0) {
    // "其中甲区向乙县拨付900万元": a giver, its partner and a verb of giving.
    size_t chain = end + 3, after = chain;
    for (; it != places.end() && it->begin < chain; ++it) {}
    for (; it != places.end() && it->begin == after && it->resolved(); ++it) after = it->end;
    if (after == chain) return std::string_view::npos;
    for (std::string_view verb : {"拨付", "投入", "安排", "下达"})
      if (text.compare(after, verb.size(), verb) == 0) {
        end = after + verb.size();
        break;
      }
  }
  while (end < number && text[end] == ' ') ++end;
  return end > p && end == number ? p : std::string_view::npos;
}

// True when a place outside the home city is named in [begin, end): where persons received
// go ("接收…干部10人到乙县挂职" is a partner receiving the home's cadres).
bool NamesPlaceOutsideHome(const DocContext& ctx, const std::vector<gazetteer::PlaceMention>& places, size_t begin,
                           size_t end) {
  auto it = std::lower_bound(places.begin(), places.end(), begin,
                             [](const gazetteer::PlaceMention& m, size_t pos) { return m.begin < pos; });
  for (; it != places.end() && it->end <= end; ++it)
    if (it->resolved() && !ctx.InHome(it->code)) return true;
  return false;
}

// True when `after` (the rest of a count's clause) is a short noun phrase ending in 项目:
// "45个产业和民生项目", "9个协作项目。" A longer phrase, or one going on after 项目 (项目区,
// 项目村), counts something else.
bool CountOfProjectsFollows(std::string_view after) {
  size_t p = FindWord(after.substr(0, std::min<size_t>(after.size(), 8 * 3 + 6)), "项目");
  if (p == std::string_view::npos) return false;
  std::string_view between = after.substr(0, p);
  for (size_t i = 0; i < between.size(); i += CharLen(between, i))
    if (IsPunct(CharAt(between, i))) return false;
  // "围绕四个领域确定年度项目": a verb in between makes the count another noun's.
  if (ContainsAny(between, {"确定", "实施", "开展", "建设", "推进", "谋划", "安排", "围绕", "申报", "储备"})) return false;
  std::string_view rest = after.substr(p + std::string_view("项目").size());
  // "6个项目现场签约", "9个项目落地": what happened to the projects counted.
  for (std::string_view done : {"现场签约", "集中签约", "签约", "落地", "开工", "竣工", "投产", "建成"})
    if (StartsWith(rest, done)) return true;
  return rest.empty() || IsPunct(CharAt(rest, 0));
}

// True when the persons counted before [begin, end) go to the receiving end's opposite to learn:
// in a supporter's chapter they come to the home city ("…20人来甲市学习", "…名干部到甲市挂职",
// 甲市 the home city or a place in it); in a receiving side's chapter the home's own cadres go
// to a supporter to learn ("我市选派30名干部到乙省挂职学习"; posted there to work, "赴乙市挂职
// 锻炼", they are cadres sent), while the supporters' come to the home to serve.
bool ComesToHome(const DocContext& ctx, const std::vector<gazetteer::PlaceMention>& places, std::string_view text,
                 size_t begin, size_t end) {
  size_t p = begin;
  while (p < end && text[p] == ' ') ++p;
  if (text.compare(p, 3, "来") == 0) return !ctx.receiving_side;
  auto it = std::lower_bound(places.begin(), places.end(), begin,
                             [](const gazetteer::PlaceMention& m, size_t pos) { return m.begin < pos; });
  for (; it != places.end() && it->end <= end; ++it) {
    if (!it->resolved() || it->begin < begin + 3) continue;
    const std::string_view verb = text.substr(it->begin - 3, 3);
    if (verb == "来" || verb == "到" || verb == "赴") {
      if (!ctx.receiving_side) return ctx.InHome(it->code);
      return !ctx.InHome(it->code) && kLearningCues.In(text.substr(it->end, end - it->end));
    }
  }
  return false;
}

}  // namespace

void ExtractFigures(const DocContext& ctx, const std::vector<Pairing>& pairings, std::vector<Figure>* out) {
  const auto& doc = *ctx.doc;
  const FigureRecipients recipients(ctx, pairings);
  const FigureSubjects subjects(ctx);
  for (size_t pi = 0; pi < doc.passages.size(); ++pi) {
    const auto& passage = doc.passages[pi];
    if (passage.kind == document::PassageKind::kTable) continue;
    const std::string& text = passage.text;
    std::string_view tv(text);
    std::vector<Quantity> quantities =
        ctx.passage_numerals ? FindQuantities(tv, (*ctx.passage_numerals)[pi]) : FindQuantities(tv);
    if (quantities.empty()) continue;
    // The metrics of the previous sentence: a sentence that opens with 其中 breaks them down.
    ByKind previous_sentence_metric, previous_sentence_unit;
    // Quantities in the order of their numbers (the usual case) are visited from the first one
    // in each sentence on, up to the sentence's end, rather than all of them for each sentence.
    const bool in_order = std::is_sorted(quantities.begin(), quantities.end(), [](const Quantity& a, const Quantity& b) {
      return a.number_begin < b.number_begin;
    });
    size_t first_in_sentence = 0;
    for (const Range& sentence : ctx.passages[pi].sentences) {
      if (in_order)
        while (first_in_sentence < quantities.size() && quantities[first_in_sentence].number_begin < sentence.begin)
          ++first_in_sentence;
      const bool opens_with_parts = StartsWith(tv.substr(sentence.begin, sentence.end - sentence.begin), "其中");
      // A sentence without a number passes on what it took over, nothing otherwise. (Most
      // sentences have none: they are passed over without the work below.)
      if (in_order && (first_in_sentence == quantities.size() ||
                       quantities[first_in_sentence].number_begin >= sentence.end)) {
        if (!opens_with_parts) {
          previous_sentence_metric.Clear();
          previous_sentence_unit.Clear();
        }
        continue;
      }
      // The metric of the last figure of each unit kind: a number with no cue of its own
      // continues that enumeration, unless a breakdown ("其中…") started since.
      ByKind last_metric;
      ByKind last_unit;  // of the last figure of each unit kind (个, 家 …)
      if (opens_with_parts) {
        last_metric = previous_sentence_metric;
        last_unit = previous_sentence_unit;
      }
      size_t last_figure_end = sentence.begin;
      // Where the sentence says 其中 (a breakdown follows): found once, since the rules below
      // ask about it for every number, and most sentences have none.
      std::vector<size_t> parts_marks;
      for (size_t p = FindWord(tv.substr(0, sentence.end), "其中", sentence.begin); p != std::string_view::npos;
           p = FindWord(tv.substr(0, sentence.end), "其中", p + 1))
        parts_marks.push_back(p);
      // The first 其中 that lies wholly in [begin, end), or npos.
      const auto parts_in = [&](size_t begin, size_t end) {
        for (size_t p : parts_marks)
          if (p >= begin && p + std::string_view("其中").size() <= end) return p;
        return std::string_view::npos;
      };
      // The stretches of the sentence read below without their asides: most sentences have
      // none, and then each stretch is read as it is.
      const bool sentence_has_asides = HasAside(tv.substr(sentence.begin, sentence.end - sentence.begin));
      const auto asides_in = [&](std::string_view stretch, std::string* storage) {
        return sentence_has_asides ? WithoutAsides(stretch, storage) : stretch;
      };
      // The clause start found for the previous number of the sentence, and what bounded it.
      struct {
        size_t floor = std::string_view::npos, number = std::string_view::npos, begin = 0;
      } last_clause;
      size_t prev_end = sentence.begin;
      size_t prev_counted_end = sentence.begin;  // end of the previous quantity that is no duration or weight
      std::string plan_status;                   // 计划内/计划外 of the previous figure
      bool previous_cumulative = false;          // the previous figure is a running total (累计)
      std::string total_qualifier;               // of the last figure that is no breakdown item
      for (size_t qi = in_order ? first_in_sentence : 0; qi < quantities.size(); ++qi) {
        const Quantity& q = quantities[qi];
        if (in_order && q.number_begin >= sentence.end) break;
        if (q.number_begin < sentence.begin || q.number_begin >= sentence.end) continue;
        if (q.kind == UnitKind::kOther) {  // years, tons, sessions: never a figure
          prev_end = q.end;
          continue;
        }
        // The entry heading kept in the text ("【人才与劳务】…") is no part of the clause.
        const size_t body = ctx.passages[pi].body_start;
        const size_t floor = q.begin >= body ? std::max(sentence.begin, body) : sentence.begin;
        // The clause start of the previous figure's number, when the same floor bounds both, is
        // the answer unless a clause break stands between the two numbers: only that stretch
        // is searched (a sentence's numbers are many, its clauses long).
        size_t clause_begin;
        if (last_clause.floor == floor && last_clause.number != std::string_view::npos && last_clause.number >= floor &&
            last_clause.number <= q.begin) {
          const size_t since = ClauseStart(tv, q.begin, last_clause.number);
          clause_begin = since == last_clause.number ? last_clause.begin : since;
        } else {
          clause_begin = ClauseStart(tv, q.begin, floor);
        }
        last_clause = {floor, q.begin, clause_begin};
        size_t window_begin = std::max(clause_begin, prev_end);
        std::string window_storage, clause_storage;
        const std::string_view window = asides_in(tv.substr(window_begin, q.begin - window_begin), &window_storage);
        // The window without spaces, made once and only when a rule asks for it.
        std::optional<std::string> stripped_window;
        auto bare_window = [&]() -> const std::string& {
          if (!stripped_window) stripped_window = StripSpaces(window);
          return *stripped_window;
        };
        const std::string_view clause = asides_in(tv.substr(clause_begin, q.begin - clause_begin), &clause_storage);
        std::string_view before = tv.substr(sentence.begin, q.begin - sentence.begin);
        size_t clause_end = ClauseEnd(tv, q.end, sentence.end);
        std::string_view after = tv.substr(q.end, clause_end - q.end);
        prev_end = q.end;
        size_t own_begin = std::max(clause_begin, prev_counted_end);
        prev_counted_end = q.end;
        const bool breakdown = parts_in(last_figure_end, q.begin) != std::string_view::npos;
        bool may_continue = !breakdown;
        std::string_view continued = may_continue && last_metric.Has(q.kind) ? last_metric[q.kind] : "";

        std::string_view metric;  // one of the rules' own words
        // A breakdown item led by a place takes its total's metric, and that place.
        size_t item_begin = std::string_view::npos;
        // Counts break their total down only in its own measure word ("项目30个,其中甲县18个";
        // not "企业15家,其中甲县8家" after a count of projects).
        if (last_metric.Has(q.kind) && (q.kind != UnitKind::kCount || last_unit[q.kind] == q.unit) &&
            parts_in(sentence.begin, q.begin) != std::string_view::npos)
          item_begin = PlaceLedItem(tv, window_begin, q.begin, ctx.passages[pi].places);
        if (item_begin != std::string_view::npos) metric = last_metric[q.kind];
        else switch (q.kind) {
          case UnitKind::kMoney: {
            if (kPerHeadCues.In(window)) break;  // a rate, even in an enumeration
            const Cue* cue = NearestCue(window, kMoneyCues);
            if (!cue && !continued.empty()) {
              metric = continued;
              break;
            }
            if (!cue) cue = NearestCue(clause, kMoneyCues);
            // "援助资金中，安排甲县1.38亿元、乙县1.26亿元": a topic clause ending in 中 names what
            // the amounts after it are.
            if (!cue && clause_begin > sentence.begin) {
              const std::string topic = StripSpaces(tv.substr(sentence.begin, clause_begin - sentence.begin));
              if (EndsWith(topic, "中,") || EndsWith(topic, "中，")) cue = NearestCue(topic, kMoneyCues);
            }
            // "捐款捐物支持乙州，折合逾1200万元": a clause that only sums up takes the cue of the
            // sentence before it.
            if (!cue && StartsWith(bare_window(), "折合")) cue = NearestCue(before, kMoneyCues);
            // "出资300万元，在乙县设立助学基金": what the outlay founds may follow in the next clause.
            const std::string_view founds = tv.substr(q.end, std::min<size_t>(sentence.end - q.end, 20 * 3));
            if (!cue && EndsWith(bare_window(), "出资") && kEndowmentCues.In(founds)) {
              metric = "DonationCNY";  // 出资1500万元设立…教育基金
              break;
            }
            // (A rate was ruled out above: the window is the same.)
            if (cue) {
              metric = cue->metric;
              bool giving = ContainsAny(window, kGiftCues) || ContainsAny(clause, kGiftCues);
              if (metric == "FundsCNY" && giving) metric = "DonationCNY";
              // "资金和物资折合2100万元": funds and goods together, not a gift, are still funds.
              if (metric == "~gift")
                metric = ContainsAny(before, kGiftCues) ? "DonationCNY" : Contains(window, "资金") ? "FundsCNY" : "";
              // "协议投资46.5亿元，(其中)到位资金19.3亿元": the part of an investment that arrived
              // is investment. (After no investment in its sentence, "到位资金" is read as
              // written: funds.)
              if (metric == "FundsCNY" && Contains(window, "到位资金") && last_metric[q.kind] == "InvestmentCNY")
                metric = "InvestmentCNY";
            }
            break;
          }
          case UnitKind::kCount: {
            const std::string& w = bare_window();
            // 新技术新项目 are a hospital's new procedures, not projects.
            // Projects visited ("实地察看帮扶项目47个") are not projects carried out.
            if (EndsWith(w, "项目") && !EndsWith(w, "新技术新项目") && !EndsWith(w, "新技术、新项目") &&
                !kVisitCues.In(w))
              metric = "ProjectCount";
            else if (q.unit == "个" && CountOfProjectsFollows(after))
              metric = "ProjectCount";  // "用于45个产业和民生项目", "等9个协作项目"
            // "在甲县实施项目71个、在乙县实施66个": the next item of the enumeration, its noun left out.
            else if (continued == "ProjectCount" && StartsWith(w, "、") && last_unit[q.kind] == q.unit)
              metric = "ProjectCount";
            break;
          }
          case UnitKind::kPersons:
          case UnitKind::kPersonTimes: {
            bool persons = q.kind == UnitKind::kPersons;
            // "62名党政干部中有41名在…任职": a count just given, named again to break it down by
            // post or place, and its parts: neither is reported anew.
            if (EndsWith(bare_window(), "中有")) break;
            if (const size_t of = FindWord(after, "中有"); of != std::string_view::npos && CharCount(after.substr(0, of)) <= 8)
              break;
            if (persons && (kTraineeCues.In(after) ||
                            (kPlacementCues.In(after) &&
                             ((ContainsAny(clause, kReceivingCues) &&
                               !NamesPlaceOutsideHome(ctx, ctx.passages[pi].places, q.end, clause_end)) ||
                              ComesToHome(ctx, ctx.passages[pi].places, tv, q.end, clause_end))))) {
              metric = "Trainees";
              break;
            }
            if (!persons && ContainsAny(clause, {"培训"})) {
              metric = "Trainees";
              break;
            }
            if (breakdown && (last_metric[q.kind] == "Jobs" || last_metric[q.kind] == "Trainees")) {
              const std::string& w = bare_window();
              bool by_kind = false;
              for (std::string_view noun : kPopulationNouns) by_kind = by_kind || EndsWith(w, noun);
              if (StartsWith(w, "其中") && by_kind) {
                metric = last_metric[q.kind];
                break;
              }
            }
            const Cue* cue = NearestCue(window, kPersonCues);
            // A count written before its noun takes the metric of what follows it in the
            // clause ("组织300名劳动力参加技能培训", "帮助1200名贫困劳动力实现就业").
            if (!cue && persons && Contains(after, "培训")) {
              metric = "Trainees";
              break;
            }
            if (!cue && persons && Contains(after, "就业")) {
              metric = "Jobs";
              break;
            }
            // "…，甲市选派18名干部到乙市挂职": a count with its own sending verb and its noun
            // after it starts anew, whatever the enumeration before it counted.
            if (!cue && persons && kSendCues.In(bare_window())) {
              if (Contains(after.substr(0, 12), "干部")) {
                metric = "CadresSent";
                break;
              }
              if (ContainsAny(after.substr(0, 12), {"医生", "教师", "专家", "人才", "技术"})) {
                metric = "TalentsSent";
                break;
              }
            }
            if (!cue && !continued.empty()) {
              metric = continued;
              break;
            }
            if (!cue) cue = NearestCue(clause, kPersonCues);
            // "为乙州培训技能人才96人": persons trained are trainees, whatever they are called.
            if (cue && (cue->metric == "CadresSent" || cue->metric == "TalentsSent") && persons &&
                ContainsAny(window, {"培训", "轮训"}) && !kSendCues.In(window)) {
              metric = "Trainees";
              break;
            }
            if (cue) {
              metric = cue->metric;
              if ((metric == "CadresSent" || metric == "TalentsSent") && !kSendCues.In(before) &&
                  !(kServingCues.In(before) && EndsWith(bare_window(), cue->word) &&
                    !kNotSentCues.In(clause)))
                metric = {};
            } else if (persons && kSendCues.In(bare_window()) &&
                       ContainsAny(after.substr(0, 12), {"医生", "教师", "专家", "人才", "技术"})) {
              metric = "TalentsSent";  // 选派2位医生赴…
            } else if (persons && kSendCues.In(bare_window()) &&
                       Contains(after.substr(0, 12), "干部")) {
              metric = "CadresSent";  // 选派12名党政干部赴…
            }
            break;
          }
          case UnitKind::kOther:
            break;
        }
        if (metric.empty()) continue;
        last_metric[q.kind] = metric;
        last_unit[q.kind] = q.unit;
        std::string since_last_storage, own_storage;
        const std::string_view since_last =
            asides_in(tv.substr(last_figure_end, q.begin - last_figure_end), &since_last_storage);
        last_figure_end = q.end;

        Figure& f = out->emplace_back();  // built in place: no move of its strings
        f.metric = metric;
        f.value = q.value;
        const std::string_view own_text = asides_in(tv.substr(own_begin, q.begin - own_begin), &own_storage);
        f.qualifier = Qualifier(own_text, since_last, plan_status, metric, q);
        // "累计投入资金9.8亿元,实施项目170个": a running total qualifies the figures coordinated
        // after it, unless they say when they fall (全年, 年内) or break it down (其中).
        if (previous_cumulative && f.qualifier == q.approx && !Contains(own_text, "其中") &&
            !ContainsAny(since_last, {"全年", "年内", "当年", "今年", "本年", "其中"}))
          f.qualifier = "累计";
        // "到位资金2亿元，其中甲市1.2亿元、乙市8000万元": the parts of an arrived or signed
        // total arrived or were signed as well.
        if (item_begin != std::string_view::npos && f.qualifier.empty() &&
            (total_qualifier == "到位" || total_qualifier == "协议"))
          f.qualifier = total_qualifier;
        if (item_begin == std::string_view::npos) total_qualifier = f.qualifier;
        previous_cumulative = f.qualifier == "累计";
        plan_status = f.qualifier == "计划内" || f.qualifier == "计划外" ? f.qualifier : "";
        f.year = ctx.passages[pi].year;
        f.surface = std::string(tv.substr(window_begin, q.end - window_begin));
        f.passage = pi;
        f.subject = subjects.Of(pi, tv, sentence.begin, q.begin);
        // A charity's money ("某慈善总会募集社会帮扶资金…") is given, whatever the words call it.
        if (f.metric == "FundsCNY" && f.subject.kind == Ref::Kind::kOrganization &&
            ContainsAny(f.subject.key, {"慈善", "红十字", "基金会", "公益"}))
          f.metric = "DonationCNY";
        if (item_begin != std::string_view::npos) f.recipient = recipients.NamedIn(pi, item_begin, q.begin);
        if (f.recipient.empty()) {
          // One place in a breakdown that follows (",其中甲县…") is a part of this figure, not
          // its recipient: the figure's enumeration ends where the breakdown starts. (Several
          // places there still say the figure is a total over them.)
          size_t parts = parts_in(clause_end, sentence.end);
          if (parts != std::string_view::npos && recipients.NamedIn(pi, parts, sentence.end).empty())
            parts = std::string_view::npos;
          const size_t enumeration_end = parts == std::string_view::npos ? sentence.end : parts;
          f.recipient = recipients.Of(pi, tv, sentence.begin, enumeration_end, clause_begin,
                                      std::min(clause_end, enumeration_end), window, q.begin, f.metric);
        }
      }
      previous_sentence_metric = std::move(last_metric);
      previous_sentence_unit = std::move(last_unit);
    }
  }
}

}  // namespace duikou::extract::internal
