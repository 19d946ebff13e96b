#include "hj212/commands.hpp"

#include <array>
#include <utility>

namespace lantian::hj212 {
namespace {

constexpr std::array<std::pair<std::string_view, std::string_view>, 38> kCommands = {{
    {"1000", "set timeout and retries"},
    {"1011", "get device time"},
    {"1012", "set device time"},
    {"1013", "device time calibration request"},
    {"1061", "get real-time data interval"},
    {"1062", "set real-time data interval"},
    {"1063", "get minute data interval"},
    {"1064", "set minute data interval"},
    {"1072", "set access password"},
    {"1073", "(vendor) parameter command"},
    {"2011", "real-time data"},
    {"2012", "stop real-time data"},
    {"2013", "(vendor) real-time data request"},
    {"2021", "equipment running status"},
    {"2022", "stop equipment status"},
    {"2023", "(vendor) equipment status request"},
    {"2031", "daily data"},
    {"2041", "daily running time"},
    {"2051", "minute data"},
    {"2061", "hourly data"},
    {"2081", "device restart time"},
    {"3011", "zero calibration"},
    {"3012", "instant sampling"},
    {"3013", "start cleaning / back-blowing"},
    {"3014", "comparison sampling"},
    {"3015", "sample retention on exceedance"},
    {"3016", "set sampling interval"},
    {"3017", "get sampling interval"},
    {"3018", "get sampling duration"},
    {"3019", "get device serial number"},
    {"3020", "get device information"},
    {"3021", "set device parameters"},
    {"9011", "request answer"},
    {"9012", "execution result"},
    {"9013", "notification answer"},
    {"9014", "data acknowledgement"},
    {"9021", "(vendor) login answer"},
    {"9022", "(vendor) heartbeat answer"},
}};

}  // namespace

std::string_view CommandName(std::string_view cn) {
  for (const auto& [code, name] : kCommands) {
    if (code == cn) return name;
  }
  // HJ/T 212-2005 parameter commands (5011…5051) of the older devices.
  if (cn.size() == 4 && cn[0] == '5' && cn[1] == '0') return "(2005) parameter command";
  return "";
}

bool KnownCommand(std::string_view cn) { return !CommandName(cn).empty(); }

}  // namespace lantian::hj212
