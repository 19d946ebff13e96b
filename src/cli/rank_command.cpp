// lantian rank (composite-index rankings) and lantian bulletin (the monthly
// bulletin workbook).
#include <iomanip>
#include <iostream>

#include "app/bulletin.hpp"
#include "app/campaign_json.hpp"
#include "app/rankings.hpp"
#include "cli/campaign_source.hpp"
#include "cli/command.hpp"

namespace lantian::cli {
namespace {

std::string Opt(const std::optional<core::Decimal>& v) { return v ? v->ToString() : "-"; }
std::string Fixed(const std::optional<core::Decimal>& v, int digits) {
  return v ? v->ToFixed(digits) : "-";
}
std::string Opt(const std::optional<int>& v) { return v ? std::to_string(*v) : "-"; }

// The order a ranking is printed in: by the rank of `by`, unranked last.
std::vector<const app::RankedCity*> Ordered(const app::Ranking& r, const std::string& by) {
  auto rank = [&](const app::RankedCity& c) {
    if (by == "pm25") return c.rank_pm25;
    if (by == "index-change") return c.rank_index_change;
    if (by == "pm25-change") return c.rank_pm25_change;
    return c.rank_index;
  };
  std::vector<const app::RankedCity*> out;
  for (const auto& c : r.cities) out.push_back(&c);
  std::stable_sort(out.begin(), out.end(), [&](const auto* a, const auto* b) {
    auto ra = rank(*a), rb = rank(*b);
    if (ra.has_value() != rb.has_value()) return ra.has_value();
    return ra && *ra < *rb;
  });
  return out;
}

std::string Component(const aq::CompositeIndex& ci, aq::IndexPollutant p) {
  const auto& c = ci[p];
  return c ? c->statistic.ToString() : "-";
}

void WriteTable(std::ostream& out, const app::Ranking& r, const std::string& by) {
  out << "lantian ranking " << r.period.name << " (" << core::FormatIsoDate(r.period.period.first)
      << ".." << core::FormatIsoDate(r.period.period.last) << "), group "
      << campaign::UnitGroupCode(r.group) << ", by " << by << "\n";
  if (r.synthetic) {
    out << "*** SYNTHETIC DEMO DATA (lantian demo-data): these are not measured values ***\n";
  }
  out << "\n"
      << std::right << std::setw(5) << "rank"
      << "  " << std::left << std::setw(8) << "code" << std::right << std::setw(7) << "index"
      << std::setw(7) << "PM2.5" << std::setw(6) << "PM10" << std::setw(5) << "SO2" << std::setw(5)
      << "NO2" << std::setw(6) << "CO95" << std::setw(6) << "O3-90" << std::setw(9) << "idx chg%"
      << std::setw(8) << "PM chg%" << std::setw(6) << "chg#"
      << "  city\n";
  for (const auto* c : Ordered(r, by)) {
    std::optional<int> rank = by == "pm25"           ? c->rank_pm25
                              : by == "index-change" ? c->rank_index_change
                              : by == "pm25-change"  ? c->rank_pm25_change
                                                     : c->rank_index;
    out << std::right << std::setw(5) << Opt(rank) << "  " << std::left << std::setw(8)
        << c->unit.code << std::right << std::setw(7) << Fixed(c->index.index, 2) << std::setw(7)
        << Opt(c->pm25) << std::setw(6) << Component(c->index, aq::IndexPollutant::kPM10)
        << std::setw(5) << Component(c->index, aq::IndexPollutant::kSO2) << std::setw(5)
        << Component(c->index, aq::IndexPollutant::kNO2) << std::setw(6)
        << Component(c->index, aq::IndexPollutant::kCO) << std::setw(6)
        << Component(c->index, aq::IndexPollutant::kO3) << std::setw(9)
        << Fixed(c->index_change_percent, 1) << std::setw(8) << Fixed(c->pm25_change_percent, 1)
        << std::setw(6) << Opt(c->rank_index_change) << "  " << c->unit.name_zh
        << (c->ranked ? "" : "  (not ranked: " + c->not_ranked_reason + ")") << "\n";
  }
  auto names = [&](const std::vector<size_t>& idx) {
    std::string s;
    for (size_t i : idx) s += (s.empty() ? "" : "、") + r.cities[i].unit.name_zh;
    return s;
  };
  out << "\nbest " << app::kBestWorstCount << " by index: " << names(r.best) << "\n";
  out << "worst " << app::kBestWorstCount << " by index: " << names(r.worst) << "\n";
  out << "\nindex = PM2.5/35 + PM10/70 + SO2/60 + NO2/40 (period means) + CO P95/4 + O3-8h "
         "P90/160; PM without dust days; ties share a rank; Δ against the baseline period; "
         "ranked with ≥ "
      << (r.cities.empty() ? 0 : r.cities.front().required_days)
      << " valid days of each pollutant.\n";
}

void WriteCsv(std::ostream& out, const app::Ranking& r, const std::string& by) {
  out << "rank_index,rank_pm25,rank_index_change,rank_pm25_change,code,name_zh,group,index,"
         "largest,PM2.5,PM10,SO2,NO2,CO_P95,O3_8h_P90,baseline_index,index_change_percent,"
         "pm25_change_percent,fewest_days,required_days,ranked,synthetic\n";
  auto o = [](const std::optional<int>& v) { return v ? std::to_string(*v) : ""; };
  auto d = [](const std::optional<core::Decimal>& v) { return v ? v->ToString() : ""; };
  auto comp = [](const aq::CompositeIndex& ci, aq::IndexPollutant p) {
    return ci[p] ? ci[p]->statistic.ToString() : "";
  };
  for (const auto* c : Ordered(r, by)) {
    out << o(c->rank_index) << ',' << o(c->rank_pm25) << ',' << o(c->rank_index_change) << ','
        << o(c->rank_pm25_change) << ',' << c->unit.code << ',' << c->unit.name_zh << ','
        << campaign::UnitGroupCode(r.group) << ','
        << (c->index.index ? c->index.index->ToFixed(2) : "") << ','
        << (c->index.largest ? aq::IndexPollutantName(*c->index.largest) : "") << ','
        << comp(c->index, aq::IndexPollutant::kPM25) << ','
        << comp(c->index, aq::IndexPollutant::kPM10) << ','
        << comp(c->index, aq::IndexPollutant::kSO2) << ','
        << comp(c->index, aq::IndexPollutant::kNO2) << ','
        << comp(c->index, aq::IndexPollutant::kCO) << ',' << comp(c->index, aq::IndexPollutant::kO3)
        << ',' << (c->baseline_index.index ? c->baseline_index.index->ToFixed(2) : "") << ','
        << d(c->index_change_percent) << ',' << d(c->pm25_change_percent) << ',' << c->fewest_days
        << ',' << c->required_days << ',' << (c->ranked ? "Y" : "N") << ','
        << (r.synthetic ? "Y" : "N") << '\n';
  }
}

}  // namespace

void AddRank(CLI::App& root, Action& action) {
  struct Options {
    CampaignSource source;
    std::optional<std::string> month, phase, out;
    std::string group = "all";
    std::string by = "index";
    std::string format = "table";
  };
  auto o = std::make_shared<Options>();
  CLI::App* rank = root.add_subcommand(
      "rank",
      "Rank the plan's cities by composite index, PM2.5 or their change on the baseline "
      "(城市环境空气质量排名技术规定), for a month or a phase");
  o->source.AddOptions(rank);
  rank->add_option("--month", o->month, "Month YYYY-MM");
  rank->add_option("--phase", o->phase, "2020Q4, 2021Q1 or season (instead of --month)");
  rank->add_option("--group", o->group, "2+26, fenwei or all")
      ->check(CLI::IsMember({"2+26", "fenwei", "all"}));
  rank->add_option("--by", o->by, "index, pm25, index-change or pm25-change")
      ->check(CLI::IsMember({"index", "pm25", "index-change", "pm25-change"}));
  rank->add_option("--format", o->format, "table, csv or json")
      ->check(CLI::IsMember({"table", "csv", "json"}));
  rank->add_option("--out", o->out, "Output file (default: standard output)");
  rank->callback([o, &action] {
    action = [o]() -> int {
      if (o->month.has_value() == o->phase.has_value()) {
        return Fail(core::InvalidInput("give --month or --phase", "--month"));
      }
      const std::string period = o->month ? *o->month : *o->phase;
      const char* field = o->month ? "--month" : "--phase";
      auto ap = campaign::AssessmentPeriodOf(period);
      if (!ap || (o->month && !ap->is_month) || (o->phase && ap->is_month)) {
        return Fail(core::InvalidInput(
            (o->month ? "month must be YYYY-MM" : "phase must be 2020Q4, 2021Q1 or season") +
                std::string(", not '") + period + "'",
            field));
      }
      auto request = app::RankingRequest(period);
      if (!request) return Fail(request.error());
      auto in = o->source.Load(*request);
      if (!in) return Fail(in.error());
      auto r = app::Rank(*in, period, *campaign::ParseUnitGroup(o->group));
      if (!r) return Fail(r.error());
      Output out(o->out);
      if (o->format == "json") {
        out.stream() << app::RankingJson(*r).dump(2) << "\n";
      } else if (o->format == "csv") {
        WriteCsv(out.stream(), *r, o->by);
      } else {
        WriteTable(out.stream(), *r, o->by);
      }
      core::Status closed = out.Close();
      return closed.ok() ? 0 : Fail(closed);
    };
  });

  CLI::App* bulletin = root.add_subcommand(
      "bulletin",
      "The monthly bulletin as an Excel workbook: rankings, progress against targets, dust "
      "fall and warning-letter candidates, with charts");
  o->source.AddOptions(bulletin);
  bulletin->add_option("--month", o->month, "Month YYYY-MM")->required();
  bulletin->add_option("--out", o->out, "The .xlsx file to write")->required();
  bulletin->callback([o, &action] {
    action = [o]() -> int {
      auto request = app::BulletinRequest(*o->month);
      if (!request) {
        return Fail(core::Status(request.error().code(), request.error().message(), "--month"));
      }
      auto in = o->source.Load(*request);
      if (!in) return Fail(in.error());
      auto b = app::BuildBulletin(*in, *o->month);
      if (!b) return Fail(b.error());
      if (auto s = app::WriteBulletinXlsx(*b, *o->out); !s.ok()) return Fail(s);
      std::cerr << *o->out << ": bulletin " << b->month << ", " << b->ranking.cities.size()
                << " units ranked or listed";
      if (b->targets) std::cerr << ", " << b->targets->period.name << " progress";
      if (b->warnings) std::cerr << ", " << b->warnings->candidates.size() << " warning candidates";
      std::cerr << (b->synthetic ? " (SYNTHETIC DEMO DATA)" : "") << "\n";
      return 0;
    };
  });
}

}  // namespace lantian::cli
