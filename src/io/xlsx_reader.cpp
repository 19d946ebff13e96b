#include "io/xlsx_reader.hpp"

#include <expat.h>
#include <zip.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace lantian::io {
namespace {

constexpr zip_uint64_t kMaxPartBytes = 64u << 20;
constexpr int64_t kMaxRows = 1'048'576;
constexpr int kMaxColumns = 16'384;

struct ZipCloser {
  void operator()(zip_t* z) const { zip_discard(z); }
};
using Zip = std::unique_ptr<zip_t, ZipCloser>;

core::Status Bad(const std::string& path, const std::string& what) {
  return core::InvalidInput(path + ": not a readable .xlsx workbook: " + what, path);
}

// The bytes of one part of the package; nullopt when it does not exist.
core::Result<std::optional<std::string>> ReadPart(zip_t* z, const std::string& path,
                                                  const std::string& name) {
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat(z, name.c_str(), 0, &st) != 0) return std::optional<std::string>();
  if (!(st.valid & ZIP_STAT_SIZE) || st.size > kMaxPartBytes) {
    return Bad(path, name + " is larger than 64 MiB");
  }
  zip_file_t* f = zip_fopen(z, name.c_str(), 0);
  if (!f) return Bad(path, "cannot open " + name);
  std::string out(static_cast<size_t>(st.size), '\0');
  const zip_int64_t n = zip_fread(f, out.data(), st.size);
  zip_fclose(f);
  if (n < 0 || static_cast<zip_uint64_t>(n) != st.size) return Bad(path, "cannot read " + name);
  return std::optional<std::string>(std::move(out));
}

// A minimal SAX walk over a part: element starts, ends and character data.
class XmlWalk {
 public:
  virtual ~XmlWalk() = default;
  virtual void Start(std::string_view name, const char** attrs) = 0;
  virtual void End(std::string_view name) = 0;
  virtual void Text(std::string_view text) = 0;
  // Set by a handler that found the content unacceptable.
  std::string error;

  core::Status Parse(const std::string& path, const std::string& part, const std::string& xml) {
    XML_Parser p = XML_ParserCreate("UTF-8");
    if (!p) return core::Internal("cannot create an XML parser");
    XML_SetUserData(p, this);
    XML_SetElementHandler(
        p,
        [](void* self, const XML_Char* name, const XML_Char** attrs) {
          static_cast<XmlWalk*>(self)->Start(LocalName(name), attrs);
        },
        [](void* self, const XML_Char* name) {
          static_cast<XmlWalk*>(self)->End(LocalName(name));
        });
    XML_SetCharacterDataHandler(p, [](void* self, const XML_Char* s, int len) {
      static_cast<XmlWalk*>(self)->Text(std::string_view(s, static_cast<size_t>(len)));
    });
    parser_ = p;
    // Entity expansion attacks need a DTD: none is allowed in a workbook part.
    XML_SetStartDoctypeDeclHandler(
        p, [](void* self, const XML_Char*, const XML_Char*, const XML_Char*, int) {
          auto* w = static_cast<XmlWalk*>(self);
          w->error = "a document type declaration is not allowed";
          XML_StopParser(w->parser_, XML_FALSE);
        });
    const bool ok =
        XML_Parse(p, xml.data(), static_cast<int>(xml.size()), XML_TRUE) == XML_STATUS_OK;
    std::string message = ok ? "" : XML_ErrorString(XML_GetErrorCode(p));
    XML_ParserFree(p);
    if (!error.empty()) return Bad(path, part + ": " + error);
    if (!ok) return Bad(path, part + ": " + message);
    return core::Status::Ok();
  }

 protected:
  void Stop(std::string message) {
    if (error.empty()) error = std::move(message);
    XML_StopParser(parser_, XML_FALSE);
  }
  static std::string_view Attr(const char** attrs, std::string_view name) {
    for (int i = 0; attrs[i]; i += 2) {
      if (LocalName(attrs[i]) == name) return attrs[i + 1];
    }
    return {};
  }

 private:
  // "x:row" → "row": prefixes vary between writers.
  static std::string_view LocalName(const char* name) {
    std::string_view n(name);
    const size_t colon = n.rfind(':');
    return colon == std::string_view::npos ? n : n.substr(colon + 1);
  }
  XML_Parser parser_ = nullptr;
};

