#!/usr/bin/env python3
"""Compares lantian's and DuckDB's daily tables of the benchmark row by row.

Usage: compare_outputs.py LANTIAN.csv DUCKDB.csv. Rows are matched on (id, date);
lantian also writes rows for site-days without any valid value, DuckDB does not.
Prints JSON: rows of each, matched rows, identical rows, and the first differences.
"""
import csv
import json
import sys


def load(path):
    with open(path, newline="", encoding="utf-8") as f:
        r = csv.reader(f)
        header = next(r)
        return header, {(row[0], row[1]): row for row in r}


h1, a = load(sys.argv[1])
h2, b = load(sys.argv[2])
assert h1 == h2, (h1, h2)
matched = [k for k in a if k in b]
same = [k for k in matched if a[k] == b[k]]
only_lantian_with_values = [k for k in a if k not in b and any(a[k][2:])]
diffs = [{"lantian": a[k], "duckdb": b[k]} for k in matched if a[k] != b[k]][:5]
print(json.dumps({"lantian_rows": len(a), "duckdb_rows": len(b), "matched": len(matched), "identical": len(same),
                  "lantian_only_with_values": len(only_lantian_with_values), "first_differences": diffs}))
