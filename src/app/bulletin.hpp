// The monthly bulletin （二十二）"生态环境部每月通报各地空气质量改善情况和降尘量
// 监测结果": the month's rankings (composite index, PM2.5 and their change, for
// the 2+26, the Fenwei cities and all plan units), the progress of the phase the
// month belongs to as of the month's end, the month's dust fall against
// 9 t/(month·km²), and the warning-letter candidates of the quarter so far.
// Written as an Excel workbook (one sheet each, with native charts) and served
// as JSON for the dashboard's bulletin page.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/assessment.hpp"
#include "app/campaign_inputs.hpp"
#include "app/rankings.hpp"
#include "app/warning_letters.hpp"

namespace lantian::app {

struct DustfallRow {
  campaign::Unit unit;
  std::optional<core::Decimal> value;  // t/(month·km²)
  bool exceeds = false;
  std::optional<int> rank;  // 1 = least dust fall
};

struct Bulletin {
  std::string month;  // "2020-12"
  core::Period period;
  Ranking ranking;                      // all plan units
  std::optional<Assessment> targets;    // the phase as of the month's end
  std::vector<DustfallRow> dustfall;    // every unit, ranked ones first
  std::optional<WarningList> warnings;  // the quarter as of the month's end
  bool synthetic = false;
};

core::Result<InputsRequest> BulletinRequest(const std::string& month);
core::Result<Bulletin> BuildBulletin(const CampaignInputs& inputs, const std::string& month);

// The rank of a unit within a group (2+26 or Fenwei) in the month's ranking.
std::optional<int> GroupRank(const Ranking& ranking, const std::string& code,
                             campaign::UnitGroup group);

// The workbook: sheets 排名, 目标进展, 降尘, 预警 (Chinese first, English beside).
core::Status WriteBulletinXlsx(const Bulletin& bulletin, const std::string& path);

}  // namespace lantian::app
