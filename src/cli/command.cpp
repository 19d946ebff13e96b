#include "cli/command.hpp"
#include "io/csv_reader.hpp"

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <sstream>

namespace lantian::cli {

namespace {
std::string& CommandLineStorage() {
  static std::string line;
  return line;
}
}  // namespace

const std::string& CommandLine() { return CommandLineStorage(); }

void SetCommandLine(int argc, char** argv) {
  std::string line = "lantian";
  for (int i = 1; i < argc; ++i) {
    const std::string_view a = argv[i];
    line += ' ';
    line += a.find(' ') == std::string_view::npos ? std::string(a) : "\"" + std::string(a) + "\"";
  }
  CommandLineStorage() = line;
}

app::Actor CliActor() { return app::Actor::Cli(CommandLine()); }

core::Result<app::Actor> ActorAs(app::App& a, const std::string& username) {
  if (username.empty()) return CliActor();
  LANTIAN_ASSIGN_OR_RETURN(auto user, a.store().FindUser(username));
  if (!user || user->disabled) return core::NotFound("no active user " + username, "--as");
  app::Actor actor = CliActor();
  actor.principal = auth::Principal{user->id, user->username, user->role, user->scope};
  actor.name = actor.principal.Describe() + " via " + actor.name;
  return actor;
}

core::Result<core::Instant> NowOf(const std::string& given, const std::string& clock,
                                  const char* option) {
  auto now = core::ParseInstant(given.empty() ? clock : given);
  if (!now) return core::InvalidInput(now.error().message(), option);
  return *now;
}

int Fail(const core::Status& status) {
  std::cerr << "lantian: " << status.ToString() << "\n";
  return core::Info(status.code()).exit_code;
}

int WithStore(const std::string& db,
              const std::function<core::Status(app::App&, const std::string& now)>& work) {
  auto a = app::App::Open(db, app::App::OpenMode::kExisting);
  if (!a) return Fail(a.error());
  core::Status s = work(*a, core::FormatInstant(a->Now()));
  return s.ok() ? 0 : Fail(s);
}

std::string Fixed(const std::optional<double>& v, int digits) {
  if (!v) return "";
  std::ostringstream s;
  s << std::fixed << std::setprecision(digits) << *v;
  return s.str();
}

std::string CsvField(const std::string& v) {
  if (v.find_first_of(",\"\n") == std::string::npos) return v;
  std::string q = "\"";
  for (char c : v) q += c == '"' ? std::string("\"\"") : std::string(1, c);
  return q + "\"";
}

void PrintReports(const std::vector<io::FileReport>& reports) {
  for (const auto& r : reports) {
    for (const auto& issue : r.rejected()) {
      std::cerr << io::Location(r.file(), issue.line, issue.column)
                << ": rejected: " << issue.message << "\n";
    }
    if (r.rejected_count() > static_cast<int64_t>(r.rejected().size())) {
      std::cerr << r.file() << ": … "
                << r.rejected_count() - static_cast<int64_t>(r.rejected().size())
                << " more rejected values\n";
    }
    for (const auto& issue : r.errors())
      std::cerr << io::Location(r.file(), issue.line, issue.column) << ": error: " << issue.message
                << "\n";
  }
}

int ReportImport(const app::ImportResult& result) {
  for (const app::FileOutcome& f : result.files) {
    for (const auto& w : f.report.warnings()) std::cerr << f.file << ": note: " << w << "\n";
    for (const auto& issue : f.report.rejected()) {
      std::cerr << io::Location(f.file, issue.line, issue.column) << ": rejected: " << issue.message
                << "\n";
    }
    if (f.report.rejected_count() > static_cast<int64_t>(f.report.rejected().size())) {
      std::cerr << f.file << ": … "
                << f.report.rejected_count() - static_cast<int64_t>(f.report.rejected().size())
                << " more rejected values\n";
    }
    for (const auto& issue : f.report.errors()) {
      std::cerr << io::Location(f.file, issue.line, issue.column) << ": error: " << issue.message
                << "\n";
    }
    for (const auto& c : f.conflicts) {
      std::cerr << f.file << ": conflict: " << c.series << " of " << c.site << " at " << c.time
                << ": stored " << c.stored.ToString() << ", file " << c.incoming.ToString() << "\n";
    }
    if (!f.status.ok()) {
      std::cerr << f.file << ": NOT IMPORTED: " << f.status.ToString() << "\n";
      continue;
    }
    std::cerr << f.file << ": " << (f.kind.empty() ? "" : f.kind + ": ");
    if (f.kind == "stations") {
      if (f.records == 0) {
        std::cerr << "nothing new (every station already registered as given)\n";
      } else {
        std::cerr << f.records << " stations inserted or updated\n";
      }
      continue;
    }
    if (f.counts.added == 0 && f.counts.replaced == 0) {
      std::cerr << "nothing new (" << f.counts.unchanged << " values already stored)";
    } else {
      std::cerr << f.counts.added << " values added, " << f.counts.replaced << " replaced, "
                << f.counts.unchanged << " unchanged in " << f.records << " site-days";
    }
    if (f.report.rejected_count() > 0)
      std::cerr << "; " << f.report.rejected_count() << " values rejected";
    std::cerr << "\n";
  }
  const core::Status overall = result.Overall();
  if (!overall.ok()) {
    int failed = 0;
    for (const auto& f : result.files) failed += !f.status.ok();
    std::cerr << "lantian: " << failed << " of " << result.files.size() << " files not imported\n";
    return core::Info(overall.code()).exit_code;
  }
  return 0;
}

Output::Output(const std::optional<std::string>& path) : path_(path) {
  if (path_) file_ = std::make_unique<std::ofstream>(*path_ + ".partial", std::ios::binary);
}

Output::~Output() {
  if (file_) {
    file_.reset();
    std::error_code ec;
    std::filesystem::remove(*path_ + ".partial", ec);
  }
}

std::ostream& Output::stream() { return file_ ? static_cast<std::ostream&>(*file_) : std::cout; }

core::Status Output::Close() {
  if (!file_) {
    std::cout.flush();
    return core::Status::Ok();
  }
  file_->flush();
  const bool good = file_->good();
  file_.reset();
  std::error_code ec;
  if (good) std::filesystem::rename(*path_ + ".partial", *path_, ec);
  if (!good || ec) {
    std::filesystem::remove(*path_ + ".partial", ec);
    return core::InvalidInput("cannot write the output file", *path_);
  }
  return core::Status::Ok();
}

namespace {

class Terminal final : public core::Progress {
 public:
  void Update(std::string_view stage, int64_t done, int64_t total) override {
    const auto now = std::chrono::steady_clock::now();
    if (now - last_ < std::chrono::milliseconds(200) && done != total) return;
    last_ = now;
    if (total > 0) {
      std::fprintf(stderr, "\r%.*s: %lld/%lld (%d%%)   ", static_cast<int>(stage.size()),
                   stage.data(), static_cast<long long>(done), static_cast<long long>(total),
                   static_cast<int>(100 * done / total));
    } else {
      std::fprintf(stderr, "\r%.*s: %lld   ", static_cast<int>(stage.size()), stage.data(),
                   static_cast<long long>(done));
    }
    shown_ = true;
  }
  void Finish() override {
    if (shown_) std::fprintf(stderr, "\n");
    shown_ = false;
  }

 private:
  std::chrono::steady_clock::time_point last_{};
  bool shown_ = false;
};

class Silent final : public core::Progress {
 public:
  void Update(std::string_view, int64_t, int64_t) override {}
};

}  // namespace

std::unique_ptr<core::Progress> TerminalProgress() {
  if (isatty(STDERR_FILENO)) return std::make_unique<Terminal>();
  return std::make_unique<Silent>();
}

}  // namespace lantian::cli
