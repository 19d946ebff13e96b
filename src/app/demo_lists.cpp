#include "app/demo_lists.hpp"

#include <set>

#include "app/list_check.hpp"
#include "app/list_records.hpp"
#include "crypto/crypto.hpp"
#include "demo/synthetic_list.hpp"

namespace lantian::app {
namespace {

constexpr std::string_view kWho = "SYNTHETIC demo (lantian demo-data)";

// Lines without a red measure stopped at red: what the city fixes after a return.
emergency::EmergencyList WithRedMeasures(emergency::EmergencyList list) {
  std::set<std::pair<std::string, std::string>> with_red;
  for (const auto& m : list.measures) {
    if (m.level == alert::Level::kRed) with_red.insert({m.enterprise, m.line});
  }
  for (const auto& l : list.lines) {
    if (with_red.count({l.enterprise, l.id})) continue;
    emergency::Measure m;
    m.enterprise = l.enterprise;
    m.line = l.id;
    m.level = alert::Level::kRed;
    m.kind = emergency::MeasureKind::kStop;
    m.permille = {1000, 1000, 1000, 1000};
    m.detail = "停产（退回后补充，合成示例）";
    m.verify.meter = "E-" + list.city + "-" + l.enterprise.substr(11, 6) + "-" + l.id;
    m.row = static_cast<int64_t>(list.measures.size()) + 2;
    list.measures.push_back(std::move(m));
  }
  return list;
}

core::Result<int64_t> AddVersion(storage::Store& store, const emergency::EmergencyList& list,
                                 int number, const std::string& status, const std::string& at) {
  storage::ListVersion v;
  v.city_code = list.city;
  v.version = number;
  v.status = status;
  v.content = ListToJson(list).dump();
  v.file = "SYNTHETIC demo list (lantian demo-data): not real enterprises";
  v.sha256 = crypto::Sha256Hex(v.content);
  v.created_by = std::string(kWho);
  v.created_at = at;
  return store.AddListVersion(v);
}

core::Status Steps(storage::Store& store, int64_t version_id,
                   std::initializer_list<std::array<std::string, 3>> steps) {
  for (const auto& [step, comment, at] : steps) {
    LANTIAN_RETURN_IF_ERROR(
        store.AddListStep({0, version_id, step, comment, std::string(kWho), at}).status());
  }
  return core::Status::Ok();
}

}  // namespace

core::Result<DemoListSummary> WriteDemoLists(storage::Store& store, uint64_t seed,
                                             const std::string& now) {
  (void)now;
  LANTIAN_ASSIGN_OR_RETURN(auto units, store.Units());
  LANTIAN_ASSIGN_OR_RETURN(emergency::Templates templates, BuiltInTemplates());
  DemoListSummary summary;
  for (size_t i = 0; i < units.size(); ++i) {
    const campaign::Unit& u = units[i];
    demo::SyntheticCityList made =
        demo::SyntheticEmergencyList(seed, u.code, u.lat, u.lon, templates);
    std::vector<storage::InventoryRow> rows;
    for (auto p : emergency::kPollutants) {
      rows.push_back({u.code, std::string(emergency::PollutantName(p)),
                      made.inventory.kg[static_cast<size_t>(p)], made.inventory.source});
    }
    LANTIAN_RETURN_IF_ERROR(store.ReplaceInventory(u.code, rows));
    const size_t kind = i % 10;
    if (kind == 3) {  // returned, then approved as version 2
      LANTIAN_ASSIGN_OR_RETURN(int64_t v1,
                               AddVersion(store, made.list, 1, "returned", "2020-10-10 09:00:00"));
      LANTIAN_RETURN_IF_ERROR(
          Steps(store, v1,
                {{"submit", "", "2020-10-15 10:00:00"},
                 {"return", "部分生产线缺少红色预警措施（合成示例）", "2020-10-22 16:00:00"}}));
      LANTIAN_ASSIGN_OR_RETURN(int64_t v2, AddVersion(store, WithRedMeasures(made.list), 2,
                                                      "approved", "2020-11-05 09:00:00"));
      LANTIAN_RETURN_IF_ERROR(
          Steps(store, v2,
                {{"submit", "", "2020-11-06 10:00:00"}, {"approve", "", "2020-11-12 15:00:00"}}));
      summary.versions += 2;
    } else if (kind == 7) {  // waiting for review
      LANTIAN_ASSIGN_OR_RETURN(int64_t v1,
                               AddVersion(store, made.list, 1, "submitted", "2020-10-10 09:00:00"));
      LANTIAN_RETURN_IF_ERROR(Steps(store, v1, {{"submit", "", "2020-10-15 10:00:00"}}));
      summary.versions += 1;
    } else {
      LANTIAN_ASSIGN_OR_RETURN(int64_t v1,
                               AddVersion(store, made.list, 1, "reported", "2020-10-10 09:00:00"));
      LANTIAN_RETURN_IF_ERROR(Steps(store, v1,
                                    {{"submit", "", "2020-10-15 10:00:00"},
                                     {"approve", "", "2020-10-25 15:00:00"},
                                     {"report", "", "2020-10-30 10:00:00"}}));
      summary.versions += 1;
    }
    ++summary.lists;
    summary.enterprises += static_cast<int64_t>(made.list.enterprises.size());
    summary.lines += static_cast<int64_t>(made.list.lines.size());
  }
  return summary;
}

}  // namespace lantian::app
