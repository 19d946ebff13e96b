#include "aq/site_day.hpp"

namespace lantian::aq {
namespace {

constexpr std::array<std::string_view, kPublishedCount> kPublishedNames = {
    "AQI", "PM2.5_24h", "PM10_24h", "SO2_24h", "NO2_24h", "CO_24h", "O3_24h", "O3_8h", "O3_8h_24h"};

void MergeSeries(HourlySeries& target, const HourlySeries& incoming, bool replace, bool published,
                 uint8_t series, MergeCounts& counts, std::vector<MergeConflict>* conflicts) {
  for (int h = 0; h < HourlySeries::kHours; ++h) {
    if (!incoming.Has(h)) continue;
    const core::Decimal v = incoming.At(h);
    if (!target.Has(h)) {
      target.Set(h, v);
      ++counts.added;
    } else if (target.At(h) == v) {
      ++counts.unchanged;
    } else if (replace) {
      if (conflicts) conflicts->push_back({published, series, h, target.At(h), v});
      target.Set(h, v);
      ++counts.replaced;
    } else {
      if (conflicts) conflicts->push_back({published, series, h, target.At(h), v});
      ++counts.conflicting;
    }
  }
}

}  // namespace

std::string_view PublishedName(Published p) { return kPublishedNames[static_cast<size_t>(p)]; }

std::optional<Published> ParsePublishedName(std::string_view text) {
  for (size_t i = 0; i < kPublishedNames.size(); ++i) {
    if (kPublishedNames[i] == text) return static_cast<Published>(i);
  }
  return std::nullopt;
}

std::optional<Published> Published24hOf(Pollutant p) {
  switch (p) {
    case Pollutant::kSO2:
      return Published::kSO2_24h;
    case Pollutant::kNO2:
      return Published::kNO2_24h;
    case Pollutant::kCO:
      return Published::kCO_24h;
    case Pollutant::kPM10:
      return Published::kPM10_24h;
    case Pollutant::kPM25:
      return Published::kPM25_24h;
    case Pollutant::kO3:
      return std::nullopt;
  }
  return std::nullopt;
}

bool SiteDay::empty() const { return ValueCount() == 0; }

int64_t SiteDay::ValueCount() const {
  int64_t n = 0;
  for (const auto& s : measured) n += s.Count();
  for (const auto& s : published) n += s.Count();
  return n;
}

MergeCounts& MergeCounts::operator+=(const MergeCounts& o) {
  added += o.added;
  unchanged += o.unchanged;
  replaced += o.replaced;
  conflicting += o.conflicting;
  return *this;
}

MergeCounts MergeSiteDay(SiteDay& target, const SiteDay& incoming, bool replace,
                         std::vector<MergeConflict>* conflicts) {
  MergeCounts counts;
  for (size_t i = 0; i < kPollutantCount; ++i) {
    MergeSeries(target.measured[i], incoming.measured[i], replace, false, static_cast<uint8_t>(i),
                counts, conflicts);
  }
  for (size_t i = 0; i < kPublishedCount; ++i) {
    MergeSeries(target.published[i], incoming.published[i], replace, true, static_cast<uint8_t>(i),
                counts, conflicts);
  }
  return counts;
}

}  // namespace lantian::aq
