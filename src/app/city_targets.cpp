#include "app/city_targets.hpp"

#include <set>

#include "app/records.hpp"
#include "auth/access.hpp"
#include "campaign/baseline.hpp"
#include "campaign/progress.hpp"
#include "crypto/crypto.hpp"
#include "io/campaign_tables.hpp"
#include "io/xlsx_reader.hpp"
#include "io/xlsx_writer.hpp"

#include <filesystem>
#include <fstream>

namespace lantian::app {
namespace {

core::Status Forbidden(const std::string& what) {
  return core::Status(core::ErrorCode::kForbidden, what);
}

}  // namespace

core::Result<std::map<std::string, campaign::CityTarget>> ResolveTargets(const CampaignInputs& in,
                                                                         const std::string& phase) {
  LANTIAN_ASSIGN_OR_RETURN(campaign::AssessmentPeriod ap, campaign::AssessmentPeriodOf(phase));
  std::map<std::string, campaign::CityTarget> out;
  for (const auto& t : in.official_targets) {
    if (t.phase == phase) out[t.city_code] = t;
  }
  std::vector<campaign::Tier> tiers;
  if (auto t = campaign::TiersOf(in.tier_rule, phase)) tiers = *t;
  if (tiers.empty()) return out;  // no rule: official targets only
  for (const auto& u : in.units) {
    if (out.count(u.code)) continue;
    // The baseline: the same quarter of 2019, dust days left out (as assessed).
    campaign::DailySeries base = in.Series(u.code, ap.baseline);
    campaign::DailySeries none;
    none.period = ap.period;
    campaign::Progress b = campaign::ComputeProgress(base, none, base.period.last, std::nullopt);
    if (!b.pm25) continue;
    out[u.code] = campaign::DeriveCityTarget(tiers, u.code, phase, *b.pm25, b.heavy_days,
                                             campaign::StricterFor(in.stricter, u.code, phase));
  }
  return out;
}

core::Result<TargetsView> ShowTargets(storage::Store& store) {
  TargetsView view;
  InputsRequest request;
  for (auto phase : campaign::kPhases) {
    LANTIAN_ASSIGN_OR_RETURN(auto ap, campaign::AssessmentPeriodOf(phase));
    request.periods.insert(request.periods.end(), ap.baseline.begin(), ap.baseline.end());
  }
  LANTIAN_ASSIGN_OR_RETURN(CampaignInputs in, LoadCampaignInputs(store, request));
  for (auto phase : campaign::kPhases) {
    LANTIAN_ASSIGN_OR_RETURN(auto targets, ResolveTargets(in, std::string(phase)));
    int official = 0, derived = 0;
    for (const auto& u : in.units) {
      auto it = targets.find(u.code);
      if (it == targets.end()) {
        view.notes.push_back(std::string(phase) + " " + u.code + " " + u.name_zh +
                             ": no target (no official row and no baseline data)");
        continue;
      }
      (it->second.source == campaign::TargetSource::kOfficial ? official : derived)++;
      view.targets.push_back(it->second);
    }
    view.notes.push_back(std::string(phase) + ": " + std::to_string(official) + " official, " +
                         std::to_string(derived) + " derived by the tier rule");
  }
  return view;
}

core::Result<TargetsImportResult> ImportCityTargets(storage::Store& store, const TableFile& table,
                                                    const Actor& actor, const std::string& now) {
  if (auth::CanSetTargets(actor.principal) != auth::Access::kAllowed) {
    return Forbidden("only the ministry (national role) loads official city targets");
  }
  LANTIAN_ASSIGN_OR_RETURN(std::string sha, crypto::Sha256OfFile(table.path));
  LANTIAN_ASSIGN_OR_RETURN(auto units, store.Units());
  LANTIAN_ASSIGN_OR_RETURN(io::CsvReader reader, io::OpenTable(table.path));
  io::FileReport report(table.name);
  std::vector<campaign::CityTarget> rows = io::ReadCityTargets(reader, units, report);
  LANTIAN_RETURN_IF_ERROR(report.ToStatus());
  if (rows.empty()) return core::InvalidInput(table.name + ": the table has no rows", table.name);

  TargetsImportResult result;
  result.file = table.name;
  result.rows = rows.size();
  std::set<std::string> phases;
  for (const auto& r : rows) phases.insert(r.phase);
  result.phases.assign(phases.begin(), phases.end());
  LANTIAN_RETURN_IF_ERROR(storage::InTransaction(store, [&]() -> core::Status {
    LANTIAN_ASSIGN_OR_RETURN(auto existing, store.CityTargets());
    LANTIAN_ASSIGN_OR_RETURN(int64_t source, store.AddSource({0, "city-targets", table.name, false,
                                                              now, "sha256 " + sha}));
    nlohmann::json before = nlohmann::json::array(), after = nlohmann::json::array();
    for (const auto& t : existing) {
      if (phases.count(t.phase)) before.push_back(TargetRecord(t));
    }
    for (const auto& phase : phases) {
      std::vector<campaign::CityTarget> of_phase;
      for (const auto& r : rows) {
        if (r.phase == phase) {
          of_phase.push_back(r);
          after.push_back(TargetRecord(r));
        }
      }
      LANTIAN_RETURN_IF_ERROR(store.ReplaceCityTargets(phase, of_phase, source));
    }
    return storage::AppendAudit(
        store, audit::Entry{0, now, actor.name, actor.action, "city-targets", sha, before.dump(),
                            after.dump(), "", ""});
  }));
  return result;
}

core::Status WriteTargetTemplate(const std::vector<campaign::Unit>& units,
                                 const std::string& path) {
  const std::vector<std::string> header = {
      "city_code",     "city_name",           "phase", "pm25_target", "heavy_days_target",
      "baseline_pm25", "baseline_heavy_days", "note"};
  std::vector<std::vector<std::string>> rows;
  for (auto phase : campaign::kPhases) {
    for (const auto& u : units) {
      rows.push_back({u.code, u.name_zh, std::string(phase), "", "", "", "",
                      campaign::NeedsCityTarget(u) ? "" : "optional"});
    }
  }
  if (path.size() >= 5 && path.compare(path.size() - 5, 5, ".xlsx") == 0) {
    io::XlsxSheet sheet;
    sheet.name = "city_targets";
    sheet.header = header;
    sheet.column_widths = {10, 14, 8, 12, 18, 14, 20, 30};
    for (const auto& r : rows) {
      io::XlsxRow row;
      for (const auto& cell : r)
        row.cells.push_back(cell.empty() ? io::XlsxCell{} : io::XlsxCell::Text(cell));
      sheet.rows.push_back(std::move(row));
    }
    // The notes go on a sheet of their own: the first sheet is read back as the table.
    io::XlsxSheet readme;
    readme.name = "README";
    readme.title_lines = {
        "lantian city targets template",
        "pm25_target: µg/m³, the ceiling of the phase's PM2.5 mean; heavy_days_target: whole "
        "days with daily AQI > 200.",
        "baseline_pm25, baseline_heavy_days and note are optional; rows marked optional may be "
        "left blank or deleted; every 2+26 and Fenwei city needs its row for each phase loaded.",
        "Load with: lantian targets import --db STORE FILE (the first sheet is read)."};
    return io::WriteXlsx(path, {sheet, readme}, {"lantian city targets template", "lantian", ""});
  }
  const std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary);
    for (size_t i = 0; i < header.size(); ++i) out << (i ? "," : "") << header[i];
    out << "\n";
    for (const auto& r : rows) {
      for (size_t i = 0; i < r.size(); ++i) out << (i ? "," : "") << r[i];
      out << "\n";
    }
    if (!out) return core::InvalidInput("cannot write " + path, path);
  }
  std::error_code ec;
  std::filesystem::rename(tmp, path, ec);
  if (ec) return core::InvalidInput("cannot write " + path + ": " + ec.message(), path);
  return core::Status::Ok();
}

