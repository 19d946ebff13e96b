#include "app/compare.hpp"

namespace lantian::app {

core::Result<Comparison> ComparePublished(storage::Store& store, core::Period period,
                                          const std::optional<std::string>& station) {
  Comparison out;
  std::vector<std::string> ids;
  if (station) ids.push_back(*station);
  LANTIAN_RETURN_IF_ERROR(store.ScanSiteDays(
      storage::SiteLevel::kStation, ids, period,
      [&](std::string_view code, const aq::SiteDay& day) -> core::Status {
        for (const aq::PublishedCheck& c : aq::CheckPublished(day)) {
          Agreement& a = out.by_kind[static_cast<size_t>(c.kind)];
          if (!c.computed) {
            ++a.not_computed;
          } else {
            ++a.compared;
            if (*c.computed == c.published) {
              ++a.agreed;
              continue;
            }
            const core::Decimal diff =
                *c.computed > c.published ? *c.computed - c.published : c.published - *c.computed;
            const bool co = c.kind == aq::CheckKind::kDailyCO;
            if (diff <= (co ? core::Decimal::FromScaled(1, 1) : core::Decimal::FromInt(1)))
              ++a.within_one;
          }
          out.mismatches.push_back({std::string(code),
                                    core::FormatHourStart(core::HourStart::Of(day.date, c.hour)),
                                    c.kind, c.published, c.computed});
        }
        return core::Status::Ok();
      }));
  return out;
}

}  // namespace lantian::app
