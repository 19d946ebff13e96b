#!/usr/bin/env python3
"""Random agreement test: lantian against the independent reference (aq_reference.py).

Generates long CSVs full of hard cases (exact .5 values, values on and beside
breakpoints, validity thresholds of 19/20 hours and 5/6-hour O3 windows, SO2 1h
above 800, O3 8h above 800, exponent notation, rejected values), runs
`lantian aq daily` (per station and per city) and `lantian aq hourly`, and
requires byte-identical output. Usage: check_random.py LANTIAN_BINARY [ROUNDS] [SEED]
"""
import os
import random
import subprocess
import sys
import tempfile

import aq_reference

BREAKPOINT_VALUES = sorted({v for bp in aq_reference.BREAKPOINTS.values() for v in bp if v is not None})


def concentration(rng, pollutant):
    kind = rng.random()
    if kind < 0.25:  # on or half a unit beside a breakpoint
        b = rng.choice(BREAKPOINT_VALUES)
        v = b + rng.choice([0, 0.5, -0.5, 1, -1]) if pollutant != "CO" else b / 1 + rng.choice([0, 0.05, -0.05, 0.1])
        return max(v, 0)
    if kind < 0.45:  # exact halves
        return rng.randint(0, 400) + 0.5 if pollutant != "CO" else rng.randint(0, 80) / 10 + 0.05
    if kind < 0.5 and pollutant in ("SO2", "O3"):
        return rng.randint(780, 1300)
    if pollutant == "CO":
        return round(rng.uniform(0, 12), rng.choice([1, 2, 3]))
    return round(rng.uniform(0, 600), rng.choice([0, 0, 1, 2, 6]))


def text_of(rng, v):
    r = rng.random()
    if r < 0.05:
        return f"{v:.6e}"
    if r < 0.1:
        return repr(float(v))
    s = f"{v:.6f}".rstrip("0").rstrip(".")
    return s if s else "0"


def generate(rng, path, map_path):
    stations = [f"S{i:02d}" for i in range(rng.randint(3, 9))]
    cities = ["110000", "130100", "C3"]
    rows = []
    for s in stations:
        days = rng.randint(1, 4)
        for day in range(days):
            date = f"2020-12-{10 + day:02d}"
            for p in aq_reference.POLLUTANTS:
                # how many hours this series has, biased to the thresholds
                n = rng.choice([24, 24, 23, 20, 19, 14, 8, 6, 5, 1, 0])
                hours = sorted(rng.sample(range(24), n))
                for h in hours:
                    rows.append((s, f"{date} {h:02d}:00", p, text_of(rng, concentration(rng, p))))
            if rng.random() < 0.3:
                rows.append((s, f"{date} 03:00", "PM10", rng.choice(["-999", "-1", "abc", ""])))
    # keep one value per (station, time, pollutant)
    seen = {}
    for r in rows:
        seen.setdefault(r[:3], r)
    rows = list(seen.values())
    rng.shuffle(rows)
    with open(path, "w", encoding="utf-8") as f:
        f.write("station,time,pollutant,value\n")
        for r in rows:
            f.write(",".join(r) + "\n")
    with open(map_path, "w", encoding="utf-8") as f:
        f.write("station,city\n")
        for s in stations:
            if rng.random() < 0.9:
                f.write(f"{s},{rng.choice(cities)}\n")


def run(binary, args):
    done = subprocess.run([binary] + args, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"lantian {' '.join(args)} failed ({done.returncode}): {done.stderr}")
    return done.stdout


def first_difference(a, b):
    for i, (x, y) in enumerate(zip(a.splitlines(), b.splitlines())):
        if x != y:
            return f"line {i + 1}:\n  lantian:   {x}\n  reference: {y}"
    return f"line counts differ: {len(a.splitlines())} vs {len(b.splitlines())}"


def main():
    binary = sys.argv[1]
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 40
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    rng = random.Random(seed)
    rows_checked = 0
    with tempfile.TemporaryDirectory() as tmp:
        obs, mp = os.path.join(tmp, "obs.csv"), os.path.join(tmp, "map.csv")
        for r in range(rounds):
            generate(rng, obs, mp)
            checks = [
                (["aq", "daily", "--in", obs], aq_reference.daily_table(obs)),
                (["aq", "daily", "--in", obs, "--stations", mp],
                 aq_reference.daily_table(obs, aq_reference.read_map(mp))),
                (["aq", "hourly", "--in", obs], aq_reference.hourly_table(obs)),
            ]
            for args, expected in checks:
                got = run(binary, args)
                if got != expected:
                    keep = os.path.join(os.getcwd(), f"disagreement_round{r}.csv")
                    os.replace(obs, keep)
                    sys.exit(f"round {r}: lantian {' '.join(args[:2])} disagrees with the reference "
                             f"({keep} kept)\n{first_difference(got, expected)}")
                rows_checked += len(expected.splitlines()) - 1
    print(f"{rounds} rounds, {rows_checked} rows: lantian agrees with the independent reference")


if __name__ == "__main__":
    main()
