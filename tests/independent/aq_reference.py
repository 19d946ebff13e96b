#!/usr/bin/env python3
"""An independent implementation of lantian's air-quality rules, for testing.

Written from the rules (HJ 633-2012, GB 3095-2012 Table 4, HJ 663-2013, GB/T 8170
as stated in docs/standards.md), not from lantian's C++ code: exact arithmetic
with fractions.Fraction, its own rounding and its own data handling. It reads the
long CSV (station,time,pollutant,value) and writes the same tables as
`lantian aq daily` and `lantian aq hourly`.
"""
import csv
import math
import sys
from collections import defaultdict
from fractions import Fraction

POLLUTANTS = ["SO2", "NO2", "CO", "O3", "PM10", "PM2.5"]
IAQI_LEVELS = [0, 50, 100, 150, 200, 300, 400, 500]
# Concentrations at the IAQI levels above (None: no entry).
BREAKPOINTS = {
    "SO2_24h": [0, 50, 150, 475, 800, 1600, 2100, 2620],
    "SO2_1h": [0, 150, 500, 650, 800, None, None, None],
    "NO2_24h": [0, 40, 80, 180, 280, 565, 750, 940],
    "NO2_1h": [0, 100, 200, 700, 1200, 2340, 3090, 3840],
    "CO_24h": [0, 2, 4, 14, 24, 36, 48, 60],
    "CO_1h": [0, 5, 10, 35, 60, 90, 120, 150],
    "O3_1h": [0, 160, 200, 300, 400, 800, 1000, 1200],
    "O3_8h": [0, 100, 160, 215, 265, 800, None, None],
    "PM10_24h": [0, 50, 150, 250, 350, 420, 500, 600],
    "PM2.5_24h": [0, 35, 75, 115, 150, 250, 350, 500],
}
# Metrics without a sub-index of their own above the table.
NO_SUBINDEX_ABOVE = {"SO2_1h", "O3_8h"}
DAILY_COLUMNS = ["SO2", "NO2", "CO", "O3_1h", "O3_8h", "PM10", "PM2.5"]
DAILY_METRIC = {"SO2": "SO2_24h", "NO2": "NO2_24h", "CO": "CO_24h", "O3_1h": "O3_1h",
                "O3_8h": "O3_8h", "PM10": "PM10_24h", "PM2.5": "PM2.5_24h"}
HOURLY_METRIC = {"SO2": "SO2_1h", "NO2": "NO2_1h", "CO": "CO_1h", "O3": "O3_1h",
                 "PM10": "PM10_24h", "PM2.5": "PM2.5_24h"}


def pollutant_of(column_or_metric):
    name = column_or_metric.split("_")[0]
    return "PM2.5" if name.startswith("PM2.5") else name


def places(pollutant):
    return 1 if pollutant == "CO" else 0


def round_half_even(x, digits):
    """GB/T 8170 rounding of a Fraction to `digits` decimal places."""
    scaled = x * (10 ** digits)
    low = math.floor(scaled)
    rest = scaled - low
    if rest > Fraction(1, 2) or (rest == Fraction(1, 2) and low % 2 == 1):
        low += 1
    return Fraction(low, 10 ** digits)


def iaqi(metric, concentration):
    c = round_half_even(concentration, places(pollutant_of(metric)))
    bp = BREAKPOINTS[metric]
    for i in range(1, len(bp)):
        if bp[i] is None:
            break
        if c <= bp[i]:
            value = Fraction(IAQI_LEVELS[i] - IAQI_LEVELS[i - 1], bp[i] - bp[i - 1]) * (c - bp[i - 1])
            return IAQI_LEVELS[i - 1] + math.ceil(value)
    return None if metric in NO_SUBINDEX_ABOVE else 500


def combine(sub_indices):
    """[(pollutant, iaqi)] -> (aqi, level, primary) or None."""
    if not sub_indices:
        return None
    aqi = max(v for _, v in sub_indices)
    level = 1 if aqi <= 50 else 2 if aqi <= 100 else 3 if aqi <= 150 else 4 if aqi <= 200 else 5 if aqi <= 300 else 6
    primary = ""
    if aqi > 50:
        top = {p for p, v in sub_indices if v == aqi}
        primary = ";".join(p for p in POLLUTANTS if p in top)
    return aqi, level, primary


def hourly_aqi(values):
    subs = []
    for p, v in values.items():
        s = iaqi(HOURLY_METRIC[p], v)
        if s is None and p == "SO2":
            s = 200  # published CNEMC practice for SO2 1h > 800
        if s is not None:
            subs.append((p, s))
    return combine(subs)


def mean_rounded(values, digits):
    return round_half_even(sum(values, Fraction(0)) / len(values), digits)


