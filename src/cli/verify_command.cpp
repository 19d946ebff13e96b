// lantian verify load: did the listed lines cut their load during a city's
// alerts, by their electricity meters (issue 7 §4)?
#include <iomanip>
#include <iostream>
#include <sstream>

#include "app/app.hpp"
#include "app/electricity.hpp"
#include "app/list_store.hpp"
#include "app/load_verification.hpp"
#include "app/verification_report.hpp"
#include "campaign/baseline.hpp"
#include "cli/command.hpp"
#include "io/xlsx_reader.hpp"

namespace lantian::cli {
namespace {}  // namespace

void AddVerify(CLI::App& root, Action& action) {
  struct Options {
    std::string db, city, period = "season", now;
    std::vector<std::string> meters;
  };
  auto o = std::make_shared<Options>();
  CLI::App* verify = root.add_subcommand(
      "verify", "Verification of the measures during alerts (plan （二十）): electricity data");
  verify->require_subcommand(1);
  CLI::App* load = verify->add_subcommand(
      "load",
      "For every stretch of a city's alert and every listed line whose measure names a meter: "
      "did the line cut its load as the measure says (baseline: the same quarter hours of the "
      "5 most recent days without an alert)?");
  load->add_option("--db", o->db, "Store")->required();
  load->add_option("--city", o->city, "The city")->required();
  load->add_option("--meters", o->meters,
                   "15-minute readings: meter,time,kw or meter,time,kwh (CSV or workbook; "
                   "repeatable); default: the readings stored for the city's meters");
  load->add_option("--period", o->period, "2020Q4, 2021Q1, a month, a range, or season");
  load->add_option("--now", o->now,
                   "Judge as of YYYY-MM-DD HH:MM (default: now; an alert in force is checked "
                   "up to it)");
  struct TreatmentOptions {
    std::string db, city, from, to;
  };
  auto t = std::make_shared<TreatmentOptions>();
  CLI::App* treatment = verify->add_subcommand(
      "treatment",
      "For every treatment facility's meter of a city: did it run whenever its line ran (stored "
      "readings; running at 10 % of a meter's 95th-percentile load)?");
  treatment->add_option("--db", t->db, "Store")->required();
  treatment->add_option("--city", t->city, "The city")->required();
  treatment->add_option("--from", t->from, "From (YYYY-MM-DD HH:MM:SS, a quarter-hour end)");
  treatment->add_option("--to", t->to, "To");
  treatment->callback([t, &action] {
    action = [t]() -> int {
      return WithStore(t->db, [&](app::App& a, const std::string&) -> core::Status {
        LANTIAN_ASSIGN_OR_RETURN(auto rows, app::CheckTreatments(a.store(), CliActor().principal,
                                                                 t->city, t->from, t->to));
        std::cout << "enterprise,line,line_meter,facility,facility_meter,quarters_line_ran,"
                     "covered,facility_off,verdict,off_stretches\n";
        for (const auto& r : rows) {
          std::string stretches;
          for (const auto& [from, to] : r.check.stretches) {
            if (!stretches.empty()) stretches += "; ";
            stretches += core::FormatInstant(from) + " – " + core::FormatInstant(to).substr(11);
          }
          std::cout << r.line_meter.credit_code << ',' << CsvField(r.line_meter.line) << ','
                    << CsvField(r.line_meter.meter) << ',' << CsvField(r.facility_meter.facility)
                    << ',' << CsvField(r.facility_meter.meter) << ',' << r.check.line_ran << ','
                    << r.check.covered << ',' << r.check.facility_off << ','
                    << verify::LoadVerdictName(r.check.verdict) << ',' << CsvField(stretches)
                    << '\n';
        }
        return core::Status::Ok();
      });
    };
  });
  struct ReportOptions {
    std::string db, city, period = "season", now, out;
  };
  auto rep = std::make_shared<ReportOptions>();
  CLI::App* report = verify->add_subcommand(
      "report",
      "The verification report of a city's alerts: per listed enterprise, its lines' load cuts, "
      "treatment facilities, devices' hours over the limits under alert and confirmed findings, "
      "with a verdict; as a workbook with --out");
  report->add_option("--db", rep->db, "Store")->required();
  report->add_option("--city", rep->city, "The city")->required();
  report->add_option("--period", rep->period, "2020Q4, 2021Q1, a month, a range, or season");
  report->add_option("--now", rep->now, "Judge as of YYYY-MM-DD HH:MM (default: now)");
  report->add_option("--out", rep->out, "Write the workbook (.xlsx) here");
  report->callback([rep, &action] {
    action = [rep]() -> int {
      return WithStore(rep->db, [&](app::App& a, const std::string& clock) -> core::Status {
        auto period = campaign::ParseSeasonOrPeriod(rep->period);
        if (!period) return core::InvalidInput(period.error().message(), "--period");
        auto now = core::ParseInstant(rep->now.empty() ? clock : rep->now);
        if (!now) return core::InvalidInput(now.error().message(), "--now");
        LANTIAN_ASSIGN_OR_RETURN(auto r, app::CityVerification(a.store(), CliActor().principal,
                                                               rep->city, *period, *now));
        if (!rep->out.empty()) {
          LANTIAN_RETURN_IF_ERROR(app::WriteVerificationXlsx(r, rep->out));
        }
        std::cout << "enterprise,name,lines_suspected,lines_compliant,lines_no_data,"
                     "facilities_suspected,exceedances_under_alert,confirmed_findings,verdict\n";
        for (const auto& e : r.enterprises) {
          std::cout << e.enterprise << ',' << CsvField(e.name) << ',' << e.lines_suspected << ','
                    << e.lines_compliant << ',' << e.lines_no_data << ',' << e.facilities_suspected
                    << ',' << e.exceedances << ',' << e.confirmed_findings << ',' << e.verdict
                    << '\n';
        }
        return core::Status::Ok();
      });
    };
  });
  load->callback([o, &action] {
    action = [o]() -> int {
      std::vector<io::FileReport> reports;
      const int rc = WithStore(o->db, [&](app::App& a, const std::string& clock) -> core::Status {
        auto period = campaign::ParseSeasonOrPeriod(o->period);
        if (!period) return core::InvalidInput(period.error().message(), "--period");
        auto now = core::ParseInstant(o->now.empty() ? clock : o->now);
        if (!now) return core::InvalidInput(now.error().message(), "--now");
        io::MeterReadings readings;
        if (o->meters.empty()) {
          auto unit = app::ListCityUnit(a.store(), o->city);
          if (!unit) return unit.error();
          LANTIAN_ASSIGN_OR_RETURN(readings, app::StoredReadings(a.store(), unit->code));
        }
        for (const auto& path : o->meters) {
          LANTIAN_ASSIGN_OR_RETURN(io::CsvReader reader, io::OpenTable(path));
          reports.emplace_back(path);
          for (auto& [meter, series] : io::ReadMeterReadings(reader, reports.back())) {
            if (readings.count(meter)) {
              return core::InvalidInput(path + ": meter " + meter + " is in another file too",
                                        "--meters");
            }
            readings[meter] = std::move(series);
          }
          LANTIAN_RETURN_IF_ERROR(reports.back().ToStatus("nothing was checked"));
        }
        LANTIAN_ASSIGN_OR_RETURN(auto rows, app::VerifyLoads(a.store(), CliActor().principal,
                                                             o->city, *period, readings, *now));
        std::cout << "from,to,level,enterprise,enterprise_name,line,meter,measure,required_cut,"
                     "observed_cut,baseline_kw,during_kw,quarters,covered,verdict,why\n";
        for (const auto& r : rows) {
          std::cout << core::FormatInstant(r.span.from) << ','
                    << (r.span.to ? core::FormatInstant(*r.span.to) : "in force") << ','
                    << alert::LevelName(r.span.level) << ',' << r.enterprise << ','
                    << CsvField(r.enterprise_name) << ',' << CsvField(r.line) << ','
                    << CsvField(r.meter) << ','
                    << (r.measure ? emergency::MeasureKindName(r.measure->kind) : "none") << ','
                    << Fixed(r.check.required_cut, 3) << ',' << Fixed(r.check.observed_cut, 3)
                    << ','
                    << Fixed(r.check.covered ? std::optional(r.check.baseline_kw) : std::nullopt, 3)
                    << ','
                    << Fixed(r.check.covered ? std::optional(r.check.during_kw) : std::nullopt, 3)
                    << ',' << r.check.quarters << ',' << r.check.covered << ','
                    << verify::LoadVerdictName(r.check.verdict) << ',' << CsvField(r.check.why)
                    << '\n';
        }
        return core::Status::Ok();
      });
      PrintReports(reports);
      return rc;
    };
  });
}

}  // namespace lantian::cli
