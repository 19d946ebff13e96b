"""`lantian hj212 serve` through real sockets: packets stored before they are
acknowledged (also across SIGKILL), devices refused, malformed, silent,
slow and flooding clients kept from starving the others. SQLite by default,
PostgreSQL when LANTIAN_SERVER_STORE=postgres."""
import os
import random
import signal
import socket
import subprocess
import tempfile
import threading
import time
import unittest

from harness import LANTIAN, new_postgres_database, run

ENTERPRISE = "91130100MA0CEMT01Q"


def crc(data: bytes) -> str:
    """HJ 212-2017 appendix CRC16 (poly 0xA001, register 0xFFFF, high byte first)."""
    r = 0xFFFF
    for b in data:
        r = (r >> 8) ^ b
        for _ in range(8):
            r = (r >> 1) ^ 0xA001 if r & 1 else r >> 1
    return "%04X" % r


def frame(data: str) -> bytes:
    d = data.encode()
    return b"##%04d" % len(d) + d + crc(d).encode() + b"\r\n"


def hourly(mn, pw, hour, value, flag=5, qn=None):
    qn = qn or "20201201%02d0000%03d" % (hour % 24, random.randrange(1000))
    day = 1 + hour // 24
    return frame(f"QN={qn};ST=31;CN=2061;PW={pw};MN={mn};Flag={flag};"
                 f"CP=&&DataTime=202012{day:02d}{hour % 24:02d}0000;a21026-Avg={value},a21026-Flag=N&&")


def read_frames(sock, count, timeout=10.0):
    sock.settimeout(timeout)
    got = b""
    while got.count(b"\r\n") < count:
        chunk = sock.recv(65536)
        if not chunk:
            break
        got += chunk
    return [f for f in got.split(b"\r\n") if f]


