// Command numbers (CN) lantian knows: the data uploads, the answers and the
// parameter and control commands seen in the standard's example, in the
// real packets of shared/realdata (receiver logs, simulators, drivers) and in
// domain.md §8. To verify against the standard's table: a device sending
// another CN is refused (ParseOptions::known_cn_only) with its number named.
#pragma once

#include <string_view>

namespace lantian::hj212 {

bool KnownCommand(std::string_view cn);
// "real-time data", "minute data", "hourly data", "daily data",
// "data acknowledgement", …; "" for an unknown CN.
std::string_view CommandName(std::string_view cn);

}  // namespace lantian::hj212
