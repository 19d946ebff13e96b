#include "app/demo_problems.hpp"

#include <string>
#include <vector>

#include "ledger/problem.hpp"

namespace lantian::app {
namespace {

constexpr const char* kDemo = "SYNTHETIC（演示数据）";

uint64_t Hash(uint64_t seed, const std::string& key) {
  uint64_t h = 1469598103934665603ULL ^ (seed * 0x9E3779B97F4A7C15ULL);
  for (unsigned char c : key) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return h ^ (h >> 31);
}

std::string At(core::Date d, int hour) {
  return core::FormatIsoDate(d) + (hour < 10 ? " 0" : " ") + std::to_string(hour) + ":00:00";
}

struct Kind {
  const char* kind;
  const char* what;
  const char* plan;
};
const std::vector<Kind> kKinds{
    {"扬尘", "施工工地渣土未苫盖、出入口车辆未冲洗", "全部苫盖，安装车辆冲洗设施"},
    {"散煤", "城中村居民仍在使用散煤取暖", "完成清洁取暖改造并收缴散煤"},
    {"工业企业", "料场无组织排放，物料未入棚", "物料全部入棚，增设喷淋"},
    {"柴油货车", "重型柴油货车尾气冒黑烟", "责令维修并复检，纳入重点监管"},
    {"VOCs", "喷涂车间废气未经收集直排", "安装集气罩和活性炭吸附装置"}};
const std::vector<std::string> kRoads{"建设路", "和平路", "中华大街", "解放路",
                                      "人民路", "胜利街", "新华路",   "工业路"};

}  // namespace

core::Result<DemoProblemSummary> WriteDemoProblems(storage::Store& store, uint64_t seed) {
  DemoProblemSummary out;
  LANTIAN_ASSIGN_OR_RETURN(auto existing, store.Problems(""));
  if (!existing.empty()) return out;  // a board in use is left alone
  LANTIAN_ASSIGN_OR_RETURN(auto units, store.Units());
  std::vector<storage::Problem> closed;  // candidates for a rebound
  const auto event = [&](int64_t id, const char* action, const std::string& who, core::Date on,
                         const char* status, std::string evidence,
                         std::string note) -> core::Status {
    return store
        .AddProblemEvent(
            {0, id, action, who, At(on, 10), status, std::move(evidence), std::move(note)})
        .status();
  };
  for (const auto& u : units) {
    if (u.kind != "prefecture" || Hash(seed, "problems" + u.code) % 3 != 0) continue;
    const std::string inspector = u.province_zh + "生态环境厅督察组";
    const std::string bureau = u.name_zh + "生态环境局";
    const int count = 2 + static_cast<int>(Hash(seed, "count" + u.code) % 4);
    for (int i = 0; i < count; ++i) {
      const std::string key = u.code + "/" + std::to_string(i);
      const uint64_t h = Hash(seed, key);
      const Kind& k = kKinds[h % kKinds.size()];
      const core::Date found = core::Date::FromYmd(2020, 10, 10) + static_cast<int>(h % 70);
      const core::Date deadline = found + 30;
      storage::Problem p{
          0,
          u.code,
          "",
          "",
          kRoads[(h >> 8) % kRoads.size()] + std::to_string(10 + (h >> 12) % 90) + "号",
          k.kind,
          k.what,
          "inspection",
          "",
          inspector,
          At(found, 9),
          "现场照片" + std::to_string(i + 1) + ".jpg",
          core::FormatIsoDate(deadline),
          "",
          "found",
          0,
          At(found, 9)};
      // How far it got: 0 found, 1 planned, 2 rectified, 3 verified, 4 closed.
      const int stage = static_cast<int>((h >> 20) % 10);
      const int reached = stage < 1 ? 0 : stage < 3 ? 1 : stage < 4 ? 2 : stage < 5 ? 3 : 4;
      if (reached >= 1) p.plan = k.plan;
      p.status =
          std::string(ledger::ProblemStatusName(static_cast<ledger::ProblemStatus>(reached)));
      LANTIAN_ASSIGN_OR_RETURN(auto id, store.AddProblem(p));
      if (!id) continue;
      p.id = *id;
      ++out.problems;
      LANTIAN_RETURN_IF_ERROR(event(p.id, "found", inspector, found, "found", p.photos, kDemo));
      core::Date day = found + 3;
      if (reached >= 1) {
        LANTIAN_RETURN_IF_ERROR(event(p.id, "plan", bureau, day, "planned", "", p.plan));
      }
      if (reached >= 2) {
        day = day + 12;
        LANTIAN_RETURN_IF_ERROR(
            event(p.id, "rectify", bureau, day, "rectified", "整改后照片.jpg", kDemo));
        if ((h >> 28) % 4 == 0) {  // a check failed once
          day = day + 3;
          LANTIAN_RETURN_IF_ERROR(
              event(p.id, "verify-fail", inspector, day, "planned", "", "复查发现仍未整改到位"));
          day = day + 5;
          LANTIAN_RETURN_IF_ERROR(
              event(p.id, "rectify", bureau, day, "rectified", "二次整改照片.jpg", kDemo));
        }
      }
      if (reached >= 3) {
        day = day + 4;
        LANTIAN_RETURN_IF_ERROR(
            event(p.id, "verify-pass", inspector, day, "verified", "", "现场核查整改到位"));
      }
      if (reached >= 4) {
        day = day + 2;
        LANTIAN_RETURN_IF_ERROR(event(p.id, "close", inspector, day, "closed", "", kDemo));
        closed.push_back(p);
      }
      LANTIAN_RETURN_IF_ERROR(store.UpdateProblem(p.id, p.status, p.plan, p.deadline, At(day, 10)));
    }
  }
  // Found again in January at a closed problem's site: rebounds.
  for (size_t i = 0; i < closed.size(); i += 5) {
    storage::Problem again = closed[i];
    again.id = 0;
    again.what = std::string("再次发现：") + again.what;
    again.found_at = At(core::Date::FromYmd(2021, 1, 12), 9);
    again.updated_at = again.found_at;
    again.deadline = "2021-02-11";
    again.plan = "";
    again.status = "found";
    again.rebound_of = closed[i].id;
    LANTIAN_ASSIGN_OR_RETURN(auto id, store.AddProblem(again));
    if (!id) continue;
    LANTIAN_RETURN_IF_ERROR(event(*id, "found", again.found_by, core::Date::FromYmd(2021, 1, 12),
                                  "found", again.photos, kDemo));
    ++out.problems;
    ++out.rebounds;
  }
  return out;
}

}  // namespace lantian::app
