#include "aq/composite_index.hpp"

#include <vector>

#include "aq/period_statistics.hpp"

namespace lantian::aq {
namespace {

struct Spec {
  std::string_view name;
  std::string_view statistic;
  DailyColumn column;
  int limit;
  int percentile;  // 0: period mean
  bool dust_excluded;
};

// 城市环境空气质量排名技术规定: annual grade II limits for the means, daily
// limits for the CO and O3 percentiles (GB 3095-2012 Table 1).
constexpr std::array<Spec, kIndexPollutantCount> kSpecs = {{
    {"SO2", "mean", DailyColumn::kSO2, 60, 0, false},
    {"NO2", "mean", DailyColumn::kNO2, 40, 0, false},
    {"PM10", "mean", DailyColumn::kPM10, 70, 0, true},
    {"PM2.5", "mean", DailyColumn::kPM25, 35, 0, true},
    {"CO", "P95", DailyColumn::kCO, 4, 95, false},
    {"O3", "P90", DailyColumn::kO3_8h, 160, 90, false},
}};

// lcm(60, 40, 70, 35, 4, 160): every sub-index is an exact multiple of 1/3360.
constexpr int64_t kCommonDenominator = 3360;

const Spec& SpecOf(IndexPollutant p) { return kSpecs[static_cast<size_t>(p)]; }

}  // namespace

std::string_view IndexPollutantName(IndexPollutant p) { return SpecOf(p).name; }
std::string_view IndexStatisticName(IndexPollutant p) { return SpecOf(p).statistic; }
core::Decimal IndexLimit(IndexPollutant p) { return core::Decimal::FromInt(SpecOf(p).limit); }

CompositeIndex ComputeCompositeIndex(std::span<const DailyValues> days,
                                     const std::vector<bool>& dust) {
  CompositeIndex out;
  core::Decimal exact_sum;  // Σ statistic × (3360 / limit)
  bool all = true;
  core::Decimal largest_sub;
  for (IndexPollutant p : kIndexPollutants) {
    const Spec& spec = SpecOf(p);
    std::vector<core::Decimal> values;
    for (size_t i = 0; i < days.size(); ++i) {
      if (spec.dust_excluded && i < dust.size() && dust[i]) continue;
      if (const auto& v = days[i][spec.column]) values.push_back(*v);
    }
    if (values.empty()) {
      all = false;
      continue;
    }
    const int digits = ReportDigits(PollutantOf(spec.column));
    std::optional<core::Decimal> statistic;
    if (spec.percentile == 0) {
      core::Decimal sum;
      for (auto v : values) sum += v;
      statistic = core::RoundedMean(sum, static_cast<int64_t>(values.size()), digits);
    } else {
      statistic = Percentile(values, spec.percentile, digits);
    }
    IndexComponent c;
    c.statistic = *statistic;
    c.sub_index = core::RoundedRatio(c.statistic, core::Decimal::FromInt(spec.limit), 2);
    c.days = static_cast<int>(values.size());
    exact_sum += c.statistic * (kCommonDenominator / spec.limit);
    if (!out.largest || c.sub_index > largest_sub) {
      out.largest = p;
      largest_sub = c.sub_index;
    }
    out.components[static_cast<size_t>(p)] = c;
  }
  if (all) out.index = core::RoundedMean(exact_sum, kCommonDenominator, 2);
  return out;
}

std::optional<core::Decimal> PercentChange(const std::optional<core::Decimal>& now,
                                           const std::optional<core::Decimal>& before) {
  if (!now || !before || before->IsZero() || before->IsNegative()) return std::nullopt;
  return core::RoundedRatio((*now - *before) * 100, *before, 1);
}

}  // namespace lantian::aq
