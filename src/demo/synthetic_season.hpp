// A deterministic synthetic air-quality season for demonstrations and tests:
// hourly SO2, NO2, CO, O3, PM10, PM2.5 for every given station, with a seasonal
// cycle (winter PM high, summer O3 high), a regional gradient (higher in southern
// Hebei / northern Henan and the Fenwei basin), winter episodes that build for
// days under stagnant air and move north-east across the region before a cold
// front clears them from the north-west, a diurnal cycle of O3 and PM, a slow
// year-on-year improvement, about 5% missing hours (isolated gaps and outages),
// and occasional spring sand-and-dust days. NOT measured data: everything made
// from it must say so. Pure: the same stations, period and seed give the same
// values on every run.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "aq/site_day.hpp"
#include "core/civil_time.hpp"

namespace lantian::demo {

struct DemoStation {
  std::string code;
  std::string city_code;
  double lat = 0;
  double lon = 0;
};

struct SeasonOptions {
  uint64_t seed = 1;
  core::Period period{core::Date::FromYmd(2019, 1, 1), core::Date::FromYmd(2021, 3, 31)};
};

struct SeasonDay {
  core::Date date;
  std::vector<aq::SiteDay> stations;     // same order as the stations given
  std::vector<std::string> dust_cities;  // cities with a sand-and-dust day
};

class SyntheticSeason {
 public:
  SyntheticSeason(std::vector<DemoStation> stations, SeasonOptions options);
  ~SyntheticSeason();
  SyntheticSeason(const SyntheticSeason&) = delete;
  SyntheticSeason& operator=(const SyntheticSeason&) = delete;

  // Fills the next day of the period; false after the last one.
  bool Next(SeasonDay& day);
  int DaysTotal() const { return options_.period.Days(); }

 private:
  struct State;
  std::vector<DemoStation> stations_;
  SeasonOptions options_;
  std::unique_ptr<State> state_;
};

}  // namespace lantian::demo
