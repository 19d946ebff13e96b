#include "io/alert_tables.hpp"

#include <charconv>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>

#include "io/campaign_tables.hpp"
#include "io/table_columns.hpp"

namespace lantian::io {

namespace {

// A whole number 0…500.
std::optional<int> Aqi(std::string_view t) {
  auto v = ParseInt(t);
  if (!v || *v < 0 || *v > 500) return std::nullopt;
  return static_cast<int>(*v);
}

// Checks a row's time, band and uniqueness; "" when it is good, else the problem.
std::string CheckRow(ForecastKind kind, std::string_view when, ForecastRow& row,
                     std::set<std::pair<std::string, int64_t>>& seen, std::string& column) {
  if (row.city.empty()) {
    column = "city";
    return "city is empty";
  }
  if (kind == ForecastKind::kDaily) {
    auto d = ParseTableDate(when);
    if (!d) {
      column = "date";
      return "date must be YYYY-MM-DD, not '" + std::string(when) + "'";
    }
    row.key = d->days;
    row.at = core::FormatIsoDate(*d);
  } else {
    auto h = core::ParseHourStart(when);
    if (!h) {
      column = "time";
      return "time must be YYYY-MM-DD HH:MM (an hour's start), not '" + std::string(when) + "'";
    }
    row.key = h->hours;
    row.at = core::FormatHourStart(*h);
  }
  if (row.aqi_low.has_value() != row.aqi_high.has_value()) {
    column = row.aqi_low ? "aqi_high" : "aqi_low";
    return "a band needs both aqi_low and aqi_high";
  }
  if (row.aqi_low && !(*row.aqi_low <= row.aqi && row.aqi <= *row.aqi_high)) {
    column = "aqi";
    return "aqi " + std::to_string(row.aqi) + " is outside its band " +
           std::to_string(*row.aqi_low) + "…" + std::to_string(*row.aqi_high);
  }
  if (!seen.insert({row.city, row.key}).second) {
    column = kind == ForecastKind::kDaily ? "date" : "time";
    return row.city + " " + row.at + " appears twice";
  }
  return "";
}

}  // namespace

std::string_view ForecastKindName(ForecastKind k) {
  return k == ForecastKind::kDaily ? "daily" : "hourly";
}

ForecastTable ReadForecastTable(CsvReader& reader, FileReport& report) {
  ForecastTable out;
  Columns c;
  if (!c.ReadHeader(reader, report)) return out;
  if (c.Find("time") && !c.Find("date")) out.kind = ForecastKind::kHourly;
  const std::string_view time_column = out.kind == ForecastKind::kDaily ? "date" : "time";
  if (!c.Require({"city", time_column, "aqi"}, report)) return out;
  std::set<std::pair<std::string, int64_t>> seen;
  const size_t time_col = c.At(time_column), aqi_col = c.At("aqi");
  ForEachRow(reader, report, c.width(), [&](const std::vector<std::string_view>& f, int64_t line) {
    ForecastRow row;
    row.city = std::string(c.Get(f, "city"));
    auto aqi = Aqi(f[aqi_col]);
    if (!aqi) {
      return report.Error(
          line, Col(aqi_col),
          "aqi must be a whole number 0…500, not '" + std::string(f[aqi_col]) + "'");
    }
    row.aqi = *aqi;
    for (auto [name, bound] : {std::pair{"aqi_low", &row.aqi_low}, {"aqi_high", &row.aqi_high}}) {
      const std::string_view t = c.Get(f, name);
      if (t.empty()) continue;
      *bound = Aqi(t);
      if (!*bound) {
        return report.Error(
            line, Col(c.At(name)),
            std::string(name) + " must be a whole number 0…500, not '" + std::string(t) + "'");
      }
    }
    std::string column;
    const std::string problem = CheckRow(out.kind, f[time_col], row, seen, column);
    if (!problem.empty()) return report.Error(line, Col(c.At(column)), problem);
    out.rows.push_back(std::move(row));
  });
  return out;
}

core::Result<ForecastDocument> ParseForecastJson(const std::string& text, const std::string& file) {
  auto j = nlohmann::json::parse(text, nullptr, false);
  auto bad = [&](const std::string& field, const std::string& message) {
    return core::InvalidInput(file + ": " + message, file + ": " + field);
  };
  if (j.is_discarded() || !j.is_object()) return bad("", "not a JSON object");
  ForecastDocument doc;
  for (auto [name, target] : {std::pair{"issuer", &doc.issuer}, {"issued_at", &doc.issued_at}}) {
    if (!j.contains(name) || !j[name].is_string() || j[name].get<std::string>().empty()) {
      return bad(name, std::string(name) + " is a non-empty string");
    }
    *target = j[name].get<std::string>();
  }
  if (!j.contains("values") || !j["values"].is_array()) return bad("values", "values is a list");
  std::set<std::pair<std::string, int64_t>> seen;
  bool first = true;
  for (size_t i = 0; i < j["values"].size(); ++i) {
    const auto& v = j["values"][i];
    const std::string at = "values[" + std::to_string(i) + "]";
    if (!v.is_object()) return bad(at, at + " is an object");
    const bool daily = v.contains("date");
    if (daily == v.contains("time")) return bad(at, at + " needs a \"date\" or a \"time\"");
    const ForecastKind kind = daily ? ForecastKind::kDaily : ForecastKind::kHourly;
    if (first) doc.table.kind = kind;
    if (kind != doc.table.kind) return bad(at, at + ": a forecast is daily or hourly, not both");
    first = false;
    ForecastRow row;
    if (!v.contains("city") || !v["city"].is_string()) return bad(at + ".city", "city is a string");
    row.city = v["city"].get<std::string>();
    const char* time_field = daily ? "date" : "time";
    if (!v[time_field].is_string()) {
      return bad(at + "." + time_field, std::string(time_field) + " is a string");
    }
    for (auto [name, target] : {std::pair{"aqi", static_cast<std::optional<int>*>(nullptr)},
                                {"aqi_low", &row.aqi_low},
                                {"aqi_high", &row.aqi_high}}) {
      if (!v.contains(name)) {
        if (!target) return bad(at + ".aqi", "aqi is required");
        continue;
      }
      const auto& n = v[name];
      if (!n.is_number_integer() || n.get<int64_t>() < 0 || n.get<int64_t>() > 500) {
        return bad(at + "." + name, std::string(name) + " is a whole number 0…500");
      }
      if (target) {
        *target = n.get<int>();
      } else {
        row.aqi = n.get<int>();
      }
    }
    std::string column;
    const std::string problem = CheckRow(kind, v[time_field].get<std::string>(), row, seen, column);
    if (!problem.empty()) return bad(at + "." + column, at + ": " + problem);
    doc.table.rows.push_back(std::move(row));
  }
  return doc;
}

std::map<std::string, std::vector<alert::ForecastDay>> DailyByCity(const ForecastTable& t) {
  std::map<std::string, std::vector<alert::ForecastDay>> out;
  for (const ForecastRow& r : t.rows) {
    out[r.city].push_back({core::Date{static_cast<int32_t>(r.key)}, r.aqi});
  }
  return out;
}

std::map<std::string, std::vector<alert::ForecastHour>> HourlyByCity(const ForecastTable& t) {
  std::map<std::string, std::vector<alert::ForecastHour>> out;
  for (const ForecastRow& r : t.rows) out[r.city].push_back({core::HourStart{r.key}, r.aqi});
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
