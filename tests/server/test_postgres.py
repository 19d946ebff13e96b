"""Several `lantian serve` processes on one PostgreSQL database work together:
sessions, login throttling and the audit trail are shared, and concurrent imports
into the same station-days lose nothing."""
import concurrent.futures
import os
import tempfile
import unittest

import harness
from harness import SJZ, STATION


DAYS = tuple(f"2020-10-{d:02d}" for d in range(10, 30))


def half_day_csv(station, hours, base):
    rows = ["station,time,pollutant,value"]
    for d in DAYS:
        for h in hours:
            rows.append(f"{station},{d} {h:02d}:00,PM2.5,{base + h}")
    return "\n".join(rows) + "\n"


class PostgresServersTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.db = harness.new_postgres_database()
        os.environ["LANTIAN_SERVER_STORE"] = "postgres"
        harness.run("init", "--db", cls.db)
        for name, role, scope in harness.USERS.values():
            args = ["user", "add", name, "--role", role, "--db", cls.db, "--password-stdin"]
            if scope:
                args += ["--scope", scope]
            harness.run(*args, stdin=harness.PASSWORD + "\n")
        cls.a = harness.Server(cls.db, "--threads", "4")
        cls.b = harness.Server(cls.db, "--threads", "4")

    @classmethod
    def tearDownClass(cls):
        cls.a.stop()
        cls.b.stop()
        cls.tmp.cleanup()

    def test_a_session_opened_on_one_server_works_on_the_other(self):
        ca = harness.Client(self.a)
        self.assertEqual(ca.login("shijiazhuang", bearer=True)[0], 200)
        cb = harness.Client(self.b)
        cb.bearer = ca.bearer
        status, body, _ = cb.get("/api/auth/me")
        self.assertEqual((status, body["scope"]), (200, SJZ))
        self.assertEqual(cb.post("/api/auth/logout")[0], 200)
        self.assertEqual(ca.get("/api/auth/me")[0], 401)

    def test_concurrent_imports_through_both_servers_lose_nothing(self):
        # Eight uploads, alternating servers, each adding different hours to the same
        # station-days: every hour must end up stored.
        jobs = []
        for i in range(8):
            server = self.a if i % 2 == 0 else self.b
            hours = range(i * 3, i * 3 + 3)
            jobs.append((server, half_day_csv(STATION[SJZ], hours, 40 + i), f"part{i}.csv"))

        def upload(job):
            server, content, name = job
            c = harness.Client(server)
            c.login("guojia", bearer=True)
            return c.upload("/api/imports/long", content, name=name)

        with concurrent.futures.ThreadPoolExecutor(8) as pool:
            results = list(pool.map(upload, jobs))
        for status, body, _ in results:
            self.assertEqual(status, 200, body)
        c = harness.Client(self.b)
        c.login("guojia", bearer=True)
        status, body, _ = c.get(f"/api/stations/{STATION[SJZ]}/hourly?from={DAYS[0]}&to={DAYS[-1]}")
        self.assertEqual(status, 200)
        self.assertEqual(len(body["hours"]), len(DAYS) * 24)
        status, verify, _ = c.get("/api/audit/verify")
        self.assertTrue(verify["intact"], verify)
        _, imports, _ = c.get("/api/imports")
        self.assertEqual(len([i for i in imports["imports"] if i["file"].startswith("part")]), 8)

    def test_concurrent_alert_issues_through_both_servers_issue_once(self):
        # Eight offices issue Shijiazhuang's alert at once through both servers:
        # the lifecycle lets exactly one through, the others are refused (409).
        c = harness.Client(self.a)
        c.login("guojia", bearer=True)
        forecast = f"city,date,aqi\n{SJZ},2020-12-10,240\n{SJZ},2020-12-11,320\n{SJZ},2020-12-12,260\n"
        status, body, _ = c.upload("/api/forecasts", forecast, name="fc.csv",
                                   query="&issuer=center&issued_at=2020-12-08%2016:00")
        self.assertEqual(status, 200, body)

        def issue(i):
            client = harness.Client(self.a if i % 2 == 0 else self.b)
            client.login("guojia", bearer=True)
            return client.post("/api/alerts/steps", {"city": SJZ, "step": "issue", "level": "orange",
                                                     "at": "2020-12-08 20:00", "who": f"office {i}"})

        with concurrent.futures.ThreadPoolExecutor(8) as pool:
            statuses = sorted(r[0] for r in pool.map(issue, range(8)))
        self.assertEqual(statuses, [200] + [409] * 7)
        _, history, _ = c.get("/api/alerts/history?period=2020-12&at=2020-12-09%2000:00")
        sjz = [h for h in history["cities"] if h["city"] == SJZ][0]
        self.assertEqual([s["step"] for s in sjz["steps"]], ["issue"])

    def test_login_throttling_is_shared(self):
        for i in range(5):
            server = self.a if i % 2 == 0 else self.b
            self.assertEqual(harness.Client(server).login("changan", "wrong password")[0], 401)
        self.assertEqual(harness.Client(self.b).login("changan")[0], 429)


if __name__ == "__main__":
    unittest.main()
