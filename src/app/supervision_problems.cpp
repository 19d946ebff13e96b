#include "app/supervision_problems.hpp"

#include <map>
#include <set>

#include "app/access_status.hpp"
#include "app/list_store.hpp"
#include "emergency/credit_code.hpp"

namespace lantian::app {
namespace {

using ledger::ProblemAction;
using ledger::ProblemStatus;

bool Blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

ledger::ProblemPlace PlaceOf(const storage::Problem& p) {
  return {p.id,   p.city_code,
          p.kind, p.credit_code,
          p.site, ledger::ParseProblemStatus(p.status).value_or(ProblemStatus::kFound)};
}

core::Status Audit(storage::Store& store, const Actor& actor, const std::string& at, int64_t id,
                   std::string before, std::string after) {
  return storage::AppendAudit(
      store, audit::Entry{0, at, actor.name, actor.action, "problem", std::to_string(id),
                          std::move(before), std::move(after), "", ""});
}

// Adds a found problem, its first event and the audit entry; the rebound
// found among `earlier`. nullopt when its source was linked already.
core::Result<std::optional<storage::Problem>> Add(storage::Store& store, const Actor& actor,
                                                  storage::Problem p,
                                                  const std::vector<storage::Problem>& earlier) {
  std::vector<ledger::ProblemPlace> places;
  for (const auto& e : earlier) places.push_back(PlaceOf(e));
  p.rebound_of = ledger::ReboundOf(PlaceOf(p), places).value_or(0);
  LANTIAN_ASSIGN_OR_RETURN(auto id, store.AddProblem(p));
  if (!id) return std::optional<storage::Problem>{};
  p.id = *id;
  LANTIAN_RETURN_IF_ERROR(
      store.AddProblemEvent({0, p.id, "found", actor.name, p.found_at, "found", p.photos, p.what})
          .status());
  LANTIAN_RETURN_IF_ERROR(Audit(store, actor, p.found_at, p.id, "", ProblemJson(p, {}).dump()));
  return std::optional<storage::Problem>{p};
}

bool Matches(const storage::Problem& p, const std::string& status, core::Date today) {
  if (status.empty()) return true;
  const auto s = ledger::ParseProblemStatus(p.status).value_or(ProblemStatus::kFound);
  if (status == "open") return s != ProblemStatus::kClosed;
  if (status == "overdue") return ledger::ProblemOverdue(s, p.deadline, today);
  if (status == "rebound") return p.rebound_of != 0;
  return p.status == status;
}

}  // namespace

nlohmann::json ProblemJson(const storage::Problem& p, core::Date today,
                           const std::vector<storage::ProblemEvent>& history) {
  const auto s = ledger::ParseProblemStatus(p.status).value_or(ProblemStatus::kFound);
  nlohmann::json j{
      {"id", p.id},
      {"city", p.city_code},
      {"district", p.district},
      {"enterprise", p.credit_code},
      {"site", p.site},
      {"kind", p.kind},
      {"what", p.what},
      {"source", p.source},
      {"source_ref", p.source_ref},
      {"found_by", p.found_by},
      {"found_at", p.found_at},
      {"photos", p.photos},
      {"deadline", p.deadline},
      {"plan", p.plan},
      {"status", p.status},
      {"overdue", ledger::ProblemOverdue(s, p.deadline, today)},
      {"rebound_of", p.rebound_of == 0 ? nlohmann::json(nullptr) : nlohmann::json(p.rebound_of)},
      {"updated_at", p.updated_at}};
  if (!history.empty()) {
    nlohmann::json h = nlohmann::json::array();
    for (const auto& e : history) {
      h.push_back({{"action", e.action},
                   {"by", e.actor},
                   {"at", e.at},
                   {"status", e.status},
                   {"evidence", e.evidence},
                   {"note", e.note}});
    }
    j["history"] = h;
  }
  return j;
}

core::Result<storage::Problem> FindProblem(storage::Store& store, const Actor& actor,
                                           const NewProblem& in, core::Instant now) {
  if (in.city.empty()) return core::InvalidInput("name the city", "city");
  LANTIAN_ASSIGN_OR_RETURN(campaign::Unit u, ListCityUnit(store, in.city));
  if (!in.district.empty() &&
      (in.district.size() != 6 || auth::ParentCityOfDistrict(in.district) != u.code ||
       in.district == u.code)) {
    return core::InvalidInput(in.district + " is not a district of " + u.name_zh, "district");
  }
  LANTIAN_RETURN_IF_ERROR(
      AccessStatus(auth::CanFindProblem(actor.principal, auth::PlaceOf(u), in.district),
                   "city " + u.code, "problems are found by the environment bureaus"));
  if (!in.credit_code.empty()) {
    if (std::string why = emergency::CheckCreditCode(in.credit_code); !why.empty()) {
      return core::InvalidInput(why, "enterprise");
    }
  }
  if (Blank(in.site) && in.credit_code.empty()) {
    return core::InvalidInput("say where: the enterprise or the site", "site");
  }
  if (Blank(in.kind)) return core::InvalidInput("give the kind of problem (扬尘, 散煤 …)", "kind");
  if (Blank(in.what)) return core::InvalidInput("say what was found", "what");
  std::string deadline = in.deadline.empty() ? core::FormatIsoDate(now.date() + 30) : in.deadline;
  auto d = core::ParseIsoDate(deadline);
  if (!d) return core::InvalidInput(d.error().message(), "deadline");
  if (*d < now.date()) return core::InvalidInput("the deadline has passed already", "deadline");
  const std::string at = core::FormatInstant(now);
  storage::Problem p{
      0,        u.code,     in.district, in.credit_code,
      in.site,  in.kind,    in.what,     in.source.empty() ? "inspection" : in.source,
      "",       actor.name, at,          in.photos,
      deadline, "",         "found",     0,
      at};
  std::optional<storage::Problem> added;
  LANTIAN_RETURN_IF_ERROR(storage::InTransaction(store, [&]() -> core::Status {
    LANTIAN_RETURN_IF_ERROR(store.LockAuditTrail());
    LANTIAN_ASSIGN_OR_RETURN(auto earlier, store.Problems(u.code));
    LANTIAN_ASSIGN_OR_RETURN(added, Add(store, actor, p, earlier));
    return core::Status::Ok();
  }));
  return *added;
}

core::Result<storage::Problem> ActOnProblem(storage::Store& store, const Actor& actor, int64_t id,
                                            ProblemAction action, const std::string& note,
                                            const std::string& evidence,
                                            const std::string& deadline, core::Instant now) {
  LANTIAN_ASSIGN_OR_RETURN(auto all, store.Problems(""));
  const storage::Problem* found = nullptr;
  for (const auto& p : all) {
    if (p.id == id) found = &p;
  }
  const auto not_found = core::NotFound("no problem " + std::to_string(id), "id");
  if (!found) return not_found;
  LANTIAN_ASSIGN_OR_RETURN(campaign::Unit u, ListCityUnit(store, found->city_code));
  const auth::Place place = auth::PlaceOf(u);
  const auto read =
      auth::CanReadProblem(actor.principal, place, found->district, found->credit_code);
  if (read == auth::Access::kOutOfScope) return not_found;
  LANTIAN_RETURN_IF_ERROR(AccessStatus(read, "problem", "log in first"));
  if (ledger::IsSupervisorsAction(action)) {
    LANTIAN_RETURN_IF_ERROR(AccessStatus(
        auth::CanSuperviseProblem(actor.principal, place, found->district), "problem",
        "a problem is verified and closed by an office above the unit responsible for it"));
  } else {
    LANTIAN_RETURN_IF_ERROR(AccessStatus(
        auth::CanRectifyProblem(actor.principal, place, found->district), "problem",
        "a problem's rectification is reported by the unit responsible or an office above it"));
  }
  const auto status = ledger::ParseProblemStatus(found->status).value_or(ProblemStatus::kFound);
  const auto next = ledger::NextStatus(status, action);
  if (!next) {
    return core::Conflict("problem " + std::to_string(id) + " is " + found->status + ": " +
                          std::string(ledger::ProblemActionName(action)) + " does not apply");
  }
  storage::Problem after = *found;
  if (action == ProblemAction::kPlan) {
    if (Blank(note)) return core::InvalidInput("give the rectification plan", "note");
    after.plan = note;
    if (!deadline.empty()) {
      auto d = core::ParseIsoDate(deadline);
      if (!d) return core::InvalidInput(d.error().message(), "deadline");
      after.deadline = deadline;
    }
  }
  if (action == ProblemAction::kRectify && Blank(evidence)) {
    return core::InvalidInput("rectification needs evidence (photos, records)", "evidence");
  }
  if ((action == ProblemAction::kVerifyPass || action == ProblemAction::kVerifyFail) &&
      Blank(note)) {
    return core::InvalidInput("say what the check on site found", "note");
  }
  after.status = std::string(ledger::ProblemStatusName(*next));
  after.updated_at = core::FormatInstant(now);
  LANTIAN_RETURN_IF_ERROR(storage::InTransaction(store, [&]() -> core::Status {
    LANTIAN_RETURN_IF_ERROR(store.LockAuditTrail());
    LANTIAN_RETURN_IF_ERROR(
        store.UpdateProblem(id, after.status, after.plan, after.deadline, after.updated_at));
    LANTIAN_RETURN_IF_ERROR(
        store
            .AddProblemEvent({0, id, std::string(ledger::ProblemActionName(action)), actor.name,
                              after.updated_at, after.status, evidence, note})
            .status());
    return Audit(store, actor, after.updated_at, id, ProblemJson(*found, now.date()).dump(),
                 ProblemJson(after, now.date()).dump());
  }));
  return after;
}

core::Result<std::vector<storage::Problem>> VisibleProblems(storage::Store& store,
                                                            const auth::Principal& p,
                                                            const std::string& city,
                                                            const std::string& status,
                                                            core::Date today) {
  if (!p.authenticated()) return AccessStatus(auth::Access::kNotLoggedIn, "", "log in first");
  if (p.role == auth::Role::kPublic) return AccessStatus(auth::Access::kRoleForbidden, "", "");
  static const std::set<std::string> statuses{"",       "found", "planned", "rectified", "verified",
                                              "closed", "open",  "overdue", "rebound"};
  if (!statuses.contains(status)) {
    return core::InvalidInput(
        "the status is found, planned, rectified, verified, closed, open, overdue or rebound",
        "status");
  }
  std::string code;
  if (!city.empty()) {
    LANTIAN_ASSIGN_OR_RETURN(campaign::Unit u, ListCityUnit(store, city));
    code = u.code;
  }
  LANTIAN_ASSIGN_OR_RETURN(auto units, UnitsByCode(store));
  LANTIAN_ASSIGN_OR_RETURN(auto all, store.Problems(code));
  std::vector<storage::Problem> out;
  for (auto& x : all) {
    auto u = units.find(x.city_code);
    if (u == units.end() || !Matches(x, status, today)) continue;
    if (auth::CanReadProblem(p, auth::PlaceOf(u->second), x.district, x.credit_code) !=
        auth::Access::kAllowed) {
      continue;
    }
    out.push_back(std::move(x));
  }
  return out;
}

core::Result<LinkedProblems> LinkProblems(storage::Store& store, const Actor& actor,
                                          core::Instant now) {
  if (!actor.principal.authenticated()) {
    return AccessStatus(auth::Access::kNotLoggedIn, "", "log in first");
  }
  LANTIAN_ASSIGN_OR_RETURN(auto units, UnitsByCode(store));
  const auto may_find = [&](const std::string& city) {
    auto u = units.find(city);
    return u != units.end() && auth::CanFindProblem(actor.principal, auth::PlaceOf(u->second),
                                                    "") == auth::Access::kAllowed;
  };
  if (actor.principal.role == auth::Role::kEnterprise ||
      actor.principal.role == auth::Role::kDistrict) {
    return AccessStatus(auth::Access::kRoleForbidden, "",
                        "linking problems is for the city bureaus and the offices above them");
  }
  LANTIAN_ASSIGN_OR_RETURN(auto tasks, store.EnforcementTasks("", "open"));
  LANTIAN_ASSIGN_OR_RETURN(auto findings, store.StationFindings("confirmed"));
  const std::string at = core::FormatInstant(now);
  LinkedProblems out;
  LANTIAN_RETURN_IF_ERROR(storage::InTransaction(store, [&]() -> core::Status {
    LANTIAN_RETURN_IF_ERROR(store.LockAuditTrail());
    LANTIAN_ASSIGN_OR_RETURN(auto earlier, store.Problems(""));
    for (const auto& t : tasks) {
      if (!may_find(t.city_code)) continue;
      storage::Problem p{0,
                         t.city_code,
                         "",
                         t.credit_code,
                         "",
                         "工业企业",
                         t.what + "（" + t.evidence + "）",
                         "enforcement",
                         "enforcement:" + std::to_string(t.id),
                         actor.name,
                         at,
                         "",
                         t.deadline,
                         "",
                         "found",
                         0,
                         at};
      LANTIAN_ASSIGN_OR_RETURN(auto added, Add(store, actor, p, earlier));
      if (added) {
        ++out.enforcement;
        earlier.push_back(*added);
      }
    }
    for (const auto& f : findings) {
      if (!may_find(f.city_code)) continue;
      storage::Problem p{0,
                         f.city_code,
                         "",
                         "",
                         "站点 " + f.station,
                         "监测数据",
                         "环境空气监测站点 " + f.station + " 数据异常（" + f.from_date + " 至 " +
                             f.to_date + "）经核查确认：" + f.note,
                         "station-finding",
                         "station-finding:" + std::to_string(f.id),
                         actor.name,
                         at,
                         "",
                         core::FormatIsoDate(now.date() + 30),
                         "",
                         "found",
                         0,
                         at};
      LANTIAN_ASSIGN_OR_RETURN(auto added, Add(store, actor, p, earlier));
      if (added) {
        ++out.station_findings;
        earlier.push_back(*added);
      }
    }
    return core::Status::Ok();
  }));
  return out;
}

core::Result<nlohmann::json> ProblemStatsJson(storage::Store& store, const auth::Principal& p,
                                              core::Date today) {
  LANTIAN_ASSIGN_OR_RETURN(auto visible, VisibleProblems(store, p, "", "", today));
  LANTIAN_ASSIGN_OR_RETURN(auto units, UnitsByCode(store));
  struct Counts {
    int64_t total = 0, open = 0, overdue = 0, rebound = 0, closed = 0;
  };
  std::map<std::string, Counts> by_city;
  for (const auto& x : visible) {
    Counts& c = by_city[x.city_code];
    ++c.total;
    if (Matches(x, "open", today)) ++c.open;
    if (Matches(x, "overdue", today)) ++c.overdue;
    if (x.rebound_of != 0) ++c.rebound;
    if (x.status == "closed") ++c.closed;
  }
  nlohmann::json cities = nlohmann::json::array();
  for (const auto& [code, c] : by_city) {
    auto u = units.find(code);
    cities.push_back({{"city", code},
                      {"name", u == units.end() ? code : u->second.name_zh},
                      {"total", c.total},
                      {"open", c.open},
                      {"overdue", c.overdue},
                      {"rebound", c.rebound},
                      {"closed", c.closed}});
  }
  return nlohmann::json{{"as_of", core::FormatIsoDate(today)}, {"cities", cities}};
}

core::Result<nlohmann::json> PositiveListJson(storage::Store& store, const auth::Principal& p,
                                              const std::string& city, core::Instant now) {
  LANTIAN_ASSIGN_OR_RETURN(campaign::Unit u, ListCityUnit(store, city));
  LANTIAN_RETURN_IF_ERROR(CanReadListOf(p, u));
  LANTIAN_ASSIGN_OR_RETURN(auto in_force, ListInForceAt(store, u.code, now));
  nlohmann::json rows = nlohmann::json::array();
  if (!in_force) return nlohmann::json{{"city", u.code}, {"enterprises", rows}};
  LANTIAN_ASSIGN_OR_RETURN(auto list, ListContent(in_force->version));
  std::set<std::string> marked;
  const std::string since = core::FormatIsoDate(now.date() - 365);
  LANTIAN_ASSIGN_OR_RETURN(auto problems, store.Problems(u.code));
  for (const auto& x : problems) {
    if (x.found_at.substr(0, 10) >= since) marked.insert(x.credit_code);
  }
  LANTIAN_ASSIGN_OR_RETURN(auto tasks, store.EnforcementTasks(u.code, ""));
  for (const auto& t : tasks) marked.insert(t.credit_code);
  LANTIAN_ASSIGN_OR_RETURN(auto devices, store.MonitoringDevices());
  for (const auto& d : devices) {
    if (d.city_code != u.code || marked.contains(d.credit_code)) continue;
    LANTIAN_ASSIGN_OR_RETURN(auto confirmed, store.MonitoringFindings(d.mn, "confirmed"));
    if (!confirmed.empty()) marked.insert(d.credit_code);
  }
  int64_t listed = 0;
  for (const auto& e : list.enterprises) {
    ++listed;
    if (marked.contains(e.credit_code)) continue;
    rows.push_back({{"enterprise", e.credit_code},
                    {"name", e.name},
                    {"district", e.district},
                    {"industry", e.industry},
                    {"grade", std::string(emergency::GradeName(e.grade))}});
  }
  return nlohmann::json{{"city", u.code},
                        {"name", u.name_zh},
                        {"listed", listed},
                        {"since", since},
                        {"enterprises", rows}};
}

}  // namespace lantian::app
