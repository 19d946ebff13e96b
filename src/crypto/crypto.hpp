// Cryptographic primitives from libsodium: SHA-256, random tokens, argon2id
// password hashes, constant-time comparison. Thread-safe (libsodium is
// initialised once, on first use).
#pragma once

#include <string>
#include <string_view>

#include "core/status.hpp"

namespace lantian::crypto {

// Lower-case hex SHA-256 of `bytes`.
std::string Sha256Hex(std::string_view bytes);

// Lower-case hex SHA-256 of a file's content.
core::Result<std::string> Sha256OfFile(const std::string& path);

// `bytes` random bytes from the system's generator, base64url without padding.
std::string RandomToken(size_t bytes = 32);

// Cost of an argon2id hash: libsodium's interactive limits (default; ~0.1 s and
// 64 MiB per hash) or its moderate ones (~0.7 s, 256 MiB).
enum class PasswordCost { kInteractive, kModerate };

// An argon2id hash string (with its salt and parameters, "$argon2id$…").
core::Result<std::string> HashPassword(std::string_view password,
                                       PasswordCost cost = PasswordCost::kInteractive);
// Whether `password` matches `hash` (from HashPassword).
bool VerifyPassword(std::string_view hash, std::string_view password);

// Compares two strings in time independent of where they differ.
bool ConstantTimeEqual(std::string_view a, std::string_view b);

}  // namespace lantian::crypto
