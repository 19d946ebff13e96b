// lantian targets import | show | rule | template
#include <iomanip>
#include <iostream>

#include "app/app.hpp"
#include "app/campaign_json.hpp"
#include "app/city_targets.hpp"
#include "app/reference_data.hpp"
#include "cli/command.hpp"

namespace lantian::cli {
namespace {

void WriteTargets(std::ostream& out, const app::TargetsView& v,
                  const std::vector<campaign::Unit>& units) {
  out << std::left << std::setw(8) << "phase" << std::setw(8) << "code" << std::right
      << std::setw(7) << "PM2.5" << std::setw(7) << "heavy" << std::setw(7) << "base"
      << std::setw(6) << "baseH"
      << "  " << std::left << std::setw(10) << "source"
      << "derivation / note  city\n";
  for (const auto& t : v.targets) {
    std::string name;
    for (const auto& u : units) {
      if (u.code == t.city_code) name = u.name_zh;
    }
    std::string how = t.note;
    if (t.derivation) {
      const auto& d = *t.derivation;
      how = "tier " + std::to_string(d.tier) + ": −" + d.pm25_reduction_percent.ToString() +
            "%; heavy tier " + std::to_string(d.heavy_tier) + ": −" +
            std::to_string(d.heavy_days_reduction) + " days" +
            (d.stricter_reason.empty() ? "" : " (stricter: " + d.stricter_reason + ")");
    }
    out << std::left << std::setw(8) << t.phase << std::setw(8) << t.city_code << std::right
        << std::setw(7) << t.pm25.ToString() << std::setw(7) << t.heavy_days << std::setw(7)
        << (t.baseline_pm25 ? t.baseline_pm25->ToString() : "-") << std::setw(6)
        << (t.baseline_heavy_days ? std::to_string(*t.baseline_heavy_days) : "-") << "  "
        << std::left << std::setw(10) << campaign::TargetSourceName(t.source) << how << "  " << name
        << "\n";
  }
  for (const auto& n : v.notes) out << "note: " << n << "\n";
}

}  // namespace

void AddTargets(CLI::App& root, Action& action) {
  struct Options {
    std::string db, file, format = "table";
    std::optional<std::string> stricter, out;
  };
  auto o = std::make_shared<Options>();
  CLI::App* targets = root.add_subcommand(
      "targets", "City targets of the two phases: the official table, or the tier rule");
  targets->require_subcommand(1);

  CLI::App* import = targets->add_subcommand(
      "import",
      "Load the official table of city targets (CSV or XLSX: city_code,phase,pm25_target,"
      "heavy_days_target[,city_name,baseline_pm25,baseline_heavy_days,note]); the phases it "
      "covers are replaced whole");
  import->add_option("--db", o->db, "Store")->required();
  import->add_option("file", o->file, "The table")->required();
  import->callback([o, &action] {
    action = [o]() -> int {
      auto a = app::App::Open(o->db, app::App::OpenMode::kExisting);
  if (!a) return Fail(a.error());
  auto r = app::ImportCityTargets(a->store(), app::TableFile::At(o->file), CliActor(),
                                  core::FormatInstant(a->Now()));
  if (!r) return Fail(r.error());
  std::cerr << r->file << ": " << r->rows << " city targets loaded for";
  for (const auto& p : r->phases) std::cerr << " " << p;
  std::cerr << "\n";
  return 0;
};
}  // namespace lantian::cli
);

CLI::App* show = targets->add_subcommand(
    "show", "Every unit's targets with where they come from (official or the tier rule)");
show->add_option("--db", o->db, "Store")->required();
show->add_option("--format", o->format, "table or json")->check(CLI::IsMember({"table", "json"}));
show->add_option("--out", o->out, "Output file (default: standard output)");
show->callback([o, &action] {
  action = [o]() -> int {
    auto a = app::App::Open(o->db, app::App::OpenMode::kExisting);
    if (!a) return Fail(a.error());
    auto v = app::ShowTargets(a->store());
    if (!v) return Fail(v.error());
    auto units = a->store().Units();
    if (!units) return Fail(units.error());
    Output out(o->out);
    if (o->format == "json") {
      out.stream() << app::TargetsJson(*v).dump(2) << "\n";
    } else {
      WriteTargets(out.stream(), *v, *units);
    }
    core::Status closed = out.Close();
    return closed.ok() ? 0 : Fail(closed);
  };
});

CLI::App* rule = targets->add_subcommand(
    "rule",
    "Replace the tier rule (phase,tier,baseline_pm25_from,pm25_reduction_percent,"
    "baseline_heavy_days_from,heavy_days_reduction) and optionally the stricter targets "
    "(city_code,phase,"
    "extra_pm25_percent,extra_heavy_days,reason)");
rule->add_option("--db", o->db, "Store")->required();
rule->add_option("--file", o->file, "The tier rule table")->required();
rule->add_option("--stricter", o->stricter, "The stricter-targets table");
rule->callback([o, &action] {
  action = [o]() -> int {
    auto a = app::App::Open(o->db, app::App::OpenMode::kExisting);
    if (!a) return Fail(a.error());
    if (auto s = app::ReplaceTierRule(a->store(), o->file, o->stricter, CliActor(),
                                      core::FormatInstant(a->Now()));
        !s.ok()) {
      return Fail(s);
    }
    std::cerr << o->file << ": tier rule replaced\n";
    return 0;
  };
});

CLI::App* tmpl = targets->add_subcommand(
    "template", "Write the template of the official table (.xlsx or .csv) for every plan unit");
tmpl->add_option("--out", o->out, "The file to write (.xlsx or .csv)")->required();
tmpl->callback([o, &action] {
  action = [o]() -> int {
    auto ref = app::EmbeddedReferenceData();
    if (!ref) return Fail(ref.error());
    if (auto s = app::WriteTargetTemplate(ref->units, *o->out); !s.ok()) return Fail(s);
    std::cerr << *o->out << ": template with " << ref->units.size() * 2 << " rows\n";
    return 0;
  };
});
}

}  // namespace lantian::cli
