#include "io/campaign_tables.hpp"

#include <charconv>
#include <set>

#include "io/table_columns.hpp"

namespace lantian::io {
namespace {

// A row of a campaign table: the shared cell readers (io/table_columns.hpp)
// and the plan's cities and dates.
class Row : public TableRow {
 public:
  using TableRow::TableRow;
  const campaign::Unit* City(std::string_view name, const std::vector<campaign::Unit>& units) {
    Cell cell = At(name);
    const campaign::Unit* u = FindUnit(cell.text, units);
    if (!u)
      Error(cell, "'" + std::string(cell.text) + "' is not a unit of the plan (code or name)");
    return u;
  }
  std::optional<core::Date> Date(std::string_view name) {
    Cell cell = At(name);
    auto d = ParseTableDate(cell.text);
    if (!d) {
      Error(cell, d.error().message());
      return std::nullopt;
    }
    return *d;
  }
};

bool IsPercentWithOnePlace(core::Decimal v) {
  return !v.IsNegative() && v < core::Decimal::FromInt(100) && core::DecimalPlaces(v) <= 1;
}

}  // namespace

const campaign::Unit* FindUnit(std::string_view city, const std::vector<campaign::Unit>& units) {
  if (city.empty()) return nullptr;
  for (const auto& u : units) {
    if (u.code == city || u.name_zh == city || campaign::ShortNameZh(u) == city) return &u;
  }
  return nullptr;
}

core::Result<core::Date> ParseTableDate(std::string_view text) {
  if (auto serial = ParseInt(text)) {
    // Excel's 1900 date system: serial 1 is 1900-01-01, counted from 1899-12-30
    // because of the leap day 1900-02-29 that never was; valid from 1900-03-01.
    if (*serial >= 61 && *serial < 2958466) {
      return core::Date::FromYmd(1899, 12, 30) + static_cast<int>(*serial);
    }
    return core::InvalidInput("'" + std::string(text) + "' is not a date (YYYY-MM-DD)");
  }
  return core::ParseIsoDate(text);
}

std::vector<campaign::CityTarget> ReadCityTargets(CsvReader& reader,
                                                  const std::vector<campaign::Unit>& units,
                                                  FileReport& report) {
  std::vector<campaign::CityTarget> out;
  std::vector<int64_t> lines;
  Columns c;
  if (!c.Read(reader, report, {"city_code", "phase", "pm25_target", "heavy_days_target"})) {
    return out;
  }
  int skipped = 0;
  ForEachRow(reader, report, c.width(), [&](const std::vector<std::string_view>& f, int64_t line) {
    Row row(c, f, line, report);
    campaign::CityTarget t;
    // A template row left blank: no target for that unit (required ones are
    // reported missing below).
    if (row.At("pm25_target").text.empty() && row.At("heavy_days_target").text.empty()) {
      ++skipped;
      return;
    }
    const campaign::Unit* unit = row.City("city_code", units);
    if (unit) {
      t.city_code = unit->code;
      Cell name = row.At("city_name");
      if (!name.text.empty() && name.text != unit->name_zh &&
          name.text != campaign::ShortNameZh(*unit)) {
        row.Error(name, "city_name '" + std::string(name.text) + "' is not the name of " +
                            unit->code + " (" + unit->name_zh + ")");
      }
    }
    Cell phase = row.At("phase");
    t.phase = phase.text;
    if (!campaign::IsPhase(t.phase)) row.Error(phase, "phase must be 2020Q4 or 2021Q1");
    if (auto v = row.Decimal("pm25_target", true)) t.pm25 = *v;
    if (auto v = row.Whole("heavy_days_target", true)) t.heavy_days = static_cast<int>(*v);
    t.baseline_pm25 = row.Decimal("baseline_pm25", false);
    if (auto v = row.Whole("baseline_heavy_days", false))
      t.baseline_heavy_days = static_cast<int>(*v);
    t.note = row.At("note").text;
    t.source = campaign::TargetSource::kOfficial;
    if (row.failed()) return;
    out.push_back(std::move(t));
    lines.push_back(line);
  });
  if (skipped > 0) {
    report.Warn(std::to_string(skipped) + " rows without targets were left out");
  }
  if (!report.ok()) return out;
  // Table-wide rules: each city once per phase, every 2+26 and Fenwei city, ranges.
  for (const auto& p : campaign::CheckTargetTable(out, units)) {
    const int64_t line = p.row >= 0 ? lines[static_cast<size_t>(p.row)] : 0;
    const auto col = p.field == "city" ? c.Find("city_code") : c.Find(p.field);
    report.Error(line, col ? Col(*col) : 0, p.message);
  }
  return out;
}

std::vector<campaign::Tier> ReadTierRule(CsvReader& reader, FileReport& report) {
  std::vector<campaign::Tier> out;
  Columns c;
  if (!c.Read(reader, report,
              {"phase", "tier", "baseline_pm25_from", "pm25_reduction_percent",
               "baseline_heavy_days_from", "heavy_days_reduction"})) {
    return out;
  }
  ForEachRow(reader, report, c.width(), [&](const std::vector<std::string_view>& f, int64_t line) {
    Row row(c, f, line, report);
    campaign::Tier t;
    Cell phase = row.At("phase");
    t.phase = phase.text;
    if (!campaign::IsPhase(t.phase)) row.Error(phase, "phase must be 2020Q4 or 2021Q1");
    if (auto v = row.Whole("tier", true)) t.tier = static_cast<int>(*v);
    if (auto v = row.Decimal("baseline_pm25_from", true)) t.baseline_pm25_from = *v;
    if (auto v = row.Decimal("pm25_reduction_percent", true)) {
      if (!IsPercentWithOnePlace(*v)) {
        row.Error(row.At("pm25_reduction_percent"),
                  "pm25_reduction_percent must lie in [0, 100) with at most one decimal place");
      }
      t.pm25_reduction_percent = *v;
    }
    if (auto v = row.Whole("baseline_heavy_days_from", true)) {
      t.baseline_heavy_days_from = static_cast<int>(*v);
    }
    if (auto v = row.Whole("heavy_days_reduction", true))
      t.heavy_days_reduction = static_cast<int>(*v);
    if (!row.failed()) out.push_back(std::move(t));
  });
  if (report.ok()) {
    if (auto s = campaign::CheckTierRule(out); !s.ok()) report.Error(0, 0, s.message());
  }
  return out;
}

std::vector<campaign::StricterTarget> ReadStricterTargets(CsvReader& reader,
                                                          const std::vector<campaign::Unit>& units,
                                                          FileReport& report) {
  std::vector<campaign::StricterTarget> out;
  Columns c;
  if (!c.Read(reader, report,
              {"city_code", "phase", "extra_pm25_percent", "extra_heavy_days", "reason"})) {
    return out;
  }
  ForEachRow(reader, report, c.width(), [&](const std::vector<std::string_view>& f, int64_t line) {
    Row row(c, f, line, report);
    campaign::StricterTarget s;
    if (const auto* u = row.City("city_code", units)) s.city_code = u->code;
    Cell phase = row.At("phase");
    s.phase = phase.text;
    if (!s.phase.empty() && !campaign::IsPhase(s.phase)) {
      row.Error(phase, "phase must be empty (both phases), 2020Q4 or 2021Q1");
    }
    if (auto v = row.Decimal("extra_pm25_percent", true)) s.extra_pm25_percent = *v;
    if (auto v = row.Whole("extra_heavy_days", true)) s.extra_heavy_days = static_cast<int>(*v);
    s.reason = row.At("reason").text;
    if (s.reason.empty()) row.Error(row.At("reason"), "a stricter target needs its reason");
    if (!row.failed()) out.push_back(std::move(s));
  });
  if (report.ok()) {
    if (auto s = campaign::CheckStricterTargets(out); !s.ok()) report.Error(0, 0, s.message());
  }
  return out;
}

std::vector<DustDayRow> ReadDustDays(CsvReader& reader, const std::vector<campaign::Unit>& units,
                                     FileReport& report) {
  std::vector<DustDayRow> out;
  Columns c;
  if (!c.Read(reader, report, {"city", "date"})) return out;
  std::set<std::pair<std::string, int32_t>> seen;
  ForEachRow(reader, report, c.width(), [&](const std::vector<std::string_view>& f, int64_t line) {
    Row row(c, f, line, report);
    DustDayRow d;
    if (const auto* u = row.City("city", units)) d.city_code = u->code;
    if (auto date = row.Date("date")) d.date = *date;
    d.reason = row.At("reason").text;
    if (row.failed()) return;
    if (!seen.insert({d.city_code, d.date.days}).second) {
      return report.Error(line, Col(c.At("date")),
                          d.city_code + " " + core::FormatIsoDate(d.date) + " appears twice");
    }
    out.push_back(std::move(d));
  });
  return out;
}

std::vector<campaign::DustfallReading> ReadDustfall(CsvReader& reader,
                                                    const std::vector<campaign::Unit>& units,
                                                    FileReport& report) {
  std::vector<campaign::DustfallReading> out;
  Columns c;
  if (!c.Read(reader, report, {"city", "month", "dustfall"})) return out;
  std::set<std::pair<std::string, int32_t>> seen;
  ForEachRow(reader, report, c.width(), [&](const std::vector<std::string_view>& f, int64_t line) {
    Row row(c, f, line, report);
    campaign::DustfallReading d;
    if (const auto* u = row.City("city", units)) d.city_code = u->code;
    Cell month = row.At("month");
    auto date = ParseTableDate(month.text);
    if (!date) date = core::ParseIsoDate(std::string(month.text) + "-01");
    if (!date) {
      row.Error(month, "month must be YYYY-MM, not '" + std::string(month.text) + "'");
    } else {
      d.month = *date - (date->day() - 1);
    }
    if (auto v = row.Decimal("dustfall", true)) {
      if (v->IsNegative() || *v > core::Decimal::FromInt(1000)) {
        row.Error(row.At("dustfall"), "dustfall must lie in 0…1000 t/(month·km²)");
      }
      d.value = *v;
    }
    d.note = row.At("note").text;
    if (row.failed()) return;
    if (!seen.insert({d.city_code, d.month.days}).second) {
      return report.Error(
          line, Col(c.At("month")),
          d.city_code + " " + core::FormatIsoDate(d.month).substr(0, 7) + " appears twice");
    }
    out.push_back(std::move(d));
  });
  return out;
}

std::vector<CityDailyRow> ReadCityDaily(CsvReader& reader, const std::vector<campaign::Unit>& units,
                                        FileReport& report) {
  std::vector<CityDailyRow> out;
  Columns c;
  if (!c.Read(reader, report, {"city", "date", "PM2.5"})) return out;
  std::set<std::pair<std::string, int32_t>> seen;
  ForEachRow(reader, report, c.width(), [&](const std::vector<std::string_view>& f, int64_t line) {
    Row row(c, f, line, report);
    CityDailyRow d;
    if (const auto* u = row.City("city", units)) d.city_code = u->code;
    if (auto date = row.Date("date")) d.date = *date;
    for (aq::DailyColumn col : aq::kDailyColumns) {
      const std::string_view name = aq::ColumnName(col);
      if (!row.Has(name)) continue;
      if (auto v = row.Decimal(name, false)) {
        if (v->IsNegative()) {
          row.Error(row.At(name), std::string(name) + " is negative");
        }
        d.values[col] = *v;
      }
    }
    Cell dust = row.At("dust");
    if (dust.text == "1" || dust.text == "Y" || dust.text == "y" || dust.text == "是") {
      d.dust = true;
    } else if (!(dust.text.empty() || dust.text == "0" || dust.text == "N" || dust.text == "n" ||
                 dust.text == "否")) {
      row.Error(dust, "dust must be 1/0, Y/N or 是/否");
    }
    if (row.failed()) return;
    if (!seen.insert({d.city_code, d.date.days}).second) {
      return report.Error(line, Col(c.At("date")),
                          d.city_code + " " + core::FormatIsoDate(d.date) + " appears twice");
    }
    out.push_back(std::move(d));
  });
  return out;
}

}  // namespace lantian::io
