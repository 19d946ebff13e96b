// lantian list check: an emergency list against the plan's rules and the
// 10 / 20 / 30 % reductions of the city's society-wide emissions.
#include <iomanip>
#include <iostream>
#include <sstream>

#include "app/app.hpp"
#include "app/enterprise_sheet.hpp"
#include "app/list_check.hpp"
#include "app/list_desk.hpp"
#include "app/list_in_force.hpp"
#include "app/list_reference.hpp"
#include "app/list_revisions.hpp"
#include "app/list_sheets.hpp"
#include "campaign/baseline.hpp"
#include "cli/command.hpp"
#include "io/emergency_tables.hpp"

namespace lantian::cli {
namespace {}  // namespace

void AddList(CLI::App& root, Action& action) {
  struct Options {
    app::ListCheckFiles files;
    std::string format = "table";
    std::string level = "all";
    std::optional<std::string> out;
    std::string db, city, comment, file, enterprise, at, period = "season", province, kind;
    std::vector<std::string> accept, set;
    int version = 0, from = 0, to = 0;
  };
  auto o = std::make_shared<Options>();
  CLI::App* list = root.add_subcommand(
      "list",
      "Emergency emission-reduction lists (plan （四）（五）): enterprises, lines, measures");
  list->require_subcommand(1);
  CLI::App* check = list->add_subcommand(
      "check",
      "Check a city's list against the plan's rules and whether its measures cut 10 / 20 / 30 % "
      "of the city's SO2, NOx, PM and VOCs at yellow / orange / red");
  check->add_option(
      "--list", o->files.list,
      "The list: a workbook with the sheets enterprises, lines, measures, or a folder "
      "with enterprises.csv, lines.csv, measures.csv");
  check->add_option("--inventory", o->files.inventory,
                    "The city's society-wide emissions: city,pollutant,t_per_day[,source]");
  check->add_option("--db", o->db, "Instead of files: a store, with --city [--version]");
  check->add_option("--city", o->city, "The city whose stored list to check");
  check->add_option("--version", o->version, "The stored version (default: the latest)");
  check->add_option("--templates", o->files.templates,
                    "Measure templates industry,grade,level,min_percent (default: built in)");
  check->add_option("--industries", o->files.industries,
                    "Industries code,name_zh,name_en (default: the 39 of the guideline)");
  check->add_option("--format", o->format, "table (CSV and findings) or json");
  check->add_option("--out", o->out, "Output file (default: standard output)");
  check->callback([o, &action] {
    action = [o]() -> int {
      if (o->format != "table" && o->format != "json") {
        return Fail(core::InvalidInput("format is table or json", "--format"));
      }
      std::vector<io::FileReport> reports;
      core::Result<app::ListCheckResult> r =
          core::InvalidInput("give --list and --inventory, or --db and --city", "--list");
      if (!o->db.empty()) {
        auto a = app::App::Open(o->db, app::App::OpenMode::kExisting);
        if (!a) return Fail(a.error());
        r = app::CheckStoredList(a->store(), CliActor().principal, o->city, o->version);
      } else if (!o->files.list.empty() && !o->files.inventory.empty()) {
        r = app::CheckListFiles(o->files, reports);
      }
      PrintReports(reports);
      if (!r) return Fail(r.error());
      Output out(o->out);
      if (o->format == "json") {
        out.stream() << app::ListCheckJson(*r).dump(2) << '\n';
      } else {
        out.stream() << "level,pollutant,base_t,reduction_t,ratio,required,met,short_t\n";
        for (const auto& level : r->check.levels) {
          for (auto p : emergency::kPollutants) {
            const auto& c = level.pollutants[static_cast<int>(p)];
            const auto ratio = c.Ratio();
            out.stream() << alert::LevelName(level.level) << ',' << emergency::PollutantName(p)
                         << ',' << Fixed(c.BaseT(), 3) << ',' << Fixed(c.ReductionT(), 3) << ','
                         << (ratio ? Fixed(*ratio, 4) : "") << ','
                         << Fixed(c.required_permille / 1000.0, 2) << ','
                         << (c.Met() ? "yes" : "no") << ',' << Fixed(c.ShortT(), 3) << '\n';
          }
        }
        out.stream() << '\n' << r->findings.size() << " findings\n";
        for (const auto& f : r->findings) {
          out.stream() << f.sheet << " row " << f.row << ": " << f.enterprise
                       << (f.line.empty() ? "" : " line " + f.line) << ": " << f.rule << ": "
                       << f.message << '\n';
        }
      }
      core::Status closed = out.Close();
      return closed.ok() ? 0 : Fail(closed);
    };
  });

  CLI::App* optimize = list->add_subcommand(
      "optimize",
      "Propose the added measures that close a level's shortfall for all four pollutants at the "
      "least loss of output (a linear program), with each proposal's cost per tonne");
  optimize->add_option("--list", o->files.list, "The list (as for check)");
  optimize->add_option("--inventory", o->files.inventory, "The city's emissions");
  optimize->add_option("--db", o->db, "Instead of files: a store, with --city [--version]");
  optimize->add_option("--city", o->city, "The city whose stored list to optimize");
  optimize->add_option("--version", o->version, "The stored version (default: the latest)");
  optimize->add_option("--templates", o->files.templates, "Measure templates (as for check)");
  optimize->add_option("--industries", o->files.industries, "Industries (as for check)");
  optimize->add_option("--level", o->level, "yellow, orange, red or all (default)");
  optimize->add_option("--format", o->format, "table (CSV) or json");
  optimize->add_option("--out", o->out, "Output file (default: standard output)");
  optimize->callback([o, &action] {
    action = [o]() -> int {
      if (o->format != "table" && o->format != "json") {
        return Fail(core::InvalidInput("format is table or json", "--format"));
      }
      std::vector<alert::Level> levels;
      for (auto l : emergency::kListLevels) {
        if (o->level == "all" || o->level == alert::LevelName(l)) levels.push_back(l);
      }
      if (levels.empty()) {
        return Fail(core::InvalidInput("level is yellow, orange, red or all", "--level"));
      }
      std::vector<io::FileReport> reports;
      core::Result<app::ListCheckResult> r =
          core::InvalidInput("give --list and --inventory, or --db and --city", "--list");
      if (!o->db.empty()) {
        auto a = app::App::Open(o->db, app::App::OpenMode::kExisting);
        if (!a) return Fail(a.error());
        r = app::CheckStoredList(a->store(), CliActor().principal, o->city, o->version);
      } else if (!o->files.list.empty() && !o->files.inventory.empty()) {
        r = app::CheckListFiles(o->files, reports);
      }
      PrintReports(reports);
      if (!r) return Fail(r.error());
      Output out(o->out);
      nlohmann::json all = nlohmann::json::array();
      if (o->format == "table") {
        out.stream() << "level,enterprise,line,industry,grade,from_percent,to_percent,added_t,"
                        "cost_yuan_per_day,cost_per_t\n";
      }
      for (alert::Level level : levels) {
        const emergency::Optimization opt = emergency::Optimize(r->list, r->inventory, level);
        if (o->format == "json") {
          all.push_back(app::OptimizationJson(opt));
          continue;
        }
        if (!opt.feasible) {
          std::cerr << "lantian: " << alert::LevelName(level) << ": " << opt.why << '\n';
        }
        for (const auto& p : opt.proposals) {
          double added = 0;
          for (int64_t kg : p.added_kg) added += static_cast<double>(kg) / 1000.0;
          // A uniform limit shows one share; a stop of processes the first pollutant's.
          out.stream() << alert::LevelName(level) << ',' << p.enterprise << ',' << p.line << ','
                       << p.industry << ',' << emergency::GradeName(p.grade) << ','
                       << Fixed(p.from_permille[0] / 10.0, 1) << ','
                       << Fixed(p.to_permille[0] / 10.0, 1) << ',' << Fixed(added, 3) << ','
                       << Fixed(p.cost, 2) << ',' << Fixed(p.CostPerTonne(), 2) << '\n';
        }
      }
      if (o->format == "json") out.stream() << all.dump(2) << '\n';
      core::Status closed = out.Close();
      return closed.ok() ? 0 : Fail(closed);
    };
  });

  // Lists in a store: versions, review, inventories, diffs.
  auto with_store = [o](const std::function<core::Status(app::App&, const std::string&)>& work) {
    return WithStore(o->db, work);
  };
  CLI::App* import = list->add_subcommand(
      "import", "Store a city's list as a new draft version (workbook or folder; all or nothing)");
  import->add_option("--db", o->db, "Store")->required();
  import->add_option("file", o->file, "The list")->required();
  import->add_option("--at", o->at,
                     "When the version was drawn up, YYYY-MM-DD HH:MM (default: now; give the "
                     "real date when entering a past season)");
  import->callback([o, with_store, &action] {
    action = [o, with_store]() -> int {
      std::vector<io::FileReport> reports;
  const int rc = with_store([&](app::App& a, const std::string& now) -> core::Status {
    LANTIAN_ASSIGN_OR_RETURN(auto r, app::ImportList(a.store(), app::TableFile::At(o->file),
                                                     CliActor(), now, reports, o->at));
    std::cout << r.version.city_code << " version " << r.version.version
              << " (draft): " << r.enterprises << " enterprises, " << r.lines << " lines, "
              << r.measures << " measures, " << r.findings << " findings\n";
    return core::Status::Ok();
  });
  PrintReports(reports);
  return rc;
};
}  // namespace lantian::cli
);
CLI::App* inventory = list->add_subcommand(
    "inventory", "Store a city's society-wide emissions city,pollutant,t_per_day[,source]");
inventory->add_option("--db", o->db, "Store")->required();
inventory->add_option("file", o->file, "The inventory")->required();
inventory->callback([o, with_store, &action] {
  action = [o, with_store]() -> int {
    std::vector<io::FileReport> reports;
    const int rc = with_store([&](app::App& a, const std::string& now) -> core::Status {
      LANTIAN_ASSIGN_OR_RETURN(
          auto inv,
          app::ImportInventory(a.store(), app::TableFile::At(o->file), CliActor(), now, reports));
      std::cout << inv.city << ": inventory stored (" << inv.source << ")\n";
      return core::Status::Ok();
    });
    PrintReports(reports);
    return rc;
  };
});
CLI::App* versions = list->add_subcommand("versions", "The stored versions and their review");
versions->add_option("--db", o->db, "Store")->required();
versions->add_option("--city", o->city, "Only this city");
versions->callback([o, with_store, &action] {
  action = [o, with_store]() -> int {
    return with_store([&](app::App& a, const std::string&) -> core::Status {
      LANTIAN_ASSIGN_OR_RETURN(auto all,
                               app::ListVersionsOf(a.store(), CliActor().principal, o->city));
      std::cout << "city,version,status,file,created_by,steps\n";
      for (const auto& v : all) {
        std::string steps;
        for (const auto& s : v.steps) {
          steps += (steps.empty() ? "" : "; ") + s.step +
                   (s.comment.empty() ? "" : " (" + s.comment + ")");
        }
        std::cout << v.version.city_code << ',' << v.version.version << ',' << v.version.status
                  << ',' << CsvField(v.version.file) << ',' << CsvField(v.version.created_by) << ','
                  << CsvField(steps) << '\n';
      }
      return core::Status::Ok();
    });
  };
});
for (emergency::ListStep step : {emergency::ListStep::kSubmit, emergency::ListStep::kReturn,
                                 emergency::ListStep::kApprove, emergency::ListStep::kReport}) {
  const std::string name(emergency::ListStepName(step));
  CLI::App* c = list->add_subcommand(
      name, name == "submit"    ? "Submit a draft for the province's review"
            : name == "return"  ? "Return a submitted list with comments (province)"
            : name == "approve" ? "Approve a submitted list (province)"
                                : "Report an approved list to the ministry (province)");
  c->add_option("--db", o->db, "Store")->required();
  c->add_option("--city", o->city, "The city")->required();
  c->add_option("--version", o->version, "The version (default: the latest)");
  c->add_option("--comment", o->comment, "Comments (required to return)");
  c->add_option("--at", o->at, "When the step was taken, YYYY-MM-DD HH:MM (default: now)");
  c->callback([o, with_store, step, &action] {
    action = [o, with_store, step]() -> int {
      return with_store([&](app::App& a, const std::string& now) -> core::Status {
        LANTIAN_ASSIGN_OR_RETURN(auto v, app::TakeListStep(a.store(), o->city, o->version, step,
                                                           o->comment, CliActor(), now, o->at));
        std::cout << v.city_code << " version " << v.version << ": " << v.status << '\n';
        return core::Status::Ok();
      });
    };
  });
}
const auto print_new_version = [](const app::ListImported& r) {
  std::cout << r.version.city_code << " version " << r.version.version << " (draft, "
            << r.version.file << "): " << r.enterprises << " enterprises, " << r.lines << " lines, "
            << r.measures << " measures, " << r.findings << " findings\n";
};
CLI::App* accept = list->add_subcommand(
    "accept",
    "Accept some of the optimizer's proposals at a level: a new draft version with them "
    "applied (the others rejected)");
accept->add_option("--db", o->db, "Store")->required();
accept->add_option("--city", o->city, "The city")->required();
accept->add_option("--version", o->version, "The version proposed on (default: the latest)");
accept->add_option("--level", o->level, "yellow, orange or red")
    ->required()
    ->check(CLI::IsMember({"yellow", "orange", "red"}));
accept->add_option("--line", o->accept, "A proposal to accept: CREDIT_CODE/LINE (repeatable)")
    ->required();
accept->callback([o, with_store, print_new_version, &action] {
  action = [o, with_store, print_new_version]() -> int {
    return with_store([&](app::App& a, const std::string& now) -> core::Status {
      std::vector<std::pair<std::string, std::string>> lines;
      for (const auto& x : o->accept) {
        const auto slash = x.find('/');
        if (slash == std::string::npos) {
          return core::InvalidInput("'" + x + "' is not CREDIT_CODE/LINE", "--line");
        }
        lines.emplace_back(x.substr(0, slash), x.substr(slash + 1));
      }
      LANTIAN_ASSIGN_OR_RETURN(
          auto r, app::AcceptProposals(a.store(), o->city, o->version, *alert::ParseLevel(o->level),
                                       lines, CliActor(), now));
      print_new_version(r);
      return core::Status::Ok();
    });
  };
});
CLI::App* edit =
    list->add_subcommand("edit", "Change measures of lines: a new draft version from a stored one");
edit->add_option("--db", o->db, "Store")->required();
edit->add_option("--city", o->city, "The city")->required();
edit->add_option("--version", o->version, "The version to start from (default: the latest)");
edit->add_option("--set", o->set,
                 "CREDIT_CODE/LINE/LEVEL/MEASURE[/PERCENT], e.g. 91130100MA0CEMT01Q/1/red/stop "
                 "or …/1/yellow/limit/20 (repeatable)")
    ->required();
edit->add_option("--comment", o->comment, "Why (kept with the version)");
edit->callback([o, with_store, print_new_version, &action] {
  action = [o, with_store, print_new_version]() -> int {
    return with_store([&](app::App& a, const std::string& now) -> core::Status {
      std::vector<emergency::Measure> edits;
      for (size_t i = 0; i < o->set.size(); ++i) {
        std::vector<std::string> f;
        std::string part;
        for (char c : o->set[i] + "/") {
          if (c == '/') {
            f.push_back(part);
            part.clear();
          } else {
            part += c;
          }
        }
        if (f.size() != 4 && f.size() != 5) {
          return core::InvalidInput(
              "'" + o->set[i] + "' is not CREDIT_CODE/LINE/LEVEL/MEASURE[/PERCENT]", "--set");
        }
        nlohmann::json j{{"credit_code", f[0]}, {"line", f[1]}, {"level", f[2]}, {"measure", f[3]}};
        if (f.size() == 5) {
          char* end = nullptr;
          const double v = std::strtod(f[4].c_str(), &end);
          if (f[4].empty() || *end != '\0') {
            return core::InvalidInput("'" + f[4] + "' is not a percentage", "--set");
          }
          j["percent"] = v;
        }
        auto m = app::MeasureEditFromJson(j, i);
        if (!m) return core::InvalidInput(m.error().message() + " in '" + o->set[i] + "'", "--set");
        edits.push_back(std::move(*m));
      }
      LANTIAN_ASSIGN_OR_RETURN(auto r, app::ReviseMeasures(a.store(), o->city, o->version, edits,
                                                           o->comment, CliActor(), now));
      print_new_version(r);
      return core::Status::Ok();
    });
  };
});
CLI::App* export_list = list->add_subcommand(
    "export",
    "Write a stored version in the template's form: a workbook (.xlsx) or a folder of three "
    "CSVs; it imports back unchanged");
export_list->add_option("--db", o->db, "Store")->required();
export_list->add_option("--city", o->city, "The city")->required();
export_list->add_option("--version", o->version, "The version (default: the latest)");
export_list->add_option("--out", o->out, "list.xlsx, or a folder for CSVs")->required();
export_list->callback([o, with_store, &action] {
  action = [o, with_store]() -> int {
    return with_store([&](app::App& a, const std::string&) -> core::Status {
      LANTIAN_ASSIGN_OR_RETURN(
          auto v, app::ListVersionContent(a.store(), CliActor().principal, o->city, o->version));
      LANTIAN_RETURN_IF_ERROR(app::WriteList(v.second, *o->out));
      std::cout << v.first.city_code << " version " << v.first.version << " (" << v.first.status
                << "): " << v.second.enterprises.size() << " enterprises, " << v.second.lines.size()
                << " lines, " << v.second.measures.size() << " measures written to " << *o->out
                << '\n';
      return core::Status::Ok();
    });
  };
});
CLI::App* province_table = list->add_subcommand(
    "province-table",
    "Store a province's own table for checking its cities' lists: templates "
    "(industry,grade,level,min_percent; an industry's rows replace the built-in ones) or "
    "industries (code; added to the 39); replaced whole");
province_table->add_option("--db", o->db, "Store")->required();
province_table->add_option("--province", o->province, "The province, e.g. 河北省")->required();
province_table->add_option("--kind", o->kind, "templates or industries")
    ->required()
    ->check(CLI::IsMember({"templates", "industries"}));
province_table->add_option("file", o->file, "The table (CSV or workbook)")->required();
province_table->callback([o, with_store, &action] {
  action = [o, with_store]() -> int {
    std::vector<io::FileReport> reports;
    const int rc = with_store([&](app::App& a, const std::string& now) -> core::Status {
      LANTIAN_ASSIGN_OR_RETURN(
          auto t, app::ImportProvinceTable(a.store(), app::TableFile::At(o->file), o->province,
                                           o->kind, CliActor(), now, reports));
      const auto rows = std::count(t.content.begin(), t.content.end(), '\n') - 1;
      std::cout << t.province << " " << t.kind << ": " << rows << " rows stored from " << t.file
                << '\n';
      return core::Status::Ok();
    });
    PrintReports(reports);
    return rc;
  };
});
CLI::App* province_tables =
    list->add_subcommand("province-tables", "The provinces' stored tables (CSV)");
province_tables->add_option("--db", o->db, "Store")->required();
province_tables->add_option("--province", o->province, "Only this province");
province_tables->callback([o, with_store, &action] {
  action = [o, with_store]() -> int {
    return with_store([&](app::App& a, const std::string&) -> core::Status {
      LANTIAN_ASSIGN_OR_RETURN(auto all,
                               app::ProvinceTables(a.store(), CliActor().principal, o->province));
      std::cout << "province,kind,rows,file,stored_by,stored_at\n";
      for (const auto& t : all) {
        std::cout << t.province << ',' << t.kind << ','
                  << std::count(t.content.begin(), t.content.end(), '\n') - 1 << ','
                  << CsvField(t.file) << ',' << CsvField(t.stored_by) << ',' << t.stored_at << '\n';
      }
      return core::Status::Ok();
    });
  };
});
CLI::App* in_force = list->add_subcommand(
    "in-force",
    "The measures in force during the city's alerts: for each stretch of an alert level, "
    "the list version the city worked by and what each line had to do");
in_force->add_option("--db", o->db, "Store")->required();
in_force->add_option("--city", o->city, "The city")->required();
in_force->add_option("--period", o->period, "2020Q4, 2021Q1, a month, a range, or season");
in_force->add_option("--enterprise", o->enterprise, "Only this enterprise (credit code)");
in_force
    ->add_option("--format", o->format,
                 "table (one row per stretch), duties (one per line), "
                 "or json")
    ->check(CLI::IsMember({"table", "duties", "json"}));
in_force->callback([o, with_store, &action] {
  action = [o, with_store]() -> int {
    return with_store([&](app::App& a, const std::string&) -> core::Status {
      auto period = campaign::ParseSeasonOrPeriod(o->period);
      if (!period) return core::InvalidInput(period.error().message(), "--period");
      LANTIAN_ASSIGN_OR_RETURN(auto c, app::MeasuresInForce(a.store(), CliActor().principal,
                                                            o->city, *period, o->enterprise));
      if (o->format == "json") {
        std::cout << app::InForceJson(c, true).dump(2) << '\n';
        return core::Status::Ok();
      }
      const auto list_of = [](const app::InForceSpan& s) {
        return s.version ? "v" + std::to_string(s.version->version) + " " + s.version->status
                         : std::string("none");
      };
      const auto until = [](const app::InForceSpan& s) {
        return s.span.to ? core::FormatInstant(*s.span.to) : std::string("in force");
      };
      if (o->format == "duties") {
        std::cout << "from,to,level,list,enterprise,enterprise_name,line,line_name,measure,"
                     "SO2_t,NOx_t,PM_t,VOCs_t\n";
        for (const auto& s : c.spans) {
          for (const auto& d : s.duties) {
            std::cout << core::FormatInstant(s.span.from) << ',' << until(s) << ','
                      << alert::LevelName(s.span.level) << ',' << list_of(s) << ',' << d.enterprise
                      << ',' << CsvField(d.enterprise_name) << ',' << CsvField(d.line) << ','
                      << CsvField(d.line_name) << ','
                      << (d.measure ? emergency::MeasureKindName(d.measure->kind) : "missing");
            for (int64_t kg : d.reduction_kg) std::cout << ',' << Fixed(kg / 1000.0, 3);
            std::cout << '\n';
          }
        }
        return core::Status::Ok();
      }
      std::cout << "from,to,level,list,enterprises,lines,lines_without_measure,SO2_t,NOx_t,PM_t,"
                   "VOCs_t\n";
      for (const auto& s : c.spans) {
        std::cout << core::FormatInstant(s.span.from) << ',' << until(s) << ','
                  << alert::LevelName(s.span.level) << ',' << list_of(s)
                  << (s.version && !s.approved ? " (not approved)" : "") << ',' << s.enterprises
                  << ',' << s.duties.size() << ',' << s.lines_without_measure;
        for (int64_t kg : s.reduction_kg) std::cout << ',' << Fixed(kg / 1000.0, 3);
        std::cout << '\n';
      }
      return core::Status::Ok();
    });
  };
});
CLI::App* diff = list->add_subcommand("diff", "What changed between two stored versions");
diff->add_option("--db", o->db, "Store")->required();
diff->add_option("--city", o->city, "The city")->required();
diff->add_option("--from", o->from, "The earlier version")->required();
diff->add_option("--to", o->to, "The later version (default: the latest)");
diff->callback([o, with_store, &action] {
  action = [o, with_store]() -> int {
    return with_store([&](app::App& a, const std::string&) -> core::Status {
      LANTIAN_ASSIGN_OR_RETURN(auto changes, app::DiffListVersions(a.store(), CliActor().principal,
                                                                   o->city, o->from, o->to));
      std::cout << "what,kind,enterprise,line,level,detail\n";
      for (const auto& c : changes) {
        std::cout << c.what << ',' << c.kind << ',' << c.enterprise << ',' << c.line << ','
                  << c.level << ',' << CsvField(c.detail) << '\n';
      }
      return core::Status::Ok();
    });
  };
});

CLI::App* tmpl = list->add_subcommand(
    "template",
    "Write the workbook a bureau fills in: the sheets enterprises, lines, measures "
    "with their columns, and a sheet that explains them");
tmpl->add_option("--out", o->out, "The workbook (.xlsx)")->required();
tmpl->callback([o, &action] {
  action = [o]() -> int {
    core::Status s = app::WriteListTemplate(*o->out);
    return s.ok() ? 0 : Fail(s);
  };
});
CLI::App* sheet = list->add_subcommand(
    "sheet",
    "Write one enterprise's measure sheet (一厂一策): its lines and what each does at "
    "each level, with how it is verified");
sheet->add_option("--list", o->files.list, "The list (workbook or folder)");
sheet->add_option("--db", o->db,
                  "Instead of a file: the store (the newest version of a list naming the "
                  "enterprise)");
sheet->add_option("--enterprise", o->city, "The enterprise's credit code")->required();
sheet->add_option("--out", o->out, "The workbook (.xlsx)")->required();
sheet->callback([o, &action] {
  action = [o]() -> int {
    if (o->files.list.empty() == o->db.empty()) {
      return Fail(core::InvalidInput("give either --list or --db", "--list"));
    }
    if (!o->db.empty()) {
      return WithStore(o->db, [&](app::App& a, const std::string&) -> core::Status {
        LANTIAN_ASSIGN_OR_RETURN(auto s,
                                 app::SheetOf(a.store(), CliActor().principal, o->city, ""));
        const emergency::EmergencyList own{s.city, {s.enterprise}, s.lines, s.measures};
        LANTIAN_RETURN_IF_ERROR(app::WriteEnterpriseSheet(own, o->city, *o->out));
        std::cout << s.enterprise.name << " (" << s.city << " v" << s.version.version << ", "
                  << s.version.status << "): " << s.lines.size() << " lines, "
                  << s.confirmations.size() << " confirmation(s)\n";
        return core::Status::Ok();
      });
    }
    std::vector<io::FileReport> reports;
    auto l = io::ReadEmergencyList(o->files.list, reports);
    PrintReports(reports);
    if (!l) return Fail(l.error());
    core::Status s = app::WriteEnterpriseSheet(*l, o->city, *o->out);
    return s.ok() ? 0 : Fail(s);
  };
});
}

}  // namespace lantian::cli
