#!/usr/bin/env python3
"""Check nianbao's blank templates and exported reports in other spreadsheet programs.

The report tests write the inputs, each FILE.xlsx with a sidecar FILE.json, when NIANBAO_INTEROP_DIR is set:

    NIANBAO_INTEROP_DIR=/tmp/nianbao-interop swift test --filter ExportInteropSampleTests
    python3 scripts/interop_template.py /tmp/nianbao-interop/report

Templates (sidecar "kind": "template"):
  * openpyxl (warnings are failures): sheet names, merged ranges, every check cell's formula and cached value (the
    empty template shows "✓"), value cells unlocked and validated by kind, sheet protection on;
  * python-calamine: the cached "✓" of every check cell, merged ranges;
  * LibreOffice: each fill of the sidecar (one set of values where every balance equation holds, one where some are
    broken) is typed into a copy with openpyxl, which keeps formulas but no results; headless LibreOffice, with a
    profile set to recalculate on load, converts the copies to xlsx, and openpyxl reads the computed check cells back
    (data_only). Every check must show "✓" where the sums of its parts and totals agree and "✗ <rule>" where they do
    not, computed here from the sidecar's cells; the balanced fill must be all "✓" and the broken fill must break
    each rule it names.
Exports (sidecar "kind": "export"): openpyxl and python-calamine read every cell's value (numbers to the last
digit a double holds) and every merged range; no other cell holds anything.

Prints one line per failure and a final line "N passed, N failed"; the exit status is 0 only when nothing failed.
"""

import argparse
import glob
import json
import os
import subprocess
import sys
import tempfile
from decimal import Decimal

from interop_common import (Tally, calamine_merges, libreoffice_binary, position, profile_url, reference_name,
                            same_number)
from interop_common import load_openpyxl as load