// xl/workbook.xml: the sheets in order, name → relationship id.
struct WorkbookWalk : XmlWalk {
  std::vector<std::pair<std::string, std::string>> sheets;
  void Start(std::string_view name, const char** attrs) override {
    if (name == "sheet") sheets.emplace_back(Attr(attrs, "name"), Attr(attrs, "id"));
  }
  void End(std::string_view) override {}
  void Text(std::string_view) override {}
};

// xl/_rels/workbook.xml.rels: relationship id → target part.
struct RelsWalk : XmlWalk {
  std::map<std::string, std::string> targets;
  void Start(std::string_view name, const char** attrs) override {
    if (name == "Relationship") targets[std::string(Attr(attrs, "Id"))] = Attr(attrs, "Target");
  }
  void End(std::string_view) override {}
  void Text(std::string_view) override {}
};

// xl/sharedStrings.xml: the text of each <si>, its runs joined; phonetic runs
// (<rPh>) left out.
struct SharedStringsWalk : XmlWalk {
  std::vector<std::string> strings;
  int phonetic = 0;
  bool in_text = false;
  void Start(std::string_view name, const char**) override {
    if (name == "si") strings.emplace_back();
    if (name == "rPh") ++phonetic;
    if (name == "t" && phonetic == 0) in_text = true;
  }
  void End(std::string_view name) override {
    if (name == "rPh") --phonetic;
    if (name == "t") in_text = false;
  }
  void Text(std::string_view text) override {
    if (in_text && !strings.empty()) strings.back() += text;
  }
};

// Column number of a cell reference ("C5" → 3); 0 when malformed.
int ColumnOf(std::string_view ref) {
  int col = 0;
  size_t i = 0;
  for (; i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z'; ++i) {
    col = col * 26 + (ref[i] - 'A' + 1);
    if (col > kMaxColumns) return 0;
  }
  return i == 0 ? 0 : col;
}

// A number as Excel displays it: 15 significant digits, no trailing zeros.
std::string ExcelNumber(std::string_view text) {
  std::string s(text);
  char* end = nullptr;
  const double v = std::strtod(s.c_str(), &end);
  if (end != s.c_str() + s.size() || !std::isfinite(v)) return s;
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.15g", v);
  return buf;
}

// A worksheet: rows of cells.
struct SheetWalk : XmlWalk {
  const std::vector<std::string>* shared = nullptr;
  std::map<int64_t, std::map<int, std::string>> rows;
  int64_t row = 0;
  int col = 0;
  std::string type;
  std::string value;
  bool in_value = false;  // <v> or the <t> of an inline string
  int max_col = 0;

  void Start(std::string_view name, const char** attrs) override {
    if (name == "row") {
      std::string_view r = Attr(attrs, "r");
      row = r.empty() ? row + 1 : std::strtoll(std::string(r).c_str(), nullptr, 10);
      if (row < 1 || row > kMaxRows) return Stop("row number out of range");
      col = 0;
    } else if (name == "c") {
      std::string_view r = Attr(attrs, "r");
      col = r.empty() ? col + 1 : ColumnOf(r);
      if (col < 1) return Stop("bad cell reference '" + std::string(r) + "'");
      type = Attr(attrs, "t");
      value.clear();
    } else if (name == "v" || (name == "t" && type == "inlineStr")) {
      in_value = true;
    }
  }
  void End(std::string_view name) override {
    if (name == "v" || name == "t") {
      in_value = false;
    } else if (name == "c") {
      std::string text;
      if (value.empty()) {
        // a blank (formatted) cell
      } else if (type == "s") {
        char* end = nullptr;
        const long i = std::strtol(value.c_str(), &end, 10);
        if (value.empty() || *end || i < 0 || static_cast<size_t>(i) >= shared->size()) {
          return Stop("shared string index '" + value + "' out of range");
        }
        text = (*shared)[static_cast<size_t>(i)];
      } else if (type == "b") {
        text = value == "1" ? "TRUE" : "FALSE";
      } else if (type == "inlineStr" || type == "str" || type == "e") {
        text = value;
      } else {
        text = ExcelNumber(value);
      }
      if (!text.empty()) {
        rows[row][col] = std::move(text);
        max_col = std::max(max_col, col);
      }
    }
  }
  void Text(std::string_view text) override {
    if (in_value) value += text;
  }
};

