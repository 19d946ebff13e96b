#!/usr/bin/env python3
"""Builds data/stations.csv, lantian's station registry for the plan's units, from
the CNEMC national station list (../shared/realdata/stations/NewSiteList_utf8.csv).

A station belongs to a plan unit when its 城市 column names the unit (the unit's
name without the 市 suffix, e.g. 石家庄 -> 130100). 西咸新区 stations go to 西安
(610100): the plan assesses "西安（含西咸新区）". Retired stations keep their
retirement date parsed from "(停运YYMMDD)" in the name. Run from the repository root;
the output is committed, the build does not run this script.
"""
import csv
import re
import sys

regions_path = "data/regions.csv"
sites_path = sys.argv[1] if len(sys.argv) > 1 else "../shared/realdata/stations/NewSiteList_utf8.csv"

units = {}
with open(regions_path, newline="", encoding="utf-8") as f:
    for row in csv.DictReader(f):
        name = row["name_zh"]
        units[name] = row["code"]
        if name.endswith("市"):
            units[name[:-1]] = row["code"]
units["西咸新区"] = "610100"

out = csv.writer(sys.stdout, lineterminator="\n")
out.writerow(["code", "name", "city_code", "lat", "lon", "background", "retired_on"])
with open(sites_path, newline="", encoding="utf-8") as f:
    reader = csv.reader(f)
    next(reader)
    for code, name, city, lon, lat, background, *_ in reader:
        if city not in units:
            continue
        m = re.search(r"停运(\d{2})(\d{2})(\d{2})", name)
        retired = f"20{m.group(1)}-{m.group(2)}-{m.group(3)}" if m else ""
        def coord(v):
            v = v.strip()
            return "" if v in ("", "-") else v
        out.writerow([code, name, units[city], coord(lat), coord(lon),
                      "Y" if background.strip() == "Y" else "N", retired])
