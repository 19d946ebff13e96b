#include "app/demo_workshops.hpp"

#include <cmath>
#include <map>
#include <vector>

#include "app/list_store.hpp"
#include "ledger/workshop.hpp"

namespace lantian::app {
namespace {

constexpr const char* kDemo = "SYNTHETIC（演示数据）";

uint64_t Hash(uint64_t seed, const std::string& key) {
  uint64_t h = 1469598103934665603ULL ^ (seed * 0x9E3779B97F4A7C15ULL);
  for (unsigned char c : key) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  // splitmix64's finaliser, so that every bit of the draw varies with the key
  h = (h ^ (h >> 30)) * 0xBF58476D1CE4E5B9ULL;
  h = (h ^ (h >> 27)) * 0x94D049BB133111EBULL;
  return h ^ (h >> 31);
}

std::string At(core::Date d, int hour) {
  return core::FormatIsoDate(d) + (hour < 10 ? " 0" : " ") + std::to_string(hour) + ":00:00";
}

struct Trade {
  const char* industry;
  const char* what;
};
const std::vector<Trade> kTrades{{"塑料颗粒", "无环评手续，熔融工序废气无收集直排"},
                                 {"家具喷涂", "露天喷涂，无 VOCs 治理设施"},
                                 {"铸造", "无手续，冲天炉无除尘设施"},
                                 {"石材加工", "切割粉尘无组织排放，废水直排"},
                                 {"废旧轮胎炼油", "无手续，土法炼油"},
                                 {"印刷", "无环评，油墨废气直排"}};
const std::vector<const char*> kSources{"grid",      "inspection", "electricity",
                                        "satellite", "drone",      "hotline"};
const std::vector<const char*> kVillages{"东关村", "西王庄", "南街村", "北辛庄",
                                         "李家营", "张庄",   "前进村", "后屯"};

// A demo district's centre: the quadrant of app/demo_fires.hpp's square.
std::pair<double, double> DistrictCentre(const campaign::Unit& u, int d) {
  return {*u.lon - 0.1 + (d % 2) * 0.2, *u.lat - 0.1 + (d / 2) * 0.2};
}

// Two weeks of quarter-hour loads (kW) from 2020-11-01 00:15 by the kind of
// account: 0 one shift, 1 round the clock, 2 household, 3 shop.
std::vector<storage::ElectricityReading> Loads(const std::string& account, int kind, uint64_t h) {
  std::vector<storage::ElectricityReading> out;
  const core::Instant first{int64_t{core::Date::FromYmd(2020, 11, 1).days} * 86400};
  const double size = 20 + static_cast<double>(h % 60);
  for (int q = 0; q < 14 * 96; ++q) {
    const int minute = (q % 96) * 15;
    const int day = q / 96;
    const double wobble = 1 + 0.05 * std::sin(q * 0.7 + static_cast<double>(h % 7));
    double kw = 0;
    if (kind == 0) {
      const bool working = minute >= 8 * 60 && minute < 18 * 60 && day % 7 != 6;  // one day off
      kw = working ? size * wobble : 2.0;
    } else if (kind == 1) {
      kw = size * wobble;
    } else if (kind == 2) {
      kw = minute >= 18 * 60 && minute < 22 * 60 ? 1.6 * wobble : 0.35;
    } else {
      kw = minute >= 9 * 60 && minute < 21 * 60 ? 3.5 * wobble : 0.4;
    }
    out.push_back(
        {account, core::FormatInstant(first + int64_t{q + 1} * 900), std::round(kw * 100) / 100});
  }
  return out;
}

}  // namespace

core::Result<DemoWorkshopSummary> WriteDemoWorkshops(storage::Store& store, uint64_t seed,
                                                     const std::string& now) {
  DemoWorkshopSummary out;
  LANTIAN_ASSIGN_OR_RETURN(auto existing, store.Workshops(""));
  if (!existing.empty()) return out;  // a register in use is left alone
  LANTIAN_ASSIGN_OR_RETURN(auto units, store.Units());
  std::vector<storage::Workshop> closed_down;
  std::map<std::string, std::vector<storage::Workshop>> by_city;
  const auto event = [&](int64_t id, const char* action, const std::string& who, core::Date on,
                         const char* status, std::string evidence,
                         std::string note) -> core::Status {
    return store
        .AddWorkshopEvent(
            {0, id, action, who, At(on, 15), status, std::move(evidence), std::move(note)})
        .status();
  };
  for (const auto& u : units) {
    if (!u.lat || !u.lon || (u.kind != "prefecture" && u.kind != "municipality")) continue;
    const bool with_accounts = u.code == "130100" || u.code == "130400" || u.code == "610100";
    if (!with_accounts && Hash(seed, "workshops" + u.code) % 3 != 0) continue;
    const std::string city_bureau = u.name_zh + "生态环境局";
    const int count = 3 + static_cast<int>(Hash(seed, "ws-count" + u.code) % 4);
    for (int i = 0; i < count; ++i) {
      const uint64_t h = Hash(seed, "ws" + u.code + "/" + std::to_string(i));
      const int d = static_cast<int>(h % 4);
      const std::string district = u.code.substr(0, 4) + std::to_string(61 + d);
      const Trade& trade = kTrades[(h >> 4) % kTrades.size()];
      const auto [lon0, lat0] = DistrictCentre(u, d);
      const double lon = std::round((lon0 + ((h >> 8) % 1000) / 10000.0 - 0.05) * 1e5) / 1e5;
      const double lat = std::round((lat0 + ((h >> 18) % 1000) / 10000.0 - 0.05) * 1e5) / 1e5;
      const core::Date found = core::Date::FromYmd(2020, 10, 8) + static_cast<int>((h >> 28) % 80);
      const std::string finder = u.name_zh + district.substr(4) + "区网格员";
      storage::Workshop w{0,
                          u.code,
                          district,
                          district + "00" + std::to_string(1 + (h >> 32) % 4),
                          "",
                          std::string(kVillages[(h >> 36) % kVillages.size()]) +
                              std::to_string(1 + (h >> 40) % 60) + "号",
                          lat,
                          lon,
                          trade.industry,
                          trade.what,
                          kSources[(h >> 44) % kSources.size()],
                          "",
                          finder,
                          At(found, 9),
                          "现场照片.jpg",
                          core::FormatIsoDate(found + 30),
                          "found",
                          0,
                          At(found, 9)};
      // 0–1 found, 2 to close, 3 to rectify, 4–6 closed down, 7–9 white-listed.
      // Each city has one closed down and one white-listed at least.
      const int stage = i == 0 ? 5 : i == 1 ? 8 : static_cast<int>((h >> 48) % 10);
      LANTIAN_ASSIGN_OR_RETURN(w.id, store.AddWorkshop(w));
      ++out.workshops;
      LANTIAN_RETURN_IF_ERROR(event(w.id, "found", finder, found, "found", w.photos, kDemo));
      core::Date day = found + 2;
      const std::string district_bureau = u.name_zh + district.substr(4) + "区政府";
      if (stage >= 2) {
        const bool close = stage == 2 || (stage >= 4 && stage <= 6);
        w.status = close ? "to-close" : "to-rectify";
        LANTIAN_RETURN_IF_ERROR(event(w.id, close ? "assess-close" : "assess-rectify",
                                      district_bureau, day, w.status.c_str(), "",
                                      close ? "不符合产业政策，无法整改达标" : "具备整改条件"));
      }
      if (stage >= 4) {
        day = day + 7 + static_cast<int>((h >> 52) % 15);
        const bool close = stage <= 6;
        w.status = close ? "closed-down" : "whitelisted";
        LANTIAN_RETURN_IF_ERROR(event(
            w.id, close ? "accept-closure" : "accept-rectification", city_bureau, day,
            w.status.c_str(),
            close ? "断电断水、清除原料产品设备照片.jpg" : "环评批复、排污许可、治理设施照片.jpg",
            close ? "两断三清到位" : "整改到位，列入白名单"));
        if (close) closed_down.push_back(w);
      }
      LANTIAN_RETURN_IF_ERROR(store.UpdateWorkshop(w.id, w.status, w.deadline, At(day, 15)));
      w.updated_at = At(day, 15);
      by_city[u.code].push_back(w);
    }
  }
  // Found running again in January where one was closed down: rebounds.
  for (size_t i = 0; i < closed_down.size(); i += 4) {
    storage::Workshop again = closed_down[i];
    again.id = 0;
    again.what = "原址死灰复燃：" + again.what;
    again.source = "drone";
    again.found_at = At(core::Date::FromYmd(2021, 1, 14), 10);
    again.updated_at = again.found_at;
    again.deadline = "2021-02-13";
    again.status = "found";
    again.rebound_of = closed_down[i].id;
    LANTIAN_ASSIGN_OR_RETURN(again.id, store.AddWorkshop(again));
    LANTIAN_RETURN_IF_ERROR(event(again.id, "found", again.found_by,
                                  core::Date::FromYmd(2021, 1, 14), "found", again.photos, kDemo));
    by_city[again.city_code].push_back(again);
    ++out.workshops;
    ++out.rebounds;
  }
  // The grid company's dedicated-transformer accounts of three cities.
  for (const auto& u : units) {
    if (u.code != "130100" && u.code != "130400" && u.code != "610100") continue;
    std::vector<storage::PowerAccount> accounts;
    std::vector<storage::ElectricityReading> readings;
    const auto add = [&](const std::string& address, std::optional<double> lat,
                         std::optional<double> lon, const std::string& district, int kind,
                         const char* tariff) {
      const std::string account =
          u.code.substr(0, 4) + "0" + std::to_string(7001 + accounts.size());
      accounts.push_back(
          {account, u.code, district,
           std::string(kind >= 2 ? "居民用户" : "个体户") + std::to_string(accounts.size() + 1),
           address, lat, lon, tariff, kind >= 2 ? "50" : "250", "demo", now});
      const auto loads = Loads(account, kind, Hash(seed, account));
      readings.insert(readings.end(), loads.begin(), loads.end());
    };
    for (int d = 0; d < 4; ++d) {
      const std::string district = u.code.substr(0, 4) + std::to_string(61 + d);
      const auto [lon, lat] = DistrictCentre(u, d);
      const double dx = 0.01 * (d + 1);
      add(std::string(kVillages[(d + 3) % kVillages.size()]) + "村北" + std::to_string(d + 2) +
              "号院",
          lat + dx, lon - dx, district, d % 2, d % 2 ? "工业" : "居民");  // leads
      add(std::string(kVillages[d]) + "居民区" + std::to_string(d + 1) + "号", lat - dx, lon + dx,
          district, 2, "居民");
      add(std::string("商业街") + std::to_string(10 + d) + "号", lat + dx, lon + dx, district, 3,
          "商业");
    }
    // At a listed enterprise: licensed, not a lead.
    LANTIAN_ASSIGN_OR_RETURN(auto in_force, ListInForceAt(store, u.code, *core::ParseInstant(now)));
    if (in_force) {
      LANTIAN_ASSIGN_OR_RETURN(auto list, ListContent(in_force->version));
      for (const auto& e : list.enterprises) {
        if (!e.lat || !e.lon) continue;
        add(e.name + "厂区", e.lat, e.lon, "", 1, "工业");
        break;
      }
    }
    // At registered workshops: an open one (on the register already) and a
    // closed-down one (a suspected rebound).
    for (const auto& w : by_city[u.code]) {
      const auto s = ledger::ParseWorkshopStatus(w.status);
      if (s && (ledger::WorkshopOpen(*s) || *s == ledger::WorkshopStatus::kClosedDown)) {
        add(w.address, w.lat, w.lon, w.district, 0, "居民");
      }
    }
    LANTIAN_RETURN_IF_ERROR(store.PutPowerAccounts(accounts));
    LANTIAN_RETURN_IF_ERROR(store.PutElectricityReadings(readings));
    out.accounts += static_cast<int64_t>(accounts.size());
    out.readings += static_cast<int64_t>(readings.size());
  }
  return out;
}

}  // namespace lantian::app
