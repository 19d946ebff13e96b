#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "io/xlsx_reader.hpp"
#include "io/xlsx_writer.hpp"

namespace lantian::io {
namespace {

std::string TempPath(const std::string& name) {
  return (std::filesystem::temp_directory_path() /
          ("lantian_xlsx_" + std::to_string(::getpid()) + "_" + name))
      .string();
}

TEST(XlsxTest, WrittenTablesReadBackCellForCell) {
  XlsxSheet sheet;
  sheet.name = "城市目标";
  sheet.title_lines = {"目标表", "2020Q4"};
  sheet.header = {"city_code", "city_name", "pm25_target", "note"};
  sheet.rows.push_back(
      {{XlsxCell::Text("130100"), XlsxCell::Text("石家庄市"),
        XlsxCell::Of(*core::Decimal::Parse("59.5"), 1), XlsxCell::Text("a, \"quoted\" note")},
       true});
  sheet.rows.push_back(
      {{XlsxCell::Text("110000"), XlsxCell::Text("北京市"), XlsxCell::Int(45), XlsxCell{}}});
  sheet.charts.push_back({XlsxChart::Type::kColumn, "PM2.5", 1, {2}, "µg/m³"});
  XlsxSheet second;
  second.name = "Other";
  second.header = {"x"};
  second.rows.push_back({{XlsxCell::Number(0.1 + 0.2, 2)}});
  const std::string path = TempPath("roundtrip.xlsx");
  ASSERT_TRUE(WriteXlsx(path, {sheet, second}, {"t", "lantian", ""}).ok());
  EXPECT_FALSE(std::filesystem::exists(path + ".tmp-" + std::to_string(::getpid())));

  auto t = ReadXlsxSheet(path);
  ASSERT_TRUE(t) << t.error().ToString();
  EXPECT_EQ(t->sheet, "城市目标");
  // Titles on lines 1–2, a blank line 3, the header on line 4.
  EXPECT_EQ(t->csv,
            "目标表,,,\n2020Q4,,,\n\ncity_code,city_name,pm25_target,note\n"
            "130100,石家庄市,59.5,\"a, \"\"quoted\"\" note\"\n110000,北京市,45,\n");
  auto other = ReadXlsxSheet(path, "Other");
  ASSERT_TRUE(other);
  EXPECT_EQ(other->csv, "x\n0.3\n");  // 0.30000000000000004 as Excel shows it
  auto missing = ReadXlsxSheet(path, "Nope");
  EXPECT_FALSE(missing);
  EXPECT_NE(missing.error().message().find("no sheet named 'Nope'"), std::string::npos);

  auto reader = OpenTable(path);
  ASSERT_TRUE(reader);
  EXPECT_EQ(reader->name(), path + "[城市目标]");
  std::filesystem::remove(path);
}

TEST(XlsxTest, NonWorkbooksAreRefusedWithTheirName) {
  const std::string path = TempPath("not.xlsx");
  std::ofstream(path) << "city_code,phase\n";
  auto t = ReadXlsxSheet(path);
  ASSERT_FALSE(t);
  EXPECT_NE(t.error().message().find(path + ": not a readable .xlsx workbook"), std::string::npos);
  std::filesystem::remove(path);
  auto gone = ReadXlsxSheet(TempPath("absent.xlsx"));
  ASSERT_FALSE(gone);
  EXPECT_EQ(gone.error().code(), core::ErrorCode::kNotFound);
}

}  // namespace
}  // namespace lantian::io
