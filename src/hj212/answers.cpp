#include "hj212/answers.hpp"

#include <string>

namespace lantian::hj212 {
namespace {

Packet Answer(const Packet& received, const char* cn) {
  Packet a;
  a.qn = received.qn;
  a.st = "91";
  a.cn = cn;
  a.pw = received.pw;
  a.mn = received.mn;
  a.flag = 4;
  return a;
}

}  // namespace

Packet DataAcknowledgement(const Packet& received) { return Answer(received, "9014"); }

Packet RequestAnswer(const Packet& received, RequestResult result) {
  Packet a = Answer(received, "9011");
  a.cp = {{{"QnRtn", std::to_string(static_cast<int>(result))}}};
  return a;
}

}  // namespace lantian::hj212