// One CSV field: quoted when needed; line breaks inside a cell become spaces.
void AppendField(std::string& out, const std::string& text) {
  std::string t = text;
  for (char& ch : t) {
    if (ch == '\n' || ch == '\r') ch = ' ';
  }
  // Leading and trailing spaces are an accident of typing in a sheet.
  const size_t a = t.find_first_not_of(' '), b = t.find_last_not_of(' ');
  t = a == std::string::npos ? "" : t.substr(a, b - a + 1);
  if (t.find_first_of(",\"") == std::string::npos) {
    out += t;
    return;
  }
  out += '"';
  for (char ch : t) {
    if (ch == '"') out += '"';
    out += ch;
  }
  out += '"';
}

}  // namespace

core::Result<XlsxTable> ReadXlsxSheet(const std::string& path, const std::string& sheet) {
  int err = 0;
  Zip z(zip_open(path.c_str(), ZIP_RDONLY, &err));
  if (!z) {
    if (err == ZIP_ER_NOENT || err == ZIP_ER_OPEN) {
      return core::NotFound("cannot open " + path, path);
    }
    return Bad(path, "not a zip package");
  }
  LANTIAN_ASSIGN_OR_RETURN(auto workbook_xml, ReadPart(z.get(), path, "xl/workbook.xml"));
  LANTIAN_ASSIGN_OR_RETURN(auto rels_xml, ReadPart(z.get(), path, "xl/_rels/workbook.xml.rels"));
  if (!workbook_xml || !rels_xml) return Bad(path, "no workbook part");
  WorkbookWalk workbook;
  LANTIAN_RETURN_IF_ERROR(workbook.Parse(path, "xl/workbook.xml", *workbook_xml));
  RelsWalk rels;
  LANTIAN_RETURN_IF_ERROR(rels.Parse(path, "xl/_rels/workbook.xml.rels", *rels_xml));
  if (workbook.sheets.empty()) return Bad(path, "no worksheet");
  auto chosen = workbook.sheets.begin();
  if (!sheet.empty()) {
    while (chosen != workbook.sheets.end() && chosen->first != sheet) ++chosen;
    if (chosen == workbook.sheets.end()) {
      return core::InvalidInput(path + " has no sheet named '" + sheet + "'", path);
    }
  }
  auto target = rels.targets.find(chosen->second);
  if (target == rels.targets.end()) return Bad(path, "sheet '" + chosen->first + "' has no part");
  std::string part = target->second;
  part = part.starts_with("/") ? part.substr(1) : "xl/" + part;

  SharedStringsWalk strings;
  LANTIAN_ASSIGN_OR_RETURN(auto strings_xml, ReadPart(z.get(), path, "xl/sharedStrings.xml"));
  if (strings_xml) {
    LANTIAN_RETURN_IF_ERROR(strings.Parse(path, "xl/sharedStrings.xml", *strings_xml));
  }
  LANTIAN_ASSIGN_OR_RETURN(auto sheet_xml, ReadPart(z.get(), path, part));
  if (!sheet_xml) return Bad(path, "missing part " + part);
  SheetWalk walk;
  walk.shared = &strings.strings;
  LANTIAN_RETURN_IF_ERROR(walk.Parse(path, part, *sheet_xml));

  XlsxTable out;
  out.sheet = chosen->first;
  int64_t line = 0;
  for (const auto& [r, cells] : walk.rows) {
    for (; line < r - 1; ++line) out.csv += '\n';
    for (int c = 1; c <= walk.max_col; ++c) {
      if (c > 1) out.csv += ',';
      auto it = cells.find(c);
      if (it != cells.end()) AppendField(out.csv, it->second);
    }
    out.csv += '\n';
    ++line;
  }
  return out;
}

core::Result<CsvReader> OpenTable(const std::string& path) {
  if (path.size() >= 5 && path.compare(path.size() - 5, 5, ".xlsx") == 0) {
    LANTIAN_ASSIGN_OR_RETURN(XlsxTable t, ReadXlsxSheet(path));
    return CsvReader::FromString(path + "[" + t.sheet + "]", std::move(t.csv));
  }
  return CsvReader::Open(path);
}

}  // namespace lantian::io
