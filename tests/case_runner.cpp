// Runs the golden case files (tests/cases/<area>/*.test) through the real
// `lantian` binary. A case file:
//
//   # case: what the case shows
//   # rule: the standard clause or behaviour it checks
//   --- file NAME        (a file the command reads; repeatable)
//   ...content...
//   --- run              (one command line; `lantian` is the binary; repeatable;
//   lantian aq daily --in obs.csv     a trailing "< NAME" reads standard input from NAME)
//   --- exit N           (expected exit status of the last run; default 0)
//   --- stdout           (expected standard output, exactly)
//   --- stdout-contains  (each non-empty line must appear in standard output)
//   --- stderr-contains  (each non-empty line must appear in standard error)
//   --- file-out NAME    (expected content of a file the run wrote)
//   --- no-file NAME     (the run must not have left this file)
//
// Each case runs in a fresh temporary directory. Lines starting with '#' before
// the first section are the header.
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;

namespace {

struct Step {
  std::vector<std::string> argv;
  int exit = 0;
  std::optional<std::string> stdout_text;
  std::vector<std::string> stdout_contains;
  std::vector<std::string> stderr_contains;
  std::vector<std::pair<std::string, std::string>> files_out;
  std::vector<std::string> no_files;
  std::vector<std::pair<std::string, std::string>> files_in;  // written before the run
};

std::string ReadFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<std::string> SplitCommand(const std::string& line) {
  std::vector<std::string> out;
  std::string cur;
  bool quoted = false, any = false;
  for (char c : line) {
    if (c == '"') {
      quoted = !quoted;
      any = true;
    } else if (c == ' ' && !quoted) {
      if (any) out.push_back(cur);
      cur.clear();
      any = false;
    } else {
      cur += c;
      any = true;
    }
  }
  if (any) out.push_back(cur);
  return out;
}

std::vector<Step> ParseCase(const std::string& text) {
  std::vector<Step> steps;
  std::vector<std::pair<std::string, std::string>> pending_files;
  std::istringstream in(text);
  std::string line, section, arg, body;
  auto flush = [&] {
    if (section.empty()) return;
    if (section == "file") {
      pending_files.emplace_back(arg, body);
    } else if (section == "run") {
      Step s;
      std::istringstream b(body);
      std::string cmd;
      std::getline(b, cmd);
      s.argv = SplitCommand(cmd);
      s.files_in = std::move(pending_files);
      pending_files.clear();
      steps.push_back(std::move(s));
    } else if (!steps.empty()) {
      Step& s = steps.back();
      if (section == "exit") {
        s.exit = std::stoi(arg.empty() ? body : arg);
      } else if (section == "stdout") {
        s.stdout_text = body;
      } else if (section == "stdout-contains" || section == "stderr-contains") {
        auto& into = section == "stdout-contains" ? s.stdout_contains : s.stderr_contains;
        std::istringstream b(body);
        std::string l;
        while (std::getline(b, l)) {
          if (!l.empty()) into.push_back(l);
        }
      } else if (section == "file-out") {
        s.files_out.emplace_back(arg, body);
      } else if (section == "no-file") {
        s.no_files.push_back(arg);
      }
    }
    body.clear();
  };
  while (std::getline(in, line)) {
    if (line.rfind("--- ", 0) == 0) {
      flush();
      std::istringstream h(line.substr(4));
      h >> section;
      arg.clear();
      h >> arg;
      continue;
    }
    if (section.empty()) continue;  // header
    body += line + "\n";
  }
  flush();
  return steps;
}

int RunCommand(const std::vector<std::string>& argv, const fs::path& dir, std::string& out,
               std::string& err) {
  const fs::path out_path = dir / ".stdout", err_path = dir / ".stderr";
  pid_t pid = fork();
  if (pid == 0) {
    if (chdir(dir.c_str()) != 0) _exit(127);
    int o = open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    int e = open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    dup2(o, 1);
    dup2(e, 2);
    std::vector<std::string> words = argv;
    if (words.size() >= 2 && words[words.size() - 2] == "<") {
      int i = open(words.back().c_str(), O_RDONLY);
      if (i < 0) _exit(127);
      dup2(i, 0);
      words.resize(words.size() - 2);
    }
    std::vector<char*> args;
    for (const auto& a : words) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    execv(args[0], args.data());
    _exit(127);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  out = ReadFile(out_path);
  err = ReadFile(err_path);
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

class CaseTest : public testing::Test {
 public:
  CaseTest(fs::path file, std::string binary)
      : file_(std::move(file)), binary_(std::move(binary)) {}
  void TestBody() override {
    const auto steps = ParseCase(ReadFile(file_));
    ASSERT_FALSE(steps.empty()) << file_ << " has no --- run section";
    const fs::path dir = fs::temp_directory_path() /
                         ("lantian_case_" + std::to_string(getpid()) + "_" + file_.stem().string());
    fs::remove_all(dir);
    fs::create_directories(dir);
    for (size_t i = 0; i < steps.size(); ++i) {
      const Step& s = steps[i];
      for (const auto& [name, content] : s.files_in) {
        fs::create_directories((dir / name).parent_path());
        std::ofstream(dir / name, std::ios::binary) << content;
      }
      std::vector<std::string> argv = s.argv;
      ASSERT_FALSE(argv.empty());
      if (argv[0] == "lantian") argv[0] = binary_;
      std::string out, err;
      const int code = RunCommand(argv, dir, out, err);
      SCOPED_TRACE(file_.string() + " run " + std::to_string(i + 1) + "\nstderr:\n" + err);
      EXPECT_EQ(code, s.exit);
      if (s.stdout_text) {
        EXPECT_EQ(out, *s.stdout_text);
      }
      for (const auto& want : s.stdout_contains) {
        EXPECT_NE(out.find(want), std::string::npos) << "stdout lacks: " << want;
      }
      for (const auto& want : s.stderr_contains) {
        EXPECT_NE(err.find(want), std::string::npos) << "stderr lacks: " << want;
      }
      for (const auto& name : s.no_files) EXPECT_FALSE(fs::exists(dir / name)) << name << " exists";
      for (const auto& [name, content] : s.files_out) {
        ASSERT_TRUE(fs::exists(dir / name)) << name << " was not written";
        EXPECT_EQ(ReadFile(dir / name), content) << name;
      }
    }
    if (!HasFailure()) fs::remove_all(dir);
  }

 private:
  fs::path file_;
  std::string binary_;
};

}  // namespace

int main(int argc, char** argv) {
  testing::InitGoogleTest(&argc, argv);
  // Defaults come from the build; the flags override them.
  std::string binary = LANTIAN_CASE_BINARY, cases = LANTIAN_CASE_DIR;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a.rfind("--lantian=", 0) == 0) binary = a.substr(10);
    if (a.rfind("--cases=", 0) == 0) cases = a.substr(8);
  }
  if (binary.empty() || cases.empty()) {
    std::fprintf(stderr, "usage: case_runner --lantian=BINARY --cases=DIR [gtest flags]\n");
    return 2;
  }
  std::vector<fs::path> files;
  for (const auto& e : fs::recursive_directory_iterator(cases)) {
    if (e.path().extension() == ".test") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  for (const auto& f : files) {
    const std::string area = f.parent_path().filename().string();
    testing::RegisterTest(("Case_" + area).c_str(), f.stem().string().c_str(), nullptr, nullptr,
                          f.string().c_str(), 0,
                          [f, b = binary]() -> testing::Test* { return new CaseTest(f, b); });
  }
  return RUN_ALL_TESTS();
}
