#include "ledger/workshop.hpp"

#include <array>
#include <cctype>

#include "ledger/area.hpp"

namespace lantian::ledger {
namespace {

constexpr std::array kSources{WorkshopSource::kInspection,  WorkshopSource::kGrid,
                              WorkshopSource::kElectricity, WorkshopSource::kSatellite,
                              WorkshopSource::kDrone,       WorkshopSource::kHotline};
constexpr std::array kStatuses{WorkshopStatus::kFound, WorkshopStatus::kToClose,
                               WorkshopStatus::kToRectify, WorkshopStatus::kClosedDown,
                               WorkshopStatus::kWhitelisted};
constexpr std::array kActions{WorkshopAction::kAssessClose, WorkshopAction::kAssessRectify,
                              WorkshopAction::kAcceptClosure, WorkshopAction::kAcceptRectification};

// An address without spaces and punctuation, ASCII or full-width, so that
// "长安区 建华大街12号" and "长安区建华大街１２号" compare equal only when the
// characters that carry meaning do (digits are left as written).
std::string AddressKey(const std::string& address) {
  static constexpr std::array<std::string_view, 9> kFullWidth{"　", "，", "、", "。", "（",
                                                              "）", "－", "—",  "·"};
  std::string out;
  for (size_t i = 0; i < address.size();) {
    const auto c = static_cast<unsigned char>(address[i]);
    if (c < 0x80) {
      if (!std::isspace(c) && !std::ispunct(c)) out += static_cast<char>(c);
      ++i;
      continue;
    }
    bool skipped = false;
    for (auto f : kFullWidth) {
      if (address.compare(i, f.size(), f) == 0) {
        i += f.size();
        skipped = true;
        break;
      }
    }
    if (!skipped) out += address[i++];
  }
  return out;
}

}  // namespace

std::string_view WorkshopSourceName(WorkshopSource s) {
  switch (s) {
    case WorkshopSource::kInspection:
      return "inspection";
    case WorkshopSource::kGrid:
      return "grid";
    case WorkshopSource::kElectricity:
      return "electricity";
    case WorkshopSource::kSatellite:
      return "satellite";
    case WorkshopSource::kDrone:
      return "drone";
    case WorkshopSource::kHotline:
      return "hotline";
  }
  return "";
}

std::string_view WorkshopSourceZh(WorkshopSource s) {
  switch (s) {
    case WorkshopSource::kInspection:
      return "排查";
    case WorkshopSource::kGrid:
      return "网格上报";
    case WorkshopSource::kElectricity:
      return "电力数据";
    case WorkshopSource::kSatellite:
      return "卫星遥感";
    case WorkshopSource::kDrone:
      return "无人机";
    case WorkshopSource::kHotline:
      return "举报";
  }
  return "";
}

std::optional<WorkshopSource> ParseWorkshopSource(std::string_view s) {
  for (auto x : kSources) {
    if (WorkshopSourceName(x) == s || WorkshopSourceZh(x) == s) return x;
  }
  return std::nullopt;
}

std::string_view WorkshopStatusName(WorkshopStatus s) {
  switch (s) {
    case WorkshopStatus::kFound:
      return "found";
    case WorkshopStatus::kToClose:
      return "to-close";
    case WorkshopStatus::kToRectify:
      return "to-rectify";
    case WorkshopStatus::kClosedDown:
      return "closed-down";
    case WorkshopStatus::kWhitelisted:
      return "whitelisted";
  }
  return "";
}

std::string_view WorkshopStatusZh(WorkshopStatus s) {
  switch (s) {
    case WorkshopStatus::kFound:
      return "待认定";
    case WorkshopStatus::kToClose:
      return "关停取缔中";
    case WorkshopStatus::kToRectify:
      return "整改中";
    case WorkshopStatus::kClosedDown:
      return "已取缔";
    case WorkshopStatus::kWhitelisted:
      return "白名单";
  }
  return "";
}

std::optional<WorkshopStatus> ParseWorkshopStatus(std::string_view s) {
  for (auto x : kStatuses) {
    if (WorkshopStatusName(x) == s) return x;
  }
  return std::nullopt;
}

std::string_view WorkshopActionName(WorkshopAction a) {
  switch (a) {
    case WorkshopAction::kAssessClose:
      return "assess-close";
    case WorkshopAction::kAssessRectify:
      return "assess-rectify";
    case WorkshopAction::kAcceptClosure:
      return "accept-closure";
    case WorkshopAction::kAcceptRectification:
      return "accept-rectification";
  }
  return "";
}

std::optional<WorkshopAction> ParseWorkshopAction(std::string_view s) {
  for (auto x : kActions) {
    if (WorkshopActionName(x) == s) return x;
  }
  return std::nullopt;
}

std::optional<WorkshopStatus> NextWorkshopStatus(WorkshopStatus s, WorkshopAction a) {
  using S = WorkshopStatus;
  using A = WorkshopAction;
  if (a == A::kAssessClose && (s == S::kFound || s == S::kToRectify)) return S::kToClose;
  if (a == A::kAssessRectify && s == S::kFound) return S::kToRectify;
  if (a == A::kAcceptClosure && s == S::kToClose) return S::kClosedDown;
  if (a == A::kAcceptRectification && s == S::kToRectify) return S::kWhitelisted;
  return std::nullopt;
}

bool IsAcceptance(WorkshopAction a) {
  return a == WorkshopAction::kAcceptClosure || a == WorkshopAction::kAcceptRectification;
}

bool WorkshopOpen(WorkshopStatus s) {
  return s == WorkshopStatus::kFound || s == WorkshopStatus::kToClose ||
         s == WorkshopStatus::kToRectify;
}

bool WorkshopOverdue(WorkshopStatus s, const std::string& deadline, core::Date today) {
  if (!WorkshopOpen(s) || deadline.empty()) return false;
  auto d = core::ParseIsoDate(deadline);
  return d && today > *d;
}

bool SameWorkshopPlace(const WorkshopPlace& a, const WorkshopPlace& b) {
  if (a.city_code != b.city_code) return false;
  const std::string ka = AddressKey(a.address);
  if (!ka.empty() && ka == AddressKey(b.address)) return true;
  return a.lat && a.lon && b.lat && b.lon &&
         DistanceKm(*a.lon, *a.lat, *b.lon, *b.lat) <= kSamePlaceKm;
}

std::optional<int64_t> WorkshopReboundOf(const WorkshopPlace& fresh,
                                         const std::vector<WorkshopPlace>& earlier) {
  std::optional<int64_t> newest;
  for (const auto& e : earlier) {
    if (e.id == fresh.id || WorkshopOpen(e.status) || !SameWorkshopPlace(fresh, e)) continue;
    if (!newest || e.id > *newest) newest = e.id;
  }
  return newest;
}

std::optional<int64_t> OpenWorkshopAt(const WorkshopPlace& fresh,
                                      const std::vector<WorkshopPlace>& earlier) {
  for (const auto& e : earlier) {
    if (e.id != fresh.id && WorkshopOpen(e.status) && SameWorkshopPlace(fresh, e)) return e.id;
  }
  return std::nullopt;
}

void CountWorkshop(DistrictCount& c, WorkshopStatus s, const std::string& deadline, bool rebound,
                   core::Date today) {
  ++c.found;
  if (WorkshopOpen(s)) ++c.open;
  if (WorkshopOverdue(s, deadline, today)) ++c.overdue;
  if (s == WorkshopStatus::kClosedDown) ++c.closed_down;
  if (s == WorkshopStatus::kWhitelisted) ++c.whitelisted;
  if (rebound) ++c.rebounds;
}

}  // namespace lantian::ledger
