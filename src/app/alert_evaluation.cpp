#include "app/alert_evaluation.hpp"

#include <fstream>
#include <sstream>

#include "io/alert_tables.hpp"
#include "io/xlsx_reader.hpp"

namespace lantian::app {

core::Result<std::vector<CityEpisode>> EvaluateForecast(const EvaluationFiles& files,
                                                        std::vector<io::FileReport>& reports) {
  alert::AlertRules rules = alert::NationalDefault();
  if (files.rules) {
    std::ifstream in(*files.rules, std::ios::binary);
    if (!in) return core::NotFound("cannot open " + *files.rules, "--rules");
    std::ostringstream text;
    text << in.rdbuf();
    LANTIAN_ASSIGN_OR_RETURN(rules, io::ParseAlertRules(text.str(), *files.rules));
    if (auto s = alert::IsAtLeastAsStrict(rules, alert::NationalDefault()); !s.ok()) {
      return core::InvalidInput(*files.rules + ": " + s.message(), *files.rules + ": " + s.field());
    }
  }
  LANTIAN_ASSIGN_OR_RETURN(io::CsvReader reader, io::OpenTable(files.forecast));
  reports.emplace_back(reader.name());
  auto forecast = io::ReadDailyForecast(reader, reports.back());
  LANTIAN_RETURN_IF_ERROR(reports.back().ToStatus());
  std::vector<CityEpisode> out;
  for (const auto& [city, days] : forecast) {  // std::map: cities in order
    for (const alert::Episode& e : alert::FindEpisodes(days, rules)) out.push_back({city, e});
  }
  return out;
}

}  // namespace lantian::app
