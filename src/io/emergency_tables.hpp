// Readers of an emergency list (issue 6) and what it is checked against.
//
// The list is three tables — a workbook with the sheets "enterprises", "lines"
// and "measures" (or 企业, 生产线, 减排措施), or a folder with enterprises.csv,
// lines.csv and measures.csv:
//   enterprises  credit_code,name,city,district,industry,grade[,address,lat,lon,
//                guarantee,small_micro,residential_heating,life_service,ule_steel]
//   lines        credit_code,line,so2_t,nox_t,pm_t,vocs_t[,name,capacity,
//                value_added,can_stop_quickly]            (t/day, ≤ 3 decimals)
//   measures     credit_code,line,level,measure[,limit_percent,so2_percent,
//                nox_percent,pm_percent,vocs_percent,detail,meter,outlet,video,gate]
// Flags are 1/0, Y/N or 是/否; levels yellow/orange/red or 黄色/橙色/红色;
// measures stop, limit (with limit_percent), stop-processes (with the four
// percentages), self (A and leading; percentages declared), transport, none.
// Percentages have at most one decimal.
//
// The inventory: city,pollutant,t_per_day[,source], one row per pollutant
// (SO2, NOx, PM, VOCs). The industries: code,name_zh,name_en. The templates:
// industry,grade,level,min_percent ("*" for every industry).
// Every problem names file (and sheet), line and column; a list with any
// problem is refused whole.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "core/status.hpp"
#include "emergency/list.hpp"
#include "emergency/rules.hpp"
#include "io/csv_reader.hpp"
#include "io/file_report.hpp"

namespace lantian::io {

core::Result<emergency::EmergencyList> ReadEmergencyList(const std::string& path,
                                                         std::vector<FileReport>& reports);

emergency::Inventory ReadInventory(CsvReader& reader, FileReport& report);
std::set<std::string> ReadIndustries(CsvReader& reader, FileReport& report);
std::vector<emergency::Template> ReadTemplates(CsvReader& reader, FileReport& report);

}  // namespace lantian::io
