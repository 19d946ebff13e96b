#include "alert/rules.hpp"

#include <set>

namespace lantian::alert {
namespace {

constexpr int kMaxDays = 31;

std::string Describe(Level level, const Condition& c) {
  std::string s(LevelName(level));
  s += " (";
  std::string parts;
  auto add = [&](int n, const char* what) {
    if (n == 0) return;
    parts += (parts.empty() ? "" : " and ") + std::string("≥ ") + std::to_string(n) + what;
  };
  add(c.days_over_200, " days > 200");
  add(c.days_over_300, " days > 300");
  add(c.days_at_500, " days ≥ 500");
  return s + parts + ")";
}

bool Implies(const Condition& strict, const Condition& base) {
  return strict.days_over_200 <= base.days_over_200 && strict.days_over_300 <= base.days_over_300 &&
         strict.days_at_500 <= base.days_at_500;
}

}  // namespace

AlertRules NationalDefault() {
  AlertRules r;
  r.merge_gap_days = 1;
  r.levels = {{Level::kRed, true, {{4, 2, 0}, {0, 0, 1}}},
              {Level::kOrange, true, {{3, 1, 0}}},
              {Level::kYellow, true, {{2, 0, 0}}},
              {Level::kBlue, false, {{1, 0, 0}}}};
  return r;
}

core::Status CheckRules(const AlertRules& rules) {
  if (rules.merge_gap_days < 0 || rules.merge_gap_days > kMaxDays) {
    return core::InvalidInput("merge_gap_days must lie in 0…31", "merge_gap_days");
  }
  std::set<Level> seen;
  for (const LevelRule& l : rules.levels) {
    const std::string name(LevelName(l.level));
    if (l.level == Level::kNone) return core::InvalidInput("\"none\" is not a level", "levels");
    if (!seen.insert(l.level).second) {
      return core::InvalidInput("level " + name + " appears twice", "levels");
    }
    if (l.enabled && l.any_of.empty()) {
      return core::InvalidInput("level " + name + " is enabled without a condition", name);
    }
    for (const Condition& c : l.any_of) {
      for (int n : {c.days_over_200, c.days_over_300, c.days_at_500}) {
        if (n < 0 || n > kMaxDays) {
          return core::InvalidInput("a condition of " + name + " counts outside 0…31 days", name);
        }
      }
      if (c.days_over_200 == 0 && c.days_over_300 == 0 && c.days_at_500 == 0) {
        return core::InvalidInput("a condition of " + name + " demands nothing", name);
      }
    }
  }
  return core::Status::Ok();
}

core::Status IsAtLeastAsStrict(const AlertRules& rules, const AlertRules& base) {
  if (rules.merge_gap_days < base.merge_gap_days) {
    return core::InvalidInput("merge_gap_days " + std::to_string(rules.merge_gap_days) +
                                  " splits episodes the national rule keeps together (" +
                                  std::to_string(base.merge_gap_days) + ")",
                              "merge_gap_days");
  }
  for (const LevelRule& b : base.levels) {
    if (!b.enabled) continue;
    for (const Condition& bc : b.any_of) {
      bool covered = false;
      for (const LevelRule& r : rules.levels) {
        if (!r.enabled || r.level < b.level) continue;
        for (const Condition& rc : r.any_of) covered = covered || Implies(rc, bc);
      }
      if (!covered) {
        return core::InvalidInput("milder than the national rule: an episode with " +
                                      Describe(b.level, bc) + " would not reach " +
                                      std::string(LevelName(b.level)),
                                  std::string(LevelName(b.level)));
      }
    }
  }
  return core::Status::Ok();
}

}  // namespace lantian::alert
