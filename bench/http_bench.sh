#!/usr/bin/env bash
# The HTTP load run of make bench: wrk against the city daily endpoint of a
# `lantian serve` on a demo store (SQLite, the embedded default), 64 connections,
# authenticated with a bearer token. Prints one JSON line with req/s, p50, p99.
# Usage: http_bench.sh LANTIAN_BINARY WORK_DIR [SECONDS]
set -euo pipefail
lantian=$1
work=$2
seconds=${3:-20}
root=$(cd "$(dirname "$0")/.." && pwd)
db=$work/http-bench.db
if [ ! -f "$db" ]; then
  "$lantian" init --db "$db" 2>/dev/null
  "$lantian" demo-data --db "$db" 2>/dev/null
  LANTIAN=$lantian "$root/scripts/demo-users.sh" "$db"
fi
log=$work/http-bench-serve.log
"$lantian" serve --db "$db" --listen 127.0.0.1:0 --no-web --threads "${HTTP_THREADS:-16}" 2>"$log" &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 100); do
  port=$(grep -oE 'listening on http://[0-9.]+:[0-9]+' "$log" | grep -oE '[0-9]+$' || true)
  [ -n "$port" ] && break
  sleep 0.1
done
base=http://127.0.0.1:$port
token=$(curl -s -H 'Content-Type: application/json' \
  -d '{"username":"shijiazhuang","password":"lantian-demo-2020","bearer":true}' "$base/api/auth/login" |
  python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
path="/api/cities/130100/daily?from=2020-10-01&to=2020-12-31"
curl -sf -H "Authorization: Bearer $token" "$base$path" >/dev/null
out=$(wrk -t 2 -c 64 -d "${seconds}s" --latency -H "Authorization: Bearer $token" "$base$path")
echo "$out" >"$work/wrk.txt"
python3 - "$work/wrk.txt" "$path" <<'PY'
import json, re, sys
text = open(sys.argv[1]).read()
def ms(v, unit):
    return float(v) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]
lat = dict((p, ms(v, u)) for p, v, u in re.findall(r"^\s+(50|99)%\s+([\d.]+)(us|ms|s)", text, re.M))
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
total = int(re.search(r"(\d+) requests in", text).group(1))
errors = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
print(json.dumps({"label": "http_city_daily", "path": sys.argv[2], "connections": 64, "requests": total,
                  "req_per_s": rps, "p50_ms": lat["50"], "p99_ms": lat["99"],
                  "non_2xx": int(errors.group(1)) if errors else 0}))
PY
