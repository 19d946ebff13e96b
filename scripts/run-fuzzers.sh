#!/usr/bin/env bash
# Runs every libFuzzer target of BUILD_DIR for SECONDS each, from the seed corpus in
# fuzz/corpus (copied, so the repository is not changed). Fails on any crash.
set -euo pipefail
build=${1:-build-fuzz}
seconds=${2:-20}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for target in decimal cnemc long_csv codec hj212; do
  mkdir -p "$work/$target"
  cp -r "$root/fuzz/corpus/$target/." "$work/$target/"
  echo "fuzz: $target for ${seconds}s"
  (cd "$work" && "$root/$build/fuzz/${target}_fuzzer" -max_total_time="$seconds" -max_len=4096 \
     -print_final_stats=1 "$work/$target" 2>"$work/$target.log") || {
    tail -40 "$work/$target.log"
    echo "fuzz: $target FAILED"
    exit 1
  }
  grep -E "stat::number_of_executed_units" "$work/$target.log" | sed "s/^/  $target /"
done
echo "fuzz: ok"
