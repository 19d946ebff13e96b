// Helpers the route tables share: who must be logged in, the uploaded files of a
// request, flags in the query.
#pragma once

#include <initializer_list>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/table_file.hpp"
#include "server/routes.hpp"

namespace lantian::server {

core::Status RequireLogin(Exchange& x);
core::Status RequireAuditReader(Exchange& x);
bool Truthy(const std::optional<std::string>& v);

// An upload: the files of a multipart/form-data body (field "file"), or the body
// itself with ?name=. Each is kept in a temporary file with the extension of its
// name (.csv, .xlsx or .json, which decides how it is read) and removed afterwards.
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

// A temporary file for a download, removed when the answer has been made.
struct TempFile {
  std::string path;
  explicit TempFile(const std::string& extension);
  ~TempFile();
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
};

// Answers with a file to download (an Excel workbook or a CSV).
void SendFile(Exchange& x, const std::string& path, const std::string& download_name);

// A query parameter that must be given.
core::Result<std::string> Required(Exchange& x, const std::string& name);

// The numeric id in the path's first parameter; NotFound ("no THING ID") when
// it is not a number, as for an id that does not exist.
core::Result<int64_t> PathId(Exchange& x, const std::string& thing);

// An optional text field of a JSON body; "" when absent or not text.
std::string OptionalText(const nlohmann::json& body, const char* field);

// An application/json body that is an object with (at least) the text `fields`.
core::Result<nlohmann::json> JsonBody(Exchange& x, std::initializer_list<const char*> fields);

// A table upload handled by `import`, which gets the file and the actor and
// returns the JSON answer (the file's name is added to it). Login and CSRF are
// checked first; errors name the file the client sent.
template <typename Import>
void TableUpload(Exchange& x, Import import) {
  if (auto s = RequireLogin(x); !s.ok()) return x.Error(s);
  if (auto s = x.CheckCsrf(); !s.ok()) return x.Error(s);
  auto uploads = SaveUploads(x);
  if (!uploads) return x.Error(uploads.error());
  if ((*uploads)->paths.size() != 1) {
    return x.Error(core::InvalidInput("send one table at a time", "file"));
  }
  const std::string now = core::FormatInstant(x.app().Now());
  auto result = import(app::TableFile{(*uploads)->paths[0], (*uploads)->names[0]}, x.actor(), now);
  if (!result) return x.Error((*uploads)->Relabel(result.error()));
  nlohmann::json body = *result;
  body["file"] = (*uploads)->names[0];
  x.Json(200, body);
}

}  // namespace lantian::server
