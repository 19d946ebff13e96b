// lantian electricity: the meters of enterprises' production lines and
// treatment facilities, and their 15-minute readings (issue 7 §3).
//   electricity meters --db … FILE       register meters (all or none, audited)
//   electricity readings --db … FILE…    store readings of registered meters
#include <iostream>

#include "app/electricity.hpp"
#include "cli/command.hpp"

namespace lantian::cli {

void AddElectricity(CLI::App& root, Action& action) {
  struct Options {
    std::string db, file;
    std::vector<std::string> files;
  };
  auto o = std::make_shared<Options>();
  CLI::App* electricity = root.add_subcommand(
      "electricity", "Electricity meters on production lines and treatment facilities (分表计电)");
  electricity->require_subcommand(1);
  CLI::App* meters = electricity->add_subcommand(
      "meters",
      "Register the meters of a table (meter,enterprise,city,line,kind[,facility]; kind "
      "production or treatment), all or none, audited; a meter again is replaced");
  meters->add_option("--db", o->db, "Store")->required();
  meters->add_option("file", o->file, "The table (CSV or workbook)")->required();
  meters->callback([o, &action] {
    action = [o]() -> int {
      std::vector<io::FileReport> reports;
      const int rc = WithStore(o->db, [&](app::App& a, const std::string& now) -> core::Status {
        LANTIAN_ASSIGN_OR_RETURN(auto ms, app::ImportMeters(a.store(), app::TableFile::At(o->file),
                                                            CliActor(), now, reports));
        std::cout << "registered " << ms.size() << " meters from " << o->file << '\n';
        return core::Status::Ok();
      });
      PrintReports(reports);
      return rc;
    };
  });
  CLI::App* readings = electricity->add_subcommand(
      "readings",
      "Store 15-minute readings (meter,time,kw or meter,time,kwh) of registered meters; all "
      "files or none; a reading again replaces the earlier one");
  readings->add_option("--db", o->db, "Store")->required();
  readings->add_option("files", o->files, "The readings (CSV or workbooks)")->required();
  readings->callback([o, &action] {
    action = [o]() -> int {
      std::vector<io::FileReport> reports;
      const int rc = WithStore(o->db, [&](app::App& a, const std::string& now) -> core::Status {
        std::vector<app::TableFile> files;
        for (const auto& f : o->files) files.push_back(app::TableFile::At(f));
        LANTIAN_ASSIGN_OR_RETURN(int64_t n,
                                 app::ImportReadings(a.store(), files, CliActor(), now, reports));
        std::cout << "stored " << n << " readings\n";
        return core::Status::Ok();
      });
      PrintReports(reports);
      return rc;
    };
  });
}

}  // namespace lantian::cli
