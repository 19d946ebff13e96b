#include "io/xlsx_writer.hpp"

#include <unistd.h>
#include <xlsxwriter.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>

namespace lantian::io {
namespace {

constexpr lxw_color_t kHeaderFill = 0xDDEBF7;
constexpr lxw_color_t kWarningFill = 0xFCE4D6;
constexpr int kChartRows = 16;  // rows a chart anchored below the table takes

uint8_t ChartType(XlsxChart::Type t) {
  switch (t) {
    case XlsxChart::Type::kBar:
      return LXW_CHART_BAR;
    case XlsxChart::Type::kLine:
      return LXW_CHART_LINE;
    case XlsxChart::Type::kColumn:
      break;
  }
  return LXW_CHART_COLUMN;
}

std::string NumberFormat(int digits) {
  return digits <= 0 ? "0" : "0." + std::string(static_cast<size_t>(digits), '0');
}

class Formats {
 public:
  explicit Formats(lxw_workbook* wb) : wb_(wb) {
    title_ = workbook_add_format(wb);
    format_set_bold(title_);
    format_set_font_size(title_, 14);
    header_ = workbook_add_format(wb);
    format_set_bold(header_);
    format_set_pattern(header_, LXW_PATTERN_SOLID);
    format_set_bg_color(header_, kHeaderFill);
    format_set_border(header_, LXW_BORDER_THIN);
    format_set_text_wrap(header_);
  }
  lxw_format* title() const { return title_; }
  lxw_format* header() const { return header_; }
  // The format of a cell: its decimals, and the warning fill or not.
  lxw_format* Cell(int digits, bool number, bool highlight) {
    const int key = (number ? digits + 1 : 0) * 2 + (highlight ? 1 : 0);
    auto it = cells_.find(key);
    if (it != cells_.end()) return it->second;
    lxw_format* f = workbook_add_format(wb_);
    format_set_border(f, LXW_BORDER_THIN);
    if (number) format_set_num_format(f, NumberFormat(digits).c_str());
    if (highlight) {
      format_set_pattern(f, LXW_PATTERN_SOLID);
      format_set_bg_color(f, kWarningFill);
    }
    cells_[key] = f;
    return f;
  }

 private:
  lxw_workbook* wb_;
  lxw_format* title_;
  lxw_format* header_;
  std::map<int, lxw_format*> cells_;
};

core::Status Check(lxw_error e, const std::string& path, const std::string& what) {
  if (e == LXW_NO_ERROR) return core::Status::Ok();
  return core::Internal("writing " + path + ": " + what + ": " + lxw_strerror(e));
}

}  // namespace

XlsxCell XlsxCell::Of(const std::optional<core::Decimal>& v, int digits) {
  if (!v) return {};
  return Number(std::strtod(v->ToFixed(digits).c_str(), nullptr), digits);
}

core::Status WriteXlsx(const std::string& path, const std::vector<XlsxSheet>& sheets,
                       const XlsxProperties& properties) {
  const std::string tmp = path + ".tmp-" + std::to_string(::getpid());
  lxw_workbook* wb = workbook_new(tmp.c_str());
  if (!wb) return core::Internal("cannot create " + tmp);
  Formats formats(wb);
  lxw_doc_properties props{};
  props.title = const_cast<char*>(properties.title.c_str());
  props.author = const_cast<char*>(properties.author.c_str());
  props.comments = const_cast<char*>(properties.comments.c_str());
  workbook_set_properties(wb, &props);

  for (const XlsxSheet& sheet : sheets) {
    lxw_worksheet* ws = workbook_add_worksheet(wb, sheet.name.c_str());
    if (!ws) {
      workbook_close(wb);
      std::remove(tmp.c_str());
      return core::Internal("cannot add sheet '" + sheet.name + "' to " + path);
    }
    lxw_row_t row = 0;
    for (size_t i = 0; i < sheet.title_lines.size(); ++i) {
      worksheet_write_string(ws, row++, 0, sheet.title_lines[i].c_str(),
                             i == 0 ? formats.title() : nullptr);
    }
    if (!sheet.title_lines.empty()) ++row;
    const lxw_row_t header_row = row;
    for (size_t c = 0; c < sheet.header.size(); ++c) {
      worksheet_write_string(ws, row, static_cast<lxw_col_t>(c), sheet.header[c].c_str(),
                             formats.header());
    }
    ++row;
    const lxw_row_t first_data = row;
    for (const XlsxRow& r : sheet.rows) {
      for (size_t c = 0; c < r.cells.size(); ++c) {
        const XlsxCell& cell = r.cells[c];
        const auto col = static_cast<lxw_col_t>(c);
        switch (cell.kind) {
          case XlsxCell::Kind::kText:
            worksheet_write_string(ws, row, col, cell.text.c_str(),
                                   formats.Cell(0, false, r.highlight));
            break;
          case XlsxCell::Kind::kNumber:
            worksheet_write_number(ws, row, col, cell.number,
                                   formats.Cell(cell.digits, true, r.highlight));
            break;
          case XlsxCell::Kind::kEmpty:
            worksheet_write_blank(ws, row, col, formats.Cell(0, false, r.highlight));
            break;
        }
      }
      ++row;
    }
    const lxw_row_t last_data = row == first_data ? first_data : row - 1;
    if (!sheet.header.empty()) worksheet_freeze_panes(ws, header_row + 1, 0);
    ++row;
    for (const auto& note : sheet.notes)
      worksheet_write_string(ws, row++, 0, note.c_str(), nullptr);
    for (size_t c = 0; c < sheet.column_widths.size(); ++c) {
      worksheet_set_column(ws, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c),
                           sheet.column_widths[c], nullptr);
    }
    ++row;
    for (const XlsxChart& spec : sheet.charts) {
      if (sheet.rows.empty()) break;
      lxw_chart* chart = workbook_add_chart(wb, ChartType(spec.type));
      for (int vc : spec.value_columns) {
        lxw_chart_series* s = chart_add_series(chart, nullptr, nullptr);
        chart_series_set_categories(s, sheet.name.c_str(), first_data,
                                    static_cast<lxw_col_t>(spec.category_column), last_data,
                                    static_cast<lxw_col_t>(spec.category_column));
        chart_series_set_values(s, sheet.name.c_str(), first_data, static_cast<lxw_col_t>(vc),
                                last_data, static_cast<lxw_col_t>(vc));
        chart_series_set_name_range(s, sheet.name.c_str(), header_row, static_cast<lxw_col_t>(vc));
      }
      chart_title_set_name(chart, spec.title.c_str());
      if (!spec.y_axis_title.empty()) chart_axis_set_name(chart->y_axis, spec.y_axis_title.c_str());
      chart_legend_set_position(chart, LXW_CHART_LEGEND_BOTTOM);
      lxw_chart_options opt{};
      opt.x_scale = 1.6;
      opt.y_scale = 1.3;
      const lxw_row_t at = spec.anchor_row >= 0 ? static_cast<lxw_row_t>(spec.anchor_row) : row;
      worksheet_insert_chart_opt(ws, at, static_cast<lxw_col_t>(spec.anchor_column), chart, &opt);
      if (spec.anchor_row < 0) row += kChartRows + 4;
    }
  }
  if (auto s = Check(workbook_close(wb), path, "closing the workbook"); !s.ok()) {
    std::remove(tmp.c_str());
    return s;
  }
  std::error_code ec;
  std::filesystem::rename(tmp, path, ec);
  if (ec) {
    std::remove(tmp.c_str());
    return core::InvalidInput("cannot write " + path + ": " + ec.message(), path);
  }
  return core::Status::Ok();
}

}  // namespace lantian::io
