#include "app/list_revisions.hpp"

#include <cmath>
#include <map>
#include <set>

#include "app/access_status.hpp"
#include "app/list_store.hpp"
#include "auth/access.hpp"

namespace lantian::app {
namespace {

// A percentage with at most one decimal, as per mille.
core::Result<int64_t> Permille(const nlohmann::json& v, const std::string& field) {
  if (!v.is_number()) return core::InvalidInput("a percentage (0–100) is needed", field);
  const double tenths = v.get<double>() * 10.0;
  const double rounded = std::round(tenths);
  if (std::abs(tenths - rounded) > 1e-6 || rounded < 0 || rounded > 1000) {
    return core::InvalidInput("a percentage from 0 to 100 with at most one decimal", field);
  }
  return static_cast<int64_t>(rounded);
}

core::Result<std::string> Text(const nlohmann::json& j, const char* key, const std::string& at,
                               bool required) {
  if (!j.contains(key) || j[key].is_null()) {
    if (required) return core::InvalidInput("missing", at + key);
    return std::string();
  }
  if (!j[key].is_string()) return core::InvalidInput("a text is needed", at + key);
  return j[key].get<std::string>();
}

core::Status CanDraft(const Actor& actor, const campaign::Unit& u) {
  return AccessStatus(auth::CanDraftList(actor.principal, auth::PlaceOf(u)), "city " + u.code,
                      "this role may not draft emergency lists");
}

}  // namespace

core::Result<emergency::Measure> MeasureEditFromJson(const nlohmann::json& j, size_t index) {
  const std::string at = "measures[" + std::to_string(index) + "].";
  if (!j.is_object()) return core::InvalidInput("an object is needed", at.substr(0, at.size() - 1));
  emergency::Measure m;
  LANTIAN_ASSIGN_OR_RETURN(m.enterprise, Text(j, "credit_code", at, true));
  LANTIAN_ASSIGN_OR_RETURN(m.line, Text(j, "line", at, true));
  LANTIAN_ASSIGN_OR_RETURN(std::string level, Text(j, "level", at, true));
  const auto parsed_level = alert::ParseLevel(level);
  if (!parsed_level || emergency::ListLevelIndex(*parsed_level) < 0) {
    return core::InvalidInput("yellow, orange or red", at + "level");
  }
  m.level = *parsed_level;
  LANTIAN_ASSIGN_OR_RETURN(std::string kind, Text(j, "measure", at, true));
  const auto parsed_kind = emergency::ParseMeasureKind(kind);
  if (!parsed_kind) {
    return core::InvalidInput("stop, limit, stop-processes, self, transport or none",
                              at + "measure");
  }
  m.kind = *parsed_kind;
  if (j.contains("percent_by")) {
    if (!j["percent_by"].is_object()) {
      return core::InvalidInput("an object {SO2, NOx, PM, VOCs}", at + "percent_by");
    }
    for (auto p : emergency::kPollutants) {
      const std::string name(emergency::PollutantName(p));
      const auto& v = j["percent_by"].contains(name) ? j["percent_by"][name] : nlohmann::json(0);
      LANTIAN_ASSIGN_OR_RETURN(m.permille[static_cast<size_t>(p)],
                               Permille(v, at + "percent_by." + name));
    }
  } else if (j.contains("percent")) {
    LANTIAN_ASSIGN_OR_RETURN(int64_t share, Permille(j["percent"], at + "percent"));
    m.permille = {share, share, share, share};
  } else if (m.kind == emergency::MeasureKind::kLimit) {
    return core::InvalidInput("a limit needs its percent", at + "percent");
  }
  if (m.kind == emergency::MeasureKind::kStop) m.permille = {1000, 1000, 1000, 1000};
  if (m.kind == emergency::MeasureKind::kNone) m.permille = {0, 0, 0, 0};
  LANTIAN_ASSIGN_OR_RETURN(m.detail, Text(j, "detail", at, false));
  LANTIAN_ASSIGN_OR_RETURN(m.verify.meter, Text(j, "meter", at, false));
  LANTIAN_ASSIGN_OR_RETURN(m.verify.outlet, Text(j, "outlet", at, false));
  for (const char* flag : {"video", "gate"}) {
    if (j.contains(flag) && !j[flag].is_boolean()) {
      return core::InvalidInput("true or false", at + flag);
    }
  }
  m.verify.video = j.value("video", false);
  m.verify.gate = j.value("gate", false);
  return m;
}

core::Result<ListImported> ReviseMeasures(storage::Store& store, const std::string& city, int from,
                                          const std::vector<emergency::Measure>& edits,
                                          const std::string& note, const Actor& actor,
                                          const std::string& now) {
  LANTIAN_ASSIGN_OR_RETURN(campaign::Unit u, ListCityUnit(store, city));
  LANTIAN_RETURN_IF_ERROR(CanDraft(actor, u));
  if (edits.empty()) return core::InvalidInput("no measure to change", "measures");
  LANTIAN_ASSIGN_OR_RETURN(storage::ListVersion base, ListVersionOf(store, u.code, from));
  LANTIAN_ASSIGN_OR_RETURN(emergency::EmergencyList list, ListContent(base));
  std::set<std::pair<std::string, std::string>> lines;
  for (const auto& l : list.lines) lines.insert({l.enterprise, l.id});
  for (size_t i = 0; i < edits.size(); ++i) {
    const emergency::Measure& e = edits[i];
    if (!lines.count({e.enterprise, e.line})) {
      return core::InvalidInput("version " + std::to_string(base.version) + " has no line '" +
                                    e.line + "' of enterprise " + e.enterprise,
                                "measures[" + std::to_string(i) + "].line");
    }
    bool replaced = false;
    for (auto& m : list.measures) {
      if (m.enterprise == e.enterprise && m.line == e.line && m.level == e.level) {
        const int64_t row = m.row;
        m = e;
        m.row = row;
        replaced = true;
        break;
      }
    }
    if (!replaced) list.measures.push_back(e);
  }
  const std::string source = "edited from v" + std::to_string(base.version) + ": " +
                             std::to_string(edits.size()) + " measure(s)" +
                             (note.empty() ? "" : " — " + note);
  return StoreListDraft(store, u, std::move(list), source, actor, now, now,
                        {{"from_version", base.version}, {"edits", edits.size()}, {"note", note}});
}

core::Result<ListImported> AcceptProposals(
    storage::Store& store, const std::string& city, int from, alert::Level level,
    const std::vector<std::pair<std::string, std::string>>& accepted, const Actor& actor,
    const std::string& now) {
  LANTIAN_ASSIGN_OR_RETURN(campaign::Unit u, ListCityUnit(store, city));
  LANTIAN_RETURN_IF_ERROR(CanDraft(actor, u));
  if (accepted.empty()) return core::InvalidInput("no proposal accepted", "accept");
  LANTIAN_ASSIGN_OR_RETURN(storage::ListVersion base, ListVersionOf(store, u.code, from));
  LANTIAN_ASSIGN_OR_RETURN(ListCheckResult r,
                           CheckStoredList(store, actor.principal, u.code, base.version));
  const emergency::Optimization o = emergency::Optimize(r.list, r.inventory, level);
  std::map<std::pair<std::string, std::string>, const emergency::Proposal*> by_line;
  for (const auto& p : o.proposals) by_line[{p.enterprise, p.line}] = &p;
  std::vector<emergency::Proposal> chosen;
  for (size_t i = 0; i < accepted.size(); ++i) {
    const auto p = by_line.find(accepted[i]);
    if (p == by_line.end()) {
      return core::InvalidInput("the optimizer proposes nothing for line '" + accepted[i].second +
                                    "' of " + accepted[i].first + " at " +
                                    std::string(alert::LevelName(level)),
                                "accept[" + std::to_string(i) + "]");
    }
    chosen.push_back(*p->second);
  }
  emergency::EmergencyList revised = emergency::ApplyProposals(r.list, level, chosen);
  const std::string source = "optimizer (" + std::string(alert::LevelName(level)) + ") from v" +
                             std::to_string(base.version) + ": " + std::to_string(chosen.size()) +
                             " of " + std::to_string(o.proposals.size()) + " proposal(s) accepted";
  return StoreListDraft(store, u, std::move(revised), source, actor, now, now,
                        {{"from_version", base.version},
                         {"level", alert::LevelName(level)},
                         {"accepted", chosen.size()},
                         {"rejected", o.proposals.size() - chosen.size()}});
}

}  // namespace lantian::app
