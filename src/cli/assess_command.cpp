// lantian assess (targets, progress, projection, verdict) and lantian warnings
// (quarterly warning-letter candidates).
#include <iomanip>
#include <iostream>

#include "app/assessment.hpp"
#include "app/campaign_json.hpp"
#include "app/warning_letters.hpp"
#include "cli/campaign_source.hpp"
#include "cli/command.hpp"

namespace lantian::cli {
namespace {

std::string Opt(const std::optional<core::Decimal>& v) { return v ? v->ToString() : "-"; }
std::string Fixed(const std::optional<core::Decimal>& v, int digits) {
  return v ? v->ToFixed(digits) : "-";
}

core::Result<std::optional<core::Date>> AsOf(const std::optional<std::string>& text) {
  if (!text) return std::optional<core::Date>();
  auto d = core::ParseIsoDate(*text);
  if (!d) return core::InvalidInput(d.error().message(), "--as-of");
  return std::optional<core::Date>(*d);
}

// Months as "2020-10;2020-11".
std::string Joined(const std::vector<std::string>& months) {
  std::string out;
  for (const auto& m : months) out += (out.empty() ? "" : ";") + m;
  return out;
}

std::string Projection(const campaign::Progress& p) {
  if (!p.projected_pm25) return "-";
  return p.projected_pm25->value.ToFixed(1) + " (" + p.projected_pm25->low.ToFixed(1) + "-" +
         p.projected_pm25->high.ToFixed(1) + ")";
}

void WriteArea(std::ostream& out, const app::AreaAssessment& a) {
  out << "  " << std::left << std::setw(18) << a.name << std::right << " cities " << std::setw(2)
      << a.cities << "  PM2.5 " << std::setw(4) << Opt(a.pm25) << " (baseline "
      << Opt(a.baseline_pm25_to_date) << ", " << Fixed(a.pm25_change_percent, 1)
      << "%)  heavy days/city " << Opt(a.heavy_days_per_city) << "  projected PM2.5 "
      << Opt(a.projected_pm25) << "  at risk " << a.at_risk_cities << ", missed "
      << a.missed_cities;
  if (a.pm25_target) {
    out << "  | plan target PM2.5 ≤ " << a.pm25_target->ToString() << ": "
        << (a.pm25_within_target.value_or(false) ? "within" : "ABOVE") << "; heavy ≤ "
        << a.heavy_days_target->ToString() << ": "
        << (a.heavy_days_within_target.value_or(false) ? "within" : "ABOVE");
  }
  out << "\n";
}

void WriteTable(std::ostream& out, const app::Assessment& a) {
  out << "lantian assessment " << a.period.name << " ("
      << core::FormatIsoDate(a.period.period.first) << ".."
      << core::FormatIsoDate(a.period.period.last) << ") as of " << core::FormatIsoDate(a.as_of);
  if (!a.cities.empty()) {
    const auto& p = a.cities.front().progress;
    out << ": " << p.elapsed_days << " days counted, " << p.remaining_days << " to go";
  }
  out << "\nbaseline";
  for (const auto& b : a.period.baseline) {
    out << " " << core::FormatIsoDate(b.first) << ".." << core::FormatIsoDate(b.last);
  }
  out << "; targets: " << a.official_targets << " official, " << a.derived_targets
      << " by the tier rule\n";
  if (a.period.is_phase && a.official_targets + a.derived_targets == 0) {
    out << "no city targets: load the official table (lantian targets import), or give the store "
           "its tier rule and 2019 baseline data (lantian init loads the default rule)\n";
  }
  if (a.synthetic) {
    out << "*** SYNTHETIC DEMO DATA (lantian demo-data): these are not measured values ***\n";
  }
  out << "\n"
      << std::left << std::setw(8) << "code" << std::right << std::setw(7) << "target"
      << std::setw(7) << "PM2.5" << std::setw(6) << "base" << std::setw(8) << "change%"
      << std::setw(7) << "need%" << std::setw(9) << "allow" << std::setw(7) << "heavy"
      << std::setw(5) << "max" << std::setw(24) << "projected (90%)" << std::setw(6) << "heavy"
      << "  " << std::left << std::setw(15) << "PM2.5 status" << std::setw(15) << "heavy status"
      << std::setw(17) << "verdict"
      << "city\n";
  for (const auto& c : a.cities) {
    const campaign::Progress& p = c.progress;
    out << std::left << std::setw(8) << c.unit.code << std::right << std::setw(7)
        << (p.target ? p.target->pm25.ToString() : "-") << std::setw(7) << Opt(p.pm25)
        << std::setw(6) << Opt(p.baseline_pm25_to_date) << std::setw(8)
        << Fixed(p.pm25_change_percent, 1) << std::setw(7) << Fixed(p.required_change_percent, 1)
        << std::setw(9) << Fixed(p.pm25_allowance, 1) << std::setw(7) << p.heavy_days
        << std::setw(5) << (p.target ? std::to_string(p.target->heavy_days) : "-") << std::setw(24)
        << Projection(p) << std::setw(6)
        << (p.projected_heavy_days ? p.projected_heavy_days->value.ToString() : "-") << "  "
        << std::left << std::setw(15) << campaign::IndicatorStatusName(p.pm25_status)
        << std::setw(15) << campaign::IndicatorStatusName(p.heavy_status) << std::setw(17)
        << campaign::OutcomeName(c.verdict.outcome) << c.unit.name_zh
        << (p.target && p.target->source == campaign::TargetSource::kTierRule ? " (tier rule)" : "")
        << (c.findings.empty() ? "" : " FALSIFIED DATA: " + c.findings.front())
        << (p.incomplete_months.empty() ? "" : " (incomplete: " + Joined(p.incomplete_months) + ")")
        << "\n";
  }
  out << "\nregions\n";
  for (const auto& r : a.regions) WriteArea(out, r);
  out << "provinces\n";
  for (const auto& p : a.provinces) WriteArea(out, p);
  out << "\nPM2.5 µg/m³, dust days left out; base = the baseline's same days; need% = the "
         "change the target asks of the whole baseline period; allow = the largest mean the "
         "remaining days may have (rounded down; negative: already missed); heavy = days with "
         "daily AQI > 200 (dust days included); max = the heavy-day target; incomplete = whole "
         "months with fewer valid days than HJ 663 表2 asks (27, February 25).\n";
}

void WriteCsv(std::ostream& out, const app::Assessment& a) {
  out << "code,name_zh,phase,as_of,target_source,pm25_target,pm25,pm25_with_dust,pm25_days,"
         "dust_days,baseline_pm25_to_date,pm25_change_percent,required_change_percent,"
         "pm25_allowance,heavy_days,heavy_days_without_dust,heavy_days_target,"
         "heavy_days_allowance,projection_method,projected_pm25,projected_pm25_low,"
         "projected_pm25_high,projected_heavy_days,pm25_status,heavy_status,verdict,"
         "incomplete_months,synthetic\n";
  auto o = [](const std::optional<core::Decimal>& v) { return v ? v->ToString() : ""; };
  for (const auto& c : a.cities) {
    const auto& p = c.progress;
    out << c.unit.code << ',' << c.unit.name_zh << ',' << a.period.name << ','
        << core::FormatIsoDate(a.as_of) << ','
        << (p.target ? campaign::TargetSourceName(p.target->source) : "") << ','
        << (p.target ? p.target->pm25.ToString() : "") << ',' << o(p.pm25) << ','
        << o(p.pm25_with_dust) << ',' << p.pm25_days << ',' << p.dust_days << ','
        << o(p.baseline_pm25_to_date) << ',' << o(p.pm25_change_percent) << ','
        << o(p.required_change_percent) << ',' << o(p.pm25_allowance) << ',' << p.heavy_days << ','
        << p.heavy_days_without_dust << ','
        << (p.target ? std::to_string(p.target->heavy_days) : "") << ','
        << (p.heavy_days_allowance ? std::to_string(*p.heavy_days_allowance) : "") << ','
        << campaign::ProjectionMethodName(p.method) << ','
        << (p.projected_pm25 ? p.projected_pm25->value.ToString() : "") << ','
        << (p.projected_pm25 ? p.projected_pm25->low.ToString() : "") << ','
        << (p.projected_pm25 ? p.projected_pm25->high.ToString() : "") << ','
        << (p.projected_heavy_days ? p.projected_heavy_days->value.ToString() : "") << ','
        << campaign::IndicatorStatusName(p.pm25_status) << ','
        << campaign::IndicatorStatusName(p.heavy_status) << ','
        << campaign::OutcomeName(c.verdict.outcome) << ',' << Joined(p.incomplete_months) << ','
        << (a.synthetic ? "Y" : "N") << '\n';
  }
}

void WriteWarnings(std::ostream& out, const app::WarningList& w) {
  out << "lantian warning-letter candidates " << w.quarter << " as of "
      << core::FormatIsoDate(w.as_of) << ": " << w.candidates.size() << " of " << w.cities_assessed
      << " cities with targets\n";
  if (w.synthetic) {
    out << "*** SYNTHETIC DEMO DATA (lantian demo-data): these are not measured values ***\n";
  }
  for (const auto& c : w.candidates) {
    out << "\n" << c.unit.code << " " << c.unit.name_zh << " (" << c.unit.province_zh << ")\n";
    for (const auto& r : c.reasons) {
      out << "  - [" << campaign::WarningReasonName(r.kind) << "] " << r.text_zh << " / "
          << r.text_en << "\n";
    }
  }
  out << "\n";
  for (const auto& n : w.notes) out << "note: " << n << "\n";
}

}  // namespace

void AddAssess(CLI::App& root, Action& action) {
  struct Options {
    CampaignSource source;
    std::string phase;
    std::optional<std::string> as_of, out;
    std::string format = "table";
  };
  auto o = std::make_shared<Options>();
  CLI::App* assess = root.add_subcommand(
      "assess",
      "Each plan city's progress against its PM2.5 and heavy-day targets (plan （二）): "
      "period-to-date mean, improvement, allowance for the remaining days, projection, "
      "status and verdict; provinces and regions against the plan's regional targets");
  o->source.AddOptions(assess);
  assess->add_option("--phase", o->phase, "2020Q4, 2021Q1 or season")->required();
  assess->add_option("--as-of", o->as_of, "Last day counted (default: the last day with data)");
  assess->add_option("--format", o->format, "table, csv or json")
      ->check(CLI::IsMember({"table", "csv", "json"}));
  assess->add_option("--out", o->out, "Output file (default: standard output)");
  assess->callback([o, &action] {
    action = [o]() -> int {
      if (o->phase != "2020Q4" && o->phase != "2021Q1" && o->phase != "season") {
        return Fail(core::InvalidInput(
            "phase must be 2020Q4, 2021Q1 or season, not '" + o->phase + "'", "--phase"));
      }
      auto as_of = AsOf(o->as_of);
      if (!as_of) return Fail(as_of.error());
      auto request = app::AssessmentRequest(o->phase);
      if (!request) return Fail(request.error());
      auto in = o->source.Load(*request);
      if (!in) return Fail(in.error());
      auto a = app::Assess(*in, o->phase, *as_of);
      if (!a) return Fail(a.error());
      Output out(o->out);
      if (o->format == "json") {
        out.stream() << app::AssessmentJson(*a).dump(2) << "\n";
      } else if (o->format == "csv") {
        WriteCsv(out.stream(), *a);
      } else {
        WriteTable(out.stream(), *a);
      }
      core::Status closed = out.Close();
      return closed.ok() ? 0 : Fail(closed);
    };
  });

  CLI::App* warnings = root.add_subcommand(
      "warnings",
      "Quarterly warning-letter candidates (plan （二十二）): improvement behind the target, "
      "heavy days over it, hourly AQI at 500 on repeated days; each with its reasons");
  o->source.AddOptions(warnings);
  warnings->add_option("--quarter", o->phase, "2020Q4 or 2021Q1")->required();
  warnings->add_option("--as-of", o->as_of, "Last day counted (default: the last day with data)");
  warnings->add_option("--format", o->format, "table or json")
      ->check(CLI::IsMember({"table", "json"}));
  warnings->add_option("--out", o->out, "Output file (default: standard output)");
  warnings->callback([o, &action] {
    action = [o]() -> int {
      auto as_of = AsOf(o->as_of);
      if (!as_of) return Fail(as_of.error());
      auto request = app::WarningRequest(o->phase);
      if (!request)
        return Fail(core::Status(request.error().code(), request.error().message(), "--quarter"));
      auto in = o->source.Load(*request);
      if (!in) return Fail(in.error());
      auto w = app::WarningCandidates(*in, o->phase, *as_of);
      if (!w) return Fail(w.error());
      Output out(o->out);
      if (o->format == "json") {
        out.stream() << app::WarningsJson(*w).dump(2) << "\n";
      } else {
        WriteWarnings(out.stream(), *w);
      }
      core::Status closed = out.Close();
      return closed.ok() ? 0 : Fail(closed);
    };
  });
}

}  // namespace lantian::cli