core::Status ReplaceTierRule(storage::Store& store, const std::string& rule_path,
                             const std::optional<std::string>& stricter_path, const Actor& actor,
                             const std::string& now) {
  if (auth::CanSetTargets(actor.principal) != auth::Access::kAllowed) {
    return Forbidden("only the ministry (national role) changes the tier rule");
  }
  LANTIAN_ASSIGN_OR_RETURN(auto units, store.Units());
  LANTIAN_ASSIGN_OR_RETURN(io::CsvReader reader, io::OpenTable(rule_path));
  io::FileReport report(reader.name());
  std::vector<campaign::Tier> tiers = io::ReadTierRule(reader, report);
  LANTIAN_RETURN_IF_ERROR(report.ToStatus());
  LANTIAN_ASSIGN_OR_RETURN(auto stricter, store.StricterTargets());
  if (stricter_path) {
    LANTIAN_ASSIGN_OR_RETURN(io::CsvReader s, io::OpenTable(*stricter_path));
    io::FileReport s_report(s.name());
    stricter = io::ReadStricterTargets(s, units, s_report);
    LANTIAN_RETURN_IF_ERROR(s_report.ToStatus());
  }
  return storage::InTransaction(store, [&]() -> core::Status {
    LANTIAN_ASSIGN_OR_RETURN(auto old_tiers, store.TierRule());
    LANTIAN_ASSIGN_OR_RETURN(auto old_stricter, store.StricterTargets());
    nlohmann::json before = {{"tiers", nlohmann::json::array()},
                             {"stricter", nlohmann::json::array()}};
    nlohmann::json after = before;
    for (const auto& t : old_tiers) before["tiers"].push_back(TierRecord(t));
    for (const auto& s : old_stricter) before["stricter"].push_back(StricterRecord(s));
    for (const auto& t : tiers) after["tiers"].push_back(TierRecord(t));
    for (const auto& s : stricter) after["stricter"].push_back(StricterRecord(s));
    LANTIAN_RETURN_IF_ERROR(store.ReplaceTierRule(tiers, stricter));
    return storage::AppendAudit(
        store, audit::Entry{0, now, actor.name, actor.action, "tier-rule", "tier-rule",
                            before.dump(), after.dump(), "", ""});
  });
}

}  // namespace lantian::app
