#!/usr/bin/env bash
# The HJ 212 receiver under load (issue 7 §2): `lantian hj212 serve` on a SQLite
# store (the embedded default, durable commits) and bench/hj212_load playing
# CONNECTIONS devices that upload RATE packets/s in all for SECONDS, on this
# machine (client and receiver share its cores). Afterwards every acknowledged
# packet is looked up in the store: "lost" counts those missing (must be 0).
# Prints the generator's JSON line with "stored" and "lost" added. With DB_URL
# (a postgresql:// URL of an empty database) the store is PostgreSQL instead.
# Usage: hj212_bench.sh BUILD_DIR WORK_DIR [CONNECTIONS] [RATE] [SECONDS] [DB_URL]
set -euo pipefail
build=$1
work=$2
connections=${3:-5000}
rate=${4:-20000}
seconds=${5:-30}
lantian=$build/tools/lantian
mkdir -p "$work"
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"
db=${6:-$work/hj212-bench.db}
[ -n "${6:-}" ] || rm -f "$db" "$db"-wal "$db"-shm
"$lantian" init --db "$db" 2>/dev/null
python3 - "$connections" >"$work/hj212-devices.csv" <<'PY'
import sys
print("mn,enterprise,city,outlet,pollutants,password")
for i in range(1, int(sys.argv[1]) + 1):
    print(f'LOAD{i:05d},91130100MA0CEMT01Q,130100,DA{i:05d},"a21026,a21002,a34013,a19001,a01012,a01011",123456')
PY
"$lantian" hj212 device import --db "$db" "$work/hj212-devices.csv" >/dev/null
log=$work/hj212-serve.log
"$lantian" hj212 serve --db "$db" --listen 127.0.0.1:0 --max-connections $((connections + 100)) \
  >"$work/hj212-serve.out" 2>"$log" &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 100); do
  port=$(grep -oE '[0-9]+$' "$work/hj212-serve.out" 2>/dev/null || true)
  [ -n "$port" ] && break
  sleep 0.1
done
rss_before=$(awk '/VmRSS/ {print $2}' /proc/$server/status)
json=$("$build/bench/hj212_load" --port "$port" --connections "$connections" --rate "$rate" \
  --seconds "$seconds" --acked "$work/hj212-acked.txt")
rss_peak=$(awk '/VmHWM/ {print $2}' /proc/$server/status)
kill -TERM $server
wait $server || true
trap - EXIT
stored_file=$work/hj212-stored.txt
query="SELECT mn || ',' || qn FROM monitoring_packets"
if [ -n "${6:-}" ]; then
  psql "$db" -Atc "$query" >"$stored_file"
else
  python3 -c 'import sqlite3, sys
for (k,) in sqlite3.connect(sys.argv[1]).execute(sys.argv[2]): print(k)' "$db" "$query" >"$stored_file"
fi
python3 - "$stored_file" "$work/hj212-acked.txt" "$json" "$rss_before" "$rss_peak" <<'PY'
import json, sys
stored_file, acked_file, line, rss_before, rss_peak = sys.argv[1:6]
result = json.loads(line)
stored = {l.strip() for l in open(stored_file) if l.strip()}
acked = [l.strip() for l in open(acked_file) if l.strip()]
result["stored"] = len(stored)
result["lost"] = sum(1 for a in acked if a not in stored)
result["receiver_rss_mib"] = round(int(rss_peak) / 1024, 1)
print(json.dumps(result))
PY
