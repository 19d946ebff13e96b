// A table to load: where it lies, and the name its user knows it by. An upload
// is kept under a temporary path; the sources and the audit trail record the
// name, so that they say which file the bureau sent.
#pragma once

#include <string>

namespace lantian::app {

struct TableFile {
  std::string path;
  std::string name;
  // A file on disk, known by its path (the CLI).
  static TableFile At(const std::string& path) { return {path, path}; }
};

}  // namespace lantian::app
