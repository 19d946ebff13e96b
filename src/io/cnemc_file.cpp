#include "io/cnemc_file.hpp"

#include <algorithm>
#include <climits>
#include <unordered_map>

#include "io/value_check.hpp"

namespace lantian::io {
namespace {

// Where a `type` value goes in a SiteDay.
struct SeriesRef {
  bool published = false;
  size_t index = 0;
};

std::optional<SeriesRef> ParseType(std::string_view type) {
  if (auto p = aq::ParsePublishedName(type)) return SeriesRef{true, static_cast<size_t>(*p)};
  for (aq::Pollutant p : aq::kPollutants) {
    if (type == aq::Code(p)) return SeriesRef{false, aq::Index(p)};
  }
  return std::nullopt;
}

std::optional<int> ParseHour(std::string_view s) {
  if (s.empty() || s.size() > 2) return std::nullopt;
  int h = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    h = h * 10 + (c - '0');
  }
  if (h > 23) return std::nullopt;
  return h;
}

aq::HourlySeries& Series(aq::SiteDay& day, SeriesRef ref) {
  return ref.published ? day.published[ref.index] : day.measured[ref.index];
}

}  // namespace

std::optional<HourLabel> ParseHourLabel(std::string_view text) {
  if (text == "end") return HourLabel::kEnd;
  if (text == "begin") return HourLabel::kBegin;
  return std::nullopt;
}

std::string_view HourLabelName(HourLabel label) {
  return label == HourLabel::kEnd ? "end" : "begin";
}

std::string_view CnemcKindName(CnemcKind kind) {
  return kind == CnemcKind::kSite ? "site" : "city";
}

bool LooksLikeStationCode(std::string_view id) {
  if (id.size() != 5) return false;
  for (size_t i = 0; i < 4; ++i) {
    if (id[i] < '0' || id[i] > '9') return false;
  }
  return id[4] >= 'A' && id[4] <= 'Z';
}

