#!/usr/bin/env bash
# make bench: Google Benchmark micro benchmarks, then the end-to-end winter:
# one synthetic winter of CNEMC day files for 1,700 stations, imported and turned
# into every station and city daily table by lantian and, in the same run, by
# DuckDB (npm @duckdb/node-api, installed here only). Results go to
# bench/results/ (summary.json, summary.md); docs/performance.md quotes them.
set -euo pipefail
build=${1:-build-bench}
root=$(cd "$(dirname "$0")/.." && pwd)
out=$root/bench/results
stations=${BENCH_STATIONS:-1700}
from=${BENCH_FROM:-2020-10-01}
to=${BENCH_TO:-2021-03-31}
data=$out/data-$stations-$from-$to
lantian=$root/$build/tools/lantian
measure="python3 $root/bench/measure.py"
mkdir -p "$out"

echo "== micro benchmarks"
"$root/$build/bench/micro_bench" --benchmark_out="$out/micro.json" --benchmark_out_format=json \
  --benchmark_min_time=0.5

if [ ! -f "$data/done" ]; then
  echo "== generating $stations stations, $from..$to"
  rm -rf "$data"
  "$root/$build/bench/gen_cnemc_winter" "$data" "$stations" "$from" "$to"
  touch "$data/done"
fi
files=("$data"/files/*.csv)
bytes=$(du -cb "${files[@]}" | tail -1 | cut -f1)

if [ ! -d "$root/bench/node_modules/@duckdb/node-api" ]; then
  echo "== installing DuckDB for Node.js (bench only)"
  (cd "$root/bench" && npm ci --no-audit --no-fund >/dev/null)
fi

results=$out/runs.jsonl
: > "$results"
step() { $measure "$@" | tail -1 | tee -a "$results"; }

echo "== lantian"
db=$out/lantian.db
rm -f "$db" "$db-wal" "$db-shm"
step lantian_init -- "$lantian" init --db "$db"
step lantian_stations -- "$lantian" import stations "$data/stations.csv" --db "$db"
step lantian_import -- "$lantian" import cnemc "${files[@]}" --db "$db" 2>"$out/lantian_import.log"
step lantian_station_daily -- "$lantian" aq daily --db "$db" --from "$from" --to "$to" --out "$out/lantian_station_daily.csv"
step lantian_city_daily -- "$lantian" aq daily --db "$db" --from "$from" --to "$to" --city all --out "$out/lantian_city_daily.csv"

echo "== duckdb $(node -e "console.log(require('$root/bench/node_modules/@duckdb/node-api/package.json').version)")"
duck=$out/duckdb.duckdb
rm -f "$duck" "$duck.wal"
step duckdb_import -- node "$root/bench/duckdb_daily.mjs" "$data" "$duck" "$out" import
step duckdb_daily -- node "$root/bench/duckdb_daily.mjs" "$data" "$duck" "$out" daily

echo "== agreement of the two daily tables"
python3 "$root/bench/compare_outputs.py" "$out/lantian_station_daily.csv" "$out/duckdb_station_daily.csv" | tee "$out/agreement_station.json"
python3 "$root/bench/compare_outputs.py" "$out/lantian_city_daily.csv" "$out/duckdb_city_daily.csv" | tee "$out/agreement_city.json"

echo "== the campaign over the demo store, SQLite and PostgreSQL"
"$root/bench/campaign_bench.sh" "$lantian" "${BENCH_CAMPAIGN_REPEAT:-5}" | tee "$out/campaign.md"
"$root/bench/list_bench.sh" "$lantian" "${BENCH_LIST_REPEAT:-3}"

echo "== HTTP: wrk, 64 connections, city daily endpoint"
"$root/bench/http_bench.sh" "$lantian" "$out" "${BENCH_HTTP_SECONDS:-20}" | tee "$out/http.json"

python3 - "$results" "$bytes" "$data" "$out" <<'PY'
import json, sys, os, glob
runs = [json.loads(l) for l in open(sys.argv[1])]
by = {r["label"]: r for r in runs}
nbytes = int(sys.argv[2]); out = sys.argv[4]
files = sorted(glob.glob(os.path.join(sys.argv[3], "files", "*.csv")))
values = 0
with open(files[0]) as f:
    pass
def total(prefix):
    rs = [r for r in runs if r["label"].startswith(prefix)]
    return sum(r["wall_s"] for r in rs), max(r["peak_rss_mib"] for r in rs)
lt, lm = total("lantian_")
dt, dm = total("duckdb_")
summary = {"input_files": len(files), "input_bytes": nbytes, "lantian_total_s": round(lt, 2), "lantian_peak_mib": lm,
           "duckdb_total_s": round(dt, 2), "duckdb_peak_mib": dm, "speedup_lantian_over_duckdb": round(dt / lt, 2),
           "runs": runs}
json.dump(summary, open(os.path.join(out, "summary.json"), "w"), indent=1)
print(f"lantian {lt:.1f} s end to end, peak {lm:.0f} MiB; DuckDB {dt:.1f} s, peak {dm:.0f} MiB; "
      f"lantian/DuckDB speed ratio {dt/lt:.2f}")
PY
