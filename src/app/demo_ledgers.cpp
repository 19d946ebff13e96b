#include "app/demo_ledgers.hpp"

#include <algorithm>
#include <map>

#include "app/task_ledger.hpp"

namespace lantian::app {
namespace {

using core::Date;
using core::Decimal;
using ledger::TaskUnit;

constexpr const char* kDemo = "SYNTHETIC（演示数据）";

// A stable number in [0, 1) for (seed, key): FNV-1a.
double Draw(uint64_t seed, const std::string& key) {
  uint64_t h = 1469598103934665603ULL ^ seed;
  for (unsigned char c : key) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  h ^= h >> 29;
  return static_cast<double>(h % 1000003) / 1000003.0;
}

std::string At(Date d, int hour) {
  return core::FormatIsoDate(d) + (hour < 10 ? " 0" : " ") + std::to_string(hour) + ":00:00";
}

Date Day(int y, int m, int d) { return Date::FromYmd(y, m, d); }

const std::vector<Date>& MonthEnds() {
  static const std::vector<Date> ends{Day(2020, 10, 31), Day(2020, 11, 30), Day(2020, 12, 31),
                                      Day(2021, 1, 31),  Day(2021, 2, 28),  Day(2021, 3, 31)};
  return ends;
}

class Writer {
 public:
  Writer(storage::Store& store, uint64_t seed) : store_(store), seed_(seed) {}

  // A report of `unit` for `due`, filed `late_days` after it (0: on the day).
  core::Status Report(const std::string& task, const std::string& unit, Date due, Decimal value,
                      int late_days, const std::string& by) {
    storage::TaskReport r{0,
                          task,
                          unit,
                          core::FormatIsoDate(due),
                          value,
                          "调度表.xlsx",
                          kDemo,
                          by,
                          At(due + late_days, late_days ? 10 : 17)};
    LANTIAN_ASSIGN_OR_RETURN(r.id, store_.AddTaskReport(r));
    ++summary.reports;
    return core::Status::Ok();
  }
  core::Status Close(const std::string& task, const std::string& unit, Date on,
                     const std::string& by) {
    storage::TaskEvent e{
        0, task, unit, "close", by, At(on, 15), "验收材料.pdf；现场核查照片.zip", kDemo};
    LANTIAN_ASSIGN_OR_RETURN(e.id, store_.AddTaskEvent(e));
    ++summary.closures;
    return core::Status::Ok();
  }
  core::Status Assign(std::vector<TaskUnit> units) {
    summary.units += static_cast<int64_t>(units.size());
    return store_.PutTaskUnits(units);
  }
  double Draw(const std::string& key) const { return app::Draw(seed_, key); }

  DemoLedgerSummary summary;

