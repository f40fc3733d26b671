#include "extract/event_extractor.h"

#include <algorithm>
#include <set>

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
  std::string out;
  size_t n = 0;
  for (size_t i = 0; i < s.size() && n < max_chars; i += CharLen(s, i), ++n) out += std::string(CharAt(s, i));
  return out;
}

// Verbs of a happening: a month-only date inside a sentence dates an event only when its
// clause has one ("…,10月在某市举办展销会", "某加工厂于6月投产"); elsewhere a month says when
// a state held ("截至10月", "1—10月累计").
constexpr std::string_view kHappenings[] = {"举办", "举行", "召开", "投产", "交付", "开业", "签署", "签订",
                                            "开工", "竣工", "落成", "成立", "启动", "揭牌", "开园", "通车"};

// Whether a month-only date at [begin, end) inside a sentence dates the clause's happening:
// it follows a clause break or 于 and the clause names a happening after it.
bool DatesItsClause(std::string_view text, size_t begin, size_t end, size_t sentence_begin) {
  std::string lead = StripSpaces(text.substr(sentence_begin, begin - sentence_begin));
  std::string_view l(lead);
  bool placed = EndsWith(l, ",") || EndsWith(l, "，") || EndsWith(l, ";") || EndsWith(l, "；") || EndsWith(l, "于");
  if (!placed) return false;
  std::string_view after = text.substr(end, ClauseEnd(text, end) - end);
  if (StartsWith(after, "底") || StartsWith(after, "份") || StartsWith(after, "末") || StartsWith(after, "以来")) return false;
  for (std::string_view verb : kHappenings)
    if (Contains(after, verb)) return true;
  return false;
}

}  // namespace

void ExtractEvents(const DocContext& ctx, std::vector<Event>* out) {
  const auto& doc = *ctx.doc;
  std::vector<Event> captions;
  std::set<std::pair<std::string, std::string>> from_entries;
  for (size_t pi = 0; pi < doc.passages.size(); ++pi) {
    const auto& passage = doc.passages[pi];
    if (passage.kind == document::PassageKind::kTable) continue;
    std::string_view text(passage.text);
    std::set<std::pair<std::string, std::string>> in_passage;
    const auto& sentences = ctx.passages[pi].sentences;
    for (const recognize::DateMention& date : recognize::FindDates(text, ctx.passages[pi].year)) {
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
      std::string lead = StripSpaces(text.substr(lead_begin, d.begin - lead_begin));
      bool opens = lead.empty() || lead == "其中," || lead == "其中，" || lead == "同日," || lead == "此前,";
      bool inner = !has_day && !opens && DatesItsClause(text, d.begin, d.end, sentence_begin);
      if (!has_day && !opens && !inner) continue;
      if (!in_passage.insert({date.start, date.end}).second) continue;
      Event e;
      e.start_date = date.start;
      e.end_date = date.end;
      e.passage = pi;
      bool opens_passage = StripSpaces(text.substr(std::min(body, d.begin), d.begin - std::min(body, d.begin))).empty();
      if (opens_passage && !passage.entry_title.empty() && passage.kind != document::PassageKind::kCaption)
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
          e.place = {Ref::Kind::kPlace, m.code, m.surface};
          break;
        }
      }
      for (const auto& p : FindPersons(sentence)) e.participants.push_back({Ref::Kind::kPerson, p.name, p.name});
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
}

}  // namespace duikou::extract::internal
