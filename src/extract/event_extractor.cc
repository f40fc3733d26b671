#include "extract/event_extractor.h"

#include <algorithm>
#include <cstdio>
#include <set>
#include <unordered_set>

#include "extract/organizations.h"
#include "extract/persons.h"
#include "extract/text_util.h"
#include "recognize/date_recognizer.h"

namespace duikou::extract::internal {

namespace {

// A date an event can carry: a month at least, and a year (written or the passage's).
// The recognizer also reports bare years ("2020年") and, when the year is unknown, dates
// such as "--06-03"; events skip those.
bool IsEventDate(const recognize::DateMention& d) {
  return d.precision != recognize::DatePrecision::kYear && !d.start.starts_with("-");
}

// The words after a date as a title: without leading punctuation, times of day and further
// dates of the same list ("、3月6日分两批…" -> "分两批…"), at most `max_chars` characters.
std::string Trim(std::string_view s, size_t max_chars) {
  for (bool again = true; again && !s.empty();) {
    again = false;
    std::string_view first = CharAt(s, 0);
    bool opening = first == "“" || first == "‘" || first == "《" || first == "(" || first == "（" || first == "\"";
    if (IsPunct(first) && !opening) {
      s.remove_prefix(CharLen(s, 0));
      again = true;
      continue;
    }
    for (std::string_view w : {"上午", "下午", "晚上", "早上", "晚", "起"})
      if (StartsWith(s, w)) {
        s.remove_prefix(w.size());
        again = true;
      }
    auto dates = recognize::FindDates(s.substr(0, 24), 2000);
    if (!dates.empty() && dates[0].span.begin == 0 && IsEventDate(dates[0])) {
      s.remove_prefix(dates[0].span.end);
      again = true;
    }
  }
  size_t end = 0;
  for (size_t n = 0; end < s.size() && n < max_chars; ++n) end += CharAt(s, end).size();
  return std::string(s.substr(0, end));
}

// True when `s` is nothing but spaces and tabs (StripSpaces(s).empty(), without the copy).
bool OnlySpaces(std::string_view s) {
  for (char c : s)  // a byte loop: find_first_not_of(" \t") calls memchr per byte
    if (c != ' ' && c != '\t') return false;
  return true;
}

// Verbs of a happening: a month-only date inside a sentence dates an event only when its
// clause has one ("…,10月在某市举办展销会", "某加工厂于6月投产"); elsewhere a month says when
// a state held ("截至10月", "1—10月累计").
constexpr std::string_view kHappenings[] = {"举办", "举行", "召开", "投产", "交付", "开业", "签署", "签订", "开工",
                                            "竣工", "落成", "建成", "投用", "投入使用", "启用", "成立", "启动", "揭牌", "开园", "通车"};

// Whether a month-only date at [begin, end) inside a sentence dates the clause's happening:
// it follows a clause break or 于 and the clause names a happening after it.
bool DatesItsClause(std::string_view text, size_t begin, size_t end, size_t sentence_begin) {
  std::string lead = StripSpaces(text.substr(sentence_begin, begin - sentence_begin));
  std::string_view l(lead);
  bool placed = EndsWith(l, ",") || EndsWith(l, "，") || EndsWith(l, ";") || EndsWith(l, "；") || EndsWith(l, "于");
  if (!placed) return false;
  // A plan ("计划于6月建成", "将于9月投产") dates nothing that happened.
  for (std::string_view plan : {"计划于", "拟于", "预计于", "将于", "力争于", "确保于", "争取于"})
    if (EndsWith(l, plan)) return false;
  std::string_view after = text.substr(end, ClauseEnd(text, end) - end);
  if (StartsWith(after, "底") || StartsWith(after, "份") || StartsWith(after, "末") || StartsWith(after, "以来")) return false;
  for (std::string_view verb : kHappenings)
    if (Contains(after, verb)) return true;
  return false;
}

// The day after an ISO date "YYYY-MM-DD" (same form); "" when `date` is no such date.
std::string NextDay(std::string_view date) {
  if (date.size() != 10) return "";
  int y = std::stoi(std::string(date.substr(0, 4))), m = std::stoi(std::string(date.substr(5, 2))),
      d = std::stoi(std::string(date.substr(8, 2)));
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  if (m < 1 || m > 12) return "";
  if (++d > kDays[m - 1] + (m == 2 && leap ? 1 : 0)) d = 1, ++m;
  if (m > 12) m = 1, ++y;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

// A chronicle line (大事记) that opens with 同日/当日, 同月/当月 or 次日 is dated by the line
// before it: the same day, the same month, the day after (after a range, the day after its
// end). Returns false when the passage does not open so or `previous` cannot date it.
bool RelativeDate(std::string_view text, size_t body, const recognize::DateMention& previous,
                  recognize::DateMention* out) {
  while (body < text.size() && text[body] == ' ') ++body;
  static constexpr std::pair<std::string_view, int> kWords[] = {
      {"同日", 0}, {"当日", 0}, {"当天", 0}, {"同月", 1}, {"当月", 1}, {"次日", 2}};
  for (auto [word, kind] : kWords) {
    if (text.compare(body, word.size(), word) != 0) continue;
    const bool day = previous.precision == recognize::DatePrecision::kDay;
    if (previous.start.size() < 7 || previous.start.starts_with("-") || (kind != 1 && !day)) return false;
    if (kind != 2 && !previous.end.empty()) return false;  // a range has no one same day or month
    out->span = {body, body + word.size()};
    out->end.clear();
    out->precision = kind == 1 ? recognize::DatePrecision::kMonth : recognize::DatePrecision::kDay;
    out->start = kind == 0 ? previous.start.substr(0, 10)
                 : kind == 1 ? previous.start.substr(0, 7)
                             : NextDay(previous.end.empty() ? previous.start : previous.end);
    return !out->start.empty();
  }
  return false;
}

// The runs of four characters of a title without punctuation or spaces (援藏干部, 日光温室): two
// titles that share one tell of one happening.
template <typename Visit>
void ForEachPhrase(std::string_view title, const Visit& visit) {
  constexpr size_t kChars = 4;
  for (size_t i = 0; i < title.size(); i += CharLen(title, i)) {
    size_t end = i, n = 0;
    while (end < title.size() && n < kChars && !IsPunct(CharAt(title, end)) && title[end] != ' ') {
      end += CharLen(title, end);
      ++n;
    }
    if (n == kChars && visit(title.substr(i, end - i))) return;
  }
}

}  // namespace

void ExtractEvents(const DocContext& ctx, std::vector<Event>* out) {
  const auto& doc = *ctx.doc;
  std::vector<Event> captions;
  std::set<std::pair<std::string, std::string>> from_entries;
  recognize::DateMention previous;  // the date that opened the last dated passage
  bool has_previous = false;
  for (size_t pi = 0; pi < doc.passages.size(); ++pi) {
    const auto& passage = doc.passages[pi];
    if (passage.kind == document::PassageKind::kTable) continue;
    std::string_view text(passage.text);
    std::set<std::pair<std::string, std::string>> in_passage;
    const auto& sentences = ctx.passages[pi].sentences;
    std::vector<recognize::DateMention> dates =
        ctx.passage_numerals ? recognize::FindDates(text, ctx.passages[pi].year, (*ctx.passage_numerals)[pi])
                             : recognize::FindDates(text, ctx.passages[pi].year);
    if (recognize::DateMention relative; has_previous && RelativeDate(text, ctx.passages[pi].body_start, previous, &relative))
      dates.insert(dates.begin(), std::move(relative));
    // An entry whose lines each open with a date ("重要活动" over a list of days) is a
    // chronicle: each happening is titled by its own words, not by the entry's title.
    size_t dated_lines = 0;
    for (const recognize::DateMention& date : dates)
      if (date.span.begin > 0 && text[date.span.begin - 1] == '\n') ++dated_lines;
    const bool chronicle = dated_lines >= 2;
    for (const recognize::DateMention& date : dates) {
      if (!IsEventDate(date)) continue;
      const Range d{date.span.begin, date.span.end};
      const bool has_day = date.precision == recognize::DatePrecision::kDay;
      size_t sentence_begin = 0, sentence_end = text.size();
      for (const Range& s : sentences)
        if (d.begin >= s.begin && d.begin < s.end) {
          sentence_begin = s.begin;
          sentence_end = s.end;
        }
      // Leading words allowed before a sentence-opening date: "其中,", spaces.
      size_t body = ctx.passages[pi].body_start;
      size_t lead_begin = std::max(sentence_begin, std::min(body, d.begin));
      // (The allowed words are short: a longer lead is not copied to be compared.)
      const std::string_view raw_lead = text.substr(lead_begin, d.begin - lead_begin);
      const bool short_lead = raw_lead.size() - std::count(raw_lead.begin(), raw_lead.end(), ' ') -
                                  std::count(raw_lead.begin(), raw_lead.end(), '\t') <= 9;
      const std::string lead = short_lead ? StripSpaces(raw_lead) : std::string();
      bool opens = short_lead && (lead.empty() || lead == "其中," || lead == "其中，" || lead == "同日," || lead == "此前,");
      bool inner = !has_day && !opens && DatesItsClause(text, d.begin, d.end, sentence_begin);
      if (!has_day && !opens && !inner) continue;
      if (opens && passage.kind != document::PassageKind::kCaption &&
          OnlySpaces(text.substr(std::min(body, d.begin), d.begin - std::min(body, d.begin)))) {
        previous = date;
        has_previous = true;
      }
      if (!in_passage.insert({date.start, date.end}).second) continue;
      Event e;
      e.start_date = date.start;
      e.end_date = date.end;
      e.passage = pi;
      bool opens_passage = OnlySpaces(text.substr(std::min(body, d.begin), d.begin - std::min(body, d.begin)));
      if (opens_passage && !chronicle && !passage.entry_title.empty() && passage.kind != document::PassageKind::kCaption)
        e.title = passage.entry_title;
      else if (inner && EndsWith(StripSpaces(text.substr(sentence_begin, d.begin - sentence_begin)), "于"))
        // "某加工厂于6月投产": the clause's subject is what happened.
        e.title = Trim(std::string(text.substr(ClauseStart(text, d.begin, sentence_begin),
                                               text.rfind("于", d.begin) - ClauseStart(text, d.begin, sentence_begin))) +
                           std::string(text.substr(d.end, ClauseEnd(text, d.end, sentence_end) - d.end)),
                       40);
      else
        e.title = Trim(text.substr(d.end, sentence_end - d.end), 40);
      std::string_view sentence = text.substr(sentence_begin, sentence_end - sentence_begin);
      for (const auto& m : ctx.passages[pi].places) {
        if (m.begin < d.end || m.end > sentence_end || !m.resolved()) continue;
        std::string_view before = text.substr(d.end, m.begin - d.end);
        if (EndsWith(before, "在") || EndsWith(before, "赴") || EndsWith(before, "到") || EndsWith(before, "于")) {
          // The first place gone to; when that is the chapter's own "我州", a venue named inside
          // it after ("到我州考察，在乙市召开…") says more.
          if (e.place.empty() || (StartsWith(e.place.surface, "我") && EndsWith(before, "在") &&
                                  m.code.size() > e.place.key.size() && m.code.starts_with(e.place.key)))
            e.place = {Ref::Kind::kPlace, m.code, m.surface};
        }
      }
      for (const auto& p : FindPersons(sentence, ctx)) e.participants.push_back({Ref::Kind::kPerson, p.name, p.name});
      for (const auto& o : FindOrganizations(sentence, ctx))
        e.participants.push_back({Ref::Kind::kOrganization, o.name, o.surface});
      std::vector<Ref> unique;
      for (auto& r : e.participants)
        if (std::find_if(unique.begin(), unique.end(), [&](const Ref& u) { return u.key == r.key; }) == unique.end())
          unique.push_back(r);
      e.participants = std::move(unique);
      if (passage.kind == document::PassageKind::kCaption) {
        captions.push_back(std::move(e));
      } else {
        from_entries.insert({e.start_date, e.end_date});
        out->push_back(std::move(e));
      }
    }
  }
  for (auto& e : captions)
    if (!from_entries.count({e.start_date, e.end_date})) out->push_back(std::move(e));
  // "7月，援藏干部抵达", "于9月投入使用": a happening an entry dates by its month only is the
  // same one a 大事记 line or a caption dates by its day, when they share words.
  // The phrases of the day-dated titles, by month: each month-only title is looked up once.
  std::set<std::string_view> months;  // of the month-only happenings: few, usually none
  for (const Event& e : *out)
    if (e.start_date.size() == 7 && e.end_date.empty()) months.insert(e.start_date);
  if (months.empty()) return;
  std::unordered_set<std::string> day_phrases;  // "YYYY-MM" + phrase
  for (const Event& e : *out)
    if (e.start_date.size() == 10 && months.count(std::string_view(e.start_date).substr(0, 7)))
      ForEachPhrase(e.title, [&](std::string_view phrase) {
        day_phrases.insert(e.start_date.substr(0, 7) + std::string(phrase));
        return false;
      });
  std::vector<Event> kept;
  kept.reserve(out->size());
  for (auto& e : *out) {
    bool dated_again = false;
    if (e.start_date.size() == 7 && e.end_date.empty() && !day_phrases.empty())
      ForEachPhrase(e.title, [&](std::string_view phrase) {
        return dated_again = day_phrases.count(e.start_date + std::string(phrase)) > 0;
      });
    if (!dated_again) kept.push_back(std::move(e));
  }
  *out = std::move(kept);
}

}  // namespace duikou::extract::internal
