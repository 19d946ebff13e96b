// A fixed pool of App instances, one store connection each, lent to request
// handlers one at a time. Thread-safe.
#pragma once

#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "app/app.hpp"

namespace lantian::server {

class AppPool {
 public:
  static core::Result<std::unique_ptr<AppPool>> Open(const std::string& db, int size);

  class Lease {
   public:
    Lease(AppPool* pool, app::App* app) : pool_(pool), app_(app) {}
    Lease(Lease&& o) noexcept : pool_(std::exchange(o.pool_, nullptr)), app_(o.app_) {}
    Lease& operator=(Lease&&) = delete;
    ~Lease();
    app::App& operator*() const { return *app_; }
    app::App* operator->() const { return app_; }

   private:
    AppPool* pool_;
    app::App* app_;
  };

  // Waits for a free App.
  Lease Acquire();

 private:
  std::mutex mu_;
  std::condition_variable free_cv_;
  std::vector<std::unique_ptr<app::App>> apps_;
  std::vector<app::App*> free_;
};

}  // namespace lantian::server
