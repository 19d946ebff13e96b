// lantian audit verify | log | head
#include <iostream>

#include "app/app.hpp"
#include "cli/command.hpp"

namespace lantian::cli {

void AddAudit(CLI::App& root, Action& action) {
  struct Options {
    std::string db;
    std::optional<std::string> anchor, user, object_type, object_id, from, to;
  };
  auto o = std::make_shared<Options>();
  CLI::App* audit = root.add_subcommand("audit", "The tamper-evident audit trail");
  audit->require_subcommand(1);
  auto open = [o]() { return app::App::Open(o->db, app::App::OpenMode::kExisting); };

  CLI::App* verify = audit->add_subcommand(
      "verify",
      "Check the whole hash chain; report the first entry that was edited, deleted or "
      "reordered (exit 4)");
  verify->add_option("--db", o->db, "Store")->required();
  verify->add_option("--anchor", o->anchor,
                     "A head hash recorded earlier (lantian audit head): it must still be in the "
                     "trail, or entries were cut off the end");
  verify->callback([o, open, &action] {
    action = [o, open]() -> int {
      auto app = open();
      if (!app) return Fail(app.error());
      auto v = app->VerifyAudit(o->anchor);
      if (!v) return Fail(v.error());
      if (v->broken) {
        std::cout << "BROKEN at entry " << v->broken->id << ": " << v->broken->reason << "\n"
                  << v->entries << " entries before it verify\n";
        return core::Info(core::ErrorCode::kConflict).exit_code;
      }
      if (!v->anchor_found) {
        std::cout
            << "BROKEN: the anchor " << *o->anchor
            << " is not in the trail (entries were cut off the end, or the trail was rebuilt)\n";
        return core::Info(core::ErrorCode::kConflict).exit_code;
      }
      std::cout << "ok: " << v->entries << " entries verify; head " << v->head << "\n";
      return 0;
    };
  });

  CLI::App* head = audit->add_subcommand(
      "head", "Print the hash of the last entry, to record elsewhere (an anchor for verify)");
  head->add_option("--db", o->db, "Store")->required();
  head->callback([o, open, &action] {
    action = [o, open]() -> int {
      auto app = open();
      if (!app) return Fail(app.error());
      auto v = app->VerifyAudit(std::nullopt);
      if (!v) return Fail(v.error());
      if (v->broken)
        return Fail(
            core::Conflict("the trail is broken at entry " + std::to_string(v->broken->id)));
      std::cout << v->head << "\n";
      return 0;
    };
  });

  CLI::App* log = audit->add_subcommand("log", "List entries as JSON lines, filtered");
  log->add_option("--db", o->db, "Store")->required();
  log->add_option("--user", o->user, "Entries whose actor contains this text");
  log->add_option("--object-type", o->object_type,
                  "import, user, session, stations, reference-data, demo-data, city-targets, "
                  "tier-rule, dust-day(s), dustfall, falsification, forecast-run, alert, "
                  "regional-prompt, emergency-list, emission-inventory");
  log->add_option("--object", o->object_id, "Object id (a username, a file's SHA-256, …)");
  log->add_option("--from", o->from, "At or after (YYYY-MM-DD[ HH:MM:SS])");
  log->add_option("--to", o->to, "At or before (YYYY-MM-DD[ HH:MM:SS])");
  log->callback([o, open, &action] {
    action = [o, open]() -> int {
      auto app = open();
      if (!app) return Fail(app.error());
      storage::AuditFilter f{o->user, o->object_type, o->object_id, o->from, o->to};
      if (f.to && f.to->size() == 10) *f.to += " 23:59:59";  // a date includes its whole day
      auto entries = app->Audit(f);
      if (!entries) return Fail(entries.error());
      for (const auto& e : *entries) std::cout << app::AuditJson(e) << "\n";
      return 0;
    };
  });
}

}  // namespace lantian::cli