class Receiver:
    def __init__(self, db, *extra):
        self.proc = subprocess.Popen([LANTIAN, "hj212", "serve", "--db", db, "--listen", "127.0.0.1:0", *extra],
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        line = self.proc.stdout.readline()
        if "listening on" not in line:
            raise AssertionError("receiver did not start: " + line + self.proc.stderr.read())
        self.port = int(line.rsplit(":", 1)[1])

    def connect(self):
        return socket.create_connection(("127.0.0.1", self.port), timeout=10)

    def stop(self, sig=signal.SIGTERM):
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
        self.proc.wait(timeout=30)
        self.proc.stdout.close()
        self.proc.stderr.close()


class ReceiverTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        if os.environ.get("LANTIAN_SERVER_STORE") == "postgres":
            cls.db = new_postgres_database()
        else:
            cls.db = os.path.join(cls.tmp.name, "lantian.db")
        run("init", "--db", cls.db)
        for mn, pw in (("MNA", "111111"), ("MNB", "222222"), ("MNC", "666666"), ("MND", "777777"),
                       ("MNFLOOD", "444444")):
            run("hj212", "device", "add", "--db", cls.db, "--mn", mn, "--enterprise", ENTERPRISE, "--city",
                "130100", "--outlet", "DA001", "--pollutants", "a21026", "--password-stdin", stdin=pw + "\n")
        cls.rx = Receiver(cls.db, "--idle-timeout", "2", "--registry-refresh", "1", "--max-in-flight", "8")

    @classmethod
    def tearDownClass(cls):
        cls.rx.stop()
        cls.tmp.cleanup()

    def values(self, mn):
        out = run("hj212", "values", "--db", self.db, "--mn", mn).stdout.strip().splitlines()[1:]
        return [line.split(",") for line in out]

    def rejections(self):
        return run("hj212", "rejections", "--db", self.db, "--limit", "1000").stdout

    def test_packets_are_stored_then_acknowledged(self):
        with self.rx.connect() as s:
            s.sendall(b"".join(hourly("MNA", "111111", h, 10 + h) for h in range(3)))
            acks = read_frames(s, 3)
        self.assertEqual(len(acks), 3)
        for a in acks:
            self.assertIn(b"CN=9014", a)
            self.assertIn(b"MN=MNA", a)
        rows = self.values("MNA")
        self.assertEqual([r[1] for r in rows][:3], ["2020-12-01 00:00:00", "2020-12-01 01:00:00", "2020-12-01 02:00:00"])
        self.assertEqual(rows[2][4], "12.000")

    def test_real_time_values_are_read_from_their_frames(self):
        data = ("QN=20201201080000001;ST=31;CN=2011;PW=111111;MN=MNA;Flag=5;CP=&&DataTime=20201203080030;"
                "a21026-Rtd=35.5,a21026-Flag=N;a34013-Rtd=4.2,a34013-Flag=D&&")
        with self.rx.connect() as s:
            s.sendall(frame(data))
            self.assertEqual(len(read_frames(s, 1)), 1)
        rows = run("hj212", "values", "--db", self.db, "--mn", "MNA", "--kind", "real-time").stdout
        self.assertIn("real-time,2020-12-03 08:00:30,a21026,35.500,,,,,,,N", rows)
        self.assertIn("real-time,2020-12-03 08:00:30,a34013,4.200,,,,,,,D", rows)

    def test_no_acknowledgement_unless_asked(self):
        with self.rx.connect() as s:
            s.sendall(hourly("MNA", "111111", 30, 5, flag=4) + hourly("MNA", "111111", 31, 6))
            acks = read_frames(s, 1)
        self.assertEqual(len(acks), 1)  # only the second packet asked
        self.assertIn("2020-12-02 06:00:00", [r[1] for r in self.values("MNA")])

    def test_unknown_devices_and_wrong_passwords_are_refused_and_logged(self):
        for mn, pw in (("NOSUCH", "111111"), ("MND", "999999")):
            with self.rx.connect() as s:
                s.sendall(hourly(mn, pw, 1, 1))
                s.settimeout(10)
                self.assertEqual(s.recv(100), b"")  # closed without an answer
        log = self.rejections()
        self.assertIn("unknown device MN=NOSUCH", log)
        self.assertIn("wrong password for MN=MND", log)
        self.assertEqual(self.values("MND"), [])

    def test_malformed_frames_are_logged_and_the_good_ones_still_pass(self):
        bad = bytearray(hourly("MNB", "222222", 5, 1))
        bad[-3] = ord("0") if bad[-3] != ord("0") else ord("1")  # the CRC
        with self.rx.connect() as s:
            s.sendall(b"noise" + bytes(bad) + hourly("MNB", "222222", 6, 2))
            acks = read_frames(s, 1)
        self.assertEqual(len(acks), 1)
        self.assertIn("(crc)", self.rejections())
        self.assertEqual([r[1] for r in self.values("MNB")], ["2020-12-01 06:00:00"])

    def test_garbage_closes_the_connection(self):
        with self.rx.connect() as s:
            s.sendall(b"x" * 20000)
            s.settimeout(10)
            self.assertEqual(s.recv(100), b"")
        self.assertIn("outside any frame", self.rejections())

    def test_silent_and_half_frame_clients_are_closed_and_do_not_block_others(self):
        silent = self.rx.connect()
        half = self.rx.connect()
        half.sendall(hourly("MNA", "111111", 40, 1)[:30])
        with self.rx.connect() as s:  # the others are served meanwhile
            s.sendall(hourly("MNA", "111111", 41, 1))
            self.assertEqual(len(read_frames(s, 1, timeout=5)), 1)
        for c in (silent, half):
            c.settimeout(10)
            started = time.monotonic()
            self.assertEqual(c.recv(100), b"")  # idle timeout of 2 s
            self.assertLess(time.monotonic() - started, 9)
            c.close()

    def test_a_flooding_client_does_not_starve_the_others(self):
        flood = self.rx.connect()
        stop = threading.Event()

        def pour():
            data = b"".join(hourly("MNFLOOD", "444444", h % 24, h) for h in range(200))
            try:
                while not stop.is_set():
                    flood.sendall(data)  # never reads its acknowledgements
            except OSError:
                pass

        t = threading.Thread(target=pour)
        t.start()
        try:
            time.sleep(0.5)
            with self.rx.connect() as s:
                started = time.monotonic()
                s.sendall(hourly("MNC", "666666", 12, 3))
                self.assertEqual(len(read_frames(s, 1, timeout=10)), 1)
                self.assertLess(time.monotonic() - started, 5)
        finally:
            stop.set()
            flood.close()
            t.join()

    def test_a_device_registered_while_running_is_admitted(self):
        run("hj212", "device", "add", "--db", self.db, "--mn", "MNNEW", "--enterprise", ENTERPRISE, "--city",
            "130100", "--outlet", "DA002", "--pollutants", "a21026", "--password-stdin", stdin="555555\n")
        time.sleep(2.5)  # the receiver re-reads the registry every second
        with self.rx.connect() as s:
            s.sendall(hourly("MNNEW", "555555", 1, 1))
            self.assertEqual(len(read_frames(s, 1)), 1)


class AckAfterDurableWriteTest(unittest.TestCase):
    """Every acknowledged packet is in the store after SIGKILL right after the ack."""

    def test_sigkill_right_after_acknowledgements(self):
        with tempfile.TemporaryDirectory() as tmp:
            if os.environ.get("LANTIAN_SERVER_STORE") == "postgres":
                db = new_postgres_database()
            else:
                db = os.path.join(tmp, "lantian.db")
            run("init", "--db", db)
            run("hj212", "device", "add", "--db", db, "--mn", "MNKILL", "--enterprise", ENTERPRISE, "--city",
                "130100", "--outlet", "DA001", "--pollutants", "a21026", "--password-stdin", stdin="333333\n")
            acked = set()
            hour = 0
            for round_ in range(3):
                rx = Receiver(db)
                clients = [rx.connect() for _ in range(4)]
                killed_after = random.Random(round_).randrange(20, 60)
                seen = 0
                try:
                    while seen < killed_after:
                        for c in clients:
                            c.sendall(hourly("MNKILL", "333333", hour, hour))
                            hours_sent = hour
                            hour += 1
                            if read_frames(c, 1):
                                acked.add(hours_sent)
                                seen += 1
                finally:
                    rx.proc.kill()  # SIGKILL the moment the last acknowledgement arrived
                    rx.stop()
                    for c in clients:
                        c.close()
            stored = run("hj212", "values", "--db", db, "--mn", "MNKILL").stdout.splitlines()[1:]
            stored_hours = set()
            for line in stored:
                day, hh = line.split(",")[1][8:10], line.split(",")[1][11:13]
                stored_hours.add((int(day) - 1) * 24 + int(hh))
            self.assertGreater(len(acked), 50)
            self.assertEqual(acked - stored_hours, set(), "acknowledged but lost")


if __name__ == "__main__":
    unittest.main()
