// What a receiver answers a device (HJ 212-2017 §6.6): a data upload that asks
// for an acknowledgement (Flag bit 0) gets CN=9014, a command gets CN=9011
// (QnRtn: 1 ready to execute, 2 refused, 3 PW wrong, 4 MN wrong, 5 ST wrong,
// 6 Flag wrong, 7 QN wrong, 8 CN wrong, 9 CRC wrong, 100 unknown). Both echo
// the request's QN, PW and MN, with ST=91 (system interaction) and Flag=4
// (HJ 212-2017, no answer wanted) — as the real acknowledgement in
// shared/realdata (line 43, answering line 42) does. Pure.
#pragma once

#include "hj212/packet.hpp"

namespace lantian::hj212 {

// CN=9014 with an empty CP.
Packet DataAcknowledgement(const Packet& received);

enum class RequestResult {
  kReady = 1,
  kRefused = 2,
  kWrongPassword = 3,
  kWrongMn = 4,
  kWrongSt = 5,
  kWrongFlag = 6,
  kWrongQn = 7,
  kWrongCn = 8,
  kWrongCrc = 9,
  kUnknown = 100,
};
// CN=9011 with CP=&&QnRtn=…&&.
Packet RequestAnswer(const Packet& received, RequestResult result);

}  // namespace lantian::hj212
