// Binary encoding of the hourly series of a SiteDay, as stored in the BLOB/BYTEA
// columns of station_days and city_days. One row per site and day keeps the
// time-series tables small (a winter of 1,700 stations is 300k rows, not 100M)
// while every value stays exact.
//
// Format 1: byte 0 = 1 (format), byte 1 = number of series n; then per series:
// 3 bytes little-endian presence mask of hours 0..23; when the mask is not zero,
// 1 byte e (0..18, decimal places) and, per present hour in order, the value
// times 10^e as a zig-zag LEB128 integer. Readers treat missing trailing series
// as empty. Pure functions.
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "aq/site_day.hpp"
#include "core/status.hpp"

namespace lantian::storage {

std::string EncodeSeries(std::span<const aq::HourlySeries> series);
core::Status DecodeSeries(std::string_view blob, std::span<aq::HourlySeries> series);

}  // namespace lantian::storage
