#!/usr/bin/env bash
# Installs every Debian package lantian's build, tests and benchmarks need.
# Idempotent and quiet when everything is present; run as root or with sudo available.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git
  clang clang-format libclang-rt-14-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  libsqlite3-dev sqlite3
  libfmt-dev nlohmann-json3-dev libcli11-dev
  libsodium-dev libcpp-httplib-dev libssl-dev openssl libasio-dev
  libxlsxwriter-dev libzip-dev libexpat1-dev libglpk-dev
  libpq-dev postgresql postgresql-client
  python3 python3-openpyxl
  hyperfine wrk
  chromium fonts-wqy-microhei
)
# Node.js and npm (web front end, benchmark peers) may come from Debian or from a
# vendor repackaging; only ask Debian for them when the commands are missing.
if ! command -v node >/dev/null 2>&1; then packages+=(nodejs); fi
if ! command -v npm >/dev/null 2>&1; then packages+=(npm); fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "install-deps: installing ${missing[*]}" >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
