// Reading a table's cells: the unit a column's header gives its numbers, and the one quantity a
// cell holds. Shared by the readers of tables (table_figures.h, table_projects.h).
#pragma once

#include <string>
#include <string_view>

#include "extract/quantity.h"

namespace duikou::extract::internal {

// The unit a header gives its numbers: what its last parentheses hold ("资金(万元)" -> 万元),
// else a unit it ends with ("资金万元"); "" when none.
std::string HeaderUnit(std::string_view header);

// The one quantity a cell holds, read with the header's unit when it writes none; false when
// the cell is anything else (empty, text, two numbers).
bool CellQuantity(std::string_view cell, const std::string& unit, Quantity* out);

}  // namespace duikou::extract::internal
