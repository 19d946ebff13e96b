"""Every route of the OpenAPI document, called as every role, with ids inside and
outside the role's area: out-of-scope objects answer 404 or 403, never data.
The test fails when the document lists a route this table does not cover."""
import io
import json
import os
import urllib.parse
import unittest

import openpyxl

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

    def visible_codes(self, cities):
        return {c["unit"]["code"] if "unit" in c else c["code"] for c in cities}

    def test_7_campaign_reads_within_the_area(self):
        for role in ROLES:
            officials = scoped_status(role, SJZ) != 401 and role != "enterprise"
            want = 200 if officials else scoped_status(role, SJZ)
            for template, path in [("/api/assessment", "/api/assessment?phase=2020Q4"),
                                   ("/api/warnings", "/api/warnings?quarter=2020Q4"),
                                   ("/api/targets", "/api/targets"),
                                   ("/api/dust-days", "/api/dust-days?period=season")]:
                status, body, _ = self.call(role, "GET", template, path)
                self.assertEqual(status, want, (role, path, body))
                if status != 200:
                    continue
                if template == "/api/assessment":
                    codes = self.visible_codes(body["cities"])
                    for place in (SJZ, TAIYUAN, XIAN):
                        self.assertEqual(place in codes, place in SEES[role], (role, place))
                    regions = {r["code"] for r in body["regions"]}
                    self.assertEqual(regions, {"national": {"JJJ", "FW"}, "region": {"JJJ"}}.get(role, set()), role)
                    provinces = {p["code"] for p in body["provinces"]}
                    self.assertEqual("河北省" in provinces, role in ("national", "region", "province"), role)
            # Rankings and dust fall are published: the same for everyone.
            for template, path in [("/api/rankings", "/api/rankings?period=2020-12"),
                                   ("/api/rankings", "/api/rankings?period=2020Q4&group=fenwei"),
                                   ("/api/dustfall", "/api/dustfall?month=2020-12"),
                                   ("/api/bulletin", "/api/bulletin?month=2020-12")]:
                status, body, _ = self.call(role, "GET", template, path)
                self.assertEqual(status, 200, (role, path, body))
                if template == "/api/bulletin":
                    self.assertEqual(body.get("targets") is not None, officials, role)
                    if officials:
                        codes = self.visible_codes(body["targets"]["cities"])
                        self.assertEqual(XIAN in codes, XIAN in SEES[role], role)
            status, xlsx, headers = self.call(role, "GET", "/api/bulletin.xlsx", "/api/bulletin.xlsx?month=2020-12")
            self.assertEqual(status, 200, role)
            self.assertIn("attachment", headers["Content-Disposition"])
            book = openpyxl.load_workbook(io.BytesIO(xlsx))
            self.assertEqual(book.sheetnames[0], "排名 Rankings")
            status, template, _ = self.call(role, "GET", "/api/targets/template", "/api/targets/template")
            self.assertEqual(status, 401 if role == "public" else 200, role)
        # Bad queries name the parameter.
        status, body, _ = self.clients["national"].get("/api/assessment?phase=2020Q5")
        self.assertEqual(status, 400, body)
        status, body, _ = self.clients["national"].get("/api/rankings?period=2020-12&group=jjj")
        self.assertEqual((status, body["error"]["field"]), (400, "group"))
        status, body, _ = self.clients["national"].get("/api/warnings?quarter=2020Q4&as_of=2020-13-01")
        self.assertEqual((status, body["error"]["field"]), (400, "as_of"))

    def filled_template(self, fmt="xlsx"):
        """The template from the API, filled in with openpyxl as a bureau would."""
        status, data, _ = self.clients["national"].get(f"/api/targets/template?format={fmt}")
        self.assertEqual(status, 200)
        book = openpyxl.load_workbook(io.BytesIO(data))
        sheet = book.worksheets[0]
        header = [c.value for c in sheet[1]]
        self.assertEqual(header[:5], ["city_code", "city_name", "phase", "pm25_target", "heavy_days_target"])
        for row in sheet.iter_rows(min_row=2):
            if row[7].value != "optional":
                row[3].value = 55 if row[2].value == "2020Q4" else 70.5
                row[4].value = 4
        out = io.BytesIO()
        book.save(out)
        return out.getvalue(), sheet

    def test_8_campaign_writes_within_the_area(self):
        table, _ = self.filled_template()
        for role in ROLES:
            self.covered.add(("POST", "/api/targets"))
            status, body, _ = self.clients[role].upload("/api/targets", table, name="targets.xlsx")
            want = 200 if role == "national" else (401 if role == "public" else 403)
            self.assertEqual(status, want, (role, body))
            if status == 200:
                self.assertEqual(body["phases"], ["2020Q4", "2021Q1"])
                self.assertEqual(body["file"], "targets.xlsx")
        _, targets, _ = self.clients["national"].get("/api/targets")
        sjz = [t for t in targets["targets"] if t["city_code"] == SJZ and t["phase"] == "2021Q1"][0]
        self.assertEqual((sjz["source"], sjz["pm25_target"], sjz["heavy_days_target"]), ("official", 70.5, 4))
        for role in [r for r in SEES if SEES[r]]:
            _, mine, _ = self.clients[role].get("/api/targets")
            codes = {t["city_code"] for t in mine["targets"]}
            for place in (SJZ, TAIYUAN, XIAN):
                self.assertEqual(place in codes, place in SEES[role], (role, place))
        # A table with a mistake names the uploaded file, the line and the column; nothing changes.
        bad = "city_code,phase,pm25_target,heavy_days_target\n130100,2020Q4,abc,3\n"
        status, body, _ = self.clients["national"].upload("/api/targets", bad, name="bad.csv")
        self.assertEqual(status, 400, body)
        self.assertIn("bad.csv", body["error"]["message"] + body["error"]["field"])
        self.assertNotIn("lantian_upload", str(body))
        _, again, _ = self.clients["national"].get("/api/targets")
        self.assertEqual(again, targets)

        writers = {"national", "region", "province", "city"}
        for role in ROLES:
            for place in (SJZ, XIAN):
                day = {"city": place, "date": "2020-12-02", "reason": f"sand storm ({role})"}
                status, body, _ = self.call(role, "POST", "/api/dust-days", "/api/dust-days", day)
                if role == "public":
                    want = 401
                elif role not in writers:
                    want = 403
                else:
                    want = 200 if place in SEES[role] else 404
                self.assertEqual(status, want, (role, place, body))
                status, body, _ = self.call(role, "POST", "/api/dust-days/unflag", "/api/dust-days/unflag", day)
                self.assertEqual(status, want, (role, place, body))
            status, body, _ = self.clients[role].upload("/api/dust-days/import", "city,date,reason\n石家庄市,2020-12-03,浮尘\n",
                                                       name="dust.csv")
            self.covered.add(("POST", "/api/dust-days/import"))
            want = 401 if role == "public" else (200 if role in writers else 403)
            self.assertEqual(status, want, (role, body))
            status, body, _ = self.clients[role].upload("/api/dustfall/import", "city,month,dustfall\n130100,2020-12,9.4\n",
                                                       name="dustfall.csv")
            self.covered.add(("POST", "/api/dustfall/import"))
            self.assertEqual(status, want, (role, body))
            finding = {"city": TAIYUAN, "phase": "2020Q4", "found_on": "2020-12-20", "description": f"by {role}"}
            status, body, _ = self.call(role, "POST", "/api/falsification", "/api/falsification", finding)
            want_finding = {"public": 401, "national": 200, "region": 200}.get(role, 403)
            self.assertEqual(status, want_finding, (role, body))
            status, body, _ = self.call(role, "GET", "/api/falsification", "/api/falsification")
            self.assertEqual(status, {"public": 401, "national": 200, "region": 200}.get(role, 403), (role, body))
        _, days, _ = self.clients["city"].get("/api/dust-days?period=2020-12")
        self.assertEqual([(d["city_code"], d["date"]) for d in days["dust_days"]], [(SJZ, "2020-12-03")])
        _, fall, _ = self.clients["public"].get("/api/dustfall?month=2020-12")
        self.assertEqual([(d["city_code"], d["exceeds_limit"]) for d in fall["dustfall"]], [(SJZ, True)])
        _, findings, _ = self.clients["national"].get("/api/falsification")
        self.assertEqual(len(findings["findings"]), 2)
        # The finding fails Taiyuan's phase outright.
        _, a, _ = self.clients["national"].get("/api/assessment?phase=2020Q4")
        taiyuan = [c for c in a["cities"] if c["code"] == TAIYUAN][0]
        self.assertEqual(taiyuan["verdict"]["outcome"], "failed-falsified")
        self.assertTrue(taiyuan["verdict"]["falsified"])
        # A record without its reason is refused and names the field.
        status, body, _ = self.clients["national"].post("/api/dust-days", {"city": SJZ, "date": "2020-12-05"})
        self.assertEqual((status, body["error"]["field"]), (400, "reason"))
        # Every write is in the audit trail.
        _, audit, _ = self.clients["national"].get("/api/audit?object_type=dust-day")
        self.assertTrue(any("sand storm (city)" in json_text for json_text in map(str, audit["entries"])))

    def test_9_alerts_within_the_area(self):
        # Forecast runs: importers only, each for the cities of its area; every run kept.
        def forecast(*places):
            return "city,date,aqi\n" + "".join(f"{p},2020-12-10,240\n{p},2020-12-11,320\n{p},2020-12-12,260\n"
                                                for p in places)
        for i, role in enumerate(ROLES):
            self.covered.add(("POST", "/api/forecasts"))
            places = (SJZ, TAIYUAN, XIAN) if role == "national" else (SJZ,)
            status, body, _ = self.clients[role].upload(
                "/api/forecasts", forecast(*places), name="fc.csv",
                query=f"&issuer=center&issued_at=2020-12-08%201{i}:00")
            want = 401 if role == "public" else (200 if role in IMPORTERS else 403)
            self.assertEqual(status, want, (role, body))
            if status == 200:
                self.assertEqual((body["values"], body["file"]), (3 * len(places), "fc.csv"))
        # Another city's forecast would decide whether that city's alert is supported: out of scope.
        for role, place in (("city", XIAN), ("province", TAIYUAN), ("region", XIAN)):
            status, body, _ = self.clients[role].upload("/api/forecasts", forecast(place), name="fc.csv",
                                                        query="&issuer=center&issued_at=2020-12-08%2009:00")
            self.assertEqual(status, 404, (role, body))
        status, body, _ = self.clients["city"].upload("/api/forecasts", "city,date,aqi\n徐州,2020-12-10,240\n",
                                                      name="fc.csv", query="&issuer=c&issued_at=2020-12-08%2009:00")
        self.assertEqual(status, 403, body)
        bad = self.clients["national"].upload("/api/forecasts", "city,date,aqi\n130100,2020-12-40,1\n",
                                              name="bad.csv", query="&issuer=x&issued_at=2020-12-08%2010:00")
        self.assertEqual(bad[0], 400, bad[1])
        self.assertIn("bad.csv:2:2", bad[1]["error"]["message"] + bad[1]["error"]["field"])
        for role in ROLES:
            status, body, _ = self.call(role, "GET", "/api/forecasts", "/api/forecasts")
            self.assertEqual(status, scoped_status(role, SJZ) if role in ("public", "enterprise") else 200)
            status, body, _ = self.call(role, "GET", "/api/forecasts/{id}", "/api/forecasts/1")
            if status == 200:
                codes = {v["city"] for v in body["values"]}
                self.assertEqual(codes, SEES[role], role)  # run 1 is the national one, of all three
                if SJZ in codes:
                    self.assertEqual(body["cities"][SJZ]["episodes"][0]["level"], "orange")
            else:
                self.assertIn(role, ("public", "enterprise"))
        self.assertEqual(self.clients["national"].get("/api/forecasts/99")[0], 404)

        # Steps: the city's own officials, its province, region and the ministry.
        writers = {"national", "region", "province", "city"}
        for i, role in enumerate(ROLES):
            for place in (SJZ, XIAN):
                at = f"2020-12-09 0{i}:00"
                step = {"city": place, "step": "issue", "level": "orange", "at": at, "who": role}
                status, body, _ = self.call(role, "POST", "/api/alerts/steps", "/api/alerts/steps", step)
                if role == "public":
                    want = 401
                elif role not in writers:
                    want = 403
                else:
                    want = 200 if place in SEES[role] else 404
                self.assertEqual(status, want, (role, place, body))
                if status == 200:
                    # The latest run forecasting the city: the city's own (4) or the national one (1).
                    self.assertEqual(body["forecast_run"], 4 if place == SJZ else 1)
                    lift = {"city": place, "step": "lift", "at": f"2020-12-09 0{i}:30"}
                    self.assertEqual(self.clients[role].post("/api/alerts/steps", lift)[0], 200)
        # The lifecycle refuses lifting what is not in force: 409.
        status, body, _ = self.clients["national"].post(
            "/api/alerts/steps", {"city": SJZ, "step": "lift", "at": "2020-12-09 09:00"})
        self.assertEqual(status, 409, body)
        self.clients["national"].post("/api/alerts/steps",
                                      {"city": SJZ, "step": "issue", "level": "orange", "at": "2020-12-09 10:00"})

        for role in ROLES:
            for template in ["/api/alerts", "/api/alerts/history", "/api/alerts/notices", "/api/alerts/skill"]:
                query = "?at=2020-12-10%2012:00" if template != "/api/alerts/skill" else "?period=2020-12"
                status, body, _ = self.call(role, "GET", template, template + query)
                self.assertEqual(status, scoped_status(role, SJZ) if role in ("public", "enterprise") else 200,
                                 (role, template, body))
                if status != 200:
                    continue
                if template in ("/api/alerts", "/api/alerts/history"):
                    codes = {c["city"] for c in body["cities"]}
                    for place in (SJZ, TAIYUAN, XIAN):
                        self.assertEqual(place in codes, place in SEES[role], (role, template, place))
            status, body, _ = self.clients[role].get("/api/alerts?at=2020-12-10%2012:00")
            if status == 200 and SJZ in SEES[role]:
                sjz = [c for c in body["cities"] if c["city"] == SJZ][0]
                self.assertEqual((sjz["state"], sjz["level"], sjz["lead_time"]), ("issued", "orange", "late"))

        # Prompts: the ministry anywhere, a regional office in its region.
        rule = {"min_cities": 1, "min_share_percent": 0, "at": "2020-12-08 18:00"}
        for role in ROLES:
            for region, place in (("JJJ", SJZ), ("FW", XIAN)):
                status, body, _ = self.call(role, "POST", "/api/alerts/prompts", "/api/alerts/prompts",
                                            dict(rule, region=region))
                want = {"public": 401, "national": 200}.get(role, 403)
                if role == "region":
                    want = 200 if region == "JJJ" else 404
                self.assertEqual(status, want, (role, region, body))
                if status == 200:
                    self.assertIn(place, [c["city"] for c in body["cities"]])
                    self.assertEqual(body["level"], "orange")
        for role in ROLES:
            status, body, _ = self.call(role, "POST", "/api/alerts/prompts/{id}/cities",
                                        "/api/alerts/prompts/1/cities", {"city": f"徐州-{role}"})
            want = {"public": 401, "national": 200, "region": 200}.get(role, 403)
            self.assertEqual(status, want, (role, body))
            status, body, _ = self.call(role, "GET", "/api/alerts/prompts", "/api/alerts/prompts?at=2020-12-10%2012:00")
            self.assertEqual(status, scoped_status(role, SJZ) if role in ("public", "enterprise") else 200)
            if status == 200:
                named = {c["city"] for p in body["prompts"] for c in p["cities"]}
                for place in (SJZ, TAIYUAN, XIAN):
                    self.assertEqual(place in named, place in SEES[role], (role, place))
        _, audit, _ = self.clients["national"].get("/api/audit?object_type=alert")
        self.assertTrue(any('"who":"province"' in str(e).replace("'", '"').replace(": ", ":")
                            for e in audit["entries"]), audit["entries"][:2])

    def list_workbook(self, city, code):
        wb = openpyxl.Workbook()
        e = wb.active
        e.title = "enterprises"
        e.append(["credit_code", "name", "city", "district", "industry", "grade"])
        e.append([code, "水泥厂", city, city, "cement", "B"])
        lines = wb.create_sheet("lines")
        lines.append(["credit_code", "line", "so2_t", "nox_t", "pm_t", "vocs_t", "value_added"])
        lines.append([code, "1", 0.1, 0.4, 0.2, 0, 10000])
        measures = wb.create_sheet("measures")
        measures.append(["credit_code", "line", "level", "measure", "limit_percent", "meter"])
        for level, share in (("yellow", 10), ("orange", 20), ("red", 30)):
            measures.append([code, "1", level, "limit", share, "E-1"])
        out = io.BytesIO()
        wb.save(out)
        return out.getvalue()

    def test_l_emergency_lists_within_the_area(self):
        sjz_list = self.list_workbook(SJZ, "91130100MA0CEMT01Q")
        xian_list = self.list_workbook(XIAN, "91130100MA0PNT001K")
        drafters = {"national", "region", "province", "city"}
        for role in ROLES:
            self.covered.add(("POST", "/api/lists"))
            for place, book in ((SJZ, sjz_list), (XIAN, xian_list)):
                status, body, _ = self.clients[role].upload("/api/lists", book, name="list.xlsx")
                if role == "public":
                    want = 401
                elif role not in drafters:
                    want = 403
                else:
                    want = 200 if place in SEES[role] else 404
                self.assertEqual(status, want, (role, place, body))
                if status == 200:
                    self.assertEqual((body["city"], body["status"], body["file"]), (place, "draft", "list.xlsx"))
        for role in ROLES:
            status, body, _ = self.call(role, "GET", "/api/lists", "/api/lists")
            self.assertEqual(status, scoped_status(role, SJZ) if role in ("public", "enterprise") else 200,
                             (role, body))
            if status == 200:
                cities = {v["city"] for v in body["versions"]}
                self.assertEqual(cities, SEES[role] & {SJZ, XIAN}, role)
        # Inventories: as drafting.
        inventory = f"city,pollutant,t_per_day\n{SJZ},SO2,1\n{SJZ},NOx,2\n{SJZ},PM,2\n{SJZ},VOCs,1\n"
        for role in ROLES:
            self.covered.add(("POST", "/api/inventories"))
            status, body, _ = self.clients[role].upload("/api/inventories", inventory, name="inv.csv")
            want = 401 if role == "public" else (200 if role in drafters else 403)
            self.assertEqual(status, want, (role, body))
        # Review: the city submits; only the province, region or ministry approve and report.
        steps = "/api/lists/{city}/steps"
        self.assertEqual(self.call("city", "POST", steps, f"/api/lists/{SJZ}/steps", {"step": "submit"})[0], 200)
        self.assertEqual(self.call("city", "POST", steps, f"/api/lists/{SJZ}/steps", {"step": "approve"})[0], 403)
        self.assertEqual(self.call("district", "POST", steps, f"/api/lists/{SJZ}/steps", {"step": "approve"})[0], 403)
        self.assertEqual(self.call("public", "POST", steps, f"/api/lists/{SJZ}/steps", {"step": "approve"})[0], 401)
        status, body, _ = self.call("province", "POST", steps, f"/api/lists/{SJZ}/steps", {"step": "return"})
        self.assertEqual((status, body["error"]["field"]), (400, "comment"))
        self.assertEqual(self.call("province", "POST", steps, f"/api/lists/{SJZ}/steps", {"step": "approve"})[0], 200)
        self.assertEqual(self.call("region", "POST", steps, f"/api/lists/{SJZ}/steps", {"step": "report"})[0], 200)
        self.assertEqual(self.call("national", "POST", steps, f"/api/lists/{SJZ}/steps", {"step": "report"})[0], 409)
        self.assertEqual(self.call("national", "POST", steps, f"/api/lists/{XIAN}/steps", {"step": "submit"})[0], 200)
        self.assertEqual(self.call("province", "POST", steps, f"/api/lists/{XIAN}/steps", {"step": "approve"})[0], 404)
        self.assertEqual(self.call("enterprise", "POST", steps, f"/api/lists/{SJZ}/steps", {"step": "submit"})[0], 403)
        # Reads of one city's list: check, optimizer, diff.
        for role in ROLES:
            for template, path in (("/api/lists/{city}/check", f"/api/lists/{SJZ}/check"),
                                   ("/api/lists/{city}/optimize", f"/api/lists/{SJZ}/optimize?level=red"),
                                   ("/api/lists/{city}/diff", f"/api/lists/{SJZ}/diff?from=1")):
                status, body, _ = self.call(role, "GET", template, path)
                self.assertEqual(status, scoped_status(role, SJZ), (role, path, body))
                if status == 200 and template.endswith("check"):
                    # 100 kg of SO2 limited 10 % of 1 t: 1 %; red 30 kg of 1,000: short.
                    self.assertEqual(body["levels"]["yellow"]["SO2"]["ratio"], 0.01)
                    self.assertFalse(body["levels"]["red"]["SO2"]["met"])
                if status == 200 and template.endswith("optimize"):
                    self.assertTrue(body["needed"])
                if status == 200 and template.endswith("diff"):
                    self.assertEqual(body["changes"], [])  # the same workbook each time
            status, _, _ = self.clients[role].get(f"/api/lists/{XIAN}/check")
            if role in ("national",):
                self.assertEqual(status, 404)  # no inventory of Xi'an: named, not hidden
        _, audit, _ = self.clients["national"].get("/api/audit?object_type=emergency-list")
        self.assertTrue(any('"report"' in str(e).replace("'", '"') for e in audit["entries"]))
        # The measures in force during alerts: as the list's other reads.
        for role in ROLES:
            for place in (SJZ, XIAN):
                status, body, _ = self.call(role, "GET", "/api/lists/{city}/in-force",
                                            f"/api/lists/{place}/in-force?duties=1")
                self.assertEqual(status, scoped_status(role, place), (role, place, body))
                if status == 200:
                    self.assertEqual(body["city"], place)
                status, body, _ = self.call(role, "GET", "/api/lists/{city}/content",
                                            f"/api/lists/{place}/content")
                self.assertEqual(status, scoped_status(role, place), (role, place, body))
                if status == 200:
                    self.assertEqual(body["list"]["city"], place)
                status, body, _ = self.call(role, "GET", "/api/lists/{city}/xlsx", f"/api/lists/{place}/xlsx")
                self.assertEqual(status, scoped_status(role, place), (role, place, body))
                if status == 200:
                    book = openpyxl.load_workbook(io.BytesIO(body))
                    self.assertEqual(book.sheetnames, ["enterprises", "lines", "measures"])
        # New drafts from stored versions (the editor, accepted proposals): as drafting.
        codes = {SJZ: "91130100MA0CEMT01Q", XIAN: "91130100MA0PNT001K"}
        for role in ROLES:
            for place in (SJZ, XIAN):
                edit = {"measures": [{"credit_code": codes[place], "line": "1", "level": "red", "measure": "stop",
                                      "meter": "E-1"}]}
                status, body, _ = self.call(role, "POST", "/api/lists/{city}/revisions",
                                            f"/api/lists/{place}/revisions", edit)
                if role == "public":
                    want = 401
                elif role not in drafters:
                    want = 403
                else:
                    want = 200 if place in SEES[role] else 404
                self.assertEqual(status, want, (role, place, body))
                if status == 200:
                    self.assertTrue(body["file"].startswith("edited from v"), body)
                accept = {"level": "red", "accept": [{"enterprise": codes[place], "line": "1"}]}
                status, body, _ = self.call(role, "POST", "/api/lists/{city}/proposals",
                                            f"/api/lists/{place}/proposals", accept)
                if want == 200 and place == XIAN:
                    want = 404  # no inventory of Xi'an to optimize against
                if want == 200:
                    # the red stop above leaves nothing to propose for that line
                    self.assertEqual((status, body["error"]["field"]), (400, "accept[0]"), (role, body))
                else:
                    self.assertEqual(status, want, (role, place, body))
        # A province's own tables: stored by the province itself (or the ministry), read by officials.
        templates = "industry,grade,level,min_percent\ncement,B,yellow,15\n"
        for role in ROLES:
            for province in ("河北省", "陕西省"):
                self.covered.add(("POST", "/api/list-tables"))
                status, body, _ = self.clients[role].upload(
                    "/api/list-tables", templates, name="t.csv",
                    query=f"&province={urllib.parse.quote(province)}&kind=templates")
                if role == "public":
                    want = 401
                elif role == "national" or (role == "province" and province == "河北省"):
                    want = 200
                elif role == "province":
                    want = 404
                else:
                    want = 403
                self.assertEqual(status, want, (role, province, body))
            status, body, _ = self.call(role, "GET", "/api/list-tables", "/api/list-tables")
            want = 401 if role == "public" else 403 if role == "enterprise" else 200
            self.assertEqual(status, want, (role, body))
            if status == 200:
                self.assertEqual({t["province"] for t in body["tables"]}, {"河北省", "陕西省"})
        # Hebei's cement B at yellow now needs 15 %: the SJZ list's 10 % falls below it.
        _, check, _ = self.clients["city"].get(f"/api/lists/{SJZ}/check?version=1")
        self.assertIn("below-template", {f["rule"] for f in check["findings"]})
        bad = {"measures": [{"credit_code": codes[SJZ], "line": "1", "level": "red", "measure": "limit"}]}
        status, body, _ = self.clients["city"].post(f"/api/lists/{SJZ}/revisions", bad)
        self.assertEqual((status, body["error"]["field"]), (400, "measures[0].percent"))

    def test_m_an_enterprise_sees_and_confirms_its_own_sheet_only(self):
        own, other = "91130100MA0CEMT01Q", "91130100MA0PNT001K"  # in the SJZ and Xi'an lists
        for role in ROLES:
            for code, place in ((own, SJZ), (other, XIAN)):
                for template, path in (("/api/sheets/{code}", f"/api/sheets/{code}"),
                                       ("/api/sheets/{code}/xlsx", f"/api/sheets/{code}/xlsx")):
                    status, body, _ = self.call(role, "GET", template, path)
                    if role == "enterprise":
                        want = 200 if code == own else 404
                    else:
                        want = scoped_status(role, place)
                    self.assertEqual(status, want, (role, path, body))
                    if status == 200 and template == "/api/sheets/{code}":
                        self.assertEqual(body["sheet"]["enterprises"][0]["credit_code"], code)
                        self.assertEqual(len(body["sheet"]["measures"]), 3)
                        self.assertEqual(body["city"], place)
                    if status == 200 and template.endswith("xlsx"):
                        book = openpyxl.load_workbook(io.BytesIO(body))
                        self.assertIn(code, str([c.value for row in book.active.iter_rows() for c in row]))
        # Only the enterprise confirms, its own sheet, the version it was shown, once.
        confirm = "/api/sheets/{code}/confirm"
        _, sheet, _ = self.clients["enterprise"].get(f"/api/sheets/{own}")
        version = sheet["version"]["version"]
        for role in ROLES:
            if role == "enterprise":
                continue
            status, body, _ = self.call(role, "POST", confirm, f"/api/sheets/{own}/confirm", {"version": version})
            self.assertEqual(status, 401 if role == "public" else 403, (role, body))
        status, body, _ = self.call("enterprise", "POST", confirm, f"/api/sheets/{other}/confirm", {"version": 1})
        self.assertEqual(status, 404, body)
        status, body, _ = self.call("enterprise", "POST", confirm, f"/api/sheets/{own}/confirm",
                                    {"version": version + 1})
        self.assertEqual(status, 409, body)
        status, body, _ = self.call("enterprise", "POST", confirm, f"/api/sheets/{own}/confirm",
                                    {"version": version, "note": "已知悉"})
        self.assertEqual((status, body["enterprise"]), (200, own), body)
        self.assertTrue(body["confirmed_by"].startswith("cementworks"), body)
        self.assertEqual(self.call("enterprise", "POST", confirm, f"/api/sheets/{own}/confirm",
                                   {"version": version})[0], 409)
        _, sheet, _ = self.clients["enterprise"].get(f"/api/sheets/{own}")
        self.assertEqual([c["note"] for c in sheet["confirmations"]], ["已知悉"])
        _, versions, _ = self.clients["city"].get(f"/api/lists?city={SJZ}")
        self.assertEqual(versions["versions"][-1]["confirmations"], 1)
        # Everything else of the lists stays closed to the enterprise.
        self.assertEqual(self.clients["enterprise"].get(f"/api/lists/{SJZ}/check")[0], 403)

    def test_n_devices_within_the_area_and_an_enterprise_its_own(self):
        own, other = "91130100MA0CEMT01Q", "91130100MA0PNT001K"
        header = "mn,enterprise,city,outlet,pollutants,password\n"
        tables = {SJZ: header + f"SJZDEV1,{own},{SJZ},DA001,a34013,123456\n",
                  XIAN: header + f"XIANDEV1,{other},{XIAN},DA001,a34013,123456\n"}
        for role in ROLES:
            for place, table in tables.items():
                c = self.clients[role]
                self.covered.add(("POST", "/api/devices"))
                status, body, _ = c.upload("/api/devices", table, name="devices.csv")
                if role == "public":
                    want = 401
                elif role not in IMPORTERS:
                    want = 403
                else:
                    want = 200 if place in SEES[role] else 404
                self.assertEqual(status, want, (role, place, body))
                code = own if place == SJZ else other
                limits = ("enterprise,city,outlet,pollutant,ordinary\n"
                          f"{code},{place},DA001,a34013,10\n")
                self.covered.add(("POST", "/api/outlet-limits"))
                status, body, _ = c.upload("/api/outlet-limits", limits, name="limits.csv")
                self.assertEqual(status, want, (role, place, body))
        for role in ROLES:
            status, body, _ = self.call(role, "GET", "/api/devices", "/api/devices")
            if role == "public":
                self.assertEqual(status, 401)
                continue
            self.assertEqual(status, 200, (role, body))
            seen = {d["mn"] for d in body["devices"]}
            if role == "enterprise":
                want = {"SJZDEV1"}
            else:
                want = {mn for mn, place in (("SJZDEV1", SJZ), ("XIANDEV1", XIAN)) if place in SEES[role]}
            self.assertEqual(seen, want, role)
            for mn, place, code in (("SJZDEV1", SJZ, own), ("XIANDEV1", XIAN, other)):
                template = "/api/devices/{mn}/values"
                status, body, _ = self.call(role, "GET", template, f"/api/devices/{mn}/values?kind=hourly")
                visible = code == own if role == "enterprise" else place in SEES[role]
                self.assertEqual(status, 200 if visible else 404, (role, mn, body))
                if visible:
                    self.assertEqual(body["values"], [])
                status, body, _ = self.call(role, "GET", "/api/devices/{mn}/load", f"/api/devices/{mn}/load")
                self.assertEqual(status, 200 if visible else 404, (role, mn, body))
                if visible:
                    self.assertEqual((body["meters"], body["hours"]), (0, []))
                status, body, _ = self.call(role, "GET", "/api/devices/{mn}/check", f"/api/devices/{mn}/check")
                self.assertEqual(status, 200 if visible else 404, (role, mn, body))
                if visible:
                    self.assertEqual(body["pollutants"][0]["limit"], 10, (role, body))
            status, body, _ = self.call(role, "GET", "/api/device-rejections", "/api/device-rejections?limit=5")
            want = 403 if role in ("enterprise", "district") else 200
            self.assertEqual(status, want, (role, body))
        # The review queue: scanned by the bureaus that keep the devices, seen within the area.
        day = {"from": "2020-12-01 00:00:00", "to": "2020-12-02 00:00:00"}
        for role in ROLES:
            status, body, _ = self.call(role, "POST", "/api/findings/scan", "/api/findings/scan", day)
            want = 401 if role == "public" else 403 if role in ("enterprise", "district") else 200
            self.assertEqual(status, want, (role, body))
        _, body, _ = self.clients["national"].get("/api/findings?status=open")
        ids = {f["mn"]: f["id"] for f in body["findings"]}
        self.assertEqual(set(ids), {"SJZDEV1", "XIANDEV1"})  # a day without data: a gap each
        for role in ROLES:
            status, body, _ = self.call(role, "GET", "/api/findings", "/api/findings")
            if role == "public":
                self.assertEqual(status, 401)
                continue
            seen = {f["mn"] for f in body["findings"]}
            want = {"SJZDEV1"} if role == "enterprise" else {
                mn for mn, place in (("SJZDEV1", SJZ), ("XIANDEV1", XIAN)) if place in SEES[role]}
            self.assertEqual(seen, want, role)
        review = "/api/findings/{id}/review"
        for role, mn, want in (("public", "SJZDEV1", 401), ("enterprise", "SJZDEV1", 403),
                               ("district", "SJZDEV1", 403), ("province", "XIANDEV1", 404),
                               ("region", "XIANDEV1", 404), ("city", "SJZDEV1", 200),
                               ("national", "SJZDEV1", 409)):
            status, body, _ = self.call(role, "POST", review, f"/api/findings/{ids[mn]}/review",
                                        {"decision": "confirm", "note": "核实"})
            self.assertEqual(status, want, (role, body))
        for role in ROLES:
            for place in (SJZ, XIAN):
                for template in ("/api/verification/{city}", "/api/verification/{city}/xlsx"):
                    path = template.replace("{city}", place)
                    status, body, _ = self.call(role, "GET", template, path)
                    self.assertEqual(status, scoped_status(role, place), (role, path, body))
                    if status == 200 and template.endswith("xlsx"):
                        book = openpyxl.load_workbook(io.BytesIO(body))
                        self.assertEqual(book.sheetnames[0], "企业核查结论")
        _, body, _ = self.clients["city"].get(f"/api/devices/SJZDEV1/check")
        self.assertEqual(body["pollutants"][0]["untrusted"], 0)  # a gap has no hours to mark
        # The confirmed finding is a violation: an enforcement task, opened once, closed once.
        for role in ROLES:
            for place in (SJZ, XIAN):
                status, body, _ = self.call(role, "POST", "/api/enforcement", "/api/enforcement",
                                            {"city": place, "period": "2020-12"})
                if role == "public":
                    want = 401
                elif role in ("enterprise", "district"):
                    want = 403
                else:
                    want = 200 if place in SEES[role] else 404
                self.assertEqual(status, want, (role, place, body))
                if status == 200 and place == SJZ:
                    self.assertEqual(body["violations"], 1, body)
                    self.assertEqual(len(body["opened"]), 1 if role == "national" else 0, (role, body))
        for role in ROLES:
            status, body, _ = self.call(role, "GET", "/api/enforcement", "/api/enforcement")
            if role == "public":
                self.assertEqual(status, 401)
                continue
            self.assertEqual(status, 200, (role, body))
            seen = {(t["city"], t["kind"]) for t in body["tasks"]}
            want = {(SJZ, "finding")} if role == "enterprise" or SJZ in SEES[role] else set()
            self.assertEqual(seen, want, role)
        _, body, _ = self.clients["national"].get("/api/enforcement?status=open")
        task = body["tasks"][0]["id"]
        close = "/api/enforcement/{id}/close"
        for role, note, want in (("public", "x", 401), ("enterprise", "x", 403), ("district", "x", 403),
                                 ("city", " ", 400), ("city", "已立案处罚", 200), ("national", "x", 409)):
            status, body, _ = self.call(role, "POST", close, f"/api/enforcement/{task}/close", {"note": note})
            self.assertEqual(status, want, (role, body))
        _, body, _ = self.clients["province"].get("/api/enforcement?status=closed")
        self.assertEqual([t["note"] for t in body["tasks"]], ["已立案处罚"])
        # A meter's readings: officials of its city's area; another city's meter is unknown.
        meters = os.path.join(self.tmp.name, "meters.csv")
        readings = os.path.join(self.tmp.name, "readings.csv")
        with open(meters, "w") as f:
            f.write(f"meter,enterprise,city,line,kind\nE-SJZ,{own},{SJZ},1,production\n"
                    f"E-XIAN,{other},{XIAN},1,production\n")
        with open(readings, "w") as f:
            f.write("meter,time,kw\nE-SJZ,2020-12-05 00:15,100\nE-SJZ,2020-12-05 00:30,90\n"
                    "E-XIAN,2020-12-05 00:15,50\n")
        harness.run("electricity", "meters", "--db", self.db, meters)
        harness.run("electricity", "readings", "--db", self.db, readings)
        template = "/api/meters/{meter}/readings"
        for role in ROLES:
            for meter, place in (("E-SJZ", SJZ), ("E-XIAN", XIAN)):
                path = f"/api/meters/{meter}/readings?from=2020-12-05%2000:30:00"
                status, body, _ = self.call(role, "GET", template, path)
                if role == "enterprise":
                    want = 200 if meter == "E-SJZ" else 404  # its own meter only
                else:
                    want = scoped_status(role, place)
                self.assertEqual(status, want, (role, meter, body))
                if status == 200 and meter == "E-SJZ":
                    self.assertEqual(body["readings"], [["2020-12-05 00:30:00", 90]])
                    self.assertEqual((body["kind"], body["line"]), ("production", "1"))

    def test_o_station_tampering_is_for_national_and_regional_offices(self):
        # Six Shijiazhuang stations; 1034A reads a quarter of the air on two polluted days.
        rows = ["station,time,pollutant,value"]
        for i, station in enumerate(("1029A", "1030A", "1031A", "1032A", "1033A", "1034A")):
            for day in range(1, 13):
                value = 40 if station == "1034A" and day in (9, 10) else (150 if day >= 7 else 50) + 4 * i
                rows += [f"{station},2020-12-{day:02d} {h:02d}:00,PM2.5,{value}" for h in range(24)]
        path = os.path.join(self.tmp.name, "tampered.csv")
        with open(path, "w") as f:
            f.write("\n".join(rows) + "\n")
        harness.run("import", "long", path, "--db", self.db, "--replace")
        scan = "/api/station-findings/scan"
        for role in ROLES:
            status, body, _ = self.call(role, "POST", scan, scan, {"period": "2020-12-01..2020-12-12"})
            want = 401 if role == "public" else 200 if role in ("national", "region") else 403
            self.assertEqual(status, want, (role, body))
            if status == 200:
                self.assertEqual(body["added"], 1 if role == "national" else 0, (role, body))
        for role in ROLES:
            status, body, _ = self.call(role, "GET", "/api/station-findings", "/api/station-findings")
            want = 401 if role == "public" else 200 if role in ("national", "region") else 403
            self.assertEqual(status, want, (role, body))
            if status == 200:
                self.assertEqual([(f["station"], f["from"], f["to"]) for f in body["findings"]],
                                 [("1034A", "2020-12-09", "2020-12-10")], role)
        _, body, _ = self.clients["national"].get("/api/station-findings?status=open")
        finding = body["findings"][0]["id"]
        review = "/api/station-findings/{id}/review"
        for role, decision, note, want in (("public", "confirm", "x", 401), ("enterprise", "confirm", "x", 403),
                                           ("city", "dismiss", "x", 403), ("province", "dismiss", "x", 403),
                                           ("region", "confirm", "", 400), ("region", "confirm", "采样头被遮挡", 200),
                                           ("national", "dismiss", "x", 409)):
            status, body, _ = self.call(role, "POST", review, f"/api/station-findings/{finding}/review",
                                        {"decision": decision, "note": note})
            self.assertEqual(status, want, (role, body))
            if status == 200:
                self.assertGreater(body["falsification"], 0)

    def test_p_key_task_ledger_within_the_area(self):
        def want(role, ok=200):
            return 401 if role == "public" else 403 if role == "enterprise" else ok
        # The board and a task: officials see the units of their area and those above it.
        provinces = {"national": {"北京市", "天津市", "河北省", "山西省", "山东省", "河南省", "陕西省"},
                     "region": {"北京市", "天津市", "河北省", "山西省", "山东省", "河南省"},
                     "province": {"河北省"}, "city": {"河北省"}, "district": {"河北省"}}
        for role in ROLES:
            status, body, _ = self.call(role, "GET", "/api/tasks", "/api/tasks")
            self.assertEqual(status, want(role), (role, body))
            if status == 200:
                demo = next(t for t in body["tasks"] if t["id"] == "T11-demo")
                self.assertEqual({u["unit"] for u in demo["units"]}, provinces[role], role)
            status, body, _ = self.call(role, "GET", "/api/tasks/{id}", "/api/tasks/T11-demo")
            self.assertEqual(status, want(role), (role, body))
            if status == 200:
                self.assertEqual({u["unit"] for u in body["units"]} - {"JJJ+FW"}, provinces[role], role)
        status, _, _ = self.clients["national"].get("/api/tasks/T99-none")
        self.assertEqual(status, 404)
        status, body, _ = self.clients["city"].get("/api/tasks?unit=" + urllib.parse.quote("河北省"))
        self.assertEqual(status, 200)
        heating = next(t for t in body["tasks"] if t["id"] == "T08-heating")
        self.assertEqual((heating["focus"]["unit"], heating["focus"]["right"]), ("河北省", "read"))

        # The province hands 石家庄 its share; the city reports; the province closes.
        breakdown = "/api/tasks/{id}/breakdown"
        share = {"unit": "河北省", "children": [
            {"level": "city", "unit": "130100", "target": 337, "deadline": "2020-10-31",
             "responsible_name": "王强", "responsible_office": "石家庄市住建局"}]}
        for role, code in (("public", 401), ("enterprise", 403), ("district", 403), ("city", 403),
                           ("province", 200), ("region", 200), ("national", 200)):
            status, body, _ = self.call(role, "POST", breakdown, "/api/tasks/T08-heating/breakdown", share)
            self.assertEqual(status, code, (role, body))
        status, body, _ = self.clients["province"].post(
            "/api/tasks/T08-heating/breakdown", {"unit": "山西省", "children": share["children"]})
        self.assertEqual(status, 404, body)
        short = {"unit": "河北省", "children": [dict(share["children"][0], target=300)]}
        status, body, _ = self.clients["province"].post("/api/tasks/T08-heating/breakdown", short)
        self.assertEqual((status, body["error"]["field"]), (400, "target"), body)
        report = "/api/tasks/{id}/reports"
        for role, code in (("public", 401), ("enterprise", 403), ("district", 403), ("city", 200)):
            status, body, _ = self.call(role, "POST", report, "/api/tasks/T08-heating/reports",
                                        {"unit": "130100", "value": "337", "due": "2020-10-31",
                                         "evidence": "台账.xlsx"})
            self.assertEqual(status, code, (role, body))
        self.assertTrue(body["late"])
        close = "/api/tasks/{id}/close"
        for role, code in (("public", 401), ("enterprise", 403), ("district", 403), ("city", 403),
                           ("province", 200), ("region", 409)):
            status, body, _ = self.call(role, "POST", close, "/api/tasks/T08-heating/close",
                                        {"unit": "130100", "evidence": "验收材料.pdf"})
            self.assertEqual(status, code, (role, body))
        reopen = "/api/tasks/{id}/reopen"
        for role, note, code in (("public", "x", 401), ("enterprise", "x", 403), ("city", "x", 403),
                                 ("district", "x", 403), ("province", " ", 400), ("national", "复核", 200)):
            status, body, _ = self.call(role, "POST", reopen, "/api/tasks/T08-heating/reopen",
                                        {"unit": "130100", "note": note})
            self.assertEqual(status, code, (role, body))
        _, body, _ = self.clients["city"].get("/api/tasks/T08-heating")
        sjz = next(u for u in body["units"] if u["unit"] == "130100")
        self.assertEqual((sjz["closed"], sjz["latest"], sjz["right"]), (False, 337, "write"))
        self.assertEqual([e["action"] for e in body["events"]], ["close", "reopen"])

        # The workbook, cut to the reader.
        for role in ROLES:
            status, xlsx, _ = self.call(role, "GET", "/api/tasks.xlsx", "/api/tasks.xlsx")
            self.assertEqual(status, want(role), role)
            if status == 200:
                book = openpyxl.load_workbook(io.BytesIO(xlsx))
                self.assertEqual(book.sheetnames, ["重点任务台账", "调度记录", "销号记录"])
                units = {row[4] for row in book["重点任务台账"].iter_rows(min_row=4, values_only=True)}
                self.assertEqual("山西省" in units, role in ("national", "region"), role)
                self.assertEqual("石家庄市" in units, True, role)

    def test_q_supervision_problems_within_the_area(self):
        found = {"city": SJZ, "district": "130102", "site": "建华大街某工地", "kind": "扬尘", "what": "渣土未苫盖"}
        for role, code in (("public", 401), ("enterprise", 403), ("province", 200)):
            status, body, _ = self.call(role, "POST", "/api/problems", "/api/problems", found)
            self.assertEqual(status, code, (role, body))
        first = body["id"]
        status, body, _ = self.clients["district"].post("/api/problems", dict(found, site="裕华路某工地"))
        self.assertEqual(status, 200, body)
        for role in ("district", "region"):
            status, body, _ = self.clients[role].post("/api/problems", dict(found, city=XIAN, district=""))
            self.assertEqual(status, 404, (role, body))
        for role in ROLES:
            status, body, _ = self.call(role, "GET", "/api/problems", "/api/problems")
            want = 401 if role == "public" else 200
            self.assertEqual(status, want, (role, body))
            if status == 200:
                self.assertEqual(len(body["problems"]), 0 if role == "enterprise" else 2, role)
            status, body, _ = self.call(role, "GET", "/api/problems/{id}", f"/api/problems/{first}")
            want = 401 if role == "public" else 404 if role == "enterprise" else 200
            self.assertEqual(status, want, (role, body))
            if status == 200:
                self.assertEqual([h["action"] for h in body["history"]], ["found"], role)
        act = "/api/problems/{id}/act"
        for role, step, extra, code in (
                ("public", "plan", {"note": "x"}, 401), ("enterprise", "plan", {"note": "x"}, 404),
                ("district", "plan", {"note": "苫盖"}, 200), ("city", "rectify", {"evidence": "p.jpg"}, 200),
                ("district", "verify-pass", {"note": "ok"}, 403), ("city", "close", {}, 409),
                ("city", "verify-pass", {"note": "已苫盖"}, 200), ("province", "close", {}, 200),
                ("national", "close", {}, 409)):
            status, body, _ = self.call(role, "POST", act, f"/api/problems/{first}/act", dict(extra, action=step))
            self.assertEqual(status, code, (role, step, body))
        for role in ROLES:
            status, body, _ = self.call(role, "POST", "/api/problems/link", "/api/problems/link", {})
            want = 401 if role == "public" else 403 if role in ("enterprise", "district") else 200
            self.assertEqual(status, want, (role, body))
            status, body, _ = self.call(role, "GET", "/api/problem-stats", "/api/problem-stats")
            self.assertEqual(status, 401 if role == "public" else 200, (role, body))
            if status == 200 and role not in ("enterprise",):
                sjz = next(c for c in body["cities"] if c["city"] == SJZ)
                self.assertEqual(sjz["closed"], 1, role)
            status, body, _ = self.call(role, "GET", "/api/positive-list", f"/api/positive-list?city={SJZ}")
            want = 401 if role == "public" else 403 if role == "enterprise" else 200
            self.assertEqual(status, want, (role, body))
            status, xlsx, _ = self.call(role, "GET", "/api/problems.xlsx", "/api/problems.xlsx")
            self.assertEqual(status, 401 if role == "public" else 200, role)
            if status == 200:
                book = openpyxl.load_workbook(io.BytesIO(xlsx))
                self.assertEqual(book.sheetnames, ["问题清单", "整改记录"])
        status, _, _ = self.clients["province"].get(f"/api/positive-list?city={XIAN}")
        self.assertEqual(status, 404)

    def test_r_straw_burning_within_the_area(self):
        square = lambda x, y, d: [[[x, y], [x + d, y], [x + d, y + d], [x, y + d], [x, y]]]
        boundaries = json.dumps({"type": "FeatureCollection", "features": [
            {"type": "Feature", "properties": {"code": "130161", "name": "示例区", "level": "district",
                                               "parent": SJZ, "city": SJZ},
             "geometry": {"type": "Polygon", "coordinates": square(114.4, 38.0, 0.2)}},
            {"type": "Feature", "properties": {"code": "130161001", "name": "西镇", "level": "township",
                                               "parent": "130161", "city": SJZ, "responsible": "王网格员"},
             "geometry": {"type": "Polygon", "coordinates": square(114.4, 38.0, 0.1)}}]}).encode()
        for role in ROLES:
            status, body, _ = self.call(role, "POST", "/api/boundaries", "/api/boundaries")
            if role in ("public",):
                self.assertEqual(status, 401, role)
                continue
            status, body, _ = self.clients[role].upload("/api/boundaries", boundaries, name="b.json")
            want = 403 if role in ("enterprise", "district") else 200
            self.assertEqual(status, want, (role, body))
        fires = "time,lat,lon,confidence,source\n2020-10-05 21:40,38.05,114.45,h,FY-3D\n" \
                "2020-10-06 18:30,34.3,108.9,n,FY-3D\n"
        for role, code in (("enterprise", 403), ("district", 403), ("city", 200), ("national", 200)):
            status, body, _ = self.clients[role].upload("/api/fire-points", fires.encode(), name="fires.csv")
            self.assertEqual(status, code, (role, body))
            if role == "city":
                self.assertEqual((body["added"], body["not_yours"]), (1, 1), body)
            if role == "national":
                self.assertEqual((body["added"], body["already"]), (1, 1), body)
        self.call("public", "POST", "/api/fire-points", "/api/fire-points")
        seen = {"national": 2, "region": 1, "province": 1, "city": 1, "district": 0}
        for role in ROLES:
            status, body, _ = self.call(role, "GET", "/api/fire-points", "/api/fire-points")
            want = 401 if role == "public" else 403 if role == "enterprise" else 200
            self.assertEqual(status, want, (role, body))
            if status == 200:
                self.assertEqual(len(body["points"]), seen[role], role)
            status, body, _ = self.call(role, "GET", "/api/fire-stats", "/api/fire-stats")
            self.assertEqual(status, want, (role, body))
            status, body, _ = self.call(role, "GET", "/api/fire-points.xlsx", "/api/fire-points.xlsx")
            self.assertEqual(status, want, role)
            status, body, _ = self.call(role, "GET", "/api/boundaries", f"/api/boundaries?city={SJZ}")
            self.assertEqual(status, want, (role, body))
            if status == 200:
                self.assertEqual(len(body["features"]), 2, role)
        status, _, _ = self.clients["city"].get(f"/api/boundaries?city={XIAN}")
        self.assertEqual(status, 404)
        _, body, _ = self.clients["city"].get("/api/fire-points")
        point = body["points"][0]
        self.assertEqual((point["township"], point["grid"], point["period"]), ("130161001", "王网格员", "first-half-night"))
        respond = "/api/fire-points/{id}/respond"
        for role, code in (("public", 401), ("enterprise", 403), ("district", 404), ("city", 200), ("province", 409)):
            status, body, _ = self.call(role, "POST", respond, f"/api/fire-points/{point['id']}/respond",
                                        {"response": "confirmed", "note": "已扑灭"})
            self.assertEqual(status, code, (role, body))

    def test_s_workshop_register_within_the_area(self):
        found = {"city": SJZ, "district": "130102", "address": "建华大街某院内", "industry": "塑料颗粒",
                 "what": "无环评、无治理设施", "source": "grid"}
        for role, code in (("public", 401), ("enterprise", 403), ("district", 200)):
            status, body, _ = self.call(role, "POST", "/api/workshops", "/api/workshops", found)
            self.assertEqual(status, code, (role, body))
        first = body["id"]
        status, body, _ = self.clients["city"].post("/api/workshops", dict(found, district="130104", address="中山路某厂"))
        self.assertEqual(status, 200, body)
        status, body, _ = self.clients["province"].post("/api/workshops", dict(found, address="建华大街 某院内"))
        self.assertEqual(status, 409, body)  # the same place, still open
        for role in ("district", "region"):
            status, body, _ = self.clients[role].post("/api/workshops", dict(found, city=XIAN, district=""))
            self.assertEqual(status, 404, (role, body))
        seen = {"national": 2, "region": 2, "province": 2, "city": 2, "district": 1}
        for role in ROLES:
            status, body, _ = self.call(role, "GET", "/api/workshops", "/api/workshops")
            want = 401 if role == "public" else 403 if role == "enterprise" else 200
            self.assertEqual(status, want, (role, body))
            if status == 200:
                self.assertEqual(len(body["workshops"]), seen[role], role)
            status, body, _ = self.call(role, "GET", "/api/workshops/{id}", f"/api/workshops/{first}")
            self.assertEqual(status, want, (role, body))
            if status == 200:
                self.assertEqual([h["action"] for h in body["history"]], ["found"], role)
            status, body, _ = self.call(role, "GET", "/api/workshop-stats", "/api/workshop-stats")
            self.assertEqual(status, want, (role, body))
            status, body, _ = self.call(role, "GET", "/api/workshops.xlsx", "/api/workshops.xlsx")
            self.assertEqual(status, want, role)
        act = "/api/workshops/{id}/act"
        for role, step, extra, code in (
                ("public", "assess-close", {"note": "x"}, 401), ("enterprise", "assess-close", {"note": "x"}, 404),
                ("district", "assess-close", {"note": "无法整改"}, 200),
                ("district", "accept-closure", {"evidence": "p.jpg"}, 403),
                ("city", "accept-rectification", {"evidence": "p.jpg"}, 409),
                ("city", "accept-closure", {"evidence": "断电断水.jpg"}, 200),
                ("national", "accept-closure", {"evidence": "p.jpg"}, 409)):
            status, body, _ = self.call(role, "POST", act, f"/api/workshops/{first}/act", dict(extra, action=step))
            self.assertEqual(status, code, (role, step, body))
        _, stats, _ = self.clients["city"].get("/api/workshop-stats")
        district = next(d for c in stats["cities"] for d in c["districts"] if d["district"] == "130102")
        self.assertEqual((district["closed_down"], district["dynamic_zero"]), (1, True), stats)

        # The grid company's accounts and a week of readings: a one-shift load at an unregistered
        # address, the same at the closed-down workshop's address, and a household.
        accounts = ("account,customer,address,city,district,tariff,capacity_kva\n"
                    f"P-1,赵某,槐安路99号,{SJZ},130102,居民,160\n"
                    f"P-2,钱某,建华大街某院内,{SJZ},130102,居民,100\n"
                    f"P-3,孙某,裕华路1号,{SJZ},130102,居民,50\n"
                    f"P-4,周某,中山路某厂,{SJZ},130104,工业,400\n").encode()
        for role, code in (("public", 401), ("enterprise", 403), ("district", 403), ("city", 200)):
            status, body, _ = self.call(role, "POST", "/api/power-accounts", "/api/power-accounts")
            if role == "public":
                self.assertEqual(status, code)
                continue
            status, body, _ = self.clients[role].upload("/api/power-accounts", accounts, name="accounts.csv")
            self.assertEqual(status, code, (role, body))
        self.assertEqual(body["accounts"], 4)
        rows = ["meter,time,kw"]
        for day in range(1, 9):
            for q in range(96):
                minute = q * 15
                end = minute + 15
                t = f"2020-11-{day:02d} {end // 60:02d}:{end % 60:02d}" if end < 1440 else f"2020-11-{day + 1:02d} 00:00"
                shift = 55.0 if 8 * 60 <= minute < 18 * 60 else 3.0
                rows += [f"P-1,{t},{shift}", f"P-2,{t},{shift}", f"P-4,{t},{shift}",
                         f"P-3,{t},{1.5 if 18 * 60 <= minute < 22 * 60 else 0.3}"]
        readings = ("\n".join(rows) + "\n").encode()
        for role, code in (("public", 401), ("enterprise", 403), ("district", 403), ("city", 200)):
            status, body, _ = self.call(role, "POST", "/api/electricity-readings", "/api/electricity-readings")
            if role == "public":
                continue
            status, body, _ = self.clients[role].upload("/api/electricity-readings", readings, name="r.csv")
            self.assertEqual(status, code, (role, body))
        self.assertEqual(body["readings"], 4 * 8 * 96)
        path = f"/api/workshop-candidates?city={SJZ}&from=2020-11-01%2000:15:00&to=2020-11-09%2000:00:00"
        for role in ROLES:
            status, body, _ = self.call(role, "GET", "/api/workshop-candidates", path)
            self.assertEqual(status, scoped_status(role, SJZ), (role, body))
            if status == 200:
                # The district checks the accounts within it; P-4 (130104) is at an open workshop.
                self.assertEqual((body["accounts"], body["industrial"]), (3, 2) if role == "district" else (4, 3), body)
                self.assertEqual([(c["account"], c["pattern"], c["rebound_of"]) for c in body["candidates"]],
                                 [("P-1", "one-shift", None), ("P-2", "one-shift", first)], role)
        status, body, _ = self.clients["city"].get(f"/api/workshop-candidates?city={XIAN}")
        self.assertEqual(status, 404, body)
        # A lead filed from its account: the account's address fills in, the source is electricity.
        status, body, _ = self.clients["city"].post("/api/workshops", {"city": SJZ, "account": "P-1", "what": "疑似喷涂作坊"})
        self.assertEqual((status, body.get("address"), body.get("source"), body.get("source_ref")),
                         (200, "槐安路99号", "electricity", "account:P-1"), body)
        _, body, _ = self.clients["city"].get(path)
        self.assertEqual([c["account"] for c in body["candidates"]], ["P-2"])

    def test_t_network_checks_within_the_area(self):
        sites = ("code,kind,city,name,setting,serves,connected,since\n"
                 f"V-SJZ,vocs,{SJZ},世纪公园 VOCs 站,,,yes,2020-09-01\n"
                 f"T-SJZ,traffic,{SJZ},石黄高速站,freight-corridor,G1811,yes,2020-12-20\n"
                 f"V-XA,vocs,{XIAN},西安 VOCs 站,,,no,2020-09-01\n").encode()
        outlets = f"enterprise,outlet,city,height_m\n91130100MA0CEMT01Q,DA009,{SJZ},60\n".encode()
        for template, book in (("/api/network-sites", sites), ("/api/source-outlets", outlets)):
            for role in ROLES:
                status, body, _ = self.call(role, "POST", template, template)
                if role == "public":
                    self.assertEqual(status, 401)
                    continue
                status, body, _ = self.clients[role].upload(template, book, name="t.csv")
                # A table naming 西安 is refused whole to anyone who does not keep its list.
                keeps_all = role == "national" or template == "/api/source-outlets" and role in IMPORTERS
                want = 403 if role in ("enterprise", "district") else 200 if keeps_all else 404
                self.assertEqual(status, want, (role, template, body))
        for role in ROLES:
            status, body, _ = self.call(role, "GET", "/api/network-checks", "/api/network-checks?as_of=2021-01-10")
            want = 401 if role == "public" else 403 if role == "enterprise" else 200
            self.assertEqual(status, want, (role, body))
            if status != 200:
                continue
            vocs = {c["city"]: c for c in body["checks"]["vocs"]}
            self.assertEqual({SJZ, TAIYUAN, XIAN} & set(vocs), SEES[role], role)
            self.assertTrue(vocs[SJZ]["pass"], role)
            if XIAN in vocs:
                self.assertEqual(vocs[XIAN]["gaps"][0]["what"], "VOCs 自动监测站点 西安 VOCs 站 未联网")
            sources = {c["city"]: c for c in body["checks"]["sources"]}
            self.assertIn("DA009（排气筒高 60 米） 未安装自动监控设施",
                          " ".join(g["what"] for g in sources[SJZ]["gaps"]), role)
        status, body, _ = self.clients["city"].get("/api/network-checks?as_of=2021-13-01")
        self.assertEqual(status, 400, body)

    def test_z_every_documented_route_was_called_as_every_role(self):
        self.assertEqual(self.documented - self.covered, set())
        self.assertEqual(self.covered - self.documented, set())


if __name__ == "__main__":
    unittest.main()
