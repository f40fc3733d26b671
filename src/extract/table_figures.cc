#include "extract/table_figures.h"

#include <set>
#include <string>
#include <string_view>

#include "extract/figure_extractor.h"
#include "extract/quantity.h"
#include "extract/text_util.h"

namespace duikou::extract::internal {
namespace {

// A column heading split into the words that name the metric and the unit in parentheses:
// "财政帮扶资金(万元)" -> 财政帮扶资金, 万元.
struct Heading {
  std::string words;
  std::string unit;
};

Heading SplitHeading(std::string_view h) {
  std::string s = StripSpaces(h);
  for (std::string_view open : {"(", "（"}) {
    const size_t at = s.find(open);
    if (at == std::string::npos) continue;
    size_t close = s.find(')', at);
    if (close == std::string::npos) close = s.find("）", at);
    if (close == std::string::npos) close = s.size();
    return Heading{s.substr(0, at), s.substr(at + open.size(), close - at - open.size())};
  }
  return Heading{s, ""};
}

// The one quantity `text` consists of, or false.
bool WholeQuantity(std::string_view text, Quantity* out) {
  const std::vector<Quantity> found = FindQuantities(text);
  if (found.size() != 1 || found[0].end != text.size() || found[0].begin != 0) return false;
  *out = found[0];
  return true;
}

bool IsTotalLabel(std::string_view cell) {
  const std::string s = StripSpaces(cell);
  return s == "合计" || s == "总计" || s == "小计" || s == "共计" || s == "总数";
}

struct Column {
  size_t index = 0;
  std::string metric;  // from the heading; empty: read from each cell's unit
  std::string words;
  std::string unit;    // from the heading; empty: the cells carry theirs
  UnitKind kind = UnitKind::kOther;
};

}  // namespace

void AddTableFigures(const DocContext& ctx, const std::vector<Pairing>& pairings, std::vector<Figure>* figures) {
  std::set<std::string> recipients, supporters;
  for (const Pairing& p : pairings) {
    if (p.recipient.kind == Ref::Kind::kPlace) recipients.insert(p.recipient.key);
    if (p.supporter.kind == Ref::Kind::kPlace) supporters.insert(p.supporter.key);
  }
  const size_t prose_count = figures->size();
  std::vector<bool> restated(prose_count, false);  // prose figures a table row already matched

  for (const document::Table& table : ctx.doc->tables) {
    std::vector<Column> columns;
    for (size_t c = 0; c < table.header.size(); ++c) {
      Heading h = SplitHeading(table.header[c]);
      Column col{c, "", h.words, h.unit, UnitKind::kOther};
      if (!h.unit.empty()) {
        Quantity probe;
        if (!WholeQuantity("1" + h.unit, &probe) || probe.kind == UnitKind::kOther) continue;
        col.kind = probe.kind;
        col.metric = MetricNamed(h.words, col.kind);
        if (col.metric.empty()) continue;
      }
      columns.push_back(std::move(col));
    }
    if (columns.empty()) continue;
    const size_t pi = table.passage_index;
    std::string last_recipient;
    for (size_t r = 0; r < table.rows.size(); ++r) {
      const std::vector<std::string>& row = table.rows[r];
      // The row's parties, from its text cells.
      bool total = false;
      Ref subject, recipient;
      for (size_t c = 0; c < row.size(); ++c) {
        if (IsTotalLabel(row[c])) total = true;
        const std::string name = StripSpaces(row[c]);
        if (name.empty()) continue;
        gazetteer::ResolveContext rc;
        rc.home_code = ctx.home_code;
        if (!last_recipient.empty()) rc.nearby_codes.push_back(last_recipient);
        const gazetteer::PlaceMention m = ctx.matcher->Resolve(name, rc);
        if (!m.resolved() || m.surface.size() != name.size()) continue;
        if (recipient.empty() && recipients.count(m.code)) {
          recipient = {Ref::Kind::kPlace, m.code, m.surface};
        } else if (subject.empty() && supporters.count(m.code)) {
          subject = {Ref::Kind::kPlace, m.code, m.surface};
        }
      }
      if (total) recipient = subject = {};
      if (!recipient.empty()) last_recipient = recipient.key;
      if (subject.empty() && !ctx.home_code.empty()) subject = {Ref::Kind::kPlace, ctx.home_code, ctx.home_name};

      for (const Column& col : columns) {
        if (col.index >= row.size()) continue;
        const std::string cell = StripSpaces(row[col.index]);
        if (cell.empty()) continue;
        Quantity q;
        if (!WholeQuantity(cell + col.unit, &q)) continue;
        std::string metric = col.metric;
        if (col.unit.empty()) metric = MetricNamed(col.words, q.kind);
        else if (q.kind != col.kind) continue;
        if (metric.empty()) continue;
        Figure f;
        f.metric = metric;
        f.value = q.value;
        f.qualifier = q.approx;
        f.year = ctx.passages[pi].year;
        f.surface = cell;
        f.passage = pi;
        f.subject = subject;
        f.recipient = recipient;
        // A row that restates a prose figure is that figure.
        bool repeat = false;
        for (size_t i = 0; i < prose_count && !repeat; ++i) {
          Figure& prose = (*figures)[i];
          if (restated[i] || prose.metric != f.metric || prose.value != f.value || prose.year != f.year) continue;
          restated[i] = repeat = true;
          if (prose.recipient.empty()) prose.recipient = f.recipient;
        }
        if (!repeat) figures->push_back(std::move(f));
      }
    }
  }
}

}  // namespace duikou::extract::internal
