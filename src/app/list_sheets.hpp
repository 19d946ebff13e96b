// Workbooks of emergency lists (issue 6 §5): the template a bureau fills in
// (the three sheets lantian reads, with their columns, and a sheet that says
// what goes in each), and the one-enterprise measure sheet (一厂一策): an
// enterprise's lines and what each does at each alert level, with how it is
// verified, ready to print.
#pragma once

#include <string>

#include "core/status.hpp"
#include "emergency/list.hpp"

namespace lantian::app {

core::Status WriteListTemplate(const std::string& path);

// A whole list in the template's form, so that it reads back as it was: a
// workbook (.xlsx, the sheets enterprises, lines, measures) or, for any other
// path, a folder of enterprises.csv, lines.csv and measures.csv.
core::Status WriteList(const emergency::EmergencyList& list, const std::string& path);

// NotFound when the list has no enterprise with that credit code.
core::Status WriteEnterpriseSheet(const emergency::EmergencyList& list,
                                  const std::string& credit_code, const std::string& path);

}  // namespace lantian::app
