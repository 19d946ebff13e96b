#include "app/alert_evaluation.hpp"

#include <fstream>
#include <map>
#include <sstream>

#include "io/xlsx_reader.hpp"

namespace lantian::app {
namespace {

core::Result<std::string> ReadText(const std::string& path, const std::string& name,
                                   const std::string& field) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return core::NotFound("cannot open " + name, field);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

bool EndsWith(const std::string& s, std::string_view tail) {
  return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

}  // namespace

core::Instant CityEpisode::StartInstant() const {
  if (first_hour) return core::Instant{first_hour->hours * 3600};
  return core::Instant{int64_t{episode.start.days} * 86400};
}

core::Date CityEpisode::FirstDay() const {
  return first_hour ? core::Instant{first_hour->hours * 3600}.date() : episode.start;
}

core::Date CityEpisode::LastDay() const {
  return last_hour ? core::Instant{last_hour->hours * 3600}.date() : episode.end;
}

core::Result<ForecastFile> ReadForecastFile(const TableFile& file,
                                            std::vector<io::FileReport>& reports) {
  ForecastFile out;
  if (EndsWith(file.name, ".json") || EndsWith(file.path, ".json")) {
    LANTIAN_ASSIGN_OR_RETURN(std::string text, ReadText(file.path, file.name, "--forecast"));
    LANTIAN_ASSIGN_OR_RETURN(io::ForecastDocument doc, io::ParseForecastJson(text, file.name));
    out.table = std::move(doc.table);
    out.issuer = std::move(doc.issuer);
    out.issued_at = std::move(doc.issued_at);
    return out;
  }
  LANTIAN_ASSIGN_OR_RETURN(io::CsvReader reader, io::OpenTable(file.path));
  reports.emplace_back(file.name);
  out.table = io::ReadForecastTable(reader, reports.back());
  LANTIAN_RETURN_IF_ERROR(reports.back().ToStatus());
  return out;
}

std::vector<CityEpisode> EpisodesOf(const io::ForecastTable& table,
                                    const alert::AlertRules& rules) {
  std::vector<CityEpisode> out;
  if (table.kind == io::ForecastKind::kDaily) {
    for (const auto& [city, days] : io::DailyByCity(table)) {  // std::map: cities in order
      for (const alert::Episode& e : alert::FindEpisodes(days, rules)) {
        out.push_back({city, e, std::nullopt, std::nullopt});
      }
    }
    return out;
  }
  for (const auto& [city, hours] : io::HourlyByCity(table)) {
    const std::vector<alert::HourlyDay> windows = alert::HourlyDays(hours);
    std::map<int32_t, core::HourStart> first_of;  // day index → the window's first hour
    std::vector<alert::ForecastDay> days;
    for (const auto& w : windows) {
      first_of[w.day.date.days] = w.first;
      days.push_back(w.day);
    }
    for (const alert::Episode& e : alert::FindEpisodes(days, rules)) {
      out.push_back({city, e, first_of.at(e.start.days), first_of.at(e.end.days) + 23});
    }
  }
  return out;
}

core::Result<alert::AlertRules> LoadLocalRules(const std::string& path) {
  LANTIAN_ASSIGN_OR_RETURN(std::string text, ReadText(path, path, "--rules"));
  LANTIAN_ASSIGN_OR_RETURN(alert::AlertRules rules, io::ParseAlertRules(text, path));
  if (auto s = alert::IsAtLeastAsStrict(rules, alert::NationalDefault()); !s.ok()) {
    return core::InvalidInput(path + ": " + s.message(), path + ": " + s.field());
  }
  return rules;
}

core::Result<std::vector<CityEpisode>> EvaluateForecast(const EvaluationFiles& files,
                                                        std::vector<io::FileReport>& reports) {
  alert::AlertRules rules = alert::NationalDefault();
  if (files.rules) {
    LANTIAN_ASSIGN_OR_RETURN(rules, LoadLocalRules(*files.rules));
  }
  LANTIAN_ASSIGN_OR_RETURN(ForecastFile forecast,
                           ReadForecastFile(TableFile::At(files.forecast), reports));
  return EpisodesOf(forecast.table, rules);
}

}  // namespace lantian::app
