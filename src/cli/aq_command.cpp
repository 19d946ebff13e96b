// lantian aq daily | hourly | compare
#include <iomanip>
#include <iostream>

#include "app/app.hpp"
#include "cli/command.hpp"
#include "io/csv_reader.hpp"
#include "io/table_csv.hpp"

namespace lantian::cli {
namespace {

core::Result<core::Period> PeriodFrom(const std::string& from, const std::string& to) {
  auto a = core::ParseIsoDate(from);
  if (!a) return core::InvalidInput(a.error().message(), "--from");
  auto b = core::ParseIsoDate(to);
  if (!b) return core::InvalidInput(b.error().message(), "--to");
  if (*b < *a) return core::InvalidInput("--to is before --from", "--to");
  return core::Period{*a, *b};
}

}  // namespace

void AddAq(CLI::App& root, Action& action) {
  struct Options {
    std::optional<std::string> in, stations, out, db, from, to, city, station;
  };
  auto o = std::make_shared<Options>();
  CLI::App* aq =
      root.add_subcommand("aq", "Air-quality tables: daily, hourly, published vs computed");
  aq->require_subcommand(1);

  CLI::App* daily = aq->add_subcommand(
      "daily",
      "Daily values and AQI (HJ 633-2012, GB 3095-2012, HJ 663-2013) as CSV "
      "id,date,SO2,NO2,CO,O3_1h,O3_8h,PM10,PM2.5,AQI,level,primary; from a long CSV "
      "(--in) or from a store (--db --from --to)");
  daily->add_option("--in", o->in, "Long CSV station,time,pollutant,value (no store)");
  daily->add_option("--stations", o->stations, "With --in: CSV station,city for rows per city");
  daily->add_option("--db", o->db, "Store to read from");
  daily->add_option("--from", o->from, "With --db: first date YYYY-MM-DD");
  daily->add_option("--to", o->to, "With --db: last date YYYY-MM-DD");
  daily->add_option("--city", o->city,
                    "With --db: rows of this city (GB/T 2260 code) from its assessment stations, "
                    "or 'all' for every city; default: one row per station");
  daily->add_option("--out", o->out, "Output file (default: standard output)");
  daily->callback([o, &action] {
    action = [o]() -> int {
      core::Result<app::DailyTable> table =
          core::InvalidInput("give --in, or --db with --from and --to");
      std::vector<io::FileReport> reports;
      if (o->in && o->db)
        return Fail(core::InvalidInput("--in and --db exclude each other", "--db"));
      if (o->in) {
        if (o->city || o->from || o->to) {
          return Fail(core::InvalidInput("--city, --from and --to go with --db", "--in"));
        }
        table = app::DailyFromLongCsv({*o->in, o->stations}, reports);
      } else if (o->db) {
        if (o->stations) return Fail(core::InvalidInput("--stations goes with --in", "--stations"));
        if (!o->from || !o->to)
          return Fail(core::InvalidInput("--db needs --from and --to", "--from"));
        auto period = PeriodFrom(*o->from, *o->to);
        if (!period) return Fail(period.error());
        auto app = app::App::Open(*o->db, app::App::OpenMode::kExisting);
        if (!app) return Fail(app.error());
        app::DailyQuery q{*period, o->city.has_value(), std::nullopt};
        if (o->city && *o->city != "all") q.city = *o->city;
        table = app->Daily(q);
      }
      PrintReports(reports);
      if (!table) return Fail(table.error());
      for (const auto& note : table->notes) std::cerr << "lantian: note: " << note << "\n";
      if (table->synthetic) {
        std::cerr
            << "lantian: note: SYNTHETIC demo data in this period (made by lantian demo-data, "
               "not measured)\n";
      }
      Output out(o->out);
      io::WriteDailyCsv(out.stream(), table->rows);
      core::Status closed = out.Close();
      return closed.ok() ? 0 : Fail(closed);
    };
  });

  CLI::App* hourly = aq->add_subcommand(
      "hourly", "Hourly (real-time) AQI per station and hour as CSV id,time,AQI,level,primary");
  hourly->add_option("--in", o->in, "Long CSV station,time,pollutant,value")->required();
  hourly->add_option("--out", o->out, "Output file (default: standard output)");
  hourly->callback([o, &action] {
    action = [o]() -> int {
      std::vector<io::FileReport> reports;
      auto rows = app::HourlyFromLongCsv(*o->in, reports);
      PrintReports(reports);
      if (!rows) return Fail(rows.error());
      Output out(o->out);
      io::WriteHourlyCsv(out.stream(), *rows);
      core::Status closed = out.Close();
      return closed.ok() ? 0 : Fail(closed);
    };
  });

  CLI::App* compare = aq->add_subcommand(
      "compare",
      "Published values (CNEMC AQI, X_24h, O3_8h_24h) against lantian's computation: "
      "agreement per kind on stderr, every disagreement as CSV");
  compare->add_option("--db", o->db, "Store with imported CNEMC site files")->required();
  compare->add_option("--from", o->from, "First date YYYY-MM-DD")->required();
  compare->add_option("--to", o->to, "Last date YYYY-MM-DD")->required();
  compare->add_option("--station", o->station, "Only this station");
  compare->add_option("--out", o->out, "Disagreements CSV (default: standard output)");
  compare->callback([o, &action] {
    action = [o]() -> int {
      auto period = PeriodFrom(*o->from, *o->to);
      if (!period) return Fail(period.error());
      auto app = app::App::Open(*o->db, app::App::OpenMode::kExisting);
      if (!app) return Fail(app.error());
      auto cmp = app->Compare(*period, o->station);
      if (!cmp) return Fail(cmp.error());
      for (size_t k = 0; k < aq::kCheckKindCount; ++k) {
        const app::Agreement& a = cmp->by_kind[k];
        if (a.compared == 0 && a.not_computed == 0) continue;
        std::cerr << std::left << std::setw(26) << aq::CheckKindName(static_cast<aq::CheckKind>(k))
                  << a.agreed << "/" << a.compared << " agree";
        if (a.compared > 0) {
          std::cerr << std::fixed << std::setprecision(3) << " ("
                    << 100.0 * static_cast<double>(a.agreed) / static_cast<double>(a.compared)
                    << "%)";
        }
        std::cerr << ", " << a.within_one << " within one unit, " << a.not_computed
                  << " published without hourly data\n";
      }
      Output out(o->out);
      out.stream() << "station,time,kind,published,computed\n";
      for (const auto& m : cmp->mismatches) {
        out.stream() << m.station << ',' << m.time << ',' << aq::CheckKindName(m.kind) << ','
                     << m.published.ToString() << ',' << (m.computed ? m.computed->ToString() : "")
                     << '\n';
      }
      core::Status closed = out.Close();
      return closed.ok() ? 0 : Fail(closed);
    };
  });
}

}  // namespace lantian::cli
