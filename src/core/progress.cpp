#include "core/progress.hpp"

namespace lantian::core {
namespace {
class Silent final : public Progress {
 public:
  void Update(std::string_view, int64_t, int64_t) override {}
};
}  // namespace

Progress& NoProgress() {
  static Silent silent;
  return silent;
}

}  // namespace lantian::core
