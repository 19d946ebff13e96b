#include "app/demo_alerts.hpp"

#include <map>

#include "alert/linkage.hpp"
#include "app/alert_desk.hpp"
#include "app/campaign_inputs.hpp"
#include "aq/breakpoints.hpp"
#include "aq/daily_values.hpp"
#include "demo/synthetic_forecast.hpp"

namespace lantian::app {
namespace {

constexpr const char* kIssuer = "区域预报中心（合成）";
constexpr int kLeadDays = 3;

uint64_t Hash(const std::string& code) {
  uint64_t h = 1469598103934665603ULL;
  for (char c : code) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
  return h;
}

core::Instant At(core::Date day, int hour) {
  return core::Instant{int64_t{day.days} * 86400 + hour * 3600};
}

}  // namespace

core::Result<DemoAlertSummary> WriteDemoAlerts(storage::Store& store, uint64_t seed,
                                               core::Period period, const std::string& now) {
  DemoAlertSummary summary;
  InputsRequest request;
  request.periods = {period};
  LANTIAN_ASSIGN_OR_RETURN(CampaignInputs inputs, LoadCampaignInputs(store, request));
  std::map<std::string, std::map<int32_t, int>> observed;  // city → day → AQI
  for (const auto& [city, days] : inputs.daily) {
    for (const auto& [day, values] : days) {
      if (auto aqi = aq::DailyAqi(aq::Hj633_2012(), values)) observed[city][day] = aqi->aqi;
    }
  }
  std::map<campaign::Region, int> region_size;
  for (const auto& u : inputs.units) ++region_size[u.region];

  std::map<std::string, alert::AlertStatus> status;
  std::map<std::string, bool> held_once;  // stubborn cities keep an alert one day too long
  std::map<campaign::Region, core::Date> prompted_until;
  for (core::Date d = period.first; d < period.last; d = d + 1) {
    StoredForecast run;
    run.issued_at = At(d, 16);
    run.run = {0,      kIssuer, core::FormatInstant(run.issued_at), "daily", "demo-data", "",
               "demo", now};
    for (const auto& [city, days] : observed) {
      for (int lead = 1; lead <= kLeadDays; ++lead) {
        auto it = days.find((d + lead).days);
        if (it == days.end()) continue;
        const demo::ForecastAqi f = demo::SyntheticForecast(seed, city, d, lead, it->second);
        run.values.push_back({city, core::FormatIsoDate(d + lead), f.aqi, f.low, f.high});
      }
    }
    if (run.values.empty()) continue;
    LANTIAN_ASSIGN_OR_RETURN(run.run.id, store.AddForecastRun(run.run, run.values));
    ++summary.forecast_runs;
    summary.forecast_values += static_cast<int64_t>(run.values.size());

    std::map<campaign::Region, std::vector<alert::CityCall>> calls;
    for (const auto& u : inputs.units) {
      if (!observed.count(u.code)) continue;
      auto ahead = EpisodesAhead(run, u.code, d + 1);
      const alert::Level level = LevelCalled(ahead);
      if (level >= alert::Level::kYellow) {
        for (const auto& e : ahead) {
          if (e.episode.level == level) {
            calls[u.region].push_back({u.code, level, e.FirstDay(), e.LastDay()});
            break;
          }
        }
      }
      // The city's decision, at 18:00 or (slow cities) the next morning.
      const bool slow = Hash(u.code) % 6 == 0;
      const bool stubborn = Hash(u.code) % 7 == 1;
      alert::AlertStatus& s = status[u.code];
      std::optional<alert::Step> step;
      if (s.state == alert::State::kNone && level >= alert::Level::kYellow) {
        step = alert::Step::kIssue;
      } else if (s.state == alert::State::kIssued && level > s.level) {
        step = alert::Step::kUpgrade;
      } else if (s.state == alert::State::kIssued && level < alert::Level::kYellow) {
        if (stubborn && !held_once[u.code]) {
          held_once[u.code] = true;
        } else {
          step = alert::Step::kLift;
          held_once[u.code] = false;
        }
      } else if (s.state == alert::State::kIssued && level < s.level) {
        step = alert::Step::kDowngrade;
      }
      if (!step) continue;
      const alert::Level to = *step == alert::Step::kLift ? alert::Level::kNone : level;
      const core::Instant at = slow ? At(d + 1, 10) : At(d, 18);
      alert::AlertStep a{
          *step, to, at, "SYNTHETIC 演示城市", std::to_string(run.run.id), "SYNTHETIC demo alert"};
      LANTIAN_ASSIGN_OR_RETURN(s, alert::ApplyStep(s, a));
      LANTIAN_RETURN_IF_ERROR(
          store
              .AddAlertStep({0, u.code, std::string(alert::StepName(*step)),
                             std::string(alert::LevelName(to)), core::FormatInstant(at), a.who,
                             run.run.id, a.note, "demo-data", now})
              .status());
      ++summary.steps;
    }
    // Regional prompts, one at a time per region while its episode lasts.
    for (const auto& [region, list] : calls) {
      auto until = prompted_until.find(region);
      if (until != prompted_until.end() && until->second > d) continue;
      auto proposal = alert::ProposePrompt(list, region_size[region], {});
      if (!proposal) continue;
      const core::Instant raised = At(d, 17);
      storage::RegionalPrompt p{
          0,
          std::string(campaign::RegionCode(region)),
          std::string(alert::LevelName(proposal->level)),
          proposal->start,
          proposal->end,
          core::FormatInstant(raised),
          core::FormatInstant(alert::DefaultDeadline(raised, proposal->start)),
          run.run.id,
          kIssuer,
          "SYNTHETIC demo prompt",
          {}};
      for (const auto& c : proposal->cities) p.cities.push_back({c, false, p.raised_at});
      LANTIAN_RETURN_IF_ERROR(store.AddRegionalPrompt(p).status());
      prompted_until[region] = proposal->end;
      ++summary.prompts;
    }
  }
  return summary;
}

}  // namespace lantian::app
