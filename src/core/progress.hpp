// Progress reporting for long work (imports, demo data). Library code calls a
// Progress; the CLI shows it on a terminal, everything else ignores it.
// Implementations need not be thread-safe: callers report from one thread.
#pragma once

#include <cstdint>
#include <string_view>

namespace lantian::core {

class Progress {
 public:
  virtual ~Progress() = default;
  // `done` of `total` units of `stage` are finished (total 0 = unknown).
  virtual void Update(std::string_view stage, int64_t done, int64_t total) = 0;
  virtual void Finish() {}
};

// A Progress that drops every report.
Progress& NoProgress();

}  // namespace lantian::core