 private:
  storage::Store& store_;
  uint64_t seed_;
};

TaskUnit Share(const TaskUnit& parent, std::string key, ledger::Level level, std::string name,
               Decimal target, std::string person, std::string office) {
  TaskUnit c = parent;
  c.unit = std::move(key);
  c.parent = parent.unit;
  c.level = level;
  c.name = std::move(name);
  c.target = target;
  c.responsible_name = std::move(person);
  c.responsible_office = std::move(office);
  c.assigned_by = "demo-data";
  c.assigned_at = "2020-10-01 09:00:00";
  return c;
}

Decimal Whole(double v) { return Decimal::FromInt(static_cast<int64_t>(v + 0.5)); }
Decimal Tenths(double v) { return Decimal::FromScaled(static_cast<int64_t>(v * 10 + 0.5), 1); }

const std::vector<std::string> kSurnames{"王", "李", "张", "刘", "陈",
                                         "杨", "赵", "黄", "周", "吴"};
std::string Person(const Writer& w, const std::string& key) {
  return kSurnames[static_cast<size_t>(w.Draw("who" + key) * kSurnames.size())] + "某某";
}

// 河北省's 337 万户 to its prefectures, proportional to a draw; one city is
// left 7 % short and its province's task stays open.
core::Status Heating(Writer& w, const TaskLedger& l, const std::vector<campaign::Unit>& units) {
  const TaskUnit* hebei = l.Find("河北省");
  if (!hebei) return core::Status::Ok();
  std::vector<const campaign::Unit*> cities;
  for (const auto& u : units) {
    if (u.province_zh == "河北省" && u.kind == "prefecture") cities.push_back(&u);
  }
  double total = 0;
  std::vector<double> weight;
  for (const auto* c : cities) total += weight.emplace_back(0.5 + w.Draw("heat" + c->code));
  std::vector<TaskUnit> shares;
  int64_t given = 0;
  for (size_t i = 0; i < cities.size(); ++i) {
    const int64_t share =
        i + 1 == cities.size() ? 337 - given : static_cast<int64_t>(337 * weight[i] / total);
    given += share;
    shares.push_back(Share(*hebei, cities[i]->code, ledger::Level::kCity, cities[i]->name_zh,
                           Decimal::FromInt(share), Person(w, cities[i]->code),
                           cities[i]->name_zh + "住建局"));
  }
  LANTIAN_RETURN_IF_ERROR(w.Assign(shares));
  const size_t short_city = static_cast<size_t>(w.Draw("heat-short") * shares.size());
  for (size_t i = 0; i < shares.size(); ++i) {
    const Decimal done =
        i == short_city ? Tenths(shares[i].target.ScaledHalfEven(0) * 0.93) : shares[i].target;
    LANTIAN_RETURN_IF_ERROR(w.Report(l.task.id, shares[i].unit, Day(2020, 10, 31), done,
                                     w.Draw("heat-late" + shares[i].unit) < 0.25 ? 3 : 0,
                                     shares[i].name + "住建局"));
    if (i != short_city) {
      LANTIAN_RETURN_IF_ERROR(
          w.Close(l.task.id, shares[i].unit, Day(2020, 11, 6), "河北省生态环境厅"));
    }
  }
  // The other provinces report on their own; 陕西 falls short.
  for (const auto& [province, value] : std::vector<std::pair<std::string, std::string>>{
           {"山西省", "96"}, {"山东省", "163.4"}, {"河南省", "40"}, {"陕西省", "71.5"}}) {
    if (!l.Find(province)) continue;
    LANTIAN_RETURN_IF_ERROR(w.Report(l.task.id, province, Day(2020, 10, 31), *Decimal::Parse(value),
                                     0, province + "生态环境厅"));
    if (province != "陕西省") {
      LANTIAN_RETURN_IF_ERROR(w.Close(l.task.id, province, Day(2020, 11, 10), "生态环境部"));
    }
  }
  return core::Status::Ok();
}

// The provinces' steel retrofits, cumulative from 60–80 % on 1 October; 陕西
// slow (ends at 85 %), 天津 reports a week late.
core::Status SteelRetrofits(Writer& w, const TaskLedger& l) {
  for (const auto* p : l.ChildrenOf(l.units.front().unit)) {
    const double target = static_cast<double>(p->target.ScaledHalfEven(0));
    const double start = target * (0.6 + 0.2 * w.Draw("ule" + p->unit));
    const double end = p->unit == "陕西省" ? target * 0.85 : target * 1.01;
    TaskUnit u = *p;
    u.start_value = Whole(start);
    u.responsible_name = Person(w, p->unit);
    u.responsible_office = p->unit + "生态环境厅";
    LANTIAN_RETURN_IF_ERROR(w.Assign({u}));
    for (int m = 0; m < 3; ++m) {
      const double v = start + (end - start) * (m + 1) / 3.0;
      LANTIAN_RETURN_IF_ERROR(w.Report(l.task.id, p->unit, MonthEnds()[m], Whole(v),
                                       p->unit == "天津市" ? 7 : 0, p->unit + "生态环境厅"));
    }
    if (p->unit != "陕西省") {
      LANTIAN_RETURN_IF_ERROR(w.Close(l.task.id, p->unit, Day(2021, 1, 12), "生态环境部"));
    }
  }
  return core::Status::Ok();
}

// Remaining small coal boilers per city, from a count on 1 October down to
// zero by December — or, for about one city in five, too slowly. 石家庄's
// count is broken down to four districts, which report for it.
core::Status Boilers(Writer& w, const TaskLedger& l) {
  const std::vector<std::pair<std::string, std::string>> districts{
      {"130102", "长安区"}, {"130104", "桥西区"}, {"130105", "新华区"}, {"130108", "裕华区"}};
  for (const auto* c : l.ChildrenOf(l.units.front().unit)) {
    const bool slow = w.Draw("boil-slow" + c->unit) < 0.2;
    std::vector<std::pair<TaskUnit, bool>> reporters;  // the unit, whether slow
    if (c->unit == "130100") {
      TaskUnit city = *c;
      city.responsible_name = Person(w, c->unit);
      city.responsible_office = c->name + "生态环境局";
      std::vector<TaskUnit> shares{city};
      for (const auto& [code, name] : districts) {
        TaskUnit d = Share(*c, code, ledger::Level::kDistrict, name, Decimal(), Person(w, code),
                           name + "生态环境分局");
        d.start_value = Whole(2 + 8 * w.Draw("boil" + code));
        shares.push_back(d);
        reporters.push_back({d, code == "130105"});
      }
      LANTIAN_RETURN_IF_ERROR(w.Assign(shares));
    } else {
      TaskUnit u = *c;
      u.start_value = Whole(3 + 17 * w.Draw("boil" + c->unit));
      u.responsible_name = Person(w, c->unit);
      u.responsible_office = c->name + "生态环境局";
      LANTIAN_RETURN_IF_ERROR(w.Assign({u}));
      reporters.push_back({u, slow});
    }
    bool all_done = true;
    for (const auto& [u, is_slow] : reporters) {
      const double start = static_cast<double>(u.start_value->ScaledHalfEven(0));
      const double end = is_slow ? std::max(1.0, start * 0.3) : 0;
      for (int m = 0; m < 3; ++m) {
        const double v = start + (end - start) * (m + 1) / 3.0;
        const int late = w.Draw("boil-late" + u.unit + std::to_string(m)) < 0.15 ? 4 : 0;
        LANTIAN_RETURN_IF_ERROR(
            w.Report(l.task.id, u.unit, MonthEnds()[m], Whole(v), late, u.responsible_office));
      }
      if (is_slow) {
        all_done = false;
        continue;
      }
      if (u.level == ledger::Level::kDistrict) {
        LANTIAN_RETURN_IF_ERROR(w.Close(l.task.id, u.unit, Day(2021, 1, 8), "石家庄市生态环境局"));
      }
    }
    if (all_done) {  // closed by the province above the city
      LANTIAN_RETURN_IF_ERROR(w.Close(l.task.id, c->unit, Day(2021, 1, 15), "省级生态环境部门"));
    }
  }
  return core::Status::Ok();
}

// The regional total of old diesel trucks retired, reported by the ministry.
core::Status DieselTrucks(Writer& w, const TaskLedger& l) {
  TaskUnit root = l.units.front();
  root.start_value = Decimal::FromInt(31);
  root.responsible_name = "刘某某";
  root.responsible_office = "生态环境部大气环境司";
  LANTIAN_RETURN_IF_ERROR(w.Assign({root}));
  const std::vector<std::string> values{"58", "79.5", "101.2"};
  for (int m = 0; m < 3; ++m) {
    LANTIAN_RETURN_IF_ERROR(w.Report(l.task.id, root.unit, MonthEnds()[m],
                                     *Decimal::Parse(values[m]), m == 1 ? 2 : 0,
                                     "生态环境部大气环境司"));
  }
  return w.Close(l.task.id, root.unit, Day(2021, 1, 20), "生态环境部");
}

// Each city's monthly dust fall (t/(km²·month)), some months over 9.
core::Status DustFall(Writer& w, const TaskLedger& l) {
  for (const auto* c : l.ChildrenOf(l.units.front().unit)) {
    for (size_t m = 0; m < MonthEnds().size(); ++m) {
      const double v = 5.5 + 5.0 * w.Draw("dust" + c->unit + std::to_string(m));
      LANTIAN_RETURN_IF_ERROR(w.Report(l.task.id, c->unit, MonthEnds()[m], Tenths(v),
                                       w.Draw("dust-late" + c->unit) < 0.1 ? 6 : 3,
                                       c->name + "生态环境局"));
    }
  }
  return core::Status::Ok();
}

// A VOCs automatic station per city by the end of 2020; a few cities none.
core::Status VocStations(Writer& w, const TaskLedger& l) {
  for (const auto* c : l.ChildrenOf(l.units.front().unit)) {
    const double d = w.Draw("voc" + c->unit);
    const int64_t built = d < 0.1 ? 0 : d < 0.8 ? 1 : 2;
    LANTIAN_RETURN_IF_ERROR(w.Report(l.task.id, c->unit, Day(2020, 11, 30), Decimal::FromInt(built),
                                     0, c->name + "生态环境局"));
    if (built > 0) {
      LANTIAN_RETURN_IF_ERROR(w.Close(l.task.id, c->unit, Day(2020, 12, 15), "省级生态环境部门"));
    }
  }
  return core::Status::Ok();
}

}  // namespace

core::Result<DemoLedgerSummary> WriteDemoLedgers(storage::Store& store, uint64_t seed) {
  Writer w(store, seed);
  LANTIAN_ASSIGN_OR_RETURN(auto units, store.Units());
  const std::map<std::string, core::Status (*)(Writer&, const TaskLedger&)> simple{
      {"T11-ule", SteelRetrofits},
      {"T15-boiler35", Boilers},
      {"T13-diesel", DieselTrucks},
      {"T17-dustfall", DustFall},
      {"T20-voc-station", VocStations}};
  LANTIAN_ASSIGN_OR_RETURN(auto ledgers, LoadAllTaskLedgers(store));
  for (const auto& l : ledgers) {
    if (!l.reports.empty() || !l.events.empty()) continue;  // a ledger in use is left alone
    if (l.task.id == "T08-heating") {
      LANTIAN_RETURN_IF_ERROR(Heating(w, l, units));
    } else if (auto it = simple.find(l.task.id); it != simple.end()) {
      LANTIAN_RETURN_IF_ERROR(it->second(w, l));
    }
  }
  return w.summary;
}

}  // namespace lantian::app
