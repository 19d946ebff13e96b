"""The demo season assessed end to end, two ways that share no input code: from
the store (lantian assess --db) and from the city daily values the store gives
out (lantian aq daily --city all) with its dust days, as a table
(lantian assess --daily). Both must say the same thing about every city, and
each city's figures must hang together (allowance sign and status, heavy-day
allowance, at-risk flag, a verdict only at the end). Also ranks, warns and
writes the bulletin of each month of the season.

usage: demo_season.py LANTIAN_BIN"""
import csv
import io
import json
import os
import subprocess
import sys
import tempfile

import openpyxl

LANTIAN = sys.argv[1]


def run(*args):
    done = subprocess.run([LANTIAN, *args], capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"lantian {' '.join(args)} failed ({done.returncode}): {done.stderr}")
    return done.stdout


def check(condition, message):
    if not condition:
        raise SystemExit("FAIL: " + message)


def daily_table(db, directory):
    """City daily values of the baselines (2019Q1, 2019Q4) and the season, with the dust flags."""
    rows = list(csv.DictReader(io.StringIO(run("aq", "daily", "--db", db, "--city", "all",
                                               "--from", "2019-01-01", "--to", "2021-03-31"))))
    dust = set()
    for period in ("2019-01-01..2020-09-30", "season"):
        listed = run("dust", "list", "--db", db, "--period", period)
        dust |= {(r["city_code"], r["date"]) for r in csv.DictReader(io.StringIO(listed))}
    path = os.path.join(directory, "daily.csv")
    columns = ["SO2", "NO2", "CO", "O3_1h", "O3_8h", "PM10", "PM2.5"]
    with open(path, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["city", "date", *columns, "dust"])
        for r in rows:
            w.writerow([r["id"], r["date"], *[r[c] for c in columns], "1" if (r["id"], r["date"]) in dust else ""])
    return path, len(dust)


def comparable(assessment):
    """What both ways know: a daily table carries no station counts and no synthetic mark."""
    a = dict(assessment)
    a.pop("synthetic")
    a["cities"] = [{k: v for k, v in c.items() if k != "stations"} for c in a["cities"]]
    return a


def check_city(c, phase_over):
    p = c["progress"]
    name = f"{c['code']} {c['name_zh']}"
    if p["target"] is None:
        check(p["pm25_status"] == "no-target", name + ": no target, no status")
        return
    if p["pm25_days"] == 0:
        check(p["pm25_status"] == "no-data", name + ": no data")
        return
    if phase_over:
        check(p["pm25_allowance"] is None and c["verdict"]["final"], name + ": final verdict, no allowance")
        met = p["pm25"] <= p["target"]["pm25_target"]
        check(p["pm25_status"] == ("met" if met else "missed"), name + ": met iff the mean is within the target")
    else:
        check(not c["verdict"]["final"], name + ": no final verdict before the end")
        missed = p["pm25_allowance"] < 0
        check((p["pm25_status"] == "already-missed") == missed, name + ": already missed iff allowance < 0")
    check(p["heavy_days_allowance"] == p["target"]["heavy_days_target"] - p["heavy_days"],
          name + ": heavy-day allowance")
    warn = {"at-risk", "already-missed", "missed"}
    check(p["at_risk"] == (p["pm25_status"] in warn or p["heavy_status"] in warn), name + ": at-risk flag")
    check(p["pm25_with_dust"] is not None and p["dust_days"] >= 0, name + ": both means shown")


def main():
    with tempfile.TemporaryDirectory() as d:
        db = os.path.join(d, "demo.db")
        run("init", "--db", db)
        run("demo-data", "--db", db)  # 2019-01-01 … 2021-03-31: both baselines and the season
        table, dust_days = daily_table(db, d)
        check(dust_days > 0, "the demo season has dust days")
        for phase, as_of in (("2020Q4", "2020-11-30"), ("2020Q4", "2020-12-31"), ("2021Q1", "2021-02-14"),
                             ("season", "2021-03-31")):
            from_store = json.loads(run("assess", "--db", db, "--phase", phase, "--as-of", as_of, "--format", "json"))
            from_table = json.loads(run("assess", "--daily", table, "--phase", phase, "--as-of", as_of,
                                        "--format", "json"))
            check(from_store["synthetic"], "demo data are marked synthetic")
            if phase != "season":  # the plan sets city targets per phase only
                check(from_store["derived_targets"] >= 39, f"{phase}: tier-rule targets for the plan cities")
            check(comparable(from_store) == comparable(from_table),
                  f"{phase} as of {as_of}: the store and the daily table disagree")
            over = as_of == from_store["period"]["to"]
            for c in from_store["cities"]:
                check_city(c, over)
            check({r["code"] for r in from_store["regions"]} == {"JJJ", "FW"}, "both regions assessed")
            print(f"ok {phase} as of {as_of}: {len(from_store['cities'])} units, "
                  f"{sum(c['progress']['at_risk'] for c in from_store['cities'])} at risk")
        for month in ("2020-10", "2020-11", "2020-12", "2021-01", "2021-02", "2021-03"):
            ranking = json.loads(run("rank", "--db", db, "--month", month, "--format", "json"))
            ranked = [c for c in ranking["cities"] if c["ranked"]]
            check(len(ranked) >= 40, f"{month}: the plan cities are ranked")
            ranks = sorted(c["rank_index"] for c in ranked)
            check(ranks[0] == 1 and ranks[-1] <= len(ranked), f"{month}: competition ranks")
            out = os.path.join(d, f"bulletin-{month}.xlsx")
            run("bulletin", "--db", db, "--month", month, "--out", out)
            book = openpyxl.load_workbook(out)
            check(len(book.sheetnames) == 4, f"{month}: four sheets in the bulletin")
            first = book.worksheets[0]
            listed = {row[1]: row[0] for row in first.iter_rows(values_only=True) if row and isinstance(row[0], int)}
            check({c["name_zh"]: c["rank_index"] for c in ranked} == listed,
                  f"{month}: the bulletin ranks the cities as lantian rank does")
        run("warnings", "--db", db, "--quarter", "2020Q4")
        print("ok demo season end to end")


main()
