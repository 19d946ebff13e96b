// An enterprise's own measure sheet (一厂一策, issue 6 §5) from the stored
// lists: its lines and what each does at each alert level in the newest
// version of its city's list (none when that version no longer names it: the
// enterprise was taken off), whether it confirmed that version,
// and the alert stretches of the season in which its measures were in force.
// The enterprise sees its own sheet and nothing else (auth/access.hpp:
// CanReadSheet); only the enterprise confirms it (CanConfirmSheet).
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/actor.hpp"
#include "app/list_in_force.hpp"

namespace lantian::app {

struct EnterpriseSheet {
  std::string city;
  std::string city_name;
  storage::ListVersion version;  // content left empty
  emergency::Enterprise enterprise;
  std::vector<emergency::Line> lines;
  std::vector<emergency::Measure> measures;               // of its lines, by line then level
  std::vector<storage::SheetConfirmation> confirmations;  // its own, of this version
  CityInForce in_force;                                   // the season, its lines only
};

// `city` ("" = search every city's newest list; an enterprise need not know
// its city's code). NotFound when no stored list names the enterprise.
core::Result<EnterpriseSheet> SheetOf(storage::Store& store, const auth::Principal& principal,
                                      const std::string& credit_code, const std::string& city);

// The enterprise confirms the sheet of `version` (the version it was shown);
// Conflict when a newer version of its city's list names it, or when it
// confirmed that version already.
core::Result<storage::SheetConfirmation> ConfirmSheet(storage::Store& store,
                                                      const std::string& credit_code, int version,
                                                      const std::string& note, const Actor& actor,
                                                      const std::string& now);

nlohmann::json SheetJson(const EnterpriseSheet& s);

}  // namespace lantian::app
