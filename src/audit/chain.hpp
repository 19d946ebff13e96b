// The tamper-evident audit trail: entries in an append-only table, each
// carrying the SHA-256 of its own content and of the entry before it. Editing,
// deleting or reordering stored entries breaks the chain at the first entry
// touched; a truncated tail is caught by comparing the head hash with one kept
// elsewhere (`lantian audit head`). Ids are consecutive from 1. Pure functions.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace lantian::audit {

struct Entry {
  int64_t id = 0;
  std::string at;           // Beijing time "YYYY-MM-DD HH:MM:SS"
  std::string actor;        // "zhang (city 130100)", "cli:root"
  std::string action;       // "POST /api/imports/cnemc", "lantian import cnemc …"
  std::string object_type;  // "import", "user", "session", "reference-data", "demo-data"
  std::string object_id;
  std::string before;  // JSON ("" when the object did not exist)
  std::string after;   // JSON ("" when the object no longer exists)
  std::string prev_hash;
  std::string hash;
  friend bool operator==(const Entry&, const Entry&) = default;
};

// The prev_hash of the first entry.
inline constexpr std::string_view kGenesisHash =
    "0000000000000000000000000000000000000000000000000000000000000000";

// SHA-256 (hex) over prev_hash and every field but `hash`, each length-prefixed
// so that no two different entries serialise alike.
std::string EntryHash(const Entry& e);

// Makes `e` the entry after `previous` (nullptr: the first): sets id, prev_hash
// and hash.
void Link(Entry& e, const Entry* previous);

struct Break {
  int64_t id;  // the first entry whose link or content does not verify
  std::string reason;
};

// Feeds stored entries in id order and reports the first break.
class Verifier {
 public:
  // nullopt while the chain holds.
  std::optional<Break> Add(const Entry& e);
  int64_t count() const { return count_; }
  // Hash of the last entry (kGenesisHash for an empty trail).
  const std::string& head() const { return head_; }

 private:
  int64_t count_ = 0;
  int64_t last_id_ = 0;
  std::string head_ = std::string(kGenesisHash);
};

}  // namespace lantian::audit
