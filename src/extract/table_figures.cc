#include "extract/table_figures.h"

#include <string>
#include <string_view>

#include "extract/figure_subject.h"
#include "extract/quantity.h"
#include "extract/table_cells.h"
#include "extract/text_util.h"

namespace duikou::extract::internal {

namespace {

// The metric a header names for numbers of unit kind `kind`, "" when none.
std::string MetricOfHeader(std::string_view h, UnitKind kind) {
  switch (kind) {
    case UnitKind::kMoney:
      if (ContainsAny(h, {"捐赠", "捐款", "捐助"})) return "DonationCNY";
      if (ContainsAny(h, {"销售", "采购", "消费"})) return "SalesCNY";
      if (Contains(h, "资金")) return "FundsCNY";
      if (Contains(h, "投资")) return "InvestmentCNY";
      if (ContainsAny(h, {"援助", "经费", "补助"})) return "FundsCNY";
      return "";
    case UnitKind::kCount:
      return Contains(h, "项目") ? "ProjectCount" : "";
    case UnitKind::kPersons:
    case UnitKind::kPersonTimes:
      if (Contains(h, "培训")) return "Trainees";
      if (Contains(h, "就业")) return "Jobs";
      if (Contains(h, "干部")) return "CadresSent";
      if (ContainsAny(h, {"人才", "教师", "医生", "专家", "技术人员"})) return "TalentsSent";
      return "";
    case UnitKind::kOther:
      break;
  }
  return "";
}

// The year a cell is ("2019年", "2019"), or 0.
int YearCell(std::string_view cell) {
  std::string c = StripSpaces(cell);
  if (EndsWith(c, "年")) c.resize(c.size() - std::string_view("年").size());
  if (c.size() != 4 || !(StartsWith(c, "19") || StartsWith(c, "20"))) return 0;
  for (char ch : c)
    if (!IsAsciiDigit(ch)) return 0;
  return std::stoi(c);
}

std::string HeaderQualifier(std::string_view h) {
  for (std::string_view w : {"计划内", "计划外", "到位", "实际", "协议", "累计", "计划"})
    if (Contains(h, w)) return std::string(w);
  return "";
}

}  // namespace

void ExtractTableFigures(const DocContext& ctx, std::vector<Figure>* out) {
  const FigureSubjects subjects(ctx);
  const size_t prose_count = out->size();
  std::vector<bool> restated(prose_count, false);  // prose figures a table row already matched
  for (const auto& table : ctx.doc->tables) {
    // Columns that count something, with their unit.
    std::vector<std::string> units(table.header.size());
    bool any = false;
    for (size_t c = 0; c < table.header.size(); ++c) {
      units[c] = HeaderUnit(table.header[c]);
      any = any || !MetricOfHeader(table.header[c], UnitKind::kMoney).empty() ||
            !MetricOfHeader(table.header[c], UnitKind::kCount).empty() ||
            !MetricOfHeader(table.header[c], UnitKind::kPersons).empty();
    }
    if (!any) continue;
    const size_t pi = table.passage_index;
    gazetteer::ResolveContext rc;
    rc.home_code = ctx.home_code;
    // Rows that name no place (a row per year) are about the place the table's title names,
    // else the section's partner.
    std::string table_partner;
    for (const auto& m : ctx.matcher->FindAll(table.title, rc)) {
      if (!m.resolved() || ctx.InHome(m.code) || ctx.home_code.starts_with(m.code)) continue;
      if (!table_partner.empty() && !m.code.starts_with(table_partner)) {
        table_partner.clear();
        break;
      }
      table_partner = m.code;
    }
    if (auto it = ctx.section_recipient.find(table.section); table_partner.empty() && it != ctx.section_recipient.end())
      table_partner = it->second;
    for (size_t r = 0; r < table.rows.size(); ++r) {
      const auto& row = table.rows[r];
      // An ambiguous row is read only when its cells still fit the header one to one (a "—"
      // placeholder makes a row ambiguous without moving its cells).
      if (r < table.ambiguous.size() && table.ambiguous[r] && row.size() != table.header.size()) continue;
      // The row's partner: the one place outside the home city its other cells name.
      std::string partner;
      // The row's supporter: the one unit of the supporting side its cells name (a row per
      // district of the home city), else the chapter's.
      std::string supporter;
      bool several_supporters = false;
      auto add_supporter = [&](const std::string& code) {
        if (!supporter.empty() && supporter != code) several_supporters = true;
        supporter = code;
      };
      bool total = false, several = false;
      int year = ctx.passages[pi].year;
      for (size_t c = 0; c < row.size(); ++c) {
        const std::string& cell = row[c];
        if (ContainsAny(cell, {"合计", "总计", "小计", "总数"})) total = true;
        // A year written as such, or under a heading of years ("年份"); 1980 under "资金(万元)"
        // is an amount.
        const bool year_column = c < table.header.size() && Contains(table.header[c], "年") && units[c].empty();
        if (int y = YearCell(cell); y != 0 && (EndsWith(StripSpaces(cell), "年") || year_column)) {
          year = y;  // a row per year: its figures are that year's
          continue;
        }
        Quantity q;
        if (CellQuantity(cell, "", &q) || StripSpaces(cell).empty()) continue;
        if (ctx.receiving_side) {
          // A receiving side's table: the unit of the home city a cell names (the county in a
          // project's name, 乙县丙镇…车间) receives; the other cells name the supporters.
          for (const auto& m : ctx.matcher->FindAll(cell, rc)) {
            if (m.resolved() && !ctx.InHome(m.code) && !ctx.EnclosesHome(m.code)) add_supporter(m.code);
            if (!m.resolved() || m.code == ctx.home_code || !ctx.InHome(m.code)) continue;
            const std::string county = m.code.substr(0, 6);  // 乙县丙镇: the county
            if (!partner.empty() && partner != county) several = true;
            partner = county;
          }
          continue;
        }
        gazetteer::PlaceMention m = ctx.matcher->Resolve(StripSpaces(cell), rc);
        if (m.resolved() && ctx.InHome(m.code) && m.code != ctx.home_code) add_supporter(m.code);
        if (!m.resolved() || ctx.InHome(m.code) || ctx.home_code.starts_with(m.code)) continue;
        if (!partner.empty() && partner != m.code) several = true;
        partner = m.code;
      }
      // A total row is a figure of the table's own scope, the home's (the prose total restating
      // it is the same figure, below).
      if (several || total) partner.clear();
      if (partner.empty())
        partner = !ctx.receiving_side               ? table_partner
                  : ctx.home_county_code.empty() ? ctx.home_code
                                                 : ctx.home_county_code;  // a county's own yearbook
      for (size_t c = 0; c < row.size() && c < table.header.size(); ++c) {
        Quantity q;
        if (!CellQuantity(row[c], units[c], &q)) continue;
        std::string metric = MetricOfHeader(table.header[c], q.kind);
        if (metric.empty()) continue;
        Figure f;
        f.metric = std::move(metric);
        f.value = q.value;
        f.qualifier = HeaderQualifier(table.header[c]);
        if (f.qualifier.empty()) f.qualifier = q.approx;
        f.year = year;
        f.surface = table.header[c] + " " + StripSpaces(row[c]);
        f.passage = pi;
        f.subject = supporter.empty() || several_supporters || total
                        ? subjects.Default()
                        : Ref{Ref::Kind::kPlace, supporter, ctx.NameOf(supporter)};
        if (!partner.empty()) f.recipient = {Ref::Kind::kPlace, partner, ctx.NameOf(partner)};
        // A sentence restating a row ("甲区向乙县投入资金4200万元" beside the row) is that row's
        // figure: one record, the prose's, with the row's partner when the prose named none.
        bool repeat = false;
        for (size_t i = 0; i < prose_count && !repeat; ++i) {
          Figure& prose = (*out)[i];
          if (restated[i] || prose.metric != f.metric || prose.value != f.value || prose.year != f.year) continue;
          restated[i] = repeat = true;
          if (prose.recipient.empty()) prose.recipient = f.recipient;
        }
        if (!repeat) out->push_back(std::move(f));
      }
    }
  }
}

}  // namespace duikou::extract::internal
