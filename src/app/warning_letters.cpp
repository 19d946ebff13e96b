#include "app/warning_letters.hpp"

namespace lantian::app {

core::Result<InputsRequest> WarningRequest(const std::string& quarter) {
  LANTIAN_ASSIGN_OR_RETURN(InputsRequest r, AssessmentRequest(quarter));
  r.hourly_extremes = true;
  return r;
}

core::Result<WarningList> WarningCandidates(const CampaignInputs& in, const std::string& quarter,
                                            std::optional<core::Date> as_of,
                                            const campaign::WarningRule& rule) {
  LANTIAN_ASSIGN_OR_RETURN(auto ap, campaign::AssessmentPeriodOf(quarter));
  if (!ap.is_phase) {
    return core::InvalidInput("warning letters are quarterly: 2020Q4 or 2021Q1, not " + quarter,
                              "quarter");
  }
  LANTIAN_ASSIGN_OR_RETURN(Assessment a, Assess(in, quarter, as_of));
  WarningList out;
  out.quarter = quarter;
  out.as_of = a.as_of;
  out.synthetic = a.synthetic;
  for (const auto& c : a.cities) {
    if (!c.progress.target) continue;
    ++out.cities_assessed;
    const core::Period so_far{ap.period.first, a.as_of};
    WarningCandidate w;
    w.unit = c.unit;
    w.progress = c.progress;
    w.aqi500_days = in.hourly_extremes ? in.Aqi500Days(c.unit.code, so_far) : 0;
    w.reasons = campaign::WarningReasons(c.progress, w.aqi500_days, std::nullopt, rule);
    if (!w.reasons.empty()) out.candidates.push_back(std::move(w));
  }
  out.notes.push_back(
      "key-task progress is not assessed: the key-task ledger is not in lantian yet");
  if (!in.hourly_extremes) {
    out.notes.push_back("AQI 500 is not assessed: the input has no hourly values");
  }
  out.notes.push_back("AQI 500 counts days on which the city's hourly AQI reached 500; " +
                      std::to_string(rule.aqi500_min_days) + " such days make a reason");
  return out;
}

}  // namespace lantian::app
