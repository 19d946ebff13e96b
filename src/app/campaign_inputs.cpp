#include "app/campaign_inputs.hpp"

#include <algorithm>

#include <array>

#include "app/reference_data.hpp"
#include "aq/aqi.hpp"
#include "aq/breakpoints.hpp"
#include "aq/city_values.hpp"
#include "aq/hourly_aqi.hpp"
#include "aq/station_daily.hpp"
#include "io/campaign_tables.hpp"
#include "io/xlsx_reader.hpp"

namespace lantian::app {
namespace {

// The AQI that means "off the scale" (爆表): HJ 633-2012 caps the index at 500.
constexpr int kAqiOffTheScale = 500;

}  // namespace

campaign::DailySeries CampaignInputs::Series(const std::string& city, core::Period period) const {
  campaign::DailySeries s;
  s.period = period;
  s.days.resize(static_cast<size_t>(std::max(0, period.Days())));
  s.dust.resize(s.days.size());
  auto it = daily.find(city);
  for (int i = 0; i < period.Days(); ++i) {
    const int32_t day = (period.first + i).days;
    if (it != daily.end()) {
      if (auto d = it->second.find(day); d != it->second.end()) {
        s.days[static_cast<size_t>(i)] = d->second;
      }
    }
    s.dust[static_cast<size_t>(i)] = dust.count({city, day}) > 0;
  }
  return s;
}

campaign::DailySeries CampaignInputs::Series(const std::string& city,
                                             std::span<const core::Period> periods) const {
  campaign::DailySeries out;
  for (const core::Period& p : periods) {
    campaign::DailySeries part = Series(city, p);
    if (out.days.empty()) out.period = p;
    out.period.last = out.period.first + static_cast<int>(out.days.size() + part.days.size()) - 1;
    out.days.insert(out.days.end(), part.days.begin(), part.days.end());
    out.dust.insert(out.dust.end(), part.dust.begin(), part.dust.end());
  }
  return out;
}

int CampaignInputs::Aqi500Days(const std::string& city, core::Period period) const {
  auto it = aqi500_hours.find(city);
  if (it == aqi500_hours.end()) return 0;
  int days = 0;
  for (const auto& [day, hours] : it->second) {
    if (hours > 0 && period.Contains(core::Date{day})) ++days;
  }
  return days;
}

bool CampaignInputs::Falsified(const std::string& city, const std::string& phase) const {
  for (const auto& f : findings) {
    if (f.city_code == city && f.phase == phase) return true;
  }
  return false;
}

const campaign::Unit* CampaignInputs::Unit(const std::string& code) const {
  for (const auto& u : units) {
    if (u.code == code) return &u;
  }
  return nullptr;
}

core::Result<CampaignInputs> LoadCampaignInputs(storage::Store& store,
                                                const InputsRequest& request) {
  CampaignInputs in;
  in.source = "store";
  in.hourly_extremes = request.hourly_extremes;
  LANTIAN_ASSIGN_OR_RETURN(in.units, store.Units());
  LANTIAN_ASSIGN_OR_RETURN(in.official_targets, store.CityTargets());
  LANTIAN_ASSIGN_OR_RETURN(in.tier_rule, store.TierRule());
  LANTIAN_ASSIGN_OR_RETURN(in.stricter, store.StricterTargets());
  LANTIAN_ASSIGN_OR_RETURN(in.regional_targets, store.RegionalTargets());
  LANTIAN_ASSIGN_OR_RETURN(in.findings, store.FalsificationFindings());
  LANTIAN_ASSIGN_OR_RETURN(in.latest_day, store.LatestStationDay());
  LANTIAN_ASSIGN_OR_RETURN(std::vector<aq::Station> stations, store.Stations());
  std::map<std::string, std::string, std::less<>> city_of;  // assessment station → city
  for (const auto& s : stations) {
    if (s.background) continue;  // 对照点 are not assessment stations
    city_of[s.code] = s.city_code;
    ++in.stations[s.city_code];
  }

  for (const core::Period& period : request.periods) {
    LANTIAN_ASSIGN_OR_RETURN(bool synthetic,
                             store.HasSyntheticData(storage::SiteLevel::kStation, period));
    in.synthetic = in.synthetic || synthetic;
    LANTIAN_ASSIGN_OR_RETURN(auto dust, store.DustDays(period));
    for (const auto& d : dust) in.dust.insert({d.city_code, d.date.days});
    LANTIAN_ASSIGN_OR_RETURN(auto fall, store.Dustfall(period));
    in.dustfall.insert(in.dustfall.end(), fall.begin(), fall.end());

    // One pass: station daily values grouped by city and day, and (when asked)
    // the city's hourly values accumulated station by station.
    std::map<std::string, std::map<int32_t, std::vector<aq::DailyValues>>> grouped;
    std::map<std::pair<std::string, int32_t>, std::array<aq::CityHourAccumulator, 24>> hours;
    LANTIAN_RETURN_IF_ERROR(store.ScanSiteDays(
        storage::SiteLevel::kStation, {}, period,
        [&](std::string_view code, const aq::SiteDay& day) -> core::Status {
          auto it = city_of.find(code);
          if (it == city_of.end()) return core::Status::Ok();
          grouped[it->second][day.date.days].push_back(aq::StationDailyValues(day.measured));
          if (request.hourly_extremes) {
            auto& acc = hours[{it->second, day.date.days}];
            for (int h = 0; h < 24; ++h) acc[static_cast<size_t>(h)].Add(aq::MeasuredHour(day, h));
          }
          return core::Status::Ok();
        },
        /*measured_only=*/true));
    for (const auto& [city, days] : grouped) {
      for (const auto& [date, values] : days) in.daily[city][date] = aq::CityDailyValues(values);
    }
    for (const auto& [key, acc] : hours) {
      int at500 = 0;
      for (const auto& h : acc) {
        auto aqi = aq::HourlyAqi(aq::Hj633_2012(), h.Values());
        if (aqi && aqi->aqi >= kAqiOffTheScale) ++at500;
      }
      if (at500 > 0) in.aqi500_hours[key.first][key.second] = at500;
    }
  }
  std::sort(in.dustfall.begin(), in.dustfall.end(), [](const auto& a, const auto& b) {
    return std::pair(a.month, a.city_code) < std::pair(b.month, b.city_code);
  });
  in.dustfall.erase(std::unique(in.dustfall.begin(), in.dustfall.end()), in.dustfall.end());
  return in;
}

core::Result<CampaignInputs> CampaignInputsFromFiles(const CalculatorFiles& files,
                                                     std::vector<io::FileReport>& reports) {
  LANTIAN_ASSIGN_OR_RETURN(ReferenceData ref, EmbeddedReferenceData());
  CampaignInputs in;
  in.units = ref.units;
  // In code order, as a store lists them, so that both sources answer alike.
  std::sort(in.units.begin(), in.units.end(),
            [](const campaign::Unit& a, const campaign::Unit& b) { return a.code < b.code; });
  in.tier_rule = ref.tier_rule;
  in.stricter = ref.stricter;
  in.regional_targets = ref.targets;
  in.source = files.daily;

  LANTIAN_ASSIGN_OR_RETURN(io::CsvReader daily, io::OpenTable(files.daily));
  reports.emplace_back(daily.name());
  auto rows = io::ReadCityDaily(daily, in.units, reports.back());
  LANTIAN_RETURN_IF_ERROR(reports.back().ToStatus("nothing was computed"));
  for (const auto& r : rows) {
    in.daily[r.city_code][r.date.days] = r.values;
    if (r.dust) in.dust.insert({r.city_code, r.date.days});
    if (!in.latest_day || r.date > *in.latest_day) in.latest_day = r.date;
  }
  if (files.targets) {
    LANTIAN_ASSIGN_OR_RETURN(io::CsvReader t, io::OpenTable(*files.targets));
    reports.emplace_back(t.name());
    in.official_targets = io::ReadCityTargets(t, in.units, reports.back());
    LANTIAN_RETURN_IF_ERROR(reports.back().ToStatus("nothing was computed"));
    in.source += ", " + *files.targets;
  }
  return in;
}

}  // namespace lantian::app
