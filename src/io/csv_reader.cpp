#include "io/csv_reader.hpp"

#include <sys/stat.h>
#include <cerrno>
#include <cstring>

namespace lantian::io {
namespace {
constexpr size_t kBlock = 1 << 20;
}

core::Result<CsvReader> CsvReader::Open(const std::string& path) {
  CsvReader r;
  r.name_ = path;
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) {
    return core::InvalidInput("cannot open file: " + std::string(std::strerror(errno)), path);
  }
  r.file_.reset(f);
  struct stat st;
  if (fstat(fileno(f), &st) == 0) r.size_ = static_cast<int64_t>(st.st_size);
  return r;
}

CsvReader CsvReader::FromString(std::string name, std::string content) {
  CsvReader r;
  r.name_ = std::move(name);
  r.size_ = static_cast<int64_t>(content.size());
  r.buffer_ = std::move(content);
  r.eof_ = true;
  return r;
}

core::Status CsvReader::Fill() {
  while (!eof_ && std::memchr(buffer_.data() + pos_, '\n', buffer_.size() - pos_) == nullptr) {
    buffer_.erase(0, pos_);
    pos_ = 0;
    const size_t old = buffer_.size();
    buffer_.resize(old + kBlock);
    const size_t got = std::fread(buffer_.data() + old, 1, kBlock, file_.get());
    buffer_.resize(old + got);
    if (got < kBlock) {
      if (std::ferror(file_.get())) return core::Unavailable("read error in " + name_);
      eof_ = true;
    }
  }
  return core::Status::Ok();
}

core::Result<bool> CsvReader::Next(std::vector<std::string_view>& fields) {
  fields.clear();
  unquoted_.clear();
  for (;;) {
    if (file_) LANTIAN_RETURN_IF_ERROR(Fill());
    if (pos_ >= buffer_.size()) return false;
    const char* begin = buffer_.data() + pos_;
    const size_t avail = buffer_.size() - pos_;
    const char* nl = static_cast<const char*>(std::memchr(begin, '\n', avail));
    size_t len = nl ? static_cast<size_t>(nl - begin) : avail;
    pos_ += nl ? len + 1 : len;
    consumed_total_ += static_cast<int64_t>(nl ? len + 1 : len);
    line_ = next_line_++;
    std::string_view line(begin, len);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (at_start_) {
      at_start_ = false;
      if (line.substr(0, 3) == "\xEF\xBB\xBF") line.remove_prefix(3);
    }
    if (line.empty()) continue;
    LANTIAN_RETURN_IF_ERROR(Split(line, fields));
    return true;
  }
}

core::Status CsvReader::Split(std::string_view line, std::vector<std::string_view>& fields) {
  size_t i = 0;
  for (;;) {
    if (i < line.size() && line[i] == '"') {
      std::string value;
      size_t j = i + 1;
      bool closed = false;
      while (j < line.size()) {
        if (line[j] == '"') {
          if (j + 1 < line.size() && line[j + 1] == '"') {
            value += '"';
            j += 2;
            continue;
          }
          closed = true;
          ++j;
          break;
        }
        value += line[j++];
      }
      if (!closed) {
        return core::InvalidInput("quoted field is not closed on its line",
                                  Location(name_, line_, static_cast<int>(fields.size()) + 1));
      }
      if (j < line.size() && line[j] != ',') {
        return core::InvalidInput("text after the closing quote of a field",
                                  Location(name_, line_, static_cast<int>(fields.size()) + 1));
      }
      unquoted_.push_back(std::move(value));
      fields.push_back(unquoted_.back());
      if (j >= line.size()) return core::Status::Ok();
      i = j + 1;
      continue;
    }
    const char* start = line.data() + i;
    const void* comma = std::memchr(start, ',', line.size() - i);
    if (!comma) {
      fields.emplace_back(start, line.size() - i);
      return core::Status::Ok();
    }
    const size_t len = static_cast<size_t>(static_cast<const char*>(comma) - start);
    fields.emplace_back(start, len);
    i += len + 1;
    if (i == line.size()) {  // trailing comma: one more empty field
      fields.emplace_back();
      return core::Status::Ok();
    }
  }
}

std::string Location(std::string_view file, int64_t line, int column) {
  std::string s(file);
  if (line > 0) {
    s += ':';
    s += std::to_string(line);
    if (column > 0) {
      s += ':';
      s += std::to_string(column);
    }
  }
  return s;
}

}  // namespace lantian::io
