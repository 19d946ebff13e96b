#include "emergency/credit_code.hpp"

#include <gtest/gtest.h>

namespace lantian::emergency {
namespace {

TEST(CreditCodeTest, RealCodesVerify) {
  // Published codes of two companies (business licences).
  EXPECT_EQ(CheckCreditCode("9144030071526726XG"), "");
  EXPECT_EQ(CheckCreditCode("91110000802100433B"), "");
}

TEST(CreditCodeTest, CheckCharacterOfTheFirstSeventeen) {
  EXPECT_EQ(CreditCodeCheckCharacter("91130100MA0CEMT01"), 'Q');
  EXPECT_EQ(CreditCodeCheckCharacter("91130100MA0PNT001"), 'K');
  EXPECT_FALSE(CreditCodeCheckCharacter("91130100MA0DEMO00"));  // O is not in the set
  EXPECT_FALSE(CreditCodeCheckCharacter("9113"));
}

TEST(CreditCodeTest, MistakesAreNamed) {
  EXPECT_EQ(CheckCreditCode("9144030071526726XH"), "the check character is 'G', not 'H'");
  EXPECT_EQ(CheckCreditCode("9144030071526726X"),
            "a unified social credit code has 18 characters, not 17");
  EXPECT_NE(CheckCreditCode("9144030071526I26XG").find("character 14 ('I') is not allowed"),
            std::string::npos);
  EXPECT_NE(CheckCreditCode("91A4030071526726XG").find("division code"), std::string::npos);
  // One changed character changes the check character.
  EXPECT_NE(CheckCreditCode("9144030071526727XG"), "");
}

}  // namespace
}  // namespace lantian::emergency
