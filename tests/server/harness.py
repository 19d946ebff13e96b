"""Test harness for `lantian serve`: a real store file, a real server process on a
free port, and an HTTP client with cookies and CSRF handling (stdlib only)."""
import http.cookiejar
import json
import os
import random
import re
import signal
import ssl
import subprocess
import tempfile
import threading
import time
import urllib.error
import urllib.request

LANTIAN = os.environ.get("LANTIAN_BIN", "lantian")

# One user per role. The district 130102 is in Shijiazhuang (130100).
USERS = {
    "national": ("guojia", "national", ""),
    "region": ("jjj-office", "region", "JJJ"),
    "province": ("hebei", "province", "河北省"),
    "city": ("shijiazhuang", "city", "130100"),
    "district": ("changan", "district", "130102"),
    "enterprise": ("cementworks", "enterprise", "91130100MA0CEMT01Q"),  # the SJZ list's works
}
PASSWORD = "a long test password"

# Places for scope checks: Shijiazhuang (Hebei, JJJ), Taiyuan (Shanxi, JJJ), Xi'an (FW).
SJZ, TAIYUAN, XIAN = "130100", "140100", "610100"
STATION = {SJZ: "1029A", TAIYUAN: "1081A", XIAN: "1462A"}


def run(*args, stdin=None, check=True):
    done = subprocess.run([LANTIAN, *args], input=stdin, capture_output=True, text=True)
    if check and done.returncode != 0:
        raise AssertionError(f"lantian {' '.join(args)} failed ({done.returncode}): {done.stderr}")
    return done


def long_csv(stations, days=("2020-12-01", "2020-12-02"), base=60):
    """Hourly values of the six pollutants for `stations` on `days`, as a long CSV."""
    rows = ["station,time,pollutant,value"]
    rng = random.Random(7)
    for s in stations:
        for d in days:
            for h in range(24):
                for p, scale in (("SO2", 0.2), ("NO2", 0.8), ("CO", 0.02), ("O3", 0.5), ("PM10", 1.6), ("PM2.5", 1.0)):
                    v = base * scale * rng.uniform(0.6, 1.4)
                    rows.append(f"{s},{d} {h:02d}:00,{p},{v:.1f}" if p == "CO" else f"{s},{d} {h:02d}:00,{p},{int(v)}")
    return "\n".join(rows) + "\n"


def new_postgres_database():
    """A new, empty database in the test cluster (LANTIAN_TEST_PG); its URL."""
    admin = os.environ["LANTIAN_TEST_PG"]
    name = f"lantian_srv_{os.getpid()}_{random.randrange(1 << 30)}"
    subprocess.run(["psql", admin, "-q", "-c", f"CREATE DATABASE {name}"], check=True, capture_output=True)
    return admin.replace(":///postgres?", f":///{name}?")


def make_store(directory, with_data=True):
    """A store with the reference data, one user per role and two days of data: a
    SQLite file, or a PostgreSQL database when LANTIAN_SERVER_STORE=postgres."""
    if os.environ.get("LANTIAN_SERVER_STORE") == "postgres":
        db = new_postgres_database()
    else:
        db = os.path.join(directory, "lantian.db")
    run("init", "--db", db)
    for name, role, scope in USERS.values():
        args = ["user", "add", name, "--role", role, "--db", db, "--password-stdin"]
        if scope:
            args += ["--scope", scope]
        run(*args, stdin=PASSWORD + "\n")
    if with_data:
        path = os.path.join(directory, "seed.csv")
        with open(path, "w") as f:
            f.write(long_csv(list(STATION.values()) + ["1001A"]))
        run("import", "long", path, "--db", db)
    return db


class Server:
    def __init__(self, db, *extra):
        self.db = db
        self.proc = subprocess.Popen([LANTIAN, "serve", "--db", db, "--listen", "127.0.0.1:0", "--no-web", *extra],
                                     stderr=subprocess.PIPE, text=True)
        self.log = []
        self.scheme = "https" if "--tls-cert" in extra else "http"
        ready = threading.Event()
        self.port = None

        def drain():
            for line in self.proc.stderr:
                self.log.append(line)
                m = re.search(r"listening on https?://[^:]+:(\d+)", line)
                if m:
                    self.port = int(m.group(1))
                    ready.set()
            ready.set()

        self.drainer = threading.Thread(target=drain, daemon=True)
        self.drainer.start()
        if not ready.wait(20) or self.port is None:
            self.stop(signal.SIGKILL)
            raise AssertionError("lantian serve did not start: " + "".join(self.log))

    def url(self, path):
        return f"{self.scheme}://127.0.0.1:{self.port}{path}"

    def stop(self, sig=signal.SIGTERM, timeout=20):
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
        code = self.proc.wait(timeout)
        self.drainer.join(5)
        self.proc.stderr.close()
        return code


class Client:
    """An HTTP client: cookie session (with X-CSRF-Token on writes) or bearer token."""

    def __init__(self, server):
        self.server = server
        self.jar = http.cookiejar.CookieJar()
        handlers = [urllib.request.HTTPCookieProcessor(self.jar)]
        if server.scheme == "https":
            ctx = ssl.create_default_context()
            ctx.check_hostname = False
            ctx.verify_mode = ssl.CERT_NONE
            handlers.append(urllib.request.HTTPSHandler(context=ctx))
        self.opener = urllib.request.build_opener(*handlers)
        self.csrf = None
        self.bearer = None
        self.send_csrf = True

    def request(self, method, path, body=None, headers=None, content_type=None):
        headers = dict(headers or {})
        data = None
        if body is not None:
            data = body if isinstance(body, bytes) else json.dumps(body).encode()
            headers["Content-Type"] = content_type or "application/json"
        if self.bearer:
            headers["Authorization"] = "Bearer " + self.bearer
        if method != "GET" and self.csrf and self.send_csrf:
            headers["X-CSRF-Token"] = self.csrf
        req = urllib.request.Request(self.server.url(path), data=data, method=method, headers=headers)
        try:
            with self.opener.open(req, timeout=60) as r:
                raw, status, hdrs = r.read(), r.status, r.headers
        except urllib.error.HTTPError as e:
            raw, status, hdrs = e.read(), e.code, e.headers
        kind = hdrs.get("Content-Type", "")
        if kind and not (kind.startswith("application/json") or kind.startswith("text/")):
            return status, raw, hdrs  # a download (an Excel workbook): the bytes
        text = raw.decode()
        try:
            payload = json.loads(text) if text else None
        except ValueError:
            payload = text
        return status, payload, hdrs

    def get(self, path):
        return self.request("GET", path)

    def post(self, path, body=None, **kw):
        return self.request("POST", path, body if body is not None else b"", **kw)

    def login(self, username, password=PASSWORD, bearer=False):
        status, body, headers = self.post("/api/auth/login", {"username": username, "password": password,
                                                              "bearer": bearer})
        if status == 200:
            if bearer:
                self.bearer = body["token"]
            else:
                self.csrf = body["csrf_token"]
        return status, body, headers

    def upload(self, path, content, name="upload.csv", query=""):
        data = content if isinstance(content, bytes) else content.encode()
        return self.post(f"{path}?name={name}{query}", data, content_type="text/csv")


class StoreTestCase:
    """Mixin: a temporary directory with a store and a running server per test class."""

    @classmethod
    def start(cls, with_data=True, *server_args):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.db = make_store(cls.tmp.name, with_data)
        cls.server = Server(cls.db, *server_args)

    @classmethod
    def finish(cls):
        cls.server.stop()
        cls.tmp.cleanup()
