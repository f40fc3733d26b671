#include "extract/table_projects.h"

#include <algorithm>
#include <string>
#include <string_view>

#include "extract/organizations.h"
#include "extract/table_cells.h"
#include "extract/text_util.h"

namespace duikou::extract::internal {

namespace {

// The columns of a table of projects; -1 where the table has none.
struct ProjectColumns {
  int name = -1, place = -1, funder = -1, money = -1;
};

ProjectColumns ColumnsOf(const document::Table& table) {
  ProjectColumns c;
  for (size_t i = 0; i < table.header.size(); ++i) {
    const std::string h = StripSpaces(table.header[i]);
    const int col = static_cast<int>(i);
    if (c.name < 0 && (Contains(h, "项目名称") || h == "项目" || h == "援建项目" || h == "帮扶项目" || h == "名称"))
      c.name = col;
    else if (c.place < 0 && ContainsAny(h, {"地点", "所在地", "实施地", "建设地", "所在县", "所在乡"}))
      c.place = col;
    else if (c.funder < 0 && ContainsAny(h, {"帮扶单位", "援建单位", "支援方", "援建方", "帮扶方", "支援单位", "结对单位"}))
      c.funder = col;
    else if (c.money < 0 && ContainsAny(h, {"投资", "资金", "金额"}) && !HeaderUnit(h).empty())
      c.money = col;
  }
  return c;
}

bool IsTotalRow(std::string_view name) { return ContainsAny(name, {"合计", "总计", "小计", "总数"}); }

}  // namespace

void ExtractTableProjects(const DocContext& ctx, std::vector<Project>* out) {
  const bool receiving = ctx.receiving_side;
  const std::string& home_unit = ctx.home_county_code.empty() ? ctx.home_code : ctx.home_county_code;
  auto giving = [&](const std::string& code) { return ctx.OnGivingSide(code); };
  for (const auto& table : ctx.doc->tables) {
    const ProjectColumns col = ColumnsOf(table);
    if (col.name < 0) continue;
    const std::string& section_partner = ctx.passages[table.passage_index].section_recipient;
    // Places in a receiving side's table are the home's (its townships); in a supporter's, the
    // section's partner's.
    gazetteer::ResolveContext rc;
    rc.home_code = ctx.home_code;
    if (receiving && !home_unit.empty()) rc.nearby_codes.push_back(home_unit);
    if (!receiving && !section_partner.empty()) rc.nearby_codes.push_back(section_partner);
    for (size_t r = 0; r < table.rows.size(); ++r) {
      const auto& row = table.rows[r];
      auto cell = [&](int c) { return c >= 0 && static_cast<size_t>(c) < row.size() ? StripSpaces(row[c]) : ""; };
      const std::string name = cell(col.name);
      if (CharCount(name) < 3 || IsTotalRow(name) || (r < table.ambiguous.size() && table.ambiguous[r])) continue;
      Project p;
      p.name = name;
      p.passage = table.passage_index;
      // Where: the place column, else the name's most specific receiving-side place.
      if (const std::string where = cell(col.place); !where.empty()) {
        const gazetteer::PlaceMention m = ctx.matcher->Resolve(where, rc);
        if (m.resolved()) p.place = {Ref::Kind::kPlace, m.code, where};
      }
      if (p.place.empty())
        for (const auto& m : ctx.matcher->FindAll(name, rc))
          if (m.resolved() && !giving(m.code) && (p.place.empty() || m.code.size() > p.place.key.size()))
            p.place = {Ref::Kind::kPlace, m.code, m.surface};
      if (p.place.empty()) {
        const std::string& fallback = receiving ? home_unit : section_partner;
        if (!fallback.empty()) p.place = {Ref::Kind::kPlace, fallback, ctx.NameOf(fallback)};
      }
      // Who: the funder column, a place of the giving side or an organization.
      if (const std::string who = cell(col.funder); !who.empty()) {
        gazetteer::ResolveContext who_rc;
        who_rc.home_code = ctx.home_code;
        if (receiving && !ctx.supporter_code.empty()) who_rc.nearby_codes.push_back(ctx.supporter_code);
        const gazetteer::PlaceMention m = ctx.matcher->Resolve(who, who_rc);
        if (m.resolved() && giving(m.code))
          p.funders.push_back({Ref::Kind::kPlace, m.code, who});
        else if (TypeFromName(who) != OrgType::kOther)
          p.funders.push_back({Ref::Kind::kOrganization, NormalizeOrgName(who, ctx), who});
      }
      if (p.funders.empty()) {
        const std::string& side = receiving ? ctx.supporter_code : ctx.home_code;
        if (!side.empty()) p.funders.push_back({Ref::Kind::kPlace, side, ctx.NameOf(side)});
      }
      if (col.money >= 0) {
        Quantity q;
        if (CellQuantity(cell(col.money), HeaderUnit(table.header[col.money]), &q) && q.kind == UnitKind::kMoney)
          p.investment_cny = q.value;
      }
      // The prose reader's shorter name for the same thing ("丙镇甲乙产业园" inside the row's
      // "丙镇甲乙产业园标准化厂房", in the table's text or in a passage that writes the full name)
      // gives way; a name found in full stays as it is.
      bool found = false;
      for (auto it = out->begin(); it != out->end();) {
        if (it->name == p.name) {
          found = true;  // the row completes what the prose left open
          if (it->investment_cny.empty()) it->investment_cny = p.investment_cny;
          if (it->place.empty()) it->place = p.place;
        }
        const bool shorter = it->name != p.name && Contains(p.name, it->name);
        if (shorter && (it->passage == table.passage_index || Contains(ctx.doc->passages[it->passage].text, p.name)))
          it = out->erase(it);
        else
          ++it;
      }
      if (!found) out->push_back(std::move(p));
    }
  }
}

}  // namespace duikou::extract::internal
