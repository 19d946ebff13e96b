#include "io/alert_tables.hpp"

#include <charconv>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>

#include "io/campaign_tables.hpp"
#include "io/table_columns.hpp"

namespace lantian::io {

namespace {

// city, a time column read by `parse`, aqi: one row per city and time.
template <class T, class Parse>
std::map<std::string, std::vector<T>> ReadForecast(CsvReader& reader, FileReport& report,
                                                   std::string_view time_column, Parse parse) {
  std::map<std::string, std::vector<T>> out;
  Columns c;
  if (!c.ReadHeader(reader, report) || !c.Require({"city", time_column, "aqi"}, report)) {
    return out;
  }
  std::set<std::pair<std::string, int64_t>> seen;
  const size_t city_col = c.At("city"), time_col = c.At(time_column), aqi_col = c.At("aqi");
  ForEachRow(reader, report, c.width(), [&](const std::vector<std::string_view>& f, int64_t line) {
    const std::string city(f[city_col]);
    if (city.empty()) return report.Error(line, Col(city_col), "city is empty");
    std::optional<T> when = parse(f[time_col]);
    if (!when) {
      return report.Error(
          line, Col(time_col),
          std::string(time_column) +
              (time_column == "date" ? " must be YYYY-MM-DD"
                                     : " must be YYYY-MM-DD HH:MM (an hour's start)") +
              ", not '" + std::string(f[time_col]) + "'");
    }
    int aqi = -1;
    const std::string_view t = f[aqi_col];
    auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), aqi);
    if (ec != std::errc() || end != t.data() + t.size() || aqi < 0 || aqi > 500) {
      return report.Error(line, Col(aqi_col),
                          "aqi must be a whole number 0…500, not '" + std::string(t) + "'");
    }
    if (!seen.insert({city, when->Key()}).second) {
      return report.Error(line, Col(time_col),
                          city + " " + std::string(f[time_col]) + " appears twice");
    }
    when->aqi = aqi;
    out[city].push_back(*when);
  });
  return out;
}

struct DayRow : alert::ForecastDay {
  int64_t Key() const { return date.days; }
};
struct HourRow : alert::ForecastHour {
  int64_t Key() const { return hour.hours; }
};

}  // namespace

std::map<std::string, std::vector<alert::ForecastDay>> ReadDailyForecast(CsvReader& reader,
                                                                         FileReport& report) {
  auto rows = ReadForecast<DayRow>(reader, report, "date", [](std::string_view t) {
    auto d = ParseTableDate(t);
    return d ? std::optional<DayRow>(DayRow{{*d, 0}}) : std::nullopt;
  });
  std::map<std::string, std::vector<alert::ForecastDay>> out;
  for (auto& [city, days] : rows) out[city].assign(days.begin(), days.end());
  return out;
}

std::map<std::string, std::vector<alert::ForecastHour>> ReadHourlyForecast(CsvReader& reader,
                                                                           FileReport& report) {
  auto rows = ReadForecast<HourRow>(reader, report, "time", [](std::string_view t) {
    auto h = core::ParseHourStart(t);
    return h ? std::optional<HourRow>(HourRow{{*h, 0}}) : std::nullopt;
  });
  std::map<std::string, std::vector<alert::ForecastHour>> out;
  for (auto& [city, hours] : rows) out[city].assign(hours.begin(), hours.end());
  return out;
}

core::Result<alert::AlertRules> ParseAlertRules(const std::string& text, const std::string& file) {
  auto j = nlohmann::json::parse(text, nullptr, false);
  auto bad = [&](const std::string& field, const std::string& message) {
    return core::InvalidInput(file + ": " + message, file + ": " + field);
  };
  if (j.is_discarded() || !j.is_object()) return bad("", "not a JSON object");
  auto whole = [](const nlohmann::json& v) { return v.is_number_integer(); };
  alert::AlertRules rules;
  rules.merge_gap_days = alert::NationalDefault().merge_gap_days;
  if (j.contains("merge_gap_days")) {
    if (!whole(j["merge_gap_days"]))
      return bad("merge_gap_days", "merge_gap_days is a whole number");
    rules.merge_gap_days = j["merge_gap_days"].get<int>();
  }
  if (!j.contains("levels") || !j["levels"].is_array()) return bad("levels", "levels is a list");
  for (size_t i = 0; i < j["levels"].size(); ++i) {
    const auto& l = j["levels"][i];
    const std::string at = "levels[" + std::to_string(i) + "]";
    if (!l.is_object() || !l.contains("level") || !l["level"].is_string()) {
      return bad(at, at + " needs a \"level\"");
    }
    auto level = alert::ParseLevel(l["level"].get<std::string>());
    if (!level) return bad(at + ".level", "level is blue, yellow, orange or red");
    alert::LevelRule rule{*level, true, {}};
    if (l.contains("enabled")) {
      if (!l["enabled"].is_boolean()) return bad(at + ".enabled", "enabled is true or false");
      rule.enabled = l["enabled"].get<bool>();
    }
    if (!l.contains("any_of") || !l["any_of"].is_array()) {
      return bad(at + ".any_of", at + ".any_of is a list of conditions");
    }
    for (size_t k = 0; k < l["any_of"].size(); ++k) {
      const auto& c = l["any_of"][k];
      const std::string cat = at + ".any_of[" + std::to_string(k) + "]";
      if (!c.is_object()) return bad(cat, cat + " is an object");
      alert::Condition cond;
      for (auto& [key, value] : c.items()) {
        if (!whole(value)) return bad(cat + "." + key, key + " is a whole number");
        if (key == "days_over_200") {
          cond.days_over_200 = value.get<int>();
        } else if (key == "days_over_300") {
          cond.days_over_300 = value.get<int>();
        } else if (key == "days_at_500") {
          cond.days_at_500 = value.get<int>();
        } else {
          return bad(cat + "." + key,
                     "unknown field " + key + " (days_over_200, days_over_300, days_at_500)");
        }
      }
      rule.any_of.push_back(cond);
    }
    rules.levels.push_back(std::move(rule));
  }
  if (auto s = alert::CheckRules(rules); !s.ok()) return bad(s.field(), s.message());
  return rules;
}

}  // namespace lantian::io
