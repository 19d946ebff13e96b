#include "ledger/network_check.hpp"

#include <array>
#include <set>

namespace lantian::ledger {
namespace {

bool InOperation(const NetworkSite& s, core::Date day) {
  auto since = core::ParseIsoDate(s.since);
  return s.since.empty() || (since && *since <= day);
}

std::string MonthText(core::Date d) {
  return std::to_string(d.year()) + " 年 " + std::to_string(d.month()) + " 月";
}

// The first day of the month after d's.
core::Date NextMonth(core::Date d) {
  return core::Date::FromYmd(d.year(), d.month(), 1) + d.DaysInMonth();
}

const core::Date kTrafficDeadline = core::Date::FromYmd(2020, 12, 31);

}  // namespace

std::string_view SiteKindName(SiteKind k) {
  switch (k) {
    case SiteKind::kVocs:
      return "vocs";
    case SiteKind::kTraffic:
      return "traffic";
    case SiteKind::kDustfall:
      return "dustfall";
  }
  return "";
}

std::optional<SiteKind> ParseSiteKind(std::string_view s) {
  for (auto k : {SiteKind::kVocs, SiteKind::kTraffic, SiteKind::kDustfall}) {
    if (SiteKindName(k) == s) return k;
  }
  return std::nullopt;
}

bool IsKeyVocIndustry(std::string_view industry) {
  static const std::set<std::string_view> kKey{
      "petrochemicals", "pharmaceuticals",        "pesticides",         "coatings",
      "inks",           "cellulose-ethers",       "packaging-printing", "industrial-coating",
      "vehicles",       "construction-machinery", "furniture"};
  return kKey.contains(industry);
}

std::string_view MajorPortOf(std::string_view city_code) {
  if (city_code == "120000") return "天津港";
  if (city_code == "130200") return "唐山港";
  if (city_code == "130900") return "黄骅港";
  if (city_code == "371600") return "滨州港";
  return "";
}

CityCheck CheckVocStations(const std::string& city, const std::vector<NetworkSite>& sites,
                           core::Date day) {
  CityCheck c{city, false, false, 0, 1, {}};
  for (const auto& s : sites) {
    if (s.city_code != city || s.kind != SiteKind::kVocs || !InOperation(s, day)) continue;
    if (s.connected) {
      ++c.have;
    } else {
      c.gaps.push_back({s.code, "VOCs 自动监测站点 " + s.name + " 未联网", false});
    }
  }
  c.pass = c.have >= c.need;
  if (!c.pass && c.gaps.empty()) c.gaps.push_back({"", "没有 VOCs 自动监测站点", false});
  return c;
}

CityCheck CheckTrafficStations(const std::string& city, const std::string& port,
                               const std::vector<NetworkSite>& sites, core::Date day) {
  CityCheck c{city, false, false, 0, port.empty() ? 1 : 2, {}};
  bool corridor = false, at_port = false;
  for (const auto& s : sites) {
    if (s.city_code != city || s.kind != SiteKind::kTraffic || !InOperation(s, day)) continue;
    if (!s.connected) {
      c.gaps.push_back({s.code, "交通空气质量监测站 " + s.name + " 未联网", false});
      continue;
    }
    if (s.setting == "freight-corridor") corridor = true;
    if (s.setting == "port") at_port = true;
  }
  c.have = (corridor ? 1 : 0) + (!port.empty() && at_port ? 1 : 0);
  if (!corridor) c.gaps.push_back({"", "重要物流通道没有建成联网的空气质量监测站", false});
  if (!port.empty() && !at_port) {
    c.gaps.push_back({"", "沿海主要港口（" + port + "）没有建成联网的空气质量监测站", false});
  }
  c.pass = c.have >= c.need;
  c.overdue = !c.pass && day > kTrafficDeadline;
  return c;
}

CityCheck CheckKeySources(const std::string& city, const std::vector<KeySource>& sources,
                          core::Date day) {
  CityCheck c{city, false, false, 0, 0, {}};
  for (const auto& s : sources) {
    if (s.credit_code.empty()) continue;
    ++c.need;
    const std::string who =
        s.name.empty() ? s.credit_code : s.name + (s.outlet.empty() ? "" : " " + s.outlet);
    const std::string why =
        s.reason == "stack" && s.height_m
            ? "（排气筒高 " + std::to_string(static_cast<int>(*s.height_m)) + " 米）"
            : "（VOCs 排放重点源）";
    const std::string object = s.credit_code + (s.outlet.empty() ? "" : "/" + s.outlet);
    if (s.mn.empty()) {
      c.gaps.push_back({object, who + why + " 未安装自动监控设施", false});
      continue;
    }
    if (s.packets == 0 || s.last_data.empty()) {
      c.gaps.push_back(
          {object, who + why + " 自动监控设施 " + s.mn + " 未联网（从未上传数据）", false});
      continue;
    }
    ++c.have;
    if (auto last = core::ParseIsoDate(s.last_data.substr(0, 10));
        last && day - *last > kSilentDays) {
      c.gaps.push_back({object,
                        who + " 自动监控设施 " + s.mn + " 已 " + std::to_string(day - *last) +
                            " 天无数据（最后 " + s.last_data.substr(0, 10) + "）",
                        true});
    }
  }
  c.pass = c.have == c.need;
  return c;
}

CityCheck CheckDustfall(const std::string& city, bool fenwei, const std::vector<core::Date>& months,
                        const std::vector<NetworkSite>& sites, core::Date season_start,
                        core::Date day) {
  CityCheck c{city, false, false, 0, 0, {}};
  std::set<int32_t> got;
  for (auto m : months) got.insert(m.days);
  // Every month from the season's start to the month before `day`'s.
  for (core::Date m = core::Date::FromYmd(season_start.year(), season_start.month(), 1);
       NextMonth(m) <= day; m = NextMonth(m)) {
    ++c.need;
    if (got.contains(m.days)) {
      ++c.have;
    } else {
      c.gaps.push_back(
          {core::FormatIsoDate(m).substr(0, 7), MonthText(m) + "没有降尘监测结果", false});
    }
  }
  if (fenwei) {
    ++c.need;
    bool county = false;
    for (const auto& s : sites) {
      if (s.city_code == city && s.kind == SiteKind::kDustfall && !s.county.empty() &&
          InOperation(s, day)) {
        county = true;
      }
    }
    if (county) {
      ++c.have;
    } else {
      c.gaps.push_back({"", "汾渭平原城市：没有登记县城降尘监测点位", false});
    }
  }
  c.pass = c.have == c.need;
  return c;
}

}  // namespace lantian::ledger
