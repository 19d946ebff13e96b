#include "hj212/packet.hpp"

#include <algorithm>
#include <cctype>

#include "hj212/commands.hpp"
#include "hj212/crc.hpp"

namespace lantian::hj212 {
namespace {

bool Digits(std::string_view s) {
  return !s.empty() &&
         std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c); });
}

// A measured value: an optional sign, digits, an optional decimal part.
bool Number(std::string_view s) {
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) s.remove_prefix(1);
  const size_t dot = s.find('.');
  if (dot == std::string_view::npos) return Digits(s);
  return Digits(s.substr(0, dot)) && (dot + 1 == s.size() || Digits(s.substr(dot + 1)));
}

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t start = 0;
  for (;;) {
    const size_t at = s.find(sep, start);
    out.push_back(
        s.substr(start, at == std::string_view::npos ? std::string_view::npos : at - start));
    if (at == std::string_view::npos) break;
    start = at + 1;
  }
  return out;
}

core::Status Bad(const std::string& field, const std::string& message) {
  return core::InvalidInput(message, field);
}

core::Result<int> SmallInt(std::string_view v, const std::string& field, int max) {
  if (!Digits(v) || v.size() > 4)
    return Bad(field, field + " is a number, not '" + std::string(v) + "'");
  const int n = std::stoi(std::string(v));
  if (n > max)
    return Bad(field, field + " is at most " + std::to_string(max) + ", not " + std::to_string(n));
  return n;
}

// The value formats of the CP (HJ 212-2017 §6.3): a data time of 14 digits
// (17 with milliseconds, as some devices send), a one-letter data flag, and
// numbers for the measured fields.
core::Status CheckCpValue(const CpItem& item) {
  const std::string field = "CP." + item.key;
  const std::string_view key = item.key, v = item.value;
  auto ends = [&](std::string_view suffix) {
    return key.size() > suffix.size() && key.substr(key.size() - suffix.size()) == suffix;
  };
  if (key == "DataTime" || key == "SystemTime" || key == "BeginTime" || key == "EndTime") {
    if (!v.empty() && !(Digits(v) && (v.size() == 14 || v.size() == 17))) {
      return Bad(field, item.key + " is YYYYMMDDhhmmss, not '" + item.value + "'");
    }
    return core::Status::Ok();
  }
  if (ends("-Flag")) {
    static constexpr std::string_view kFlags = "NFMSDCTBPH";
    if (v.size() != 1 || kFlags.find(v[0]) == std::string_view::npos) {
      return Bad(field, item.key +
                            " is one of N, F, M, S, D, C, T, B (P, H in older devices), not '" +
                            item.value + "'");
    }
    return core::Status::Ok();
  }
  for (std::string_view suffix :
       {"-Rtd", "-Avg", "-Min", "-Max", "-Cou", "-ZsRtd", "-ZsAvg", "-ZsMin", "-ZsMax"}) {
    if (ends(suffix)) {
      if (!Number(v)) return Bad(field, item.key + " is a number, not '" + item.value + "'");
      const std::string_view code = key.substr(0, key.size() - suffix.size());
      if (code.empty()) return Bad(field, item.key + " names no pollutant code");
      return core::Status::Ok();
    }
  }
  return core::Status::Ok();
}

}  // namespace

std::optional<std::string> Packet::Find(std::string_view key) const {
  for (const auto& group : cp) {
    for (const auto& item : group) {
      if (item.key == key) return item.value;
    }
  }
  return std::nullopt;
}

