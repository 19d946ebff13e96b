#include "hj212/packet.hpp"

#include <gtest/gtest.h>

#include "hj212/answers.hpp"
#include "hj212/crc.hpp"
#include "hj212/reassembly.hpp"

namespace lantian::hj212 {
namespace {

// The standard's own example (HJ 212-2017).
constexpr std::string_view kExample =
    "##0101QN=20160801085857223;ST=32;CN=1062;PW=100000;MN=010000A8900016F000169DC0;Flag=5;"
    "CP=&&RtdInterval=30&&1C80\r\n";

std::string FieldOf(std::string_view frame, const ParseOptions& options = {}) {
  auto p = ParseFrame(frame, options);
  return p ? "" : p.error().field();
}

// A frame around `data` with its right length and CRC.
std::string Frame(const std::string& data) {
  std::string length = std::to_string(data.size());
  length.insert(0, 4 - length.size(), '0');
  return "##" + length + data + CrcHex(data) + "\r\n";
}

TEST(Hj212Test, TheStandardsExample) {
  EXPECT_EQ(CrcHex("QN=20160801085857223;ST=32;CN=1062;PW=100000;MN=010000A8900016F000169DC0;"
                   "Flag=5;CP=&&RtdInterval=30&&"),
            "1C80");
  auto p = ParseFrame(kExample);
  ASSERT_TRUE(p) << p.error().message();
  EXPECT_EQ(p->qn, "20160801085857223");
  EXPECT_EQ(p->st, "32");
  EXPECT_EQ(p->cn, "1062");
  EXPECT_EQ(p->pw, "100000");
  EXPECT_EQ(p->mn, "010000A8900016F000169DC0");
  EXPECT_EQ(p->flag, 5);
  EXPECT_TRUE(p->WantsAck());
  EXPECT_FALSE(p->Split());
  EXPECT_EQ(p->Version(), 1);
  EXPECT_EQ(p->Find("RtdInterval"), "30");
  EXPECT_EQ(BuildFrame(*p), kExample);  // built back byte for byte
}

TEST(Hj212Test, DataWithFlagsAndA2005Packet) {
  const std::string data =
      "QN=20201015123632010;ST=22;CN=2011;PW=123456;MN=AIR01;Flag=5;CP=&&DataTime=20201015123600;"
      "a34004-Rtd=75.2,a34004-Flag=N;a21026-Rtd=12,a21026-Flag=C&&";
  auto p = ParseFrame(Frame(data));
  ASSERT_TRUE(p) << p.error().message();
  ASSERT_EQ(p->cp.size(), 3u);
  EXPECT_EQ(p->cp[1], (CpGroup{{"a34004-Rtd", "75.2"}, {"a34004-Flag", "N"}}));
  EXPECT_EQ(p->Find("a21026-Flag"), "C");
  EXPECT_EQ(DataSegment(*p), data);

  auto old =
      ParseFrame(Frame("ST=32;CN=2011;PW=123456;MN=LD130133000015;CP=&&DataTime=20160824003817;"
                       "B01-Rtd=36.91;011-Rtd=231.0,011-Flag=N&&"));
  ASSERT_TRUE(old) << old.error().message();
  EXPECT_EQ(old->qn, "");
  EXPECT_EQ(old->Version(), 0);
  EXPECT_EQ(old->Find("011-Rtd"), "231.0");
}

TEST(Hj212Test, EveryBrokenPartIsNamed) {
  const std::string good =
      "QN=20201015123632010;ST=22;CN=2011;PW=123456;MN=AIR01;Flag=5;"
      "CP=&&DataTime=20201015123600;a34004-Rtd=75.2,a34004-Flag=N&&";
  EXPECT_EQ(FieldOf(Frame(good)), "");
  EXPECT_EQ(FieldOf("#0101" + std::string(kExample.substr(5))), "frame");
  EXPECT_EQ(FieldOf("##01a1QN=1"), "length");
  std::string short_by_one(kExample);
  short_by_one.replace(2, 4, "0100");
  EXPECT_EQ(FieldOf(short_by_one), "length");
  std::string bad_crc(kExample);
  bad_crc.replace(bad_crc.size() - 6, 4, "1C81");
  EXPECT_EQ(FieldOf(bad_crc), "crc");
  std::string lower_crc(kExample);
  lower_crc.replace(lower_crc.size() - 6, 4, "1c80");
  EXPECT_EQ(FieldOf(lower_crc), "");  // hex digits in either case
  auto with = [&](const std::string& from, const std::string& to) {
    std::string d = good;
    d.replace(d.find(from), from.size(), to);
    return FieldOf(Frame(d));
  };
  EXPECT_EQ(with("CN=2011", "CN=7777"), "CN");
  EXPECT_EQ(with("CN=2011", "CN=20x1"), "CN");
  EXPECT_EQ(with("ST=22", "ST=2a"), "ST");
  EXPECT_EQ(with("QN=20201015123632010", "QN=2020-10-15"), "QN");
  EXPECT_EQ(with("MN=AIR01", "MN="), "MN");
  EXPECT_EQ(with("Flag=5", "Flag=999"), "Flag");
  EXPECT_EQ(with("Flag=5;", "Flag=7;PNUM=2;"), "PNO");
  EXPECT_EQ(with("Flag=5;", "Flag=7;PNUM=2;PNO=3;"), "PNO");
  EXPECT_EQ(with("a34004-Rtd=75.2", "a34004-Rtd=7x5"), "CP.a34004-Rtd");
  EXPECT_EQ(with("a34004-Flag=N", "a34004-Flag=Q"), "CP.a34004-Flag");
  EXPECT_EQ(with("DataTime=20201015123600", "DataTime=2020101512"), "CP.DataTime");
  EXPECT_EQ(with("a34004-Rtd=75.2", "a34004-Rtd"), "CP");
  EXPECT_EQ(with("&&DataTime", "&DataTime"), "CP");
  EXPECT_EQ(with("a34004-Flag=N&&", "a34004-Flag=N&"), "CP");
  // An unknown command is named, or let through when the receiver allows it.
  std::string odd = good;
  odd.replace(odd.find("CN=2011"), 7, "CN=7777");
  ParseOptions lenient;
  lenient.known_cn_only = false;
  EXPECT_EQ(FieldOf(Frame(odd), lenient), "");
  // Over 1024 bytes of data: refused unless the receiver allows more.
  std::string big = good;
  big.insert(big.size() - 2, ";" + std::string(1000, '1').insert(0, "x-Info="));
  EXPECT_EQ(FieldOf(Frame(big)), "length");
  lenient.max_data_length = 9999;
  EXPECT_EQ(FieldOf(Frame(big), lenient), "");
}

TEST(Hj212Test, AnswersEchoTheRequest) {
  // A real power-meter upload and the receiver's acknowledgement of it
  // (shared/realdata/hj212 lines 42 and 43; the receiver wrote its CRC in lower case).
  const std::string upload = Frame(
      "QN=20201015123632010;ST=80;CN=2011;PW=123456;MN=410183160889201000212505;Flag=5;"
      "CP=&&DataTime=20201015123000;100000-Pt=267.3919,100000-Flag=N&&");
  auto p = ParseFrame(upload);
  ASSERT_TRUE(p) << p.error().message();
  EXPECT_EQ(BuildFrame(DataAcknowledgement(*p)),
            "##0087QN=20201015123632010;ST=91;CN=9014;PW=123456;MN=410183160889201000212505;"
            "Flag=4;CP=&&&&F001\r\n");
  auto answer = ParseFrame(BuildFrame(RequestAnswer(*p, RequestResult::kWrongPassword)));
  ASSERT_TRUE(answer) << answer.error().message();
  EXPECT_EQ(answer->cn, "9011");
  EXPECT_EQ(answer->Find("QnRtn"), "3");
  EXPECT_FALSE(answer->WantsAck());
}

TEST(Hj212Test, SplitPacketsAreReassembledInOrder) {
  auto part = [](int pno, const std::string& value) {
    Packet p;
    p.qn = "20201015123632010";
    p.st = "22";
    p.cn = "2011";
    p.pw = "123456";
    p.mn = "AIR01";
    p.flag = 7;
    p.pnum = 3;
    p.pno = pno;
    p.cp = {{{"a34004-Rtd", value}}};
    auto parsed = ParseFrame(BuildFrame(p));
    EXPECT_TRUE(parsed) << parsed.error().message();
    return *parsed;
  };
  Reassembler r(2);
  EXPECT_FALSE(r.Add(part(2, "2")));
  EXPECT_FALSE(r.Add(part(3, "3")));
  EXPECT_FALSE(r.Add(part(3, "3")));  // a repeat replaces
  auto whole = r.Add(part(1, "1"));
  ASSERT_TRUE(whole);
  ASSERT_EQ(whole->cp.size(), 3u);
  EXPECT_EQ(whole->cp[0][0].value, "1");
  EXPECT_EQ(whole->cp[2][0].value, "3");
  EXPECT_FALSE(whole->pnum);
  EXPECT_EQ(whole->flag, 5);
  EXPECT_EQ(r.Pending(), 0u);
  // A packet that is not split comes straight back.
  auto example = ParseFrame(kExample);
  EXPECT_TRUE(r.Add(*example));
  // At most two messages wait: the oldest is dropped.
  Packet a = part(1, "10"), b = part(1, "20"), c = part(1, "30");
  a.qn = "1";
  b.qn = "2";
  c.qn = "3";
  r.Add(a);
  r.Add(b);
  r.Add(c);
  EXPECT_EQ(r.Pending(), 2u);
}

}  // namespace
}  // namespace lantian::hj212