def station_daily(hours):
    """hours: {pollutant: {hour: Fraction}} -> {column: Fraction or None}."""
    out = {}
    for p in ["SO2", "NO2", "CO", "PM10", "PM2.5"]:
        h = hours.get(p, {})
        out[p] = mean_rounded(list(h.values()), places(p)) if len(h) >= 20 else None
    o3 = hours.get("O3", {})
    out["O3_1h"] = None
    if o3:
        m = round_half_even(max(o3.values()), 0)
        if len(o3) >= 20 or m > 200:
            out["O3_1h"] = m
    windows = []
    for end in range(8, 25):
        vals = [o3[h] for h in range(end - 8, end) if h in o3]
        if len(vals) >= 6:
            windows.append(mean_rounded(vals, 0))
    out["O3_8h"] = None
    if windows:
        m = max(windows)
        if len(windows) >= 14 or m > 160:
            out["O3_8h"] = m
    return out


def daily_aqi(daily):
    subs = []
    for c in DAILY_COLUMNS:
        if daily[c] is None:
            continue
        s = iaqi(DAILY_METRIC[c], daily[c])
        if s is not None:
            subs.append((pollutant_of(c), s))
    return combine(subs)


def city_daily(stations):
    out = {}
    for c in DAILY_COLUMNS:
        vals = [s[c] for s in stations if s[c] is not None]
        out[c] = mean_rounded(vals, places(pollutant_of(c))) if vals else None
    return out


def read_observations(path):
    """{station: {(date, hour): {pollutant: Fraction}}} plus time text per (station, date, hour)."""
    obs = defaultdict(lambda: defaultdict(dict))
    text = {}
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.reader(f)
        next(reader)
        for station, time, pollutant, value in reader:
            p = {"PM25": "PM2.5", "PM2_5": "PM2.5"}.get(pollutant.upper(), pollutant.upper())
            try:
                v = Fraction(value)
            except (ValueError, ZeroDivisionError):
                continue
            if v < 0:
                continue
            date, clock = time[:10], time[11:]
            hour = int(clock[:2])
            obs[station][(date, hour)][p] = v
            text[(station, date, hour)] = time
    return obs, text


def fmt(v, column):
    if v is None:
        return ""
    d = places(pollutant_of(column))
    scaled = v * 10 ** d
    assert scaled.denominator == 1
    n = scaled.numerator
    if d == 0:
        return str(n)
    sign = "-" if n < 0 else ""
    n = abs(n)
    return f"{sign}{n // 10}.{n % 10}"


def daily_table(path, station_map=None):
    obs, _ = read_observations(path)
    by_station_day = {}
    for station, hours in obs.items():
        days = defaultdict(lambda: defaultdict(dict))
        for (date, hour), vals in hours.items():
            for p, v in vals.items():
                days[date][p][hour] = v
        for date, h in days.items():
            by_station_day[(station, date)] = station_daily(h)
    rows = {}
    if station_map is None:
        rows = by_station_day
    else:
        grouped = defaultdict(list)
        for (station, date), d in by_station_day.items():
            if station in station_map:
                grouped[(station_map[station], date)].append(d)
        rows = {k: city_daily(v) for k, v in grouped.items()}
    lines = ["id,date," + ",".join(DAILY_COLUMNS) + ",AQI,level,primary"]
    for (ident, date) in sorted(rows, key=lambda k: (k[0].encode(), k[1])):
        d = rows[(ident, date)]
        a = daily_aqi(d)
        cells = [ident, date] + [fmt(d[c], c) for c in DAILY_COLUMNS]
        cells += [str(a[0]), str(a[1]), a[2]] if a else ["", "", ""]
        lines.append(",".join(cells))
    return "\n".join(lines) + "\n"


def hourly_table(path):
    obs, text = read_observations(path)
    lines = ["id,time,AQI,level,primary"]
    for station in sorted(obs, key=lambda s: s.encode()):
        for (date, hour) in sorted(obs[station]):
            a = hourly_aqi(obs[station][(date, hour)])
            cells = [station, text[(station, date, hour)]]
            cells += [str(a[0]), str(a[1]), a[2]] if a else ["", "", ""]
            lines.append(",".join(cells))
    return "\n".join(lines) + "\n"


def read_map(path):
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.reader(f)
        next(reader)
        return {station: city for station, city in reader}


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "daily":
        station_map = read_map(sys.argv[3]) if len(sys.argv) > 3 else None
        sys.stdout.write(daily_table(sys.argv[2], station_map))
    elif len(sys.argv) == 3 and sys.argv[1] == "hourly":
        sys.stdout.write(hourly_table(sys.argv[2]))
    else:
        sys.exit("usage: aq_reference.py daily OBS.csv [MAP.csv] | hourly OBS.csv")
