#include "server/app_pool.hpp"

namespace lantian::server {

core::Result<std::unique_ptr<AppPool>> AppPool::Open(const std::string& db, int size) {
  auto pool = std::make_unique<AppPool>();
  for (int i = 0; i < size; ++i) {
    LANTIAN_ASSIGN_OR_RETURN(app::App a, app::App::Open(db, app::App::OpenMode::kExisting));
    pool->apps_.push_back(std::make_unique<app::App>(std::move(a)));
    pool->free_.push_back(pool->apps_.back().get());
  }
  return pool;
}

AppPool::Lease AppPool::Acquire() {
  std::unique_lock lock(mu_);
  free_cv_.wait(lock, [this] { return !free_.empty(); });
  app::App* a = free_.back();
  free_.pop_back();
  return Lease(this, a);
}

AppPool::Lease::~Lease() {
  if (!pool_) return;
  {
    std::lock_guard lock(pool_->mu_);
    pool_->free_.push_back(app_);
  }
  pool_->free_cv_.notify_one();
}

}  // namespace lantian::server
