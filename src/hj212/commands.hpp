// Command numbers (CN) lantian knows: the initialisation, parameter, data,
// control and interaction commands of HJ 212-2017 (1000–1072, 2011–2081,
// 3011–3021, 9011–9014), checked against two independent public
// implementations of the 2017 protocol and the packets of shared/realdata
// (the standard's own table was not at hand: docs/standards.md §11), plus
// the vendor codes seen in real logs and the HJ/T 212-2005 parameter
// commands. A device sending another CN is refused
// (ParseOptions::known_cn_only) with its number named.
#pragma once

#include <string_view>

namespace lantian::hj212 {

bool KnownCommand(std::string_view cn);
// "real-time data", "minute data", "hourly data", "daily data",
// "data acknowledgement", …; "" for an unknown CN.
std::string_view CommandName(std::string_view cn);

}  // namespace lantian::hj212
