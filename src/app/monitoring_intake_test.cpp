#include "app/monitoring_intake.hpp"

#include <gtest/gtest.h>

#include "crypto/crypto.hpp"
#include "hj212/packet.hpp"

namespace lantian::app {
namespace {

DeviceRegistry Registry() {
  return DeviceRegistry({{"MN01", "91130100MA0CEMT01Q", "130100", "DA001", "a21026,a34013",
                          crypto::Sha256Hex("123456"), "t", "2020-11-01 00:00:00"}});
}

std::string Upload(const std::string& pw, const std::string& cp, int flag = 5,
                   const std::string& extra = "") {
  auto p = hj212::ParseDataSegment("QN=20201201100000123;ST=31;CN=2061;PW=" + pw +
                                   ";MN=MN01;Flag=" + std::to_string(flag) + ";" + extra + "CP=&&" +
                                   cp + "&&");
  EXPECT_TRUE(p) << p.error().message();
  return hj212::BuildFrame(*p);
}

TEST(MonitoringIntakeTest, StoresTheFrameAndTheValuesAndAcknowledges) {
  hj212::Reassembler r;
  const std::string frame =
      Upload("123456", "DataTime=20201201090000;a21026-Avg=20.5,a21026-Flag=N");
  FrameOutcome o = TakeFrame(frame, Registry(), r, "10.1.1.1:5000", "2020-12-01 10:00:01");
  ASSERT_TRUE(o.packet);
  EXPECT_FALSE(o.rejection);
  EXPECT_FALSE(o.close);
  EXPECT_EQ(o.packet->frame + "\r\n", frame);
  EXPECT_EQ(o.packet->data_time, "2020-12-01 09:00:00");
  EXPECT_EQ(o.packet->peer, "10.1.1.1:5000");
  ASSERT_EQ(o.values.size(), 1u);
  EXPECT_EQ(o.values[0].kind, "hourly");
  EXPECT_EQ(o.values[0].avg, 20.5);
  EXPECT_EQ(o.values[0].flag, "N");
  auto ack = hj212::ParseFrame(o.ack);
  ASSERT_TRUE(ack) << o.ack;
  EXPECT_EQ(ack->cn, "9014");
  EXPECT_EQ(ack->qn, "20201201100000123");
}

TEST(MonitoringIntakeTest, RealTimeUploadsAreKeptAsFramesOnly) {
  hj212::Reassembler r;
  auto p = hj212::ParseDataSegment(
      "QN=20201201100000123;ST=31;CN=2011;PW=123456;MN=MN01;Flag=5;CP=&&DataTime=20201201090030;"
      "a21026-Rtd=20.5,a21026-Flag=N&&");
  ASSERT_TRUE(p);
  FrameOutcome o = TakeFrame(hj212::BuildFrame(*p), Registry(), r, "p", "now");
  ASSERT_TRUE(o.packet);
  EXPECT_EQ(o.packet->cn, "2011");
  EXPECT_EQ(o.packet->data_time, "2020-12-01 09:00:30");
  EXPECT_TRUE(o.values.empty());
  EXPECT_NE(o.ack, "");
}

TEST(MonitoringIntakeTest, NoAckUnlessAsked) {
  hj212::Reassembler r;
  FrameOutcome o = TakeFrame(Upload("123456", "DataTime=20201201090000;a21026-Avg=1", 4),
                             Registry(), r, "p", "now");
  ASSERT_TRUE(o.packet);
  EXPECT_EQ(o.ack, "");
}

TEST(MonitoringIntakeTest, RefusesStrangersAndWrongPasswordsAndClosesTheConnection) {
  hj212::Reassembler r;
  FrameOutcome wrong = TakeFrame(Upload("654321", "DataTime=20201201090000;a21026-Avg=1"),
                                 Registry(), r, "p", "now");
  EXPECT_FALSE(wrong.packet);
  EXPECT_TRUE(wrong.close);
  ASSERT_TRUE(wrong.rejection);
  EXPECT_EQ(wrong.rejection->reason, "wrong password for MN=MN01");
  EXPECT_EQ(wrong.ack, "");
  FrameOutcome unknown = TakeFrame(Upload("123456", "a=1"), DeviceRegistry(), r, "p", "now");
  EXPECT_TRUE(unknown.close);
  EXPECT_EQ(unknown.rejection->reason, "unknown device MN=MN01");
}

TEST(MonitoringIntakeTest, MalformedFramesAreLoggedNotStored) {
  hj212::Reassembler r;
  std::string frame = Upload("123456", "DataTime=20201201090000;a21026-Avg=1");
  frame[frame.size() - 3] = frame[frame.size() - 3] == '0' ? '1' : '0';  // the CRC
  FrameOutcome o = TakeFrame(frame, Registry(), r, "p", "now");
  EXPECT_FALSE(o.packet);
  EXPECT_FALSE(o.close);
  ASSERT_TRUE(o.rejection);
  EXPECT_NE(o.rejection->reason.find("(crc)"), std::string::npos) << o.rejection->reason;
}

TEST(MonitoringIntakeTest, SplitUploadsGiveTheirValuesWithTheLastPart) {
  hj212::Reassembler r;
  FrameOutcome first =
      TakeFrame(Upload("123456", "DataTime=20201201090000;a21026-Avg=1", 7, "PNUM=2;PNO=1;"),
                Registry(), r, "p", "now");
  ASSERT_TRUE(first.packet);
  EXPECT_TRUE(first.values.empty());
  EXPECT_NE(first.ack, "");  // each part is acknowledged once stored
  FrameOutcome second =
      TakeFrame(Upload("123456", "a34013-Avg=2", 7, "PNUM=2;PNO=2;"), Registry(), r, "p", "now");
  ASSERT_EQ(second.values.size(), 2u);
  EXPECT_EQ(second.values[1].pollutant, "a34013");
  EXPECT_EQ(second.values[1].data_time, "2020-12-01 09:00:00");
}

TEST(MonitoringIntakeTest, AnUploadWithoutDataTimeIsKeptButItsValuesAreNot) {
  hj212::Reassembler r;
  FrameOutcome o = TakeFrame(Upload("123456", "a21026-Avg=1"), Registry(), r, "p", "now");
  ASSERT_TRUE(o.packet);
  EXPECT_TRUE(o.values.empty());
  ASSERT_TRUE(o.rejection);
  EXPECT_EQ(o.rejection->reason.rfind("values not read", 0), 0u);
  EXPECT_NE(o.ack, "");
}

}  // namespace
}  // namespace lantian::app