RECALCULATE_ON_LOAD = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"""


def expected_check(check, fill):
    def total(cells):
        return sum(int(Decimal(str(fill.get(cell, 0)))) for cell in cells)

    return "✓" if total(check["parts"]) == total(check["totals"]) else "✗ " + check["rule"]


# Templates


def check_template_openpyxl(path, sidecar, tally):
    where = f"{os.path.basename(path)} [openpyxl]"
    formulas = load(path, False, tally, where)
    values = load(path, True, tally, where)
    tally.check(formulas.sheetnames == sidecar["sheets"], where, f"sheet names {formulas.sheetnames}")
    sheet = formulas[sidecar["sheet"]]
    cached = values[sidecar["sheet"]]
    merges = sorted(str(merged) for merged in sheet.merged_cells.ranges)
    tally.check(merges == sorted(sidecar["merges"]), where, f"merges {merges} != {sorted(sidecar['merges'])}")
    tally.check(sheet.protection.sheet, where, "the sheet is not protected")
    for check in sidecar["checks"]:
        at = f"{where}!{check['cell']}"
        tally.check(sheet[check["cell"]].value == "=" + check["formula"], at, f"formula {sheet[check['cell']].value!r}")
        tally.check(cached[check["cell"]].value == sidecar["holds"], at, f"cached {cached[check['cell']].value!r}")
    kinds = {"count": ("whole", "greaterThanOrEqual"), "signedCount": ("whole", "between"),
             "amount": ("decimal", "greaterThanOrEqual")}
    for reference, kind in sidecar["valueCells"].items():
        at = f"{where}!{reference}"
        tally.check(sheet[reference].protection.locked is False, at, "value cell is locked")
        rules = [rule for rule in sheet.data_validations.dataValidation if reference in rule.sqref]
        tally.check(
            [(rule.type, rule.operator) for rule in rules] == [kinds[kind]], at,
            f"validation {[(rule.type, rule.operator) for rule in rules]} for a {kind}")


def check_template_calamine(path, sidecar, tally):
    from python_calamine import CalamineWorkbook

    where = f"{os.path.basename(path)} [calamine]"
    workbook = CalamineWorkbook.from_path(path)
    tally.check(workbook.sheet_names == sidecar["sheets"], where, f"sheet names {workbook.sheet_names}")
    data = workbook.get_sheet_by_name(sidecar["sheet"])
    rows = data.to_python(skip_empty_area=False)
    for check in sidecar["checks"]:
        row, column = position(check["cell"])
        actual = rows[row - 1][column - 1] if row <= len(rows) and column <= len(rows[row - 1]) else ""
        tally.check(actual == sidecar["holds"], f"{where}!{check['cell']}", f"cached {actual!r}")
    merges = calamine_merges(data)
    tally.check(merges == sorted(sidecar["merges"]), where, f"merges {merges}")


def fill_copies(path, sidecar, folder):
    """Writes one copy of the template per fill, values typed in with openpyxl; returns {fill: copy path}."""
    import openpyxl

    copies = {}
    stem = os.path.splitext(os.path.basename(path))[0]
    for fill, cells in sidecar["fills"].items():
        workbook = openpyxl.load_workbook(path)
        sheet = workbook[sidecar["sheet"]]
        for reference, value in cells.items():
            sheet[reference] = float(Decimal(value)) if isinstance(value, str) else value
        copy = os.path.join(folder, f"{stem}-{fill}.xlsx")
        workbook.save(copy)
        copies[fill] = copy
    return copies


def recalculate(binary, paths, folder, tally):
    """Converts the files to xlsx with LibreOffice, which recalculates every formula on load; returns the outputs."""
    profile = os.path.join(folder, "profile")
    os.makedirs(os.path.join(profile, "user"), exist_ok=True)
    with open(os.path.join(profile, "user", "registrymodifications.xcu"), "w", encoding="utf-8") as handle:
        handle.write(RECALCULATE_ON_LOAD)
    out = os.path.join(folder, "recalculated")
    os.makedirs(out, exist_ok=True)
    result = subprocess.run(
        [binary, "--headless", profile_url(profile), "--convert-to", "xlsx", "--outdir", out]
        + paths, capture_output=True, text=True, timeout=600)
    tally.check(result.returncode == 0, "LibreOffice", f"soffice exited {result.returncode}: {result.stderr.strip()}")
    outputs = {}
    for path in paths:
        converted = os.path.join(out, os.path.basename(path))
        if tally.check(os.path.exists(converted), "LibreOffice", f"no output for {os.path.basename(path)}"):
            outputs[path] = converted
    return outputs


def check_recalculated(path, converted, sidecar, fill, tally):
    where = f"{os.path.basename(path)} [LibreOffice, {fill}]"
    sheet = load(converted, True, tally, where)[sidecar["sheet"]]
    cells = sidecar["fills"][fill]
    shown = {}
    for check in sidecar["checks"]:
        expected = expected_check(check, cells)
        actual = sheet[check["cell"]].value
        shown[check["cell"]] = actual
        tally.check(actual == expected, f"{where}!{check['cell']}", f"{actual!r} != {expected!r}")
    if fill == "balanced":
        tally.check(all(value == sidecar["holds"] for value in shown.values()), where, "not every check shows ✓")
    else:
        broken = {value[2:] for value in shown.values() if isinstance(value, str) and value.startswith("✗ ")}
        tally.check(set(sidecar["brokenRules"]) <= broken, where, f"rules shown broken {sorted(broken)}")
    for reference, value in cells.items():
        tally.check(same_number(sheet[reference].value, value), f"{where}!{reference}", f"{sheet[reference].value!r}")


# Exports


def check_export_openpyxl(path, sidecar, tally):
    where = f"{os.path.basename(path)} [openpyxl]"
    workbook = load(path, False, tally, where)
    tally.check(workbook.sheetnames == [sheet["name"] for sheet in sidecar["sheets"]], where,
                f"sheet names {workbook.sheetnames}")
    for expected in sidecar["sheets"]:
        if expected["name"] not in workbook.sheetnames:
            continue
        sheet = workbook[expected["name"]]
        place = f"{where} '{expected['name']}'"
        present = {cell.coordinate for row in sheet.iter_rows() for cell in row if cell.value is not None}
        tally.check(present == set(expected["cells"]), place, f"cells {sorted(present ^ set(expected['cells']))} differ")
        for reference, cell in expected["cells"].items():
            actual = sheet[reference].value
            if cell["type"] == "number":
                tally.check(same_number(actual, cell["value"]), f"{place}!{reference}", f"{actual!r} != {cell['value']}")
            else:
                tally.check(actual == cell["value"], f"{place}!{reference}", f"{actual!r} != {cell['value']!r}")
        merges = sorted(str(merged) for merged in sheet.merged_cells.ranges)
        tally.check(merges == sorted(expected["merges"]), place, f"merges {merges}")


def check_export_calamine(path, sidecar, tally):
    from python_calamine import CalamineWorkbook

    where = f"{os.path.basename(path)} [calamine]"
    workbook = CalamineWorkbook.from_path(path)
    tally.check(workbook.sheet_names == [sheet["name"] for sheet in sidecar["sheets"]], where,
                f"sheet names {workbook.sheet_names}")
    for expected in sidecar["sheets"]:
        if expected["name"] not in workbook.sheet_names:
            continue
        data = workbook.get_sheet_by_name(expected["name"])
        rows = data.to_python(skip_empty_area=False)
        place = f"{where} '{expected['name']}'"
        present = {reference_name(r + 1, c + 1) for r, row in enumerate(rows) for c, value in enumerate(row)
                   if value != ""}
        tally.check(present == set(expected["cells"]), place, f"cells {sorted(present ^ set(expected['cells']))} differ")
        for reference, cell in expected["cells"].items():
            row, column = position(reference)
            actual = rows[row - 1][column - 1] if row <= len(rows) and column <= len(rows[row - 1]) else ""
            if cell["type"] == "number":
                tally.check(same_number(actual, cell["value"]), f"{place}!{reference}", f"{actual!r} != {cell['value']}")
            else:
                tally.check(actual == cell["value"], f"{place}!{reference}", f"{actual!r} != {cell['value']!r}")
        merges = calamine_merges(data)
        tally.check(merges == sorted(expected["merges"]), place, f"merges {merges}")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("inputs", nargs="+", help="folders holding FILE.xlsx + FILE.json pairs, or .xlsx files")
    arguments = parser.parse_args()

    files = []
    for item in arguments.inputs:
        files += sorted(glob.glob(os.path.join(item, "*.xlsx"))) if os.path.isdir(item) else [item]
    tally = Tally()
    if not tally.check(bool(files), "inputs", "no .xlsx files given"):
        print(f"{tally.passed} passed, {tally.failed} failed")
        return 1
    binary = libreoffice_binary()
    tally.check(binary is not None, "LibreOffice", "soffice is not installed")

    with tempfile.TemporaryDirectory() as folder:
        copies = []  # (template path, sidecar, fill, copy path)
        for path in files:
            try:
                with open(os.path.splitext(path)[0] + ".json", encoding="utf-8") as handle:
                    sidecar = json.load(handle)
            except OSError as error:
                tally.check(False, path, f"cannot read the sidecar: {error}")
                continue
            checks = ((check_template_openpyxl, check_template_calamine) if sidecar["kind"] == "template"
                      else (check_export_openpyxl, check_export_calamine))
            for check in checks:
                try:
                    check(path, sidecar, tally)
                except Exception as error:  # a reader that cannot open the file is a failure, not a crash
                    tally.check(False, f"{os.path.basename(path)} [{check.__name__}]", f"{type(error).__name__}: {error}")
            if sidecar["kind"] == "template":
                copies += [(path, sidecar, fill, copy) for fill, copy in fill_copies(path, sidecar, folder).items()]
        if binary is not None and copies:
            outputs = recalculate(binary, [copy for _, _, _, copy in copies], folder, tally)
            for path, sidecar, fill, copy in copies:
                if copy in outputs:
                    check_recalculated(path, outputs[copy], sidecar, fill, tally)
    print(f"{tally.passed} passed, {tally.failed} failed")
    return 0 if tally.failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
