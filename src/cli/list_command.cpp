// lantian list check: an emergency list against the plan's rules and the
// 10 / 20 / 30 % reductions of the city's society-wide emissions.
#include <iomanip>
#include <iostream>
#include <sstream>

#include "app/list_check.hpp"
#include "cli/command.hpp"

namespace lantian::cli {
namespace {

std::string Fixed(double v, int digits) {
  std::ostringstream s;
  s << std::fixed << std::setprecision(digits) << v;
  return s.str();
}

}  // namespace

void AddList(CLI::App& root, Action& action) {
  struct Options {
    app::ListCheckFiles files;
    std::string format = "table";
    std::string level = "all";
    std::optional<std::string> out;
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
  check
      ->add_option("--list", o->files.list,
                   "The list: a workbook with the sheets enterprises, lines, measures, or a folder "
                   "with enterprises.csv, lines.csv, measures.csv")
      ->required();
  check
      ->add_option("--inventory", o->files.inventory,
                   "The city's society-wide emissions: city,pollutant,t_per_day[,source]")
      ->required();
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
      auto r = app::CheckListFiles(o->files, reports);
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
  optimize->add_option("--list", o->files.list, "The list (as for check)")->required();
  optimize->add_option("--inventory", o->files.inventory, "The city's emissions")->required();
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
      auto r = app::CheckListFiles(o->files, reports);
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
}

}  // namespace lantian::cli