core::Result<Packet> ParseDataSegment(std::string_view data, const ParseOptions& options) {
  const size_t cp_at = data.find("CP=&&");
  if (cp_at == std::string_view::npos) return Bad("CP", "the data segment has no CP=&&…&&");
  std::string_view cp = data.substr(cp_at + 5);
  if (cp.size() < 2 || cp.substr(cp.size() - 2) != "&&") {
    return Bad("CP", "the CP does not end with &&");
  }
  cp.remove_suffix(2);
  Packet p;
  bool has_st = false, has_cn = false, has_mn = false;
  for (std::string_view field : Split(data.substr(0, cp_at), ';')) {
    if (field.empty()) continue;
    const size_t eq = field.find('=');
    if (eq == std::string_view::npos) {
      return Bad("frame", "'" + std::string(field) + "' is not KEY=VALUE");
    }
    const std::string key(field.substr(0, eq));
    const std::string value(field.substr(eq + 1));
    if (key == "QN") {
      if (!Digits(value) || value.size() > 20)
        return Bad("QN", "QN is digits (YYYYMMDDhhmmsszzz), not '" + value + "'");
      p.qn = value;
    } else if (key == "ST") {
      if (!Digits(value) || value.size() > 3)
        return Bad("ST", "ST is two or three digits, not '" + value + "'");
      p.st = value;
      has_st = true;
    } else if (key == "CN") {
      if (!Digits(value) || value.size() != 4)
        return Bad("CN", "CN is four digits, not '" + value + "'");
      if (options.known_cn_only && !KnownCommand(value))
        return Bad("CN", "unknown command CN=" + value);
      p.cn = value;
      has_cn = true;
    } else if (key == "PW") {
      if (value.size() > 32) return Bad("PW", "PW is longer than 32 characters");
      p.pw = value;
    } else if (key == "MN") {
      if (value.empty() || value.size() > 24)
        return Bad("MN", "MN (the device number) is 1 to 24 characters");
      p.mn = value;
      has_mn = true;
    } else if (key == "Flag") {
      LANTIAN_ASSIGN_OR_RETURN(p.flag, SmallInt(value, "Flag", 255));
    } else if (key == "PNUM") {
      LANTIAN_ASSIGN_OR_RETURN(p.pnum, SmallInt(value, "PNUM", 9999));
    } else if (key == "PNO") {
      LANTIAN_ASSIGN_OR_RETURN(p.pno, SmallInt(value, "PNO", 9999));
    } else {
      p.extra.push_back({key, value});
    }
  }
  if (!has_st) return Bad("ST", "the data segment has no ST");
  if (!has_cn) return Bad("CN", "the data segment has no CN");
  if (!has_mn) return Bad("MN", "the data segment has no MN (the device number)");
  if (p.Split() || p.pnum || p.pno) {
    if (!p.pnum || !p.pno) return Bad(p.pnum ? "PNO" : "PNUM", "a split packet needs PNUM and PNO");
    if (*p.pnum < 1 || *p.pno < 1 || *p.pno > *p.pnum) {
      return Bad("PNO", "PNO " + std::to_string(*p.pno) + " is not within 1…PNUM (" +
                            std::to_string(*p.pnum) + ")");
    }
  }
  if (!cp.empty()) {
    for (std::string_view group : Split(cp, ';')) {
      if (group.empty()) continue;
      CpGroup g;
      for (std::string_view item : Split(group, ',')) {
        const size_t eq = item.find('=');
        if (eq == std::string_view::npos || eq == 0) {
          return Bad("CP", "'" + std::string(item) + "' in the CP is not KEY=VALUE");
        }
        CpItem it{std::string(item.substr(0, eq)), std::string(item.substr(eq + 1))};
        LANTIAN_RETURN_IF_ERROR(CheckCpValue(it));
        g.push_back(std::move(it));
      }
      p.cp.push_back(std::move(g));
    }
  }
  return p;
}

core::Result<Packet> ParseFrame(std::string_view frame, const ParseOptions& options) {
  if (frame.size() >= 2 && frame.substr(frame.size() - 2) == "\r\n") frame.remove_suffix(2);
  if (frame.size() < 2 || frame.substr(0, 2) != "##")
    return Bad("frame", "a packet starts with ##");
  if (frame.size() < 6 || !Digits(frame.substr(2, 4))) {
    return Bad("length", "the length after ## is four decimal digits");
  }
  const size_t declared = static_cast<size_t>(std::stoi(std::string(frame.substr(2, 4))));
  const std::string_view rest = frame.substr(6);
  if (rest.size() < 4 || rest.size() - 4 != declared) {
    return Bad("length", "the header says " + std::to_string(declared) +
                             " bytes of data, the packet has " +
                             std::to_string(rest.size() < 4 ? 0 : rest.size() - 4));
  }
  if (declared > options.max_data_length) {
    return Bad("length", "a data segment of " + std::to_string(declared) + " bytes, more than " +
                             std::to_string(options.max_data_length));
  }
  const std::string_view data = rest.substr(0, declared);
  std::string crc(rest.substr(declared));
  for (char& c : crc) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  const std::string computed = CrcHex(data);
  if (crc != computed) {
    return Bad("crc",
               "the CRC is " + std::string(rest.substr(declared)) + ", the data give " + computed);
  }
  return ParseDataSegment(data, options);
}

std::string DataSegment(const Packet& p) {
  std::string s;
  if (!p.qn.empty()) s += "QN=" + p.qn + ";";
  s += "ST=" + p.st + ";CN=" + p.cn + ";PW=" + p.pw + ";MN=" + p.mn + ";";
  for (const auto& e : p.extra) s += e.key + "=" + e.value + ";";
  if (p.flag) s += "Flag=" + std::to_string(*p.flag) + ";";
  if (p.pnum) s += "PNUM=" + std::to_string(*p.pnum) + ";";
  if (p.pno) s += "PNO=" + std::to_string(*p.pno) + ";";
  s += "CP=&&";
  for (size_t g = 0; g < p.cp.size(); ++g) {
    if (g) s += ";";
    for (size_t i = 0; i < p.cp[g].size(); ++i) {
      if (i) s += ",";
      s += p.cp[g][i].key + "=" + p.cp[g][i].value;
    }
  }
  return s + "&&";
}

std::string BuildFrame(const Packet& p) {
  const std::string data = DataSegment(p);
  std::string length = std::to_string(data.size());
  length.insert(0, 4 - std::min<size_t>(4, length.size()), '0');
  return "##" + length + data + CrcHex(data) + "\r\n";
}

}  // namespace lantian::hj212
