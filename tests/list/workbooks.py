"""The emergency-list workbooks read back with openpyxl (an independent reader):
the template has exactly the columns `lantian list check` reads (an empty
template checks without error), and the one-enterprise sheet holds the
enterprise's lines × levels with shares and verification."""
import os
import subprocess
import sys
import tempfile
import unittest

import openpyxl

LANTIAN = sys.argv.pop(1)


def run(*args):
    return subprocess.run([LANTIAN, *args], capture_output=True, text=True)


class ListWorkbooksTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.dir = self.tmp.name

    def tearDown(self):
        self.tmp.cleanup()

    def test_template_is_what_the_reader_reads(self):
        path = os.path.join(self.dir, "template.xlsx")
        r = run("list", "template", "--out", path)
        self.assertEqual(r.returncode, 0, r.stderr)
        wb = openpyxl.load_workbook(path)
        self.assertEqual(wb.sheetnames, ["enterprises", "lines", "measures", "说明"])
        self.assertEqual([c.value for c in wb["lines"][1]][:9],
                         ["credit_code", "line", "name", "capacity", "value_added", "so2_t", "nox_t", "pm_t", "vocs_t"])
        # Filled in with one enterprise, it checks.
        wb["enterprises"].append(["91130100MA0CEMT01Q", "水泥厂", "130100", "130102", "cement", "B"])
        wb["lines"].append(["91130100MA0CEMT01Q", "1", "熟料线", "5000 t/d", 20000, 0.1, 0.4, 0.2, 0])
        for level, share in (("yellow", 10), ("orange", 20), ("red", 30)):
            wb["measures"].append(["91130100MA0CEMT01Q", "1", level, "limit", share, None, None, None, None,
                                   "窑炉限产", "E-001"])
        filled = os.path.join(self.dir, "filled.xlsx")
        wb.save(filled)
        inventory = os.path.join(self.dir, "inventory.csv")
        with open(inventory, "w") as f:
            f.write("city,pollutant,t_per_day\n130100,SO2,1\n130100,NOx,4\n130100,PM,2\n130100,VOCs,1\n")
        r = run("list", "check", "--list", filled, "--inventory", inventory)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("yellow,NOx,4.000,0.040,0.0100,0.10,no,0.360", r.stdout)
        self.assertIn("0 findings", r.stdout)

        sheet = os.path.join(self.dir, "sheet.xlsx")
        r = run("list", "sheet", "--list", filled, "--enterprise", "91130100MA0CEMT01Q", "--out", sheet)
        self.assertEqual(r.returncode, 0, r.stderr)
        ws = openpyxl.load_workbook(sheet).active
        rows = [[c.value for c in row] for row in ws.iter_rows()]
        self.assertIn("水泥厂 重污染天气应急减排措施（一厂一策）", rows[0][0])
        body = [r for r in rows if r and r[0] == "1"]
        self.assertEqual([(r[2], r[3], r[4], r[9]) for r in body],
                         [("黄色", "limit", "10 %", "电表 E-001"), ("橙色", "limit", "20 %", "电表 E-001"),
                          ("红色", "limit", "30 %", "电表 E-001")])
        r = run("list", "sheet", "--list", filled, "--enterprise", "91130100MA0PNT001K", "--out", sheet)
        self.assertEqual(r.returncode, 3)
        self.assertIn("no enterprise 91130100MA0PNT001K", r.stderr)


if __name__ == "__main__":
    unittest.main()
