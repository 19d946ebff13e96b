// lantian user add | passwd | disable | enable | list
#include <termios.h>
#include <unistd.h>

#include <iomanip>
#include <iostream>

#include "app/app.hpp"
#include "cli/command.hpp"

namespace lantian::cli {
namespace {

// A password from one line of stdin (--password-stdin), or typed twice at a terminal.
core::Result<std::string> ReadPassword(bool from_stdin) {
  if (from_stdin) {
    std::string line;
    if (!std::getline(std::cin, line))
      return core::InvalidInput("no password on standard input", "password");
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return line;
  }
  if (!isatty(STDIN_FILENO)) {
    return core::InvalidInput("give the password on standard input with --password-stdin",
                              "password");
  }
  auto ask = [](const char* prompt) {
    std::cerr << prompt << std::flush;
    termios old{};
    tcgetattr(STDIN_FILENO, &old);
    termios silent = old;
    silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    std::string line;
    std::getline(std::cin, line);
    tcsetattr(STDIN_FILENO, TCSANOW, &old);
    std::cerr << "\n";
    return line;
  };
  const std::string first = ask("password: ");
  if (ask("again: ") != first) return core::InvalidInput("the two passwords differ", "password");
  return first;
}

}  // namespace

void AddUser(CLI::App& root, Action& action) {
  struct Options {
    std::string db, username, role, scope, display_name;
    bool password_stdin = false;
  };
  auto o = std::make_shared<Options>();
  CLI::App* user = root.add_subcommand("user", "Users of the server: roles, scopes, passwords");
  user->require_subcommand(1);
  auto open = [o]() { return app::App::Open(o->db, app::App::OpenMode::kExisting); };

  CLI::App* add = user->add_subcommand(
      "add",
      "Add a user. Roles and scopes: national (no scope), region (JJJ or FW), province "
      "(e.g. 河北省), city (e.g. 130100), district (e.g. 130102), enterprise (its id)");
  add->add_option("--db", o->db, "Store")->required();
  add->add_option("username", o->username, "Login name")->required();
  add->add_option("--role", o->role, "national, region, province, city, district, enterprise")
      ->required()
      ->check(CLI::IsMember({"national", "region", "province", "city", "district", "enterprise"}));
  add->add_option("--scope", o->scope, "Area or enterprise the role applies to");
  add->add_option("--name", o->display_name, "Display name (default: the username)");
  add->add_flag("--password-stdin", o->password_stdin, "Read the password from standard input");
  add->callback([o, open, &action] {
    action = [o, open]() -> int {
      auto app = open();
      if (!app) return Fail(app.error());
      auto password = ReadPassword(o->password_stdin);
      if (!password) return Fail(password.error());
      auto u = app->AddUser(
          {o->username, o->display_name, *auth::ParseRole(o->role), o->scope, *password},
          CliActor());
      if (!u) return Fail(u.error());
      std::cerr << "user " << u->username << " added: " << auth::RoleName(u->role)
                << (u->scope.empty() ? "" : " " + u->scope) << "\n";
      return 0;
    };
  });

  CLI::App* passwd = user->add_subcommand("passwd", "Set a user's password (ends their sessions)");
  passwd->add_option("--db", o->db, "Store")->required();
  passwd->add_option("username", o->username, "Login name")->required();
  passwd->add_flag("--password-stdin", o->password_stdin, "Read the password from standard input");
  passwd->callback([o, open, &action] {
    action = [o, open]() -> int {
      auto app = open();
      if (!app) return Fail(app.error());
      auto password = ReadPassword(o->password_stdin);
      if (!password) return Fail(password.error());
      if (auto s = app->SetPassword(o->username, *password, CliActor()); !s.ok()) return Fail(s);
      std::cerr << "password of " << o->username << " changed; their sessions ended\n";
      return 0;
    };
  });

  for (const bool disable : {true, false}) {
    CLI::App* sub = user->add_subcommand(
        disable ? "disable" : "enable",
        disable ? "Disable a user (ends their sessions)" : "Enable a disabled user");
    sub->add_option("--db", o->db, "Store")->required();
    sub->add_option("username", o->username, "Login name")->required();
    sub->callback([o, open, disable, &action] {
      action = [o, open, disable]() -> int {
        auto app = open();
        if (!app) return Fail(app.error());
        if (auto s = app->SetDisabled(o->username, disable, CliActor()); !s.ok()) return Fail(s);
        std::cerr << "user " << o->username << (disable ? " disabled\n" : " enabled\n");
        return 0;
      };
    });
  }

  CLI::App* list = user->add_subcommand("list", "List users");
  list->add_option("--db", o->db, "Store")->required();
  list->callback([o, open, &action] {
    action = [o, open]() -> int {
      auto app = open();
      if (!app) return Fail(app.error());
      auto users = app->Users();
      if (!users) return Fail(users.error());
      std::cout << "username,role,scope,disabled,display_name,updated_at\n";
      for (const auto& u : *users) {
        std::cout << u.username << ',' << auth::RoleName(u.role) << ',' << u.scope << ','
                  << (u.disabled ? "Y" : "N") << ',' << u.display_name << ',' << u.updated_at
                  << '\n';
      }
      return 0;
    };
  });
}

}  // namespace lantian::cli
