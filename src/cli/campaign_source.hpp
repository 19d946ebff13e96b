// Where the campaign commands read from: a store (--db), or, without a store,
// a city daily table (--daily, CSV or XLSX) with an optional official targets
// table (--targets).
#pragma once

#include <CLI/CLI.hpp>

#include <optional>
#include <string>
#include <vector>

#include "app/campaign_inputs.hpp"

namespace lantian::cli {

struct CampaignSource {
  std::optional<std::string> db;
  std::optional<std::string> daily;
  std::optional<std::string> targets;

  void AddOptions(CLI::App* command);
  // Loads what `request` asks for; errors name the option or the file position
  // (all of a table's problems are printed to stderr first).
  core::Result<app::CampaignInputs> Load(const app::InputsRequest& request) const;
};

}  // namespace lantian::cli
