// lantian workshops find|act|list|stats|accounts|candidates|export: the 散乱污
// register (app/workshop_register.hpp) — found, assessed, closed down or
// white-listed, rebounds, dynamic zero per district — and the candidates from
// the grid company's dedicated-transformer data. --as USER acts with a stored
// user's role and scope.
#include <iostream>

#include "app/app.hpp"
#include "app/workshop_register.hpp"
#include "app/workshop_xlsx.hpp"
#include "cli/command.hpp"

namespace lantian::cli {

void AddWorkshops(CLI::App& root, Action& action) {
  struct Options {
    std::string db, as, now, city, district, township, name, address, industry, what, source,
        photos, deadline, account, action_name, note, evidence, status, out, from, to, file;
    std::optional<double> lat, lon;
    int64_t id = 0;
  };
  auto o = std::make_shared<Options>();
  CLI::App* workshops = root.add_subcommand(
      "workshops",
      "The 散乱污 register (plan （十）): found, assessed to close or rectify, closed down or "
      "white-listed; rebounds; dynamic zero per district; candidates from electricity data");
  workshops->require_subcommand(1);
  const auto common = [o](CLI::App* sub) {
    sub->add_option("--db", o->db, "Store")->required();
    sub->add_option("--as", o->as, "Act as this stored user (role and scope)");
    sub->add_option("--now", o->now, "As of YYYY-MM-DD HH:MM (default: now)");
  };
  const auto print = [](const storage::Workshop& w, core::Date today) {
    const auto j = app::WorkshopJson(w, today);
    std::cout << w.id << ',' << w.city_code << ',' << w.district << ',' << CsvField(w.township)
              << ',' << CsvField(w.name) << ',' << CsvField(w.address) << ','
              << CsvField(w.industry) << ',' << w.source << ',' << w.deadline << ',' << w.status
              << ',' << (j["overdue"].get<bool>() ? "yes" : "no") << ','
              << (w.rebound_of ? std::to_string(w.rebound_of) : "") << '\n';
  };
  const char* header =
      "id,city,district,township,name,address,industry,source,deadline,status,overdue,"
      "rebound_of\n";

  CLI::App* find = workshops->add_subcommand("find", "Register a workshop found");
  common(find);
  find->add_option("--city", o->city, "City code or name")->required();
  find->add_option("--district", o->district, "District code (GB/T 2260)");
  find->add_option("--township", o->township, "Township or street");
  find->add_option("--name", o->name, "Its name, if it has one");
  find->add_option("--address", o->address, "Where it is (required unless --account)");
  find->add_option("--lat", o->lat, "Latitude (decimal degrees)");
  find->add_option("--lon", o->lon, "Longitude (decimal degrees)");
  find->add_option("--industry", o->industry, "What it makes (塑料颗粒, 家具喷涂 …)");
  find->add_option("--what", o->what, "What makes it 散乱污")->required();
  find->add_option("--source", o->source,
                   "inspection (default), grid, electricity, satellite, drone, hotline");
  find->add_option("--photos", o->photos, "Photo files");
  find->add_option("--deadline", o->deadline, "Handling deadline (default: 30 days)");
  find->add_option("--account", o->account, "A power account the lead came from");
  find->callback([o, &action, print, header] {
    action = [o, print, header]() -> int {
      return WithStore(o->db, [&](app::App& a, const std::string& clock) -> core::Status {
        LANTIAN_ASSIGN_OR_RETURN(auto now, NowOf(o->now, clock, "--now"));
        LANTIAN_ASSIGN_OR_RETURN(auto actor, ActorAs(a, o->as));
        LANTIAN_ASSIGN_OR_RETURN(
            auto w, app::FindWorkshop(
                        a.store(), actor,
                        {o->city, o->district, o->township, o->name, o->address, o->lat, o->lon,
                         o->industry, o->what, o->source, o->photos, o->deadline, o->account},
                        now));
        std::cout << header;
        print(w, now.date());
        return core::Status::Ok();
      });
    };
  });

  CLI::App* act = workshops->add_subcommand(
      "act", "One step: assess-close, assess-rectify, accept-closure, accept-rectification");
  common(act);
  act->add_option("--id", o->id, "The workshop")->required();
  act->add_option("--action", o->action_name,
                  "assess-close, assess-rectify, accept-closure, accept-rectification")
      ->required();
  act->add_option("--note", o->note, "The reason for an assessment, what acceptance found");
  act->add_option("--evidence", o->evidence, "Evidence for an acceptance (两断三清, permits)");
  act->add_option("--deadline", o->deadline, "Handling deadline (with an assessment)");
  act->callback([o, &action, print, header] {
    action = [o, print, header]() -> int {
      return WithStore(o->db, [&](app::App& a, const std::string& clock) -> core::Status {
        LANTIAN_ASSIGN_OR_RETURN(auto now, NowOf(o->now, clock, "--now"));
        LANTIAN_ASSIGN_OR_RETURN(auto actor, ActorAs(a, o->as));
        auto step = ledger::ParseWorkshopAction(o->action_name);
        if (!step) {
          return core::InvalidInput(
              "the action is assess-close, assess-rectify, accept-closure or "
              "accept-rectification",
              "--action");
        }
        LANTIAN_ASSIGN_OR_RETURN(auto w, app::ActOnWorkshop(a.store(), actor, o->id, *step, o->note,
                                                            o->evidence, o->deadline, now));
        std::cout << header;
        print(w, now.date());
        return core::Status::Ok();
      });
    };
  });

  CLI::App* list = workshops->add_subcommand("list", "The workshops on the register");
  common(list);
  list->add_option("--city", o->city, "City (default: all)");
  list->add_option("--status", o->status,
                   "found, to-close, to-rectify, closed-down, whitelisted, open, overdue, "
                   "rebound");
  list->callback([o, &action, print, header] {
    action = [o, print, header]() -> int {
      return WithStore(o->db, [&](app::App& a, const std::string& clock) -> core::Status {
        LANTIAN_ASSIGN_OR_RETURN(auto now, NowOf(o->now, clock, "--now"));
        LANTIAN_ASSIGN_OR_RETURN(auto actor, ActorAs(a, o->as));
        LANTIAN_ASSIGN_OR_RETURN(auto all, app::VisibleWorkshops(a.store(), actor.principal,
                                                                 o->city, o->status, now.date()));
        std::cout << header;
        for (const auto& w : all) print(w, now.date());
        return core::Status::Ok();
      });
    };
  });

  CLI::App* stats = workshops->add_subcommand(
      "stats", "Per district: found, open, overdue, closed down, white-listed, rebounds, zero");
  common(stats);
  stats->callback([o, &action] {
    action = [o]() -> int {
      return WithStore(o->db, [&](app::App& a, const std::string& clock) -> core::Status {
        LANTIAN_ASSIGN_OR_RETURN(auto now, NowOf(o->now, clock, "--now"));
        LANTIAN_ASSIGN_OR_RETURN(auto actor, ActorAs(a, o->as));
        LANTIAN_ASSIGN_OR_RETURN(auto j,
                                 app::WorkshopStatsJson(a.store(), actor.principal, now.date()));
        std::cout << "city,district,found,open,overdue,closed_down,whitelisted,rebounds,"
                     "dynamic_zero\n";
        for (const auto& c : j["cities"]) {
          for (const auto& d : c["districts"]) {
            std::cout << c["city"].get<std::string>() << ',' << d["district"].get<std::string>()
                      << ',' << d["found"] << ',' << d["open"] << ',' << d["overdue"] << ','
                      << d["closed_down"] << ',' << d["whitelisted"] << ',' << d["rebounds"] << ','
                      << (d["dynamic_zero"].get<bool>() ? "yes" : "no") << '\n';
          }
        }
        return core::Status::Ok();
      });
    };
  });

  CLI::App* accounts = workshops->add_subcommand(
      "accounts",
      "Register the grid company's dedicated-transformer accounts (account,customer,address,"
      "city[,district,lat,lon,tariff,capacity_kva]); load their readings with electricity "
      "readings");
  common(accounts);
  accounts->add_option("file", o->file, "The accounts (CSV or workbook)")->required();
  accounts->callback([o, &action] {
    action = [o]() -> int {
      std::vector<io::FileReport> reports;
      const int rc = WithStore(o->db, [&](app::App& a, const std::string& clock) -> core::Status {
        LANTIAN_ASSIGN_OR_RETURN(auto actor, ActorAs(a, o->as));
        LANTIAN_ASSIGN_OR_RETURN(
            auto stored, app::ImportPowerAccounts(a.store(), app::TableFile::At(o->file), actor,
                                                  clock, reports));
        std::cout << "registered " << stored.size() << " power accounts from " << o->file << '\n';
        return core::Status::Ok();
      });
      PrintReports(reports);
      return rc;
    };
  });

  CLI::App* candidates = workshops->add_subcommand(
      "candidates",
      "Accounts whose load looks industrial where no licensed enterprise is (leads to visit)");
  common(candidates);
  candidates->add_option("--city", o->city, "The city")->required();
  candidates->add_option("--from", o->from, "First quarter-hour end, YYYY-MM-DD HH:MM:SS");
  candidates->add_option("--to", o->to, "Last quarter-hour end, YYYY-MM-DD HH:MM:SS");
  candidates->callback([o, &action] {
    action = [o]() -> int {
      return WithStore(o->db, [&](app::App& a, const std::string& clock) -> core::Status {
        LANTIAN_ASSIGN_OR_RETURN(auto now, NowOf(o->now, clock, "--now"));
        LANTIAN_ASSIGN_OR_RETURN(auto actor, ActorAs(a, o->as));
        LANTIAN_ASSIGN_OR_RETURN(auto j, app::WorkshopCandidatesJson(a.store(), actor.principal,
                                                                     o->city, o->from, o->to, now));
        std::cout << j["accounts"] << " accounts, " << j["industrial"]
                  << " with an industrial load, " << j["candidates"].size()
                  << " where no licensed enterprise is\n";
        std::cout << "account,customer,address,tariff,pattern,days,operating_days,mean_kwh,"
                     "rebound_of\n";
        for (const auto& c : j["candidates"]) {
          std::cout << c["account"].get<std::string>() << ','
                    << CsvField(c["customer"].get<std::string>()) << ','
                    << CsvField(c["address"].get<std::string>()) << ','
                    << c["tariff"].get<std::string>() << ',' << c["pattern"].get<std::string>()
                    << ',' << c["days"] << ',' << c["operating_days"] << ','
                    << static_cast<int64_t>(c["mean_kwh"].get<double>() + 0.5) << ','
                    << (c["rebound_of"].is_null() ? "" : c["rebound_of"].dump()) << '\n';
        }
        return core::Status::Ok();
      });
    };
  });

  CLI::App* xlsx = workshops->add_subcommand("export", "The register as a workbook (散乱污台账)");
  common(xlsx);
  xlsx->add_option("--city", o->city, "City (default: all readable)");
  xlsx->add_option("--out", o->out, "The .xlsx file")->required();
  xlsx->callback([o, &action] {
    action = [o]() -> int {
      return WithStore(o->db, [&](app::App& a, const std::string& clock) -> core::Status {
        LANTIAN_ASSIGN_OR_RETURN(auto now, NowOf(o->now, clock, "--now"));
        LANTIAN_ASSIGN_OR_RETURN(auto actor, ActorAs(a, o->as));
        LANTIAN_RETURN_IF_ERROR(
            app::WriteWorkshopsXlsx(a.store(), actor.principal, o->city, now.date(), o->out));
        std::cout << "wrote " << o->out << '\n';
        return core::Status::Ok();
      });
    };
  });
}

}  // namespace lantian::cli
