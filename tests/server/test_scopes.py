"""Every route of the OpenAPI document, called as every role, with ids inside and
outside the role's area: out-of-scope objects answer 404 or 403, never data.
The test fails when the document lists a route this table does not cover."""
import unittest

import harness
from harness import SJZ, STATION, TAIYUAN, XIAN

ROLES = ["public", "national", "region", "province", "city", "district", "enterprise"]

# Which of the three places each role may see in detail.
SEES = {
    "national": {SJZ, TAIYUAN, XIAN},
    "region": {SJZ, TAIYUAN},       # JJJ
    "province": {SJZ},              # 河北省
    "city": {SJZ},
    "district": {SJZ},              # 130102 is in Shijiazhuang
    "public": set(),
    "enterprise": set(),
}
AUDIT_READERS = {"national", "region"}
IMPORTERS = {"national", "region", "province", "city"}


def scoped_status(role, place):
    if role == "public":
        return 401
    if role == "enterprise":
        return 403
    return 200 if place in SEES[role] else 404


class ScopeTest(unittest.TestCase, harness.StoreTestCase):
    @classmethod
    def setUpClass(cls):
        cls.start()
        cls.clients = {"public": harness.Client(cls.server)}
        for role, (name, _, _) in harness.USERS.items():
            c = harness.Client(cls.server)
            status, body, _ = c.login(name)
            assert status == 200, body
            cls.clients[role] = c
        _, doc, _ = cls.clients["public"].get("/api/openapi.json")
        cls.documented = {(m.upper(), p) for p, ops in doc["paths"].items() for m in ops}
        cls.covered = set()

    @classmethod
    def tearDownClass(cls):
        cls.finish()

    def call(self, role, method, template, path, body=None, **kw):
        self.covered.add((method, template))
        c = self.clients[role]
        return c.post(path, body, **kw) if method == "POST" else c.get(path)

    def test_1_public_reference_routes(self):
        for template in ["/api/health", "/api/openapi.json", "/api/regions", "/api/provinces", "/api/cities",
                         "/api/stations", "/api/public/latest"]:
            for role in ROLES:
                status, body, _ = self.call(role, "GET", template, template)
                self.assertEqual(status, 200, (role, template, body))
        _, latest, _ = self.clients["public"].get("/api/public/latest")
        self.assertEqual(len(latest["cities"]), 45)
        self.assertNotIn("values", latest["cities"][0])  # published view only

    def test_2_series_routes(self):
        for kind in ["cities", "stations"]:
            for series in ["hourly", "daily"]:
                template = f"/api/{kind}/{{code}}/{series}"
                for role in ROLES:
                    for place in [SJZ, TAIYUAN, XIAN]:
                        code = place if kind == "cities" else STATION[place]
                        path = f"/api/{kind}/{code}/{series}?from=2020-12-01&to=2020-12-02"
                        status, body, _ = self.call(role, "GET", template, path)
                        want = scoped_status(role, place)
                        self.assertEqual(status, want, (role, path, body))
                        if want == 200:
                            rows = body["hours"] if series == "hourly" else body["days"]
                            self.assertTrue(rows, (role, path))
                            self.assertEqual(body["id"], code)
                        else:
                            self.assertIn("error", body)
                            self.assertNotIn("hours", body)
                            self.assertNotIn("days", body)
                # Unknown ids look like ids out of scope.
                for role in ["national", "city"]:
                    status, _, _ = self.call(role, "GET", template, f"/api/{kind}/999999/{series}")
                    self.assertEqual(status, 404)

    def test_3_overview_shows_only_the_area(self):
        for role in ROLES:
            status, body, _ = self.call(role, "GET", "/api/overview", "/api/overview")
            if role == "public":
                self.assertEqual(status, 401)
                continue
            if role == "enterprise":
                self.assertEqual(status, 403)
                continue
            self.assertEqual(status, 200, body)
            codes = {c["code"] for c in body["cities"]}
            for place in [SJZ, TAIYUAN, XIAN]:
                self.assertEqual(place in codes, place in SEES[role], (role, place))
            if role in ("city", "district"):
                self.assertEqual(codes, {SJZ})
            sjz = [c for c in body["cities"] if c["code"] == SJZ]
            if sjz:
                self.assertIsNotNone(sjz[0]["AQI"])
                self.assertIn("coverage_24h", sjz[0])

    def test_4_audit_imports_users_me(self):
        for template in ["/api/imports", "/api/audit", "/api/audit/verify", "/api/users", "/api/auth/me"]:
            for role in ROLES:
                status, body, _ = self.call(role, "GET", template, template)
                if role == "public":
                    want = 401
                elif template == "/api/auth/me":
                    want = 200
                elif template == "/api/users":
                    want = 200 if role == "national" else 403
                else:
                    want = 200 if role in AUDIT_READERS else 403
                self.assertEqual(status, want, (role, template, body))
        _, verify, _ = self.clients["national"].get("/api/audit/verify")
        self.assertTrue(verify["intact"])
        _, users, _ = self.clients["national"].get("/api/users")
        self.assertNotIn("password_hash", str(users))

    def test_5_imports_within_scope(self):
        own = harness.long_csv([STATION[SJZ]], days=("2020-11-01",), base=50)
        foreign = harness.long_csv([STATION[TAIYUAN]], days=("2020-11-02",), base=50)
        for role in ROLES:
            for template in ["/api/imports/long", "/api/imports/cnemc"]:
                cnemc = template.endswith("cnemc")
                content = (f"date,hour,type,{STATION[SJZ]},{STATION[XIAN]}\n20201103,1,PM2.5,40,41\n"
                           if cnemc else own)
                self.covered.add(("POST", template))
                status, body, _ = self.clients[role].upload(template, content, name=f"{role}.csv")
                want = 200 if role in IMPORTERS else (401 if role == "public" else 403)
                self.assertEqual(status, want, (role, template, body))
                if cnemc and status == 200:
                    # Only the columns the role may write are stored.
                    file = body["files"][0]
                    stored_xian = XIAN in SEES[role]
                    self.assertEqual(file["values_added"] + file["values_unchanged"], 2 if stored_xian else 1)
            status, body, _ = self.clients[role].upload("/api/imports/long", foreign, name="foreign.csv")
            if role in IMPORTERS:
                self.assertEqual(status, 200 if TAIYUAN in SEES[role] else 403, (role, body))
                if status == 403:
                    self.assertIn(STATION[TAIYUAN], body["error"]["message"])
        # Nothing of the refused files was stored: Taiyuan has no 2020-11-02 values for the city user.
        status, body, _ = self.clients["national"].get(f"/api/stations/{STATION[TAIYUAN]}/daily?from=2020-11-02&to=2020-11-02")
        self.assertEqual(status, 200)
        self.assertEqual(len(body["days"]), 1)  # stored once, by the roles allowed to

    def test_6_login_logout(self):
        c = harness.Client(self.server)
        self.covered.add(("POST", "/api/auth/login"))
        status, body, _ = c.login("changan")
        self.assertEqual(status, 200)
        self.covered.add(("POST", "/api/auth/logout"))
        self.assertEqual(c.post("/api/auth/logout")[0], 200)
        self.assertEqual(c.get("/api/auth/me")[0], 401)
        self.assertEqual(harness.Client(self.server).post("/api/auth/logout")[0], 401)

    def test_z_every_documented_route_was_called_as_every_role(self):
        self.assertEqual(self.documented - self.covered, set())
        self.assertEqual(self.covered - self.documented, set())


if __name__ == "__main__":
    unittest.main()
