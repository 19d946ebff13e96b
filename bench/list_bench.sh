#!/usr/bin/env bash
# The emergency-list check at region scale (issue 6): a synthetic list of
# 100,000 enterprises, 300,000 lines and 900,000 measures (three CSVs, mixed
# grades and industries, every measure at its grade's template), checked by
# `lantian list check` end to end (reading, the rules, the 10/20/30 % check)
# REPEAT times; median wall time and peak RSS to bench/results/list.json.
# usage: bench/list_bench.sh LANTIAN_BIN [REPEAT] [ENTERPRISES]
set -euo pipefail
lantian=$(realpath "${1:?lantian binary}")
repeat=${2:-3}
enterprises=${3:-100000}
root=$(cd "$(dirname "$0")/.." && pwd)
out=$root/bench/results
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"

python3 - "$work" "$enterprises" "$root" <<'PY'
import os, random, sys
work, n = sys.argv[1], int(sys.argv[2])
cs = "0123456789ABCDEFGHJKLMNPQRTUWXY"
w = [pow(3, i, 31) for i in range(17)]
def code(i):
    c = "91130100MA" + "".join(cs[(i // 31**k) % 31] for k in range(7))
    return c + cs[(31 - sum(cs.index(x) * wi for x, wi in zip(c, w)) % 31) % 31]
industries = [l.split(",")[0] for l in open(os.path.join(sys.argv[3], "data/industries.csv")).read().splitlines()[1:]]
grades = {"A": None, "B": (10, 20, 30), "C": (20, 30, 50), "D": (30, 50, 100), "non-leading": (20, 30, 50)}
rng = random.Random(6)
os.makedirs(f"{work}/list")
with open(f"{work}/list/enterprises.csv", "w") as e, open(f"{work}/list/lines.csv", "w") as l, \
     open(f"{work}/list/measures.csv", "w") as m:
    e.write("credit_code,name,city,district,industry,grade\n")
    l.write("credit_code,line,so2_t,nox_t,pm_t,vocs_t\n")
    m.write("credit_code,line,level,measure,limit_percent,vocs_percent,meter\n")
    for i in range(n):
        c, g = code(i), rng.choice(list(grades))
        e.write(f"{c},企业{i},130100,{130100 + i % 200},{industries[i % len(industries)]},{g}\n")
        for k in range(3):
            l.write(f"{c},{k},{rng.randint(0,500)/1000},{rng.randint(0,800)/1000},{rng.randint(0,600)/1000},{rng.randint(0,900)/1000}\n")
            for lv, level in enumerate(("yellow", "orange", "red")):
                if grades[g] is None:
                    m.write(f"{c},{k},{level},self,,{10 * (lv + 1)},\n")
                elif grades[g][lv] == 100:
                    m.write(f"{c},{k},{level},stop,,,M{i}-{k}\n")
                else:
                    m.write(f"{c},{k},{level},limit,{grades[g][lv]},,M{i}-{k}\n")
with open(f"{work}/inventory.csv", "w") as f:
    f.write("city,pollutant,t_per_day,source\n")
    for p, t in (("SO2", 60000), ("NOx", 90000), ("PM", 70000), ("VOCs", 100000)):
        f.write(f"130100,{p},{t},synthetic\n")
PY
du -sh "$work/list"
runs=$out/list-runs.jsonl
: > "$runs"
for i in $(seq "$repeat"); do
  python3 "$root/bench/measure.py" "list_check_${enterprises}" -- "$lantian" list check \
    --list "$work/list" --inventory "$work/inventory.csv" --format json --out "$work/out.json" \
    2>/dev/null | tail -1 >>"$runs"
done
python3 - "$runs" "$out/list.json" "$work/out.json" <<'PY'
import json, statistics, sys
runs = [json.loads(l) for l in open(sys.argv[1]) if l.strip().startswith("{")]
assert runs and all(r["exit"] == 0 for r in runs), runs
result = json.load(open(sys.argv[3]))
summary = {"runs": len(runs), "median_wall_s": round(statistics.median(r["wall_s"] for r in runs), 3),
           "peak_rss_mib": max(r["peak_rss_mib"] for r in runs),
           "enterprises": result["enterprises"], "lines": result["lines"], "measures": result["measures"],
           "findings": len(result["findings"])}
json.dump(summary, open(sys.argv[2], "w"), indent=1)
print(json.dumps(summary))
PY
