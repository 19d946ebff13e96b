#include "storage/site_day_codec.hpp"

#include <algorithm>

namespace lantian::storage {
namespace {

using core::Int128;

constexpr uint8_t kFormat = 1;

void PutVarint(std::string& out, Int128 v) {
  // zig-zag
  core::UInt128 u =
      v < 0 ? (static_cast<core::UInt128>(-(v + 1)) << 1) | 1 : static_cast<core::UInt128>(v) << 1;
  while (u >= 0x80) {
    out.push_back(static_cast<char>(static_cast<uint8_t>(u) | 0x80));
    u >>= 7;
  }
  out.push_back(static_cast<char>(static_cast<uint8_t>(u)));
}

bool GetVarint(std::string_view in, size_t& pos, Int128& v) {
  // Fast path: values that fit 63 bits (every realistic one) in at most 9 bytes.
  uint64_t small = 0;
  for (int shift = 0, i = 0; i < 9 && pos + static_cast<size_t>(i) < in.size(); ++i, shift += 7) {
    const uint8_t b = static_cast<uint8_t>(in[pos + static_cast<size_t>(i)]);
    small |= static_cast<uint64_t>(b & 0x7F) << shift;
    if (!(b & 0x80)) {
      pos += static_cast<size_t>(i) + 1;
      const int64_t z = static_cast<int64_t>(small >> 1) ^ -static_cast<int64_t>(small & 1);
      v = z;
      return true;
    }
  }
  core::UInt128 u = 0;
  int shift = 0;
  for (;;) {
    if (pos >= in.size() || shift > 126) return false;
    const uint8_t b = static_cast<uint8_t>(in[pos++]);
    u |= static_cast<core::UInt128>(b & 0x7F) << shift;
    if (!(b & 0x80)) break;
    shift += 7;
  }
  v = (u & 1) ? -static_cast<Int128>(u >> 1) - 1 : static_cast<Int128>(u >> 1);
  return true;
}

}  // namespace

std::string EncodeSeries(std::span<const aq::HourlySeries> series) {
  std::string out;
  out.reserve(2 + series.size() * 30);
  out.push_back(static_cast<char>(kFormat));
  out.push_back(static_cast<char>(series.size()));
  for (const aq::HourlySeries& s : series) {
    const uint32_t mask = s.mask();
    out.push_back(static_cast<char>(mask & 0xFF));
    out.push_back(static_cast<char>((mask >> 8) & 0xFF));
    out.push_back(static_cast<char>((mask >> 16) & 0xFF));
    if (mask == 0) continue;
    int places = 0;
    for (int h = 0; h < aq::HourlySeries::kHours; ++h) {
      if (s.Has(h)) places = std::max(places, core::DecimalPlaces(s.At(h)));
    }
    out.push_back(static_cast<char>(places));
    for (int h = 0; h < aq::HourlySeries::kHours; ++h) {
      if (s.Has(h)) PutVarint(out, core::ScaledExact(s.At(h), places));
    }
  }
  return out;
}

core::Status DecodeSeries(std::string_view blob, std::span<aq::HourlySeries> series) {
  auto corrupt = [](const char* what) {
    return core::Internal(std::string("stored hourly values are corrupt: ") + what);
  };
  for (auto& s : series) s = aq::HourlySeries();
  if (blob.size() < 2 || static_cast<uint8_t>(blob[0]) != kFormat) return corrupt("unknown format");
  const size_t n = std::min<size_t>(static_cast<uint8_t>(blob[1]), series.size());
  size_t pos = 2;
  for (size_t i = 0; i < n; ++i) {
    if (pos + 3 > blob.size()) return corrupt("truncated mask");
    const uint32_t mask = static_cast<uint8_t>(blob[pos]) |
                          (static_cast<uint32_t>(static_cast<uint8_t>(blob[pos + 1])) << 8) |
                          (static_cast<uint32_t>(static_cast<uint8_t>(blob[pos + 2])) << 16);
    pos += 3;
    if (mask == 0) continue;
    if (pos >= blob.size()) return corrupt("truncated scale");
    const int places = static_cast<uint8_t>(blob[pos++]);
    if (places > core::Decimal::kFractionDigits) return corrupt("bad scale");
    const Int128 step = core::Pow10(core::Decimal::kFractionDigits - places);
    for (int h = 0; h < aq::HourlySeries::kHours; ++h) {
      if (!((mask >> h) & 1u)) continue;
      Int128 v = 0;
      if (!GetVarint(blob, pos, v)) return corrupt("truncated value");
      series[i].Set(h, core::Decimal::FromUnits(v * step));
    }
  }
  return core::Status::Ok();
}

}  // namespace lantian::storage
