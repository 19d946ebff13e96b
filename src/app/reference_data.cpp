#include "app/reference_data.hpp"

#include <functional>

#include "core/embedded.hpp"
#include "io/campaign_tables.hpp"
#include "io/reference_csv.hpp"

namespace lantian::embedded {
std::span<const EmbeddedFile> Files_reference_data();
}

namespace lantian::app {
namespace {

// Opens one reference file by name.
using Opener = std::function<core::Result<io::CsvReader>(const std::string& name)>;

template <class T, class F>
core::Result<T> ReadTable(const Opener& open, const std::string& name, F&& read) {
  LANTIAN_ASSIGN_OR_RETURN(io::CsvReader reader, open(name));
  io::FileReport report(reader.name());
  T out = read(reader, report);
  LANTIAN_RETURN_IF_ERROR(report.ToStatus());
  return out;
}

core::Result<ReferenceData> Load(const Opener& open) {
  ReferenceData d;
  LANTIAN_ASSIGN_OR_RETURN(
      d.units, ReadTable<std::vector<campaign::Unit>>(open, "regions.csv", io::ReadUnits));
  LANTIAN_ASSIGN_OR_RETURN(d.targets, ReadTable<std::vector<campaign::RegionalTarget>>(
                                          open, "plan-targets.csv", io::ReadRegionalTargets));
  LANTIAN_ASSIGN_OR_RETURN(d.key_tasks, ReadTable<std::vector<ledger::KeyTask>>(
                                            open, "key-tasks.csv", io::ReadKeyTasks));
  LANTIAN_ASSIGN_OR_RETURN(
      d.stations, ReadTable<std::vector<aq::Station>>(open, "stations.csv",
                                                      [&](io::CsvReader& r, io::FileReport& rep) {
                                                        return io::ReadStations(r, d.units, rep);
                                                      }));
  LANTIAN_ASSIGN_OR_RETURN(
      d.tier_rule, ReadTable<std::vector<campaign::Tier>>(open, "tier-rule.csv", io::ReadTierRule));
  LANTIAN_ASSIGN_OR_RETURN(
      d.stricter, ReadTable<std::vector<campaign::StricterTarget>>(
                      open, "stricter-targets.csv", [&](io::CsvReader& r, io::FileReport& rep) {
                        return io::ReadStricterTargets(r, d.units, rep);
                      }));
  return d;
}

}  // namespace

core::Result<ReferenceData> EmbeddedReferenceData() {
  return Load([](const std::string& name) -> core::Result<io::CsvReader> {
    auto content = embedded::Find(embedded::Files_reference_data(), name);
    if (!content) return core::Internal("reference file " + name + " is not compiled in");
    return io::CsvReader::FromString("(built-in) data/" + name, std::string(*content));
  });
}

core::Result<ReferenceData> ReferenceDataFrom(const std::string& dir) {
  return Load([&](const std::string& name) { return io::CsvReader::Open(dir + "/" + name); });
}

}  // namespace lantian::app
