#!/usr/bin/python3
"""Recalculate .xlsx files in headless LibreOffice over UNO and report every cell.

Usage: /usr/bin/python3 recalc.py JOB.json RESULT.json
       /usr/bin/python3 recalc.py - RESULT.json    (the job on stdin, read after soffice is up)

JOB.json: {"files": [{"path": "/abs/x.xlsx", "sheet": "Dilution"}, ...]}
For each file: load it (hidden), calculateAll() (LibreOffice 7.4 ignores
fullCalcOnLoad), and read back the used area (values), every formula cell in
error with its LibreOffice error code, the number of formula cells and the
defined names (read_names). Rows and columns are 0-based. Inputs are not written here: the
caller writes every change into the file, so LibreOffice and Gnumeric read the
same bytes.

One soffice process serves the whole job, with a fresh profile directory
(-env:UserInstallation) so no user state leaks in. A file LibreOffice cannot load
(or loads as something other than a spreadsheet) is reported as "loadError"
rather than silently skipped: soffice itself exits 0 either way.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import uuid

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException
from com.sun.star.table import CellAddress

FORMULA_RESULT_ERROR = 4  # com.sun.star.sheet.FormulaResult.ERROR
CELL_FLAGS_FORMULA = 16  # com.sun.star.sheet.CellFlags.FORMULA


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def start_office():
    profile = tempfile.mkdtemp(prefix="aif-lo-profile-")
    pipe = "aif" + uuid.uuid4().hex
    proc = subprocess.Popen(
        [
            os.environ.get("SOFFICE", "soffice"),
            "--headless", "--invisible", "--nologo", "--norestore", "--nodefault", "--nolockcheck",
            "-env:UserInstallation=" + uno.systemPathToFileUrl(profile),
            "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % pipe,
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.time() + 90
    while True:
        try:
            ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
            break
        except NoConnectException:
            if proc.poll() is not None or time.time() > deadline:
                raise RuntimeError("soffice did not accept a connection (exit %s)" % proc.poll())
            time.sleep(0.1)
    desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    return proc, profile, desktop


def stop_office(proc, profile, desktop):
    try:
        desktop.terminate()
    except Exception:  # the bridge drops as soffice exits
        pass
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    shutil.rmtree(profile, ignore_errors=True)


def read_sheet(doc, sheet):
    cursor = sheet.createCursor()
    cursor.gotoEndOfUsedArea(False)
    end = cursor.getRangeAddress()
    used = sheet.getCellRangeByPosition(0, 0, end.EndColumn, end.EndRow)
    data = [list(row) for row in used.getDataArray()]  # floats and strings
    errors = []
    ranges = used.queryFormulaCells(FORMULA_RESULT_ERROR)
    for addr in ranges.getRangeAddresses():
        for r in range(addr.StartRow, addr.EndRow + 1):
            for c in range(addr.StartColumn, addr.EndColumn + 1):
                cell = sheet.getCellByPosition(c, r)
                errors.append({"row": r, "col": c, "code": cell.getError(), "formula": cell.getFormula()})
    formula_count = 0
    for addr in sheet.queryContentCells(CELL_FLAGS_FORMULA).getRangeAddresses():
        formula_count += (addr.EndRow - addr.StartRow + 1) * (addr.EndColumn - addr.StartColumn + 1)
    return {"cells": data, "errors": errors, "formulaCount": formula_count}


def read_names(doc):
    """Every document-level name -> its content as LibreOffice holds it ($Sheet.$C$19).

    XNamedRanges.outputList writes the whole list (name, "=content") onto a sheet
    in one call, read back with one getDataArray(): a model has 50-100 names, and
    getByName(n).getContent() costs two UNO round trips per name (3.7 s of a 7 s
    batch of 62 files). The scratch sheet is added after the model's sheet was read
    and the document is closed without saving.
    """
    named = doc.NamedRanges
    if not named.getElementNames():
        return {}
    sheets = doc.Sheets
    scratch = "AifNames"
    while sheets.hasByName(scratch):
        scratch += "_"
    sheets.insertNewByName(scratch, sheets.getCount())
    at = CellAddress()
    at.Sheet, at.Column, at.Row = sheets.getCount() - 1, 0, 0
    named.outputList(at)
    sheet = sheets.getByName(scratch)
    cursor = sheet.createCursor()
    cursor.gotoEndOfUsedArea(False)
    end = cursor.getRangeAddress()
    rows = sheet.getCellRangeByPosition(0, 0, end.EndColumn, end.EndRow).getDataArray()
    names = {row[0]: row[1][1:] if row[1].startswith("=") else row[1] for row in rows if row[0]}
    if len(names) != len(named.getElementNames()):
        raise RuntimeError("outputList listed %d names, the document has %d" % (len(names), len(named.getElementNames())))
    return names


def read_print(sheet):
    """The print area and the print titles LibreOffice read (0-based, inclusive): proof
    that _xlnm.Print_Area and the comma union in _xlnm.Print_Titles arrived."""
    cols, rows = sheet.getTitleColumns(), sheet.getTitleRows()
    return {
        "areas": [[a.StartRow, a.StartColumn, a.EndRow, a.EndColumn] for a in sheet.getPrintAreas()],
        "titleColumns": [cols.StartColumn, cols.EndColumn] if sheet.getPrintTitleColumns() else None,
        "titleRows": [rows.StartRow, rows.EndRow] if sheet.getPrintTitleRows() else None,
    }


def load_spreadsheet(desktop, path):
    """Open the file hidden; returns (document, None), or (None, why it is not a
    spreadsheet document), closing whatever else was loaded. The caller closes the document."""
    url = uno.systemPathToFileUrl(os.path.abspath(path))
    try:
        doc = desktop.loadComponentFromURL(url, "_blank", 0, (prop("Hidden", True),))
    except Exception as e:  # IllegalArgumentException, IOException
        return None, "%s: %s" % (type(e).__name__, e)
    if doc is None or not doc.supportsService("com.sun.star.sheet.SpreadsheetDocument"):
        if doc is not None:
            doc.close(True)
        return None, "not loaded as a spreadsheet"
    return doc, None


def run_file(desktop, spec):
    started = time.time()
    doc, load_error = load_spreadsheet(desktop, spec["path"])
    if doc is None:
        return {"path": spec["path"], "loadError": load_error}
    try:
        sheets = doc.Sheets
        if not sheets.hasByName(spec["sheet"]):
            return {"path": spec["path"], "loadError": "no sheet %r (sheets: %s)" % (spec["sheet"], list(sheets.getElementNames()))}
        loaded = time.time()
        doc.calculateAll()
        calculated = time.time()
        out = read_sheet(doc, sheets.getByName(spec["sheet"]))
        out["names"] = read_names(doc)
        out["print"] = read_print(sheets.getByName(spec["sheet"]))
        out.update({"path": spec["path"], "loadSeconds": loaded - started, "calcSeconds": calculated - loaded, "readSeconds": time.time() - calculated})
        return out
    finally:
        doc.close(True)


def main():
    started = time.time()
    proc, profile, desktop = start_office()
    startup = time.time() - started
    try:
        # JOB "-": the job arrives on stdin once the caller has written the files,
        # so soffice starts up while they are being written.
        job = json.load(sys.stdin if sys.argv[1] == "-" else open(sys.argv[1]))
        files = [run_file(desktop, spec) for spec in job["files"]]
    finally:
        stopping = time.time()
        stop_office(proc, profile, desktop)
    stop = time.time() - stopping
    with open(sys.argv[2], "w") as f:
        json.dump({"startupSeconds": startup, "stopSeconds": stop, "totalSeconds": time.time() - started, "files": files}, f)


if __name__ == "__main__":
    main()
