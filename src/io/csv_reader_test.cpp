#include "io/csv_reader.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace lantian::io {
namespace {

std::vector<std::vector<std::string>> ReadAll(CsvReader& r, std::vector<int64_t>* lines = nullptr) {
  std::vector<std::vector<std::string>> out;
  std::vector<std::string_view> f;
  for (;;) {
    auto more = r.Next(f);
    EXPECT_TRUE(more.has_value()) << more.status().ToString();
    if (!more.has_value() || !*more) break;
    out.emplace_back(f.begin(), f.end());
    if (lines) lines->push_back(r.line());
  }
  return out;
}

TEST(CsvReaderTest, SplitsFieldsAndTracksLines) {
  auto r = CsvReader::FromString("mem",
                                 "\xEF\xBB\xBF"
                                 "a,b,c\r\n\r\n1,,3\n\"x,y\",\"q\"\"t\",\nlast");
  std::vector<int64_t> lines;
  auto rows = ReadAll(r, &lines);
  ASSERT_EQ(rows.size(), 4u);
  EXPECT_EQ(rows[0], (std::vector<std::string>{"a", "b", "c"}));
  EXPECT_EQ(rows[1], (std::vector<std::string>{"1", "", "3"}));
  EXPECT_EQ(rows[2], (std::vector<std::string>{"x,y", "q\"t", ""}));
  EXPECT_EQ(rows[3], (std::vector<std::string>{"last"}));
  EXPECT_EQ(lines, (std::vector<int64_t>{1, 3, 4, 5}));
}

TEST(CsvReaderTest, UnclosedQuoteNamesLineAndColumn) {
  auto r = CsvReader::FromString("bad.csv", "a,b\n1,\"oops\n");
  std::vector<std::string_view> f;
  ASSERT_TRUE(*r.Next(f));
  auto second = r.Next(f);
  ASSERT_FALSE(second.has_value());
  EXPECT_EQ(second.error().field(), "bad.csv:2:2");
}

TEST(CsvReaderTest, StreamsLargeFilesAcrossBlocks) {
  auto path = std::filesystem::temp_directory_path() / "lantian_csv_reader_test.csv";
  {
    std::ofstream out(path, std::ios::binary);
    for (int i = 0; i < 200000; ++i) out << i << ",value-" << i << ",x\r\n";
  }
  auto r = CsvReader::Open(path.string());
  ASSERT_TRUE(r.has_value());
  std::vector<std::string_view> f;
  int64_t n = 0;
  while (*r->Next(f)) {
    ASSERT_EQ(f.size(), 3u);
    ASSERT_EQ(f[0], std::to_string(n));
    ++n;
  }
  EXPECT_EQ(n, 200000);
  EXPECT_EQ(r->bytes_read(), r->size());
  std::filesystem::remove(path);
  EXPECT_FALSE(CsvReader::Open("/nonexistent/x.csv").has_value());
}

}  // namespace
}  // namespace lantian::io
