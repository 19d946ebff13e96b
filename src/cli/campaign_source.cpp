#include "cli/campaign_source.hpp"

#include "app/app.hpp"
#include "cli/command.hpp"

namespace lantian::cli {

void CampaignSource::AddOptions(CLI::App* command) {
  command->add_option("--db", db, "Store to read from");
  command->add_option("--daily", daily,
                      "Without a store: city daily table city,date,PM2.5[,PM10,SO2,NO2,CO,O3_1h,"
                      "O3_8h,dust] (CSV or XLSX)");
  command->add_option("--targets", targets,
                      "With --daily: official city targets table (CSV or XLSX); default: the "
                      "tier rule on the baselines in --daily");
}

core::Result<app::CampaignInputs> CampaignSource::Load(const app::InputsRequest& request) const {
  if (db && daily) return core::InvalidInput("--db and --daily exclude each other", "--daily");
  if (db) {
    if (targets) {
      return core::InvalidInput(
          "--targets goes with --daily; load targets into a store with "
          "lantian targets import",
          "--targets");
    }
    LANTIAN_ASSIGN_OR_RETURN(app::App a, app::App::Open(*db, app::App::OpenMode::kExisting));
    return app::LoadCampaignInputs(a.store(), request);
  }
  if (!daily) return core::InvalidInput("give --db, or --daily for a city daily table", "--db");
  std::vector<io::FileReport> reports;
  auto in = app::CampaignInputsFromFiles({*daily, targets}, reports);
  PrintReports(reports);
  return in;
}

}  // namespace lantian::cli
