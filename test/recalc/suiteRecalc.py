#!/usr/bin/python3
"""Recalculate multi-sheet .xlsx files (the deal workbook) in headless LibreOffice
and report every listed sheet of each file.

Usage: /usr/bin/python3 suiteRecalc.py JOB.json RESULT.json
       /usr/bin/python3 suiteRecalc.py - RESULT.json   (the job on stdin, read after soffice is up)

JOB.json: {"files": [{"path": "/abs/x.xlsx", "sheets": ["Summary", "Capacity", ...]}]}
Reuses recalc.py (one soffice process, fresh profile, calculateAll() per file,
load_spreadsheet to open a file, read_sheet for the values, error cells and formula count of each sheet).
"""
import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from recalc import load_spreadsheet, read_sheet, start_office, stop_office  # noqa: E402


def run_file(desktop, spec):
    started = time.time()
    doc, load_error = load_spreadsheet(desktop, spec["path"])
    if doc is None:
        return {"path": spec["path"], "loadError": load_error}
    try:
        doc.calculateAll()
        sheets = {}
        for name in spec["sheets"]:
            if not doc.Sheets.hasByName(name):
                return {"path": spec["path"], "loadError": "no sheet %r (sheets: %s)" % (name, list(doc.Sheets.getElementNames()))}
            sheets[name] = read_sheet(doc, doc.Sheets.getByName(name))
        return {"path": spec["path"], "sheets": sheets, "seconds": time.time() - started}
    finally:
        doc.close(True)


def main():
    proc, profile, desktop = start_office()
    try:
        # JOB "-": the job arrives on stdin once the caller has written the files
        job = json.load(sys.stdin if sys.argv[1] == "-" else open(sys.argv[1]))
        files = [run_file(desktop, spec) for spec in job["files"]]
    finally:
        stop_office(proc, profile, desktop)
    with open(sys.argv[2], "w") as f:
        json.dump({"files": files}, f)

if __name__ == "__main__":
    main()
