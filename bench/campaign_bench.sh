#!/usr/bin/env bash
# The campaign over the demo store (lantian demo-data: 2019-01-01 … 2021-03-31,
# every registry station, hourly), on SQLite and on PostgreSQL in the same run:
# the full-season assessment and ranking of all plan units, a phase assessment
# mid-way, a monthly ranking, the warning letters and the Excel bulletin, and
# the alert desk over the demo's synthetic forecasts (status, history, prompts,
# the season's forecast verification). Each
# command runs REPEAT times; the median wall time and the largest peak RSS go to
# bench/results/campaign.json, which docs/performance.md quotes.
# usage: bench/campaign_bench.sh LANTIAN_BIN [REPEAT]
set -euo pipefail
lantian=$(realpath "${1:?lantian binary}")
repeat=${2:-5}
root=$(cd "$(dirname "$0")/.." && pwd)
out=$root/bench/results
work=$(mktemp -d)
chmod 755 "$work"  # the PostgreSQL server runs as postgres when this runs as root
cluster=$work/pg
trap '"$root/scripts/pg-test-cluster.sh" stop "$cluster" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
mkdir -p "$out"
measure="python3 $root/bench/measure.py"
runs=$out/campaign-runs.jsonl
: > "$runs"

sqlite=$work/demo.db
pg=$("$root/scripts/pg-test-cluster.sh" start "$cluster")

for store in sqlite pg; do
  db=${!store}
  echo "== $store: init and demo data"
  $measure "${store}_init" -- "$lantian" init --db "$db" >/dev/null 2>&1
  $measure "${store}_demo_data" -- "$lantian" demo-data --db "$db" 2>/dev/null | tail -1 | tee -a "$runs"
  for i in $(seq "$repeat"); do
    for job in "assess_season:assess --phase season --format json" \
               "assess_2020Q4_mid:assess --phase 2020Q4 --as-of 2020-11-30 --format json" \
               "rank_season:rank --phase season --format json" \
               "rank_month:rank --month 2020-12 --format json" \
               "warnings_2020Q4:warnings --quarter 2020Q4 --format json" \
               "bulletin_month:bulletin --month 2020-12 --out $work/bulletin.xlsx" \
               "alert_status:alert status --now 2020-12-15T20:00 --format json" \
               "alert_history:alert history --period season --now 2021-04-01T00:00 --format json" \
               "alert_prompts:alert prompts --now 2021-04-01T00:00 --format json" \
               "alert_verify:alert verify --period season --now 2021-04-01T00:00 --format json"; do
      label=${job%%:*}
      read -r -a args <<<"${job#*:}"
      $measure "${store}_${label}" -- "$lantian" "${args[@]}" --db "$db" 2>/dev/null | tail -1 >>"$runs"
    done
  done
done

python3 - "$runs" "$out/campaign.json" <<'PY'
import json, statistics, sys
runs = [json.loads(l) for l in open(sys.argv[1]) if l.strip().startswith("{")]
by = {}
for r in runs:
    assert r["exit"] == 0, r
    by.setdefault(r["label"], []).append(r)
summary = {}
for label, rs in by.items():
    summary[label] = {"runs": len(rs), "median_wall_s": round(statistics.median(r["wall_s"] for r in rs), 3),
                      "peak_rss_mib": max(r["peak_rss_mib"] for r in rs)}
jobs = sorted({l.split("_", 1)[1] for l in summary})
table = []
for job in jobs:
    s, p = summary.get("sqlite_" + job), summary.get("pg_" + job)
    if s and p:
        table.append({"job": job, "sqlite_s": s["median_wall_s"], "pg_s": p["median_wall_s"],
                      "pg_over_sqlite": round(p["median_wall_s"] / s["median_wall_s"], 2),
                      "sqlite_mib": s["peak_rss_mib"], "pg_mib": p["peak_rss_mib"]})
json.dump({"summary": summary, "table": table}, open(sys.argv[2], "w"), indent=1)
print("| job | SQLite s | PostgreSQL s | PG / SQLite | SQLite MiB | PG MiB |")
print("|---|---:|---:|---:|---:|---:|")
for t in table:
    print(f"| {t['job']} | {t['sqlite_s']} | {t['pg_s']} | {t['pg_over_sqlite']} | {t['sqlite_mib']} | {t['pg_mib']} |")
PY
