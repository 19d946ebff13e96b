// Validation of an emergency list against the plan (（四）（五）, domain.md §7).
// Pure: the list, the known industries and the measure templates in; findings
// out, each naming the enterprise, the line and the rule:
//
//   credit-code           the unified social credit code fails GB 32100
//   duplicate             an enterprise, a line or a line's measure at a level twice
//   unknown-enterprise    a line or measure of an enterprise not on the list
//   unknown-line          a measure of a line the enterprise does not have
//   unknown-industry      an industry that is neither of the 39 nor added
//   ule-not-steel         the ULE-certified steel flag on a works outside steel
//   missing-measure       a line without a measure at some level (enterprises
//                         never limited excepted)
//   never-limited         residential heating or a small life service that is
//                         stopped or limited
//   self-not-allowed      a self-determined measure of a grade other than A or leading
//   below-template        B and below, non-leading: less than the industry's
//                         template for the grade and level, for some pollutant
//   non-compliant         an ungraded non-compliant enterprise neither stopped nor
//                         at the industry's strictest limit, per line
//   unverifiable          a measure that cuts output without a meter, an outlet,
//                         video or gate records; a transport limit without gate records
//   weaker-when-stricter  a stricter level demanding less of a line than a milder one
//   bad-share             a reduction outside 0…100 %, or a limit of 0 %
//
// 保障类 and small/micro enterprises are held to "their own rules" and lighter
// control: they need a measure at each level but no template minimum.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "emergency/list.hpp"

namespace lantian::emergency {

// The least reduction (‰, 1000 = stop) a grade must take at a level in an
// industry. Rows for industry "*" hold for every industry without its own.
struct Template {
  std::string industry;
  Grade grade = Grade::kB;
  alert::Level level = alert::Level::kYellow;
  int min_permille = 0;
};

class Templates {
 public:
  explicit Templates(std::vector<Template> rows = {});
  std::optional<int> MinPermille(const std::string& industry, Grade grade,
                                 alert::Level level) const;
  // The strictest minimum of any grade and level of the industry (the
  // "strictest limit" non-compliant enterprises take).
  int Strictest(const std::string& industry) const;
  const std::vector<Template>& rows() const { return rows_; }

 private:
  std::vector<Template> rows_;
  std::map<std::tuple<std::string, Grade, alert::Level>, int> index_;
};

// The built-in rows with a province's own: the province's rows for an
// industry ("*" included) replace every built-in row of that industry; the
// other built-in rows stay.
std::vector<Template> MergeTemplates(const std::vector<Template>& built_in,
                                     const std::vector<Template>& own);

struct Finding {
  std::string enterprise;  // credit code (or name when the code is the problem)
  std::string line;        // "" for the enterprise as a whole
  std::string rule;
  std::string message;
  std::string sheet;  // where it was read: "enterprises", "lines" or "measures"
  int64_t row = 0;    // and the row
};

std::vector<Finding> ValidateList(const EmergencyList& list,
                                  const std::set<std::string>& industries,
                                  const Templates& templates);

}  // namespace lantian::emergency
