// Checks of the monitoring network the plan asks for (issue 8 §5; plan
// （二十）完善监测监控体系), each over the registry, per city, with its gaps:
//
//   VOCs stations   每个城市至少布设 1 个 VOCs 自动监测点位: at least one VOCs
//                   automatic station in operation (since ≤ the day) and
//                   connected;
//   key sources     排气口高度超过 45 米的高架源 and the VOCs key sources
//                   (石化、化工、包装印刷、工业涂装) 全面完成自动监控设施安装并
//                   联网: every stack above 45 m, and every listed enterprise of
//                   a key VOCs industry, has an online-monitoring device that has
//                   sent data; one silent for more than 7 days is noted;
//   traffic         2020 年 12 月底前在沿海主要港口和重要物流通道建成空气质量
//                   监测站: at least one station at a freight corridor, and in a
//                   city with a major coastal port one at the port, connected;
//                   overdue after 2020-12-31;
//   dust fall       各城市降尘量 … 汾渭平原各地级城市、县城加强降尘监测: a
//                   city-average dust-fall result for every month of the season
//                   up to the month before the day; a Fenwei city also a
//                   registered dust-fall site in at least one county town.
// Pure.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/civil_time.hpp"

namespace lantian::ledger {

enum class SiteKind { kVocs, kTraffic, kDustfall };
std::string_view SiteKindName(SiteKind k);  // "vocs", "traffic", "dustfall"
std::optional<SiteKind> ParseSiteKind(std::string_view s);

// A station of the supplementary networks.
struct NetworkSite {
  std::string code;
  SiteKind kind = SiteKind::kVocs;
  std::string city_code;
  std::string county;  // the county (town) it is in, "" for the city proper
  std::string name;
  std::string setting;     // traffic: "port" or "freight-corridor"; otherwise ""
  std::string serves;      // the port or corridor (天津港, G4 京港澳高速 …)
  bool connected = false;  // 联网 with the environment authorities
  std::string since;       // in operation since, YYYY-MM-DD
};

// The industries whose enterprises are key VOCs sources (codes of
// data/industries.csv): petrochemicals, the chemical industries, packaging
// and printing, and industrial coating.
bool IsKeyVocIndustry(std::string_view industry);
inline constexpr double kHighStackMetres = 45;
inline constexpr int kSilentDays = 7;

// A source that must be on automatic monitoring, with what the registry
// knows of its device.
struct KeySource {
  std::string credit_code;
  std::string name;
  std::string outlet;  // "" for a VOCs key source checked as a whole
  std::optional<double> height_m;
  std::string industry;
  std::string reason;  // "stack" (above 45 m) or "vocs"
  std::string mn;      // its device, "" when none is registered
  int64_t packets = 0;
  std::string last_data;  // when the device last sent, "" when never
};

struct Gap {
  std::string object;  // the station, outlet or month concerned ("" for the city)
  std::string what;    // a Chinese sentence
  bool note = false;   // worth a look, but the city still passes
};

struct CityCheck {
  std::string city_code;
  bool pass = false;
  bool overdue = false;  // failing after the plan's deadline
  int64_t have = 0;      // what counts towards the check
  int64_t need = 0;
  std::vector<Gap> gaps;
};

CityCheck CheckVocStations(const std::string& city, const std::vector<NetworkSite>& sites,
                           core::Date day);
// `port` the city's major coastal port ("" when it has none).
CityCheck CheckTrafficStations(const std::string& city, const std::string& port,
                               const std::vector<NetworkSite>& sites, core::Date day);
CityCheck CheckKeySources(const std::string& city, const std::vector<KeySource>& sources,
                          core::Date day);
// `months` the first days of the months with a city-average result.
CityCheck CheckDustfall(const std::string& city, bool fenwei, const std::vector<core::Date>& months,
                        const std::vector<NetworkSite>& sites, core::Date season_start,
                        core::Date day);

// The plan's cities with a major coastal port (沿海主要港口): 天津 (天津港),
// 唐山 (唐山港), 沧州 (黄骅港), 滨州 (滨州港). "" for any other city.
std::string_view MajorPortOf(std::string_view city_code);

}  // namespace lantian::ledger
