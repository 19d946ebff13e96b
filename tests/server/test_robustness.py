"""The store survives the server's end: SIGTERM lets requests in flight finish;
SIGKILL in the middle of an upload leaves the upload wholly present or wholly
absent, and the database intact. Direct edits of the database file are caught by
`lantian audit verify`."""
import os
import signal
import sqlite3
import tempfile
import threading
import time
import unittest

import harness
from harness import SJZ, STATION, TAIYUAN, XIAN

# A large upload (about 400,000 rows): 45 stations, 61 days.
def registry_stations(n):
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    with open(os.path.join(root, "data", "stations.csv")) as f:
        rows = [line.split(",") for line in f.read().splitlines()[1:]]
    return [r[0] for r in rows if r[6] == ""][:n]


BIG_STATIONS = registry_stations(45)
BIG_DAYS = tuple(f"2020-{m:02d}-{d:02d}" for m, days in ((10, 31), (11, 30)) for d in range(1, days + 1))


def site_days(db, first, last):
    con = sqlite3.connect(db)
    try:
        return con.execute("SELECT count(*) FROM station_days WHERE day BETWEEN ? AND ?", (first, last)).fetchone()[0]
    finally:
        con.close()


def day_number(iso):
    import datetime
    return (datetime.date.fromisoformat(iso) - datetime.date(1970, 1, 1)).days


class RobustnessTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.db = harness.make_store(self.tmp.name)
        self.big = harness.long_csv(BIG_STATIONS, days=BIG_DAYS)

    def tearDown(self):
        self.tmp.cleanup()

    def upload_in_background(self, server):
        c = harness.Client(server)
        c.login("guojia", bearer=True)
        result = {}

        def go():
            try:
                result["response"] = c.upload("/api/imports/long", self.big, name="big.csv")
            except Exception as e:  # the connection dies with the server
                result["error"] = e

        t = threading.Thread(target=go)
        t.start()
        return t, result

    def test_sigterm_lets_the_request_in_flight_finish(self):
        server = harness.Server(self.db)
        t, result = self.upload_in_background(server)
        time.sleep(0.3)
        self.assertEqual(server.stop(signal.SIGTERM), 0)
        t.join(60)
        status, body, _ = result["response"]
        self.assertEqual(status, 200, body)
        expected = len(BIG_STATIONS) * len(BIG_DAYS)
        self.assertEqual(site_days(self.db, day_number(BIG_DAYS[0]), day_number(BIG_DAYS[-1])), expected)
        self.assertIn("finishing requests in flight", "".join(server.log))

    def test_sigkill_mid_upload_leaves_all_or_nothing(self):
        expected = len(BIG_STATIONS) * len(BIG_DAYS)
        outcomes = set()
        for delay in [0.05, 0.3, 0.6, 1.0, 1.5, 2.5]:
            db = os.path.join(self.tmp.name, f"kill{delay}.db")
            harness.run("init", "--db", db)
            harness.run("user", "add", "guojia", "--role", "national", "--db", db, "--password-stdin",
                        stdin=harness.PASSWORD + "\n")
            server = harness.Server(db)
            t, _ = self.upload_in_background(server)
            time.sleep(delay)
            server.stop(signal.SIGKILL)
            t.join(60)
            con = sqlite3.connect(db)
            self.assertEqual(con.execute("PRAGMA integrity_check").fetchone()[0], "ok")
            con.close()
            n = site_days(db, day_number(BIG_DAYS[0]), day_number(BIG_DAYS[-1]))
            self.assertIn(n, (0, expected), f"killed after {delay}s: {n} of {expected} site-days")
            outcomes.add(n)
            verify = harness.run("audit", "verify", "--db", db)
            self.assertIn("ok:", verify.stdout)
            imports = sqlite3.connect(db).execute("SELECT count(*) FROM imports").fetchone()[0]
            self.assertEqual(imports, 1 if n else 0)  # the import log agrees with the data
        print(f"\nSIGKILL mid-upload outcomes (site-days): {sorted(outcomes)}")
        self.assertIn(0, outcomes)  # some kills came before the commit

    def test_direct_edits_of_the_database_are_caught(self):
        server = harness.Server(self.db)
        c = harness.Client(server)
        c.login("guojia")
        c.upload("/api/imports/long", harness.long_csv([STATION[SJZ]], days=("2020-09-01",)), name="a.csv")
        server.stop()
        self.assertIn("ok:", harness.run("audit", "verify", "--db", self.db).stdout)
        head = harness.run("audit", "head", "--db", self.db).stdout.strip()
        con = sqlite3.connect(self.db)
        rows = con.execute("SELECT id, object_type FROM audit_log ORDER BY id").fetchall()
        import_id = [i for i, t in rows if t == "import"][-1]
        con.execute("UPDATE audit_log SET after_value = replace(after_value, '\"values_added\":', "
                    "'\"values_added\":1') WHERE id = ?", (import_id,))
        con.commit()
        con.close()
        broken = harness.run("audit", "verify", "--db", self.db, check=False)
        self.assertEqual(broken.returncode, 4)
        self.assertIn(f"BROKEN at entry {import_id}", broken.stdout)
        self.assertIn("edited", broken.stdout)
        # A clean cut of the tail is caught against a head recorded earlier.
        con = sqlite3.connect(self.db)
        con.execute("UPDATE audit_log SET after_value = (SELECT after_value FROM audit_log WHERE id = ?) "
                    "WHERE id = ?", (import_id, import_id))
        con.execute("DELETE FROM audit_log WHERE id >= ?", (import_id,))
        con.commit()
        con.close()
        self.assertIn("ok:", harness.run("audit", "verify", "--db", self.db).stdout)
        cut = harness.run("audit", "verify", "--db", self.db, "--anchor", head, check=False)
        self.assertEqual(cut.returncode, 4)
        self.assertIn("not in the trail", cut.stdout)
        log = harness.run("audit", "log", "--db", self.db, "--object-type", "user").stdout.splitlines()
        self.assertEqual(len(log), len(harness.USERS))


if __name__ == "__main__":
    unittest.main()
