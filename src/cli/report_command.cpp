// lantian report season --db FILE [--period 2020Q4] [--format text|csv]
#include <iomanip>
#include <iostream>
#include <sstream>

#include "app/app.hpp"
#include "cli/command.hpp"

namespace lantian::cli {
namespace {

std::string Opt(const std::optional<core::Decimal>& v) { return v ? v->ToString() : "-"; }
// Percentages with one decimal: "95.0", "-16.0".
std::string Pct(const std::optional<core::Decimal>& v, std::string_view none) {
  return v ? v->ToFixed(1) : std::string(none);
}

// "✓" when `value` ≤ `limit`, "✗" otherwise, "?" without a value.
std::string Verdict(const std::optional<core::Decimal>& value, const core::Decimal& limit) {
  if (!value) return "?";
  return *value <= limit ? "met" : "MISSED";
}

void WriteText(std::ostream& out, const app::SeasonReport& r) {
  out << "lantian season report " << r.period_name << " (" << core::FormatIsoDate(r.period.first)
      << ".." << core::FormatIsoDate(r.period.last) << "), baseline "
      << core::FormatIsoDate(r.baseline.first) << ".." << core::FormatIsoDate(r.baseline.last)
      << "\n";
  if (r.synthetic) {
    out << "*** SYNTHETIC DEMO DATA (lantian demo-data): these are not measured values ***\n";
  }
  out << "\n";
  for (const auto& g : r.regions) {
    out << campaign::RegionNameZh(g.region) << " (" << campaign::RegionCode(g.region) << "), "
        << g.cities << " cities with data\n";
    out << "  PM2.5 mean " << Opt(g.pm25) << " µg/m³ (baseline " << Opt(g.baseline_pm25) << ")";
    if (g.target) {
      out << ", target ≤ " << g.target->pm25_mean_max.ToString() << ": "
          << Verdict(g.pm25, g.target->pm25_mean_max);
    }
    out << "\n  heavy-pollution days per city " << Opt(g.heavy_days_per_city) << " (baseline "
        << Opt(g.baseline_heavy_days_per_city) << ")";
    if (g.target) {
      out << ", target ≤ " << g.target->heavy_days_city_avg_max.ToString() << ": "
          << Verdict(g.heavy_days_per_city, g.target->heavy_days_city_avg_max);
    }
    out << "\n\n";
  }
  out << std::left << std::setw(8) << "code" << std::setw(6) << "region" << std::right
      << std::setw(9) << "stations" << std::setw(6) << "days" << std::setw(10) << "coverage%"
      << std::setw(7) << "PM2.5" << std::setw(8) << "base" << std::setw(8) << "change%"
      << std::setw(7) << "heavy" << std::setw(7) << "base"
      << "  city\n";
  for (const auto& c : r.cities) {
    out << std::left << std::setw(8) << c.unit.code << std::setw(6)
        << campaign::RegionCode(c.unit.region) << std::right << std::setw(9) << c.stations
        << std::setw(6) << c.now.days << std::setw(10) << Pct(c.now.pm25_coverage.Percent(1), "-")
        << std::setw(7) << Opt(c.now.pm25) << std::setw(8) << Opt(c.baseline.pm25) << std::setw(8)
        << Pct(c.pm25_change_percent, "-") << std::setw(7) << c.now.heavy_days << std::setw(7)
        << c.baseline.heavy_days << "  " << c.unit.name_zh << " " << c.unit.name_en << "\n";
  }
  out << "\nPM2.5 in µg/m³: period mean of the city's daily values (mean of its assessment "
         "stations); days = days with a valid city PM2.5; coverage = hourly PM2.5 values present / "
         "expected (assessment stations × every hour of the period); heavy = days with daily AQI > "
         "200.\n";
}

void WriteCsv(std::ostream& out, const app::SeasonReport& r) {
  out << "code,name_zh,region,stations,days,pm25_coverage_percent,pm25,baseline_pm25,"
         "pm25_change_percent,heavy_days,baseline_heavy_days,synthetic\n";
  for (const auto& c : r.cities) {
    auto opt = [](const std::optional<core::Decimal>& v) { return v ? v->ToString() : ""; };
    out << c.unit.code << ',' << c.unit.name_zh << ',' << campaign::RegionCode(c.unit.region) << ','
        << c.stations << ',' << c.now.days << ',' << Pct(c.now.pm25_coverage.Percent(1), "") << ','
        << opt(c.now.pm25) << ',' << opt(c.baseline.pm25) << ',' << Pct(c.pm25_change_percent, "")
        << ',' << c.now.heavy_days << ',' << c.baseline.heavy_days << ','
        << (r.synthetic ? "Y" : "N") << '\n';
  }
}

}  // namespace

void AddReport(CLI::App& root, Action& action) {
  struct Options {
    std::string db;
    std::string period = "2020Q4";
    std::string format = "text";
    std::optional<std::string> out;
  };
  auto o = std::make_shared<Options>();
  CLI::App* report = root.add_subcommand("report", "Campaign reports");
  report->require_subcommand(1);
  CLI::App* season = report->add_subcommand(
      "season",
      "Each plan city's PM2.5 mean and heavy-pollution days in a phase, against its "
      "baseline and the regional targets of the plan");
  season->add_option("--db", o->db, "Store")->required();
  season->add_option("--period", o->period, "2020Q4, 2021Q1, a month 2020-12 or a range A..B");
  season->add_option("--format", o->format, "text or csv")->check(CLI::IsMember({"text", "csv"}));
  season->add_option("--out", o->out, "Output file (default: standard output)");
  season->callback([o, &action] {
    action = [o]() -> int {
      auto app = app::App::Open(o->db, app::App::OpenMode::kExisting);
      if (!app) return Fail(app.error());
      auto r = app->Season(o->period);
      if (!r) return Fail(core::Status(r.error().code(), r.error().message(), "--period"));
      Output out(o->out);
      if (o->format == "csv") {
        WriteCsv(out.stream(), *r);
      } else {
        WriteText(out.stream(), *r);
      }
      core::Status closed = out.Close();
      return closed.ok() ? 0 : Fail(closed);
    };
  });
}

}  // namespace lantian::cli
