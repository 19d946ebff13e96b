#include "app/list_check.hpp"

#include <algorithm>

#include "core/embedded.hpp"
#include "io/emergency_tables.hpp"
#include "io/xlsx_reader.hpp"

namespace lantian::embedded {
std::span<const EmbeddedFile> Files_reference_data();
}

namespace lantian::app {
namespace {

template <class T, class Read>
core::Result<T> ReadFile(const std::string& path, std::vector<io::FileReport>& reports, Read read) {
  LANTIAN_ASSIGN_OR_RETURN(io::CsvReader reader, io::OpenTable(path));
  reports.emplace_back(reader.name());
  T out = read(reader, reports.back());
  LANTIAN_RETURN_IF_ERROR(reports.back().ToStatus("nothing was checked"));
  return out;
}

template <class T, class Read>
core::Result<T> ReadBuiltIn(const std::string& name, Read read) {
  auto content = embedded::Find(embedded::Files_reference_data(), name);
  if (!content) return core::Internal("built-in " + name + " is missing");
  return ReadTableText<T>(name, std::string(*content), read);
}

nlohmann::json Tonnes(int64_t units) { return static_cast<double>(units) / 1e6; }  // kg·‰ → t

nlohmann::json Breakdown(const std::map<std::string, emergency::LevelReductions>& by) {
  nlohmann::json out = nlohmann::json::object();
  for (const auto& [key, levels] : by) {
    nlohmann::json k = nlohmann::json::object();
    for (size_t i = 0; i < emergency::kListLevels.size(); ++i) {
      nlohmann::json p = nlohmann::json::object();
      for (auto pollutant : emergency::kPollutants) {
        p[std::string(emergency::PollutantName(pollutant))] =
            Tonnes(levels[i][static_cast<int>(pollutant)]);
      }
      k[std::string(alert::LevelName(emergency::kListLevels[i]))] = p;
    }
    out[key.empty() ? "(none)" : key] = k;
  }
  return out;
}

}  // namespace

core::Result<std::set<std::string>> BuiltInIndustries() {
  return ReadBuiltIn<std::set<std::string>>("industries.csv", io::ReadIndustries);
}

core::Result<emergency::Templates> BuiltInTemplates() {
  LANTIAN_ASSIGN_OR_RETURN(auto rows, ReadBuiltIn<std::vector<emergency::Template>>(
                                          "measure-templates.csv", io::ReadTemplates));
  return emergency::Templates(std::move(rows));
}

core::Result<ListCheckResult> CheckListFiles(const ListCheckFiles& files,
                                             std::vector<io::FileReport>& reports) {
  ListCheckResult r;
  LANTIAN_ASSIGN_OR_RETURN(r.list, io::ReadEmergencyList(files.list, reports));
  LANTIAN_ASSIGN_OR_RETURN(
      r.inventory, (ReadFile<emergency::Inventory>(files.inventory, reports, io::ReadInventory)));
  if (!r.list.city.empty() && r.inventory.city != r.list.city) {
    return core::InvalidInput(files.inventory + ": the inventory is " + r.inventory.city +
                                  "'s, the list " + r.list.city + "'s",
                              "--inventory");
  }
  // A province's own tables add to the built-in industries and replace the
  // built-in templates industry by industry, as stored tables do (list_reference.hpp).
  LANTIAN_ASSIGN_OR_RETURN(std::set<std::string> industries, BuiltInIndustries());
  if (files.industries) {
    LANTIAN_ASSIGN_OR_RETURN(auto own, (ReadFile<std::set<std::string>>(*files.industries, reports,
                                                                        io::ReadIndustries)));
    industries.insert(own.begin(), own.end());
  }
  LANTIAN_ASSIGN_OR_RETURN(emergency::Templates templates, BuiltInTemplates());
  if (files.templates) {
    LANTIAN_ASSIGN_OR_RETURN(auto rows, (ReadFile<std::vector<emergency::Template>>(
                                            *files.templates, reports, io::ReadTemplates)));
    templates = emergency::Templates(emergency::MergeTemplates(templates.rows(), rows));
  }
  r.findings = emergency::ValidateList(r.list, industries, templates);
  r.check = emergency::CheckList(r.list, r.inventory);
  return r;
}

nlohmann::json ListCheckJson(const ListCheckResult& r) {
  nlohmann::json levels = nlohmann::json::object();
  for (const auto& level : r.check.levels) {
    nlohmann::json l = nlohmann::json::object();
    for (auto p : emergency::kPollutants) {
      const auto& c = level.pollutants[static_cast<int>(p)];
      const auto ratio = c.Ratio();
      l[std::string(emergency::PollutantName(p))] = {
          {"base_t", c.BaseT()},
          {"reduction_t", c.ReductionT()},
          {"ratio", ratio ? nlohmann::json(*ratio) : nlohmann::json(nullptr)},
          {"required", c.required_permille / 1000.0},
          {"met", c.Met()},
          {"short_t", c.ShortT()}};
    }
    levels[std::string(alert::LevelName(level.level))] = l;
  }
  nlohmann::json findings = nlohmann::json::array();
  for (const auto& f : r.findings) {
    findings.push_back({{"enterprise", f.enterprise},
                        {"line", f.line},
                        {"rule", f.rule},
                        {"message", f.message},
                        {"sheet", f.sheet},
                        {"row", f.row}});
  }
  return {{"city", r.check.city},
          {"inventory_source", r.inventory.source},
          {"enterprises", r.list.enterprises.size()},
          {"lines", r.list.lines.size()},
          {"measures", r.list.measures.size()},
          {"levels", levels},
          {"findings", findings},
          {"breakdown",
           {{"industry", Breakdown(r.check.by_industry)},
            {"grade", Breakdown(r.check.by_grade)},
            {"district", Breakdown(r.check.by_district)}}}};
}

nlohmann::json OptimizationJson(const emergency::Optimization& o) {
  auto per_pollutant = [](auto value) {
    nlohmann::json j = nlohmann::json::object();
    for (auto p : emergency::kPollutants) {
      j[std::string(emergency::PollutantName(p))] = value(static_cast<int>(p));
    }
    return j;
  };
  nlohmann::json proposals = nlohmann::json::array();
  for (const auto& p : o.proposals) {
    proposals.push_back(
        {{"enterprise", p.enterprise},
         {"line", p.line},
         {"industry", p.industry},
         {"grade", emergency::GradeName(p.grade)},
         {"from_percent", per_pollutant([&](int k) { return p.from_permille[k] / 10.0; })},
         {"to_percent", per_pollutant([&](int k) { return p.to_permille[k] / 10.0; })},
         {"added_t", per_pollutant([&](int k) { return p.added_kg[k] / 1000.0; })},
         {"cost", p.cost},
         {"cost_per_t", p.CostPerTonne()},
         {"costed_by_emissions", p.costed_by_emissions}});
  }
  const int li = std::max(0, emergency::ListLevelIndex(o.level));
  return {{"level", alert::LevelName(o.level)},
          {"needed", o.needed},
          {"feasible", o.feasible},
          {"why", o.why},
          {"total_cost", o.total_cost},
          {"marginal_cost_per_t", per_pollutant([&](int k) {
             return o.marginal_cost_per_t[k] ? nlohmann::json(*o.marginal_cost_per_t[k])
                                             : nlohmann::json(nullptr);
           })},
          {"proposals", proposals},
          {"after", per_pollutant([&](int k) {
             const auto& c = o.after.levels[li].pollutants[k];
             const auto ratio = c.Ratio();
             return nlohmann::json{
                 {"ratio", ratio ? nlohmann::json(*ratio) : nlohmann::json(nullptr)},
                 {"met", c.Met()}};
           })}};
}

}  // namespace lantian::app
