#include "server/route_support.hpp"

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "app/access_status.hpp"
#include "auth/access.hpp"
#include "crypto/crypto.hpp"

namespace lantian::server {

core::Status RequireLogin(Exchange& x) {
  if (!x.principal().authenticated()) {
    return core::Status(core::ErrorCode::kUnauthorized, "not logged in, or the session expired");
  }
  return core::Status::Ok();
}

core::Status RequireAuditReader(Exchange& x) {
  return app::AccessStatus(auth::CanReadAudit(x.principal()), "",
                           "only national and regional offices read the audit trail");
}

bool Truthy(const std::optional<std::string>& v) {
  return v && (*v == "1" || *v == "true" || *v == "yes");
}

Uploads::~Uploads() {
  for (const auto& p : paths) std::filesystem::remove(p);
}

core::Status Uploads::Relabel(const core::Status& status) const {
  if (status.ok()) return status;
  auto relabel = [&](std::string text) {
    for (size_t i = 0; i < paths.size(); ++i) {
      for (size_t at = text.find(paths[i]); at != std::string::npos;
           at = text.find(paths[i], at + names[i].size())) {
        text.replace(at, paths[i].size(), names[i]);
      }
    }
    return text;
  };
  return core::Status(status.code(), relabel(status.message()), relabel(status.field()));
}

namespace {

std::string KeptExtension(const std::string& name) {
  std::string ext = std::filesystem::path(name).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), ::tolower);
  return ext == ".xlsx" || ext == ".json" ? ext : ".csv";
}

}  // namespace

core::Result<std::unique_ptr<Uploads>> SaveUploads(Exchange& x) {
  auto out = std::make_unique<Uploads>();
  auto save = [&](const std::string& name, const std::string& content) -> core::Status {
    if (content.empty()) return core::InvalidInput("the upload " + name + " is empty", "file");
    const auto path = std::filesystem::temp_directory_path() /
                      ("lantian_upload_" + std::to_string(::getpid()) + "_" +
                       crypto::RandomToken(9) + KeptExtension(name));
    std::ofstream f(path, std::ios::binary);
    f.write(content.data(), static_cast<std::streamsize>(content.size()));
    if (!f) return core::Unavailable("cannot keep the upload in a temporary file");
    out->paths.push_back(path.string());
    out->names.push_back(std::filesystem::path(name).filename().string());
    return core::Status::Ok();
  };
  if (x.req.is_multipart_form_data()) {
    for (const auto& [field, file] : x.req.files) {
      if (field != "file") continue;
      LANTIAN_RETURN_IF_ERROR(
          save(file.filename.empty() ? "upload.csv" : file.filename, file.content));
    }
    if (out->paths.empty())
      return core::InvalidInput("no file part named 'file' in the form", "file");
  } else {
    LANTIAN_RETURN_IF_ERROR(save(x.Query("name").value_or("upload.csv"), x.req.body));
  }
  return out;
}

TempFile::TempFile(const std::string& extension)
    : path((std::filesystem::temp_directory_path() /
            ("lantian_download_" + std::to_string(::getpid()) + "_" + crypto::RandomToken(9) +
             extension))
               .string()) {}

TempFile::~TempFile() { std::filesystem::remove(path); }

void SendFile(Exchange& x, const std::string& path, const std::string& download_name) {
  std::ifstream f(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << f.rdbuf();
  if (!f) return x.Error(core::Unavailable("cannot read the file made for the download"));
  const bool xlsx = download_name.ends_with(".xlsx");
  x.res.status = 200;
  x.res.set_header("Content-Disposition", "attachment; filename=\"" + download_name + "\"");
  x.res.set_content(bytes.str(), xlsx ? "application/vnd.openxmlformats-officedocument."
                                        "spreadsheetml.sheet"
                                      : "text/csv; charset=utf-8");
}

core::Result<std::string> Required(Exchange& x, const std::string& name) {
  auto v = x.Query(name);
  if (!v || v->empty()) return core::InvalidInput("the query needs " + name, name);
  return *v;
}

core::Result<int64_t> PathId(Exchange& x, const std::string& thing) {
  try {
    return static_cast<int64_t>(std::stoll(x.PathParam(0)));
  } catch (...) {
    return core::NotFound("no " + thing + " " + x.PathParam(0), "id");
  }
}

std::string OptionalText(const nlohmann::json& body, const char* field) {
  return body.contains(field) && body[field].is_string() ? body[field].get<std::string>() : "";
}

core::Result<nlohmann::json> JsonBody(Exchange& x, std::initializer_list<const char*> fields) {
  if (x.req.get_header_value("Content-Type").rfind("application/json", 0) != 0) {
    return core::InvalidInput("send the record as application/json", "Content-Type");
  }
  auto body = nlohmann::json::parse(x.req.body, nullptr, false);
  if (body.is_discarded() || !body.is_object()) {
    return core::InvalidInput("the body is not a JSON object", "body");
  }
  for (const char* f : fields) {
    if (!body.contains(f) || !body[f].is_string()) {
      return core::InvalidInput(std::string("the record needs the text field ") + f, f);
    }
  }
  return body;
}

}  // namespace lantian::server
