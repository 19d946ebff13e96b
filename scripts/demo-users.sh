#!/usr/bin/env bash
# Adds one demo user per role to a store (for make run and the benchmarks) and
# prints the logins. Demo only: every user has the same, printed password.
set -euo pipefail
lantian=${LANTIAN:-build/tools/lantian}
db=${1:?store}
password=${DEMO_PASSWORD:-lantian-demo-2020}
# The enterprise user is a works of Shijiazhuang's demo list (a steel works when
# there is one), so that it sees and confirms its own measure sheet.
works=91130100MA0DEMO0001
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if "$lantian" list export --db "$db" --city 130100 --out "$tmp/list" >/dev/null 2>&1; then
  works=$(awk -F, 'NR > 1 && $5 == "steel-long" { print $1; exit }' "$tmp/list/enterprises.csv")
  [ -n "$works" ] || works=$(awk -F, 'NR == 2 { print $1 }' "$tmp/list/enterprises.csv")
fi
while IFS=, read -r user role scope note; do
  args=(user add "$user" --role "$role" --db "$db" --password-stdin --name "$note")
  [ -n "$scope" ] && args+=(--scope "$scope")
  echo "$password" | "$lantian" "${args[@]}" 2>/dev/null || true
done <<USERS
ministry,national,,生态环境部
jjj-office,region,JJJ,京津冀及周边地区
hebei,province,河北省,河北省生态环境厅
shijiazhuang,city,130100,石家庄市生态环境局
changan,district,130102,长安区分局
steelworks,enterprise,$works,示例钢铁企业（合成）
USERS
