// Helpers the route tables share: who must be logged in, the uploaded files of a
// request, flags in the query.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "server/routes.hpp"

namespace lantian::server {

core::Status RequireLogin(Exchange& x);
core::Status RequireAuditReader(Exchange& x);
bool Truthy(const std::optional<std::string>& v);

// An upload: the files of a multipart/form-data body (field "file"), or the body
// itself with ?name=. Each is kept in a temporary file with the extension of its
// name (.csv or .xlsx, which decides how it is read) and removed afterwards.
struct Uploads {
  std::vector<std::string> paths;
  std::vector<std::string> names;  // as the client named them, without directories
  Uploads() = default;
  Uploads(const Uploads&) = delete;
  Uploads& operator=(const Uploads&) = delete;
  ~Uploads();
  // `status` with each temporary path in its message replaced by the client's name
  // of the file, so that an error names the file the user sent.
  core::Status Relabel(const core::Status& status) const;
};
core::Result<std::unique_ptr<Uploads>> SaveUploads(Exchange& x);

// Answers with a file to download (an Excel workbook or a CSV).
void SendFile(Exchange& x, const std::string& path, const std::string& download_name);

}  // namespace lantian::server
