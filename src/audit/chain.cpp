#include "audit/chain.hpp"

#include "crypto/crypto.hpp"

namespace lantian::audit {
namespace {

void Field(std::string& out, std::string_view name, std::string_view value) {
  out += name;
  out += ':';
  out += std::to_string(value.size());
  out += ':';
  out += value;
  out += '\n';
}

}  // namespace

std::string EntryHash(const Entry& e) {
  std::string text;
  Field(text, "prev", e.prev_hash);
  Field(text, "id", std::to_string(e.id));
  Field(text, "at", e.at);
  Field(text, "actor", e.actor);
  Field(text, "action", e.action);
  Field(text, "object_type", e.object_type);
  Field(text, "object_id", e.object_id);
  Field(text, "before", e.before);
  Field(text, "after", e.after);
  return crypto::Sha256Hex(text);
}

void Link(Entry& e, const Entry* previous) {
  e.id = previous ? previous->id + 1 : 1;
  e.prev_hash = previous ? previous->hash : std::string(kGenesisHash);
  e.hash = EntryHash(e);
}

std::optional<Break> Verifier::Add(const Entry& e) {
  if (e.id != last_id_ + 1) {
    return Break{e.id, e.id > last_id_ + 1
                           ? "entries " + std::to_string(last_id_ + 1) + ".." +
                                 std::to_string(e.id - 1) + " are missing (deleted)"
                           : "entry id " + std::to_string(e.id) + " is out of order after " +
                                 std::to_string(last_id_)};
  }
  if (e.prev_hash != head_) {
    return Break{e.id,
                 "does not link to the entry before it (reordered, or an entry before it was "
                 "replaced)"};
  }
  if (EntryHash(e) != e.hash) return Break{e.id, "content does not match its hash (edited)"};
  last_id_ = e.id;
  head_ = e.hash;
  ++count_;
  return std::nullopt;
}

}  // namespace lantian::audit
