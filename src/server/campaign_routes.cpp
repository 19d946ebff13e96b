#include "server/campaign_routes.hpp"

#include <unistd.h>

#include <filesystem>
#include <initializer_list>
#include <set>

#include "app/campaign_json.hpp"
#include "app/campaign_reads.hpp"
#include "app/dust_records.hpp"
#include "app/records.hpp"
#include "auth/access.hpp"
#include "crypto/crypto.hpp"
#include "server/route_support.hpp"

namespace lantian::server {
namespace {

core::Result<std::optional<core::Date>> AsOf(Exchange& x) {
  auto text = x.Query("as_of");
  if (!text) return std::optional<core::Date>();
  auto d = core::ParseIsoDate(*text);
  if (!d) return core::InvalidInput(d.error().message(), "as_of");
  return std::optional<core::Date>(*d);
}

core::Result<core::Date> DateField(const nlohmann::json& body, const char* field) {
  auto d = core::ParseIsoDate(body[field].get<std::string>());
  if (!d) return core::InvalidInput(d.error().message(), field);
  return *d;
}

// The units a reader may see the assessment of (city and dust records).
core::Result<std::set<std::string>> VisibleUnits(Exchange& x) {
  LANTIAN_ASSIGN_OR_RETURN(auto units, x.app().store().Units());
  std::set<std::string> out;
  for (const auto& u : units) {
    if (auth::CanReadAssessment(x.principal(), auth::PlaceOf(u)) == auth::Access::kAllowed)
      out.insert(u.code);
  }
  return out;
}

// A dust table upload answered with the number of rows stored.
using DustImport = core::Result<app::TableImportResult> (*)(storage::Store&, const app::TableFile&,
                                                            const app::Actor&, const std::string&);
void DustTableUpload(Exchange& x, DustImport import) {
  TableUpload(x,
              [&](const app::TableFile& table, const app::Actor& actor,
                  const std::string& now) -> core::Result<nlohmann::json> {
                LANTIAN_ASSIGN_OR_RETURN(app::TableImportResult r,
                                         import(x.app().store(), table, actor, now));
                return nlohmann::json{{"rows", r.rows}};
              });
}

// Flags (`flag`) or unflags a dust day by hand from the JSON {city, date, reason}.
void DustDayWrite(Exchange& x, bool flag) {
  if (auto s = RequireLogin(x); !s.ok()) return x.Error(s);
  if (auto s = x.CheckCsrf(); !s.ok()) return x.Error(s);
  auto body = JsonBody(x, {"city", "date", "reason"});
  if (!body) return x.Error(body.error());
  auto date = DateField(*body, "date");
  if (!date) return x.Error(date.error());
  const std::string city = (*body)["city"], reason = (*body)["reason"];
  const std::string now = core::FormatInstant(x.app().Now());
  const core::Status s =
      flag ? app::MarkDustDay(x.app().store(), {city, *date, reason}, x.actor(), now)
           : app::UnmarkDustDay(x.app().store(), city, *date, reason, x.actor(), now);
  if (!s.ok()) return x.Error(s);
  x.Json(200, {{"flagged", flag}});
}

}  // namespace

void AddCampaignRoutes(std::vector<Route>& routes) {
  const std::string officials =
      "logged-in officials (not enterprises); cities within the user's area, provinces and "
      "regions only when the user sees all their cities";
  const Param as_of{"as_of", "query",
                    "assess as of this day, YYYY-MM-DD (default: the latest day with data)", false};
  const Param upload_name{"name", "query",
                          "file name (.csv or .xlsx), when the body is the file itself", false};

  routes.push_back(
      {"GET",
       "/api/assessment",
       "Each city's progress against its PM2.5 and heavy-day targets: period-to-date mean, "
       "improvement, allowance for the remaining days, projection with its 90% interval, "
       "status and verdict; provinces and regions against the plan's regional targets",
       officials,
       {{"phase", "query", "2020Q4, 2021Q1 or season", true}, as_of},
       [](Exchange& x) {
         auto phase = Required(x, "phase");
         if (!phase) return x.Error(phase.error());
         auto as_of_day = AsOf(x);
         if (!as_of_day) return x.Error(as_of_day.error());
         if (auto s = RequireLogin(x); !s.ok()) return x.Error(s);
         auto a = app::AssessmentFor(x.app().store(), x.principal(), *phase, *as_of_day);
         if (!a) return x.Error(a.error());
         x.Json(200, app::AssessmentJson(*a));
       }});
  routes.push_back(
      {"GET",
       "/api/rankings",
       "Composite-index ranking of a month or phase (城市环境空气质量排名技术规定): index, its "
       "sub-indices, PM2.5, their change on the baseline, ranks by each, best and worst ten",
       "public (rankings are published)",
       {{"period", "query", "a month YYYY-MM, 2020Q4, 2021Q1 or season", true},
        {"group", "query", "all (default), 2+26 or fenwei", false}},
       [](Exchange& x) {
         auto period = Required(x, "period");
         if (!period) return x.Error(period.error());
         auto group = campaign::ParseUnitGroup(x.Query("group").value_or("all"));
         if (!group) return x.Error(core::InvalidInput("group is all, 2+26 or fenwei", "group"));
         auto r = app::RankingFor(x.app().store(), x.principal(), *period, *group);
         if (!r) return x.Error(r.error());
         x.Json(200, app::RankingJson(*r));
       }});
  routes.push_back(
      {"GET",
       "/api/warnings",
       "Warning-letter candidates of a quarter (plan （二十二）), each with its reasons",
       officials,
       {{"quarter", "query", "2020Q4 or 2021Q1", true}, as_of},
       [](Exchange& x) {
         auto quarter = Required(x, "quarter");
         if (!quarter) return x.Error(quarter.error());
         auto as_of_day = AsOf(x);
         if (!as_of_day) return x.Error(as_of_day.error());
         if (auto s = RequireLogin(x); !s.ok()) return x.Error(s);
         auto w = app::WarningsFor(x.app().store(), x.principal(), *quarter, *as_of_day);
         if (!w) return x.Error(w.error());
         x.Json(200, app::WarningsJson(*w));
       }});
  routes.push_back(
      {"GET",
       "/api/bulletin",
       "The monthly bulletin: rankings, dust fall, and for officials the phase's progress and "
       "the quarter's warning-letter candidates within their area",
       "public; targets and warnings for logged-in officials, within their area",
       {{"month", "query", "YYYY-MM", true}},
       [](Exchange& x) {
         auto month = Required(x, "month");
         if (!month) return x.Error(month.error());
         auto b = app::BulletinFor(x.app().store(), x.principal(), *month);
         if (!b) return x.Error(b.error());
         x.Json(200, app::BulletinJson(*b));
       }});
  routes.push_back(
      {"GET",
       "/api/bulletin.xlsx",
       "The monthly bulletin as an Excel workbook (sheets 排名, 目标进展, 降尘, 预警 with "
       "native charts), cut to the reader as /api/bulletin is",
       "public; targets and warnings for logged-in officials, within their area",
       {{"month", "query", "YYYY-MM", true}},
       [](Exchange& x) {
         auto month = Required(x, "month");
         if (!month) return x.Error(month.error());
         auto b = app::BulletinFor(x.app().store(), x.principal(), *month);
         if (!b) return x.Error(b.error());
         TempFile file(".xlsx");
         if (auto s = app::WriteBulletinXlsx(*b, file.path); !s.ok()) return x.Error(s);
         SendFile(x, file.path, "lantian-bulletin-" + *month + ".xlsx");
       }});

  routes.push_back(
      {"GET",
       "/api/targets",
       "Every city's targets of both phases, official or derived by the tier rule (with the "
       "derivation)",
       officials,
       {},
       [](Exchange& x) {
         if (auto s = RequireLogin(x); !s.ok()) return x.Error(s);
         auto v = app::TargetsFor(x.app().store(), x.principal());
         if (!v) return x.Error(v.error());
         x.Json(200, app::TargetsJson(*v));
       }});
  routes.push_back(
      {"GET",
       "/api/targets/template",
       "The template of the official city-target table: one row per plan unit and phase",
       "logged-in officials",
       {{"format", "query", "xlsx (default) or csv", false}},
       [](Exchange& x) {
         if (auto s = RequireLogin(x); !s.ok()) return x.Error(s);
         const std::string format = x.Query("format").value_or("xlsx");
         if (format != "xlsx" && format != "csv") {
           return x.Error(core::InvalidInput("format is xlsx or csv", "format"));
         }
         auto units = x.app().store().Units();
         if (!units) return x.Error(units.error());
         TempFile file("." + format);
         if (auto s = app::WriteTargetTemplate(*units, file.path); !s.ok()) return x.Error(s);
         SendFile(x, file.path, "lantian-city-targets." + format);
       }});
  routes.push_back(
      {"POST",
       "/api/targets",
       "Load the official city-target table (CSV or XLSX of the template): the phases it "
       "covers are replaced as a whole, or nothing is stored",
       "national users",
       {upload_name},
       [](Exchange& x) {
         TableUpload(x,
                     [&](const app::TableFile& table, const app::Actor& actor,
                         const std::string& now) -> core::Result<nlohmann::json> {
                       LANTIAN_ASSIGN_OR_RETURN(
                           auto r, app::ImportCityTargets(x.app().store(), table, actor, now));
                       return nlohmann::json{{"phases", r.phases}, {"rows", r.rows}};
                     });
       }});

  routes.push_back(
      {"GET",
       "/api/dust-days",
       "Sand-and-dust days whose PM2.5 and PM10 leave the assessment (扣沙)",
       officials,
       {{"period", "query", "2020Q4, 2021Q1, a month YYYY-MM, or season (default)", false}},
       [](Exchange& x) {
         if (auto s = RequireLogin(x); !s.ok()) return x.Error(s);
         const std::string name = x.Query("period").value_or("season");
         auto period = campaign::AssessmentPeriodOf(name);
         if (!period) return x.Error(core::InvalidInput(period.error().message(), "period"));
         auto visible = VisibleUnits(x);
         if (!visible) return x.Error(visible.error());
         if (visible->empty()) {
           return x.Error(core::Status(core::ErrorCode::kForbidden,
                                       "this role may not read the campaign assessment"));
         }
         auto days = x.app().store().DustDays(period->period);
         if (!days) return x.Error(days.error());
         nlohmann::json out = nlohmann::json::array();
         for (const auto& d : *days) {
           if (!visible->contains(d.city_code)) continue;
           out.push_back({{"city_code", d.city_code},
                          {"date", core::FormatIsoDate(d.date)},
                          {"reason", d.note}});
         }
         x.Json(200, {{"period", name}, {"dust_days", out}});
       }});
  routes.push_back(
      {"POST",
       "/api/dust-days",
       "Flag a sand-and-dust day by hand: {city, date, reason}; who and why go to the audit trail",
       "national, region, province and city users, within their area",
       {},
       [](Exchange& x) { DustDayWrite(x, true); }});
  routes.push_back({"POST",
                    "/api/dust-days/unflag",
                    "Take back a dust-day flag: {city, date, reason}",
                    "national, region, province and city users, within their area",
                    {},
                    [](Exchange& x) { DustDayWrite(x, false); }});
  routes.push_back({"POST",
                    "/api/dust-days/import",
                    "Flag the days of a table city,date[,reason] (CSV or XLSX), all or none",
                    "national, region, province and city users, within their area",
                    {upload_name},
                    [](Exchange& x) { DustTableUpload(x, app::ImportDustDays); }});

  routes.push_back({"GET",
                    "/api/dustfall",
                    "Monthly dust fall per city, t/(month·km²), against the limit of 9",
                    "public (dust fall is published)",
                    {{"month", "query", "YYYY-MM (default: every month of the season)", false}},
                    [](Exchange& x) {
                      const std::string name = x.Query("month").value_or("season");
                      auto period = campaign::AssessmentPeriodOf(name);
                      if (!period || (name != "season" && !period->is_month)) {
                        return x.Error(core::InvalidInput("month is YYYY-MM", "month"));
                      }
                      auto readings = x.app().store().Dustfall(period->period);
                      if (!readings) return x.Error(readings.error());
                      nlohmann::json out = nlohmann::json::array();
                      for (const auto& r : *readings) {
                        nlohmann::json j = app::DustfallRecord(r);
                        j["exceeds_limit"] = campaign::DustfallExceedsLimit(r.value);
                        out.push_back(j);
                      }
                      x.Json(200, {{"limit", campaign::kDustfallLimit}, {"dustfall", out}});
                    }});
  routes.push_back({"POST",
                    "/api/dustfall/import",
                    "Import monthly dust fall city,month,value[,note] (CSV or XLSX), all or none",
                    "national, region, province and city users, within their area",
                    {upload_name},
                    [](Exchange& x) { DustTableUpload(x, app::ImportDustfall); }});

  routes.push_back({"GET",
                    "/api/falsification",
                    "Findings of falsified monitoring data (the city's phase fails outright)",
                    "national and region users, within their area",
                    {},
                    [](Exchange& x) {
                      if (auto s = RequireAuditReader(x); !s.ok()) return x.Error(s);
                      auto visible = VisibleUnits(x);
                      if (!visible) return x.Error(visible.error());
                      auto findings = x.app().store().FalsificationFindings();
                      if (!findings) return x.Error(findings.error());
                      nlohmann::json out = nlohmann::json::array();
                      for (const auto& f : *findings) {
                        if (visible->contains(f.city_code)) out.push_back(app::FindingRecord(f));
                      }
                      x.Json(200, {{"findings", out}});
                    }});
  routes.push_back({"POST",
                    "/api/falsification",
                    "Record a finding of falsified data: {city, phase, found_on, description}",
                    "national users, and region users within their region",
                    {},
                    [](Exchange& x) {
                      if (auto s = RequireLogin(x); !s.ok()) return x.Error(s);
                      if (auto s = x.CheckCsrf(); !s.ok()) return x.Error(s);
                      auto body = JsonBody(x, {"city", "phase", "found_on", "description"});
                      if (!body) return x.Error(body.error());
                      auto date = DateField(*body, "found_on");
                      if (!date) return x.Error(date.error());
                      auto id = app::RecordFalsification(
                          x.app().store(),
                          {(*body)["city"], (*body)["phase"], *date, (*body)["description"]},
                          x.actor(), core::FormatInstant(x.app().Now()));
                      if (!id) return x.Error(id.error());
                      x.Json(200, {{"id", *id}});
                    }});
}

}  // namespace lantian::server