CnemcFile ReadCnemcFile(CsvReader& reader, const CnemcOptions& options,
                        const std::function<bool(std::string_view)>& wanted, FileReport& report) {
  CnemcFile out;
  std::vector<std::string_view> f;
  if (!NextRecord(reader, f, report)) {
    if (report.ok()) report.Error(0, 0, "empty file: expected a header date,hour,type,<ids>");
    return out;
  }
  static constexpr std::string_view kFixed[] = {"date", "hour", "type"};
  for (int i = 0; i < 3; ++i) {
    if (f.size() <= static_cast<size_t>(i) || f[i] != kFixed[i]) {
      report.Error(reader.line(), i + 1,
                   "header must start with date,hour,type (a CNEMC hourly file), found '" +
                       (f.size() > static_cast<size_t>(i) ? std::string(f[i]) : "") + "'");
      return out;
    }
  }
  if (f.size() == 3) {
    report.Error(reader.line(), 4, "header has no station or city columns");
    return out;
  }
  // A column may repeat (the national file of 2019-12-09 has 3207A twice, with
  // identical values): repeats share one slot, and differing values in them are
  // conflicting duplicates like any other.
  std::unordered_map<std::string, size_t> slot_of;
  std::vector<size_t> column_slot;  // header column (from 0) → index into out.ids
  bool all_codes = true;
  for (size_t i = 3; i < f.size(); ++i) {
    const std::string id(f[i]);
    const int column_number = static_cast<int>(i) + 1;
    if (id.empty()) report.Error(reader.line(), column_number, "empty column name");
    auto [it, inserted] = slot_of.try_emplace(id, out.ids.size());
    if (inserted) {
      out.ids.push_back(id);
    } else {
      report.Warn("column '" + id + "' appears more than once (column " +
                  std::to_string(column_number) + "); its values must agree");
    }
    column_slot.push_back(it->second);
    all_codes = all_codes && LooksLikeStationCode(id);
  }
  out.kind = options.kind.value_or(all_codes ? CnemcKind::kSite : CnemcKind::kCity);
  if (!report.ok()) return out;

  // Slots that are read, and the columns that feed them.
  std::vector<size_t> block_of_slot(out.ids.size(), SIZE_MAX);
  std::vector<size_t> read_slots;
  for (size_t slot = 0; slot < out.ids.size(); ++slot) {
    if (wanted(out.ids[slot])) {
      block_of_slot[slot] = read_slots.size();
      read_slots.push_back(slot);
    }
  }
  std::vector<std::pair<size_t, size_t>> columns;  // (header column from 0, block index)
  for (size_t c = 0; c < column_slot.size(); ++c) {
    if (block_of_slot[column_slot[c]] != SIZE_MAX)
      columns.emplace_back(c, block_of_slot[column_slot[c]]);
  }
  const size_t expected_fields = column_slot.size() + 3;
  const size_t width = read_slots.size();

  // out.days holds one block of SiteDays (one per read slot) per natural date met.
  std::vector<core::Date> dates;
  auto block_of = [&](core::Date d) -> size_t {
    for (size_t i = 0; i < dates.size(); ++i) {
      if (dates[i] == d) return i;
    }
    dates.push_back(d);
    const size_t start = out.days.size();
    out.days.resize(start + width);
    for (size_t k = 0; k < width; ++k) out.days[start + k] = {read_slots[k], aq::SiteDay{d}};
    return dates.size() - 1;
  };

  std::string last_date_text;
  core::Date last_date;
  std::string last_type_text;
  SeriesRef last_type;
  while (NextRecord(reader, f, report)) {
    const int64_t line = reader.line();
    if (f.size() != expected_fields) {
      report.Error(line, 0,
                   "expected " + std::to_string(expected_fields) +
                       " fields as in the header, found " + std::to_string(f.size()));
      continue;
    }
    if (f[0] != last_date_text) {
      auto d = core::ParseCompactDate(f[0]);
      if (!d) {
        report.Error(line, 1, d.error().message());
        continue;
      }
      last_date_text = f[0];
      last_date = *d;
    }
    auto hour = ParseHour(f[1]);
    if (!hour) {
      report.Error(line, 2, "hour must be 0..23, found '" + std::string(f[1]) + "'");
      continue;
    }
    if (f[2] != last_type_text) {
      auto t = ParseType(f[2]);
      if (!t) {
        report.Error(line, 3, "unknown type '" + std::string(f[2]) + "'");
        last_type_text.clear();
        continue;
      }
      last_type_text = f[2];
      last_type = *t;
    }
    core::HourStart start = core::HourStart::Of(last_date, *hour);
    if (options.hour_label == HourLabel::kEnd) start = start - 1;
    const size_t block = block_of(start.date()) * width;
    const int h = start.hour();
    for (const auto& [col, k] : columns) {
      std::string_view text = f[col + 3];
      if (text.empty()) continue;
      const int column_number = static_cast<int>(col) + 4;
      const std::string& id = out.ids[read_slots[k]];
      core::Decimal value;
      if (!CheckConcentration(text, value, nullptr)) {
        std::string problem;
        CheckConcentration(text, value, &problem);
        report.Rejected(line, column_number, std::string(f[2]) + " of " + id + ": " + problem);
        continue;
      }
      aq::HourlySeries& s = Series(out.days[block + k].day, last_type);
      if (s.Has(h)) {
        if (s.At(h) != value) {
          report.Error(line, column_number,
                       std::string(f[2]) + " of " + id + " at " + core::FormatHourStart(start) +
                           " is given twice with different values (" + s.At(h).ToString() + ", " +
                           value.ToString() + ")");
        }
        continue;
      }
      s.Set(h, value);
      ++report.values_read;
    }
  }
  out.days.erase(std::remove_if(out.days.begin(), out.days.end(),
                                [](const CnemcDay& d) { return d.day.empty(); }),
                 out.days.end());
  return out;
}

}  // namespace lantian::io
