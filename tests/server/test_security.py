"""Sessions and their protections: cookie flags, CSRF on cookie writes, bearer
tokens, Secure cookies over TLS, login throttling, the body size limit, and the
error format."""
import os
import subprocess
import tempfile
import unittest

import harness
from harness import SJZ, STATION


class SecurityTest(unittest.TestCase, harness.StoreTestCase):
    @classmethod
    def setUpClass(cls):
        cls.start(True, "--max-body-mb", "1")

    @classmethod
    def tearDownClass(cls):
        cls.finish()

    def test_cookie_session_flags_and_csrf(self):
        c = harness.Client(self.server)
        status, body, headers = c.login("shijiazhuang")
        self.assertEqual(status, 200)
        cookies = headers.get_all("Set-Cookie")
        session = [h for h in cookies if h.startswith("lantian_session=")][0]
        csrf = [h for h in cookies if h.startswith("lantian_csrf=")][0]
        for flag in ["HttpOnly", "SameSite=Strict", "Path=/", "Max-Age=28800"]:
            self.assertIn(flag, session)
        self.assertNotIn("Secure", session)  # plain HTTP
        self.assertNotIn("HttpOnly", csrf)   # the page reads it to send X-CSRF-Token
        self.assertEqual(body["user"]["scope"], SJZ)
        self.assertNotIn("token", body)
        data = harness.long_csv([STATION[SJZ]], days=("2020-10-05",))
        c.send_csrf = False
        status, body, _ = c.upload("/api/imports/long", data)
        self.assertEqual(status, 403)
        self.assertEqual(body["error"]["field"], "X-CSRF-Token")
        c.send_csrf = True
        c.csrf = "forged"
        self.assertEqual(c.upload("/api/imports/long", data)[0], 403)
        c.csrf = body and c.csrf
        c.login("shijiazhuang")
        status, body, _ = c.upload("/api/imports/long", data)
        self.assertEqual(status, 200, body)

    def test_bearer_tokens_for_api_clients(self):
        c = harness.Client(self.server)
        status, body, headers = c.login("jjj-office", bearer=True)
        self.assertEqual(status, 200)
        self.assertIsNone(headers.get("Set-Cookie"))
        self.assertEqual(len(body["token"]), 43)
        # No CSRF token needed: browsers never send bearer tokens on their own.
        status, body, _ = c.upload("/api/imports/long", harness.long_csv([STATION[SJZ]], days=("2020-10-06",)))
        self.assertEqual(status, 200, body)
        self.assertEqual(c.get("/api/auth/me")[1]["role"], "region")
        c.bearer = "not-a-token"
        self.assertEqual(c.get("/api/auth/me")[0], 401)

    def test_login_is_throttled(self):
        c = harness.Client(self.server)
        for _ in range(5):
            status, body, _ = c.login("changan", "wrong password")
            self.assertEqual(status, 401)
            self.assertEqual(body["error"]["code"], "Unauthorized")
        status, body, _ = c.login("changan")  # right password, still refused
        self.assertEqual(status, 429)
        self.assertEqual(body["error"]["code"], "TooManyRequests")

    def test_login_needs_json(self):
        c = harness.Client(self.server)
        for body in [{"username": "guojia"}, {"username": "guojia", "password": 5},
                     {"username": "guojia", "password": "x", "bearer": "yes"}, [1, 2]]:
            status, answer, _ = c.post("/api/auth/login", body)
            self.assertEqual((status, answer["error"]["field"]), (400, "body"), body)
        status, answer, _ = c.post("/api/auth/login", b"{not json", content_type="application/json")
        self.assertEqual(status, 400)
        status, body, _ = c.post("/api/auth/login", b"username=a&password=b",
                                 content_type="application/x-www-form-urlencoded")
        self.assertEqual(status, 400)
        self.assertEqual(body["error"]["field"], "Content-Type")

    def test_body_limit_and_error_format(self):
        c = harness.Client(self.server)
        c.login("guojia")
        status, body, _ = c.upload("/api/imports/long", "x" * (2 << 20))
        self.assertEqual(status, 413)
        status, body, _ = c.get("/api/no/such/route")
        self.assertEqual(status, 404)
        self.assertEqual(set(body["error"]), {"code", "message", "field"})
        status, body, _ = c.get("/api/cities/130100/daily?from=2020-13-01")
        self.assertEqual((status, body["error"]["code"], body["error"]["field"]), (400, "InvalidInput", "from"))


class TlsTest(unittest.TestCase):
    def test_secure_cookies_over_tls_and_behind_a_proxy(self):
        with tempfile.TemporaryDirectory() as tmp:
            db = harness.make_store(tmp, with_data=False)
            cert, key = os.path.join(tmp, "cert.pem"), os.path.join(tmp, "key.pem")
            subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key,
                            "-out", cert, "-days", "1", "-subj", "/CN=localhost"], check=True,
                           capture_output=True)
            tls = harness.Server(db, "--tls-cert", cert, "--tls-key", key)
            try:
                _, _, headers = harness.Client(tls).login("guojia")
                self.assertTrue(all("Secure" in h for h in headers.get_all("Set-Cookie")))
            finally:
                tls.stop()
            proxied = harness.Server(db, "--trust-forwarded-proto")
            try:
                c = harness.Client(proxied)
                status, _, headers = c.request("POST", "/api/auth/login",
                                               {"username": "guojia", "password": harness.PASSWORD},
                                               headers={"X-Forwarded-Proto": "https"})
                self.assertEqual(status, 200)
                self.assertTrue(all("Secure" in h for h in headers.get_all("Set-Cookie")))
            finally:
                proxied.stop()


if __name__ == "__main__":
    unittest.main()
