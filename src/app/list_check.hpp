// The emergency-list calculator (issue 6 §3, `lantian list check`): a city's
// list (io/emergency_tables.hpp) checked against the plan's rules
// (emergency/rules.hpp) and against its society-wide inventory
// (emergency/check.hpp). The 39 industries and the measure templates are
// built in (data/industries.csv, data/measure-templates.csv); a province may
// give its own (--industries adds to the 39, --templates replaces the built-in
// rows of the industries it names, as stored province tables do:
// app/list_reference.hpp). No store: the files are the whole input.
#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "emergency/check.hpp"
#include "emergency/optimizer.hpp"
#include "emergency/rules.hpp"
#include "io/csv_reader.hpp"
#include "io/file_report.hpp"

namespace lantian::app {

struct ListCheckFiles {
  std::string list;       // a workbook or a folder of three CSVs
  std::string inventory;  // city,pollutant,t_per_day[,source]
  std::optional<std::string> templates;
  std::optional<std::string> industries;
};

struct ListCheckResult {
  emergency::EmergencyList list;
  emergency::Inventory inventory;
  emergency::ListCheck check;
  std::vector<emergency::Finding> findings;
};

core::Result<ListCheckResult> CheckListFiles(const ListCheckFiles& files,
                                             std::vector<io::FileReport>& reports);

// A table held as text (built in, or stored by a province) read with `read`
// (io/emergency_tables.hpp); its problems as one error.
template <class T, class Read>
core::Result<T> ReadTableText(const std::string& name, std::string content, Read read) {
  io::CsvReader reader = io::CsvReader::FromString(name, std::move(content));
  io::FileReport report(name);
  T out = read(reader, report);
  LANTIAN_RETURN_IF_ERROR(report.ToStatus());
  return out;
}

// The built-in industries and templates.
core::Result<std::set<std::string>> BuiltInIndustries();
core::Result<emergency::Templates> BuiltInTemplates();

// {"city", "levels": {"yellow": {"SO2": {"base_t", "reduction_t", "ratio",
// "required", "met", "short_t"}, …}, …}, "findings": [{"enterprise", "line",
// "rule", "message", "sheet", "row"}], "breakdown": {"industry"|"grade"|
// "district": {key: {level: {pollutant: t}}}}}
nlohmann::json ListCheckJson(const ListCheckResult& r);

// {"level", "needed", "feasible", "why", "total_cost", "marginal_cost_per_t":
// {pollutant: yuan/t}, "proposals": [{"enterprise", "line", "industry",
// "grade", "from_percent", "to_percent", "added_t", "cost", "cost_per_t",
// "costed_by_emissions"}], "after": {pollutant: {ratio, met}}}
nlohmann::json OptimizationJson(const emergency::Optimization& o);

}  // namespace lantian::app
