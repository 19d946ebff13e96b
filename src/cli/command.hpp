// Shared plumbing of the subcommands: how each registers itself, how results and
// errors are printed, where output goes, and progress on a terminal.
#pragma once

#include <CLI/CLI.hpp>

#include <functional>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>

#include "app/actor.hpp"
#include "app/app.hpp"
#include "app/import.hpp"
#include "core/progress.hpp"
#include "core/status.hpp"
#include "io/file_report.hpp"

namespace lantian::cli {

// The action a parsed subcommand runs; returns the exit status.
using Action = std::function<int()>;

// Each subcommand file adds its subcommand(s) to `root`; the callback sets `action`.
void AddInit(CLI::App& root, Action& action);
void AddImport(CLI::App& root, Action& action);
void AddAq(CLI::App& root, Action& action);
void AddDemoData(CLI::App& root, Action& action);
void AddReport(CLI::App& root, Action& action);
void AddUser(CLI::App& root, Action& action);
void AddAudit(CLI::App& root, Action& action);
void AddServe(CLI::App& root, Action& action);
void AddAssess(CLI::App& root, Action& action);
void AddRank(CLI::App& root, Action& action);
void AddTargets(CLI::App& root, Action& action);
void AddDust(CLI::App& root, Action& action);
void AddAlert(CLI::App& root, Action& action);
void AddList(CLI::App& root, Action& action);
void AddVerify(CLI::App& root, Action& action);
void AddHj212(CLI::App& root, Action& action);
void AddElectricity(CLI::App& root, Action& action);
void AddEnforcement(CLI::App& root, Action& action);
void AddTampering(CLI::App& root, Action& action);
void AddTasks(CLI::App& root, Action& action);
void AddProblems(CLI::App& root, Action& action);
void AddFires(CLI::App& root, Action& action);
void AddWorkshops(CLI::App& root, Action& action);
void AddNetwork(CLI::App& root, Action& action);

// The command line being run, as the audit trail records it.
const std::string& CommandLine();
void SetCommandLine(int argc, char** argv);
// The operator at the command line, acting through the current command.
app::Actor CliActor();

// The operator, or (`username` given) the stored user `username` acting
// through the command line with that user's role and scope: for the ledgers
// where who may do what depends on the office (NotFound for no such user).
core::Result<app::Actor> ActorAs(app::App& a, const std::string& username);

// The time `given` with a --now option ("" = `clock`, the store's now);
// errors name `option`.
core::Result<core::Instant> NowOf(const std::string& given, const std::string& clock,
                                  const char* option);

// Prints "lantian: Code: message (field)" and returns the matching exit code.
int Fail(const core::Status& status);

// Prints what an import found (per file: counts, warnings, rejected values,
// errors) to stderr and returns the exit status.
int ReportImport(const app::ImportResult& result);

// Opens the existing store `db`, runs `work` with it and the time now (as the
// audit trail records it), prints its failure; the exit status.
int WithStore(const std::string& db,
              const std::function<core::Status(app::App&, const std::string& now)>& work);

// `v` with `digits` decimal places; "" when absent.
std::string Fixed(const std::optional<double>& v, int digits);

// A CSV field: quoted when it holds a comma, a quote or a line break.
std::string CsvField(const std::string& v);

// Prints every rejected value and error of `reports` to stderr.
void PrintReports(const std::vector<io::FileReport>& reports);

// An output stream: the file `path` (written whole or, on failure, removed) or stdout.
class Output {
 public:
  explicit Output(const std::optional<std::string>& path);
  ~Output();
  std::ostream& stream();
  // Flushes and moves the file into place; the error names the file.
  core::Status Close();

 private:
  std::optional<std::string> path_;
  std::unique_ptr<std::ofstream> file_;
};

// Progress on stderr when it is a terminal, silence otherwise.
std::unique_ptr<core::Progress> TerminalProgress();

}  // namespace lantian::cli
