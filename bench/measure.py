#!/usr/bin/env python3
"""Runs one command and prints its wall time and peak resident memory as JSON.

Usage: measure.py LABEL -- COMMAND [ARGS...]. The child's output goes to
stderr/stdout unchanged; the measurement is the last line on stdout.
"""
import json
import os
import sys
import time

label = sys.argv[1]
cmd = sys.argv[sys.argv.index("--") + 1:]
start = time.monotonic()
pid = os.fork()
if pid == 0:
    os.execvp(cmd[0], cmd)
_, status, usage = os.wait4(pid, 0)
wall = time.monotonic() - start
code = os.waitstatus_to_exitcode(status)
print(json.dumps({"label": label, "wall_s": round(wall, 3), "peak_rss_mib": round(usage.ru_maxrss / 1024, 1),
                  "user_s": round(usage.ru_utime, 3), "sys_s": round(usage.ru_stime, 3), "exit": code}))
sys.exit(code)
