#!/usr/bin/env python3
"""Check that workbooks written by nianbao open cleanly in other spreadsheet readers.

For every FILE.xlsx given, a sidecar FILE.expected.json (next to it) says what the workbook holds. The writer's
test suite produces a sample pair when run with NIANBAO_INTEROP_DIR set:

    NIANBAO_INTEROP_DIR=/tmp/interop swift test --filter InteropSampleTests
    python3 scripts/interop_writer.py /tmp/interop/*.xlsx

Each file is opened with
  * openpyxl (warnings are failures): sheet names, every cell's value and type, formulas, cached formula values
    (data_only), merged ranges;
  * python-calamine: sheet names, every cell's value, merged ranges;
  * LibreOffice (`soffice --headless --convert-to csv`, one CSV per sheet): every cell as LibreOffice computes it.
LibreOffice is required unless --skip-libreoffice is given. The exit status is 0 only when every check passes.

Sidecar format:
    {"sheets": [{"name": "表二", "merges": ["A1:D1"],
                 "cells": {"A1": {"type": "string", "value": "text"},
                           "B3": {"type": "number", "value": "24252.311082"},
                           "B5": {"type": "boolean", "value": true},
                           "C5": {"type": "error", "value": "#N/A"},
                           "D5": {"type": "formula", "formula": "B3+C3", "cached": null,
                                  "computed": {"type": "number", "value": "-18"}}}}]}
"cached" is the value stored in the file (null when none); "computed" is what a recalculation gives. Strings in
the sample hold no control characters, since openpyxl leaves their `_xHHHH_` escapes undecoded.
"""

import argparse
import csv
import json
import os
import subprocess
import sys
import tempfile
from decimal import Decimal

from interop_common import (Tally, calamine_merges, libreoffice_binary, load_openpyxl, position, profile_url,
                            same_number, soffice_complaints)


def expected_plain(cell):
    """The value a reader that does not evaluate formulas shows: the cached value for a formula cell."""
    if cell["type"] == "formula":
        return cell.get("cached")
    return cell


def check_openpyxl(path, expected, report):
    where = f"{os.path.basename(path)} [openpyxl]"
    formulas = load_openpyxl(path, False, report, where)
    values = load_openpyxl(path, True, report, where)
    report.check(
        formulas.sheetnames == [sheet["name"] for sheet in expected["sheets"]],
        where,
        f"sheet names {formulas.sheetnames}",
    )
    for sheet in expected["sheets"]:
        if sheet["name"] not in formulas.sheetnames:
            continue
        formula_sheet = formulas[sheet["name"]]
        value_sheet = values[sheet["name"]]
        place = f"{where} '{sheet['name']}'"
        present = {
            cell.coordinate for row in formula_sheet.iter_rows() for cell in row if cell.value is not None
        }
        report.check(present == set(sheet["cells"]), place, f"non-empty cells {sorted(present ^ set(sheet['cells']))} differ")
        for reference, cell in sheet["cells"].items():
            actual = formula_sheet[reference]
            cached = value_sheet[reference].value
            at = f"{place}!{reference}"
            kind = cell["type"]
            if kind == "string":
                report.check(actual.value == cell["value"], at, f"{actual.value!r} != {cell['value']!r}")
            elif kind == "number":
                report.check(same_number(actual.value, cell["value"]), at, f"{actual.value!r} != {cell['value']}")
            elif kind == "boolean":
                report.check(actual.value is cell["value"], at, f"{actual.value!r} != {cell['value']!r}")
            elif kind == "error":
                report.check(
                    actual.data_type == "e" and actual.value == cell["value"],
                    at,
                    f"{actual.value!r} ({actual.data_type}) != error {cell['value']}",
                )
            elif kind == "formula":
                report.check(actual.value == "=" + cell["formula"], at, f"formula {actual.value!r}")
                check_value(cached, cell.get("cached"), at + " cached", report, empty=None)
        merges = sorted(str(merged) for merged in formula_sheet.merged_cells.ranges)
        report.check(merges == sorted(sheet["merges"]), place, f"merges {merges} != {sorted(sheet['merges'])}")


def check_value(actual, expected, at, report, empty):
    """Compares a plain value (or `empty` when expected is null) with an expected {type, value}."""
    if expected is None:
        report.check(actual == empty, at, f"{actual!r} where nothing was expected")
    elif expected["type"] == "string":
        report.check(actual == expected["value"], at, f"{actual!r} != {expected['value']!r}")
    elif expected["type"] == "number":
        report.check(same_number(actual, expected["value"]), at, f"{actual!r} != {expected['value']}")
    elif expected["type"] == "boolean":
        report.check(actual is expected["value"], at, f"{actual!r} != {expected['value']!r}")
    elif expected["type"] == "error":
        report.check(actual == expected["value"], at, f"{actual!r} != {expected['value']!r}")


def check_calamine(path, expected, report):
    from python_calamine import CalamineWorkbook

    where = f"{os.path.basename(path)} [calamine]"
    workbook = CalamineWorkbook.from_path(path)
    names = [sheet["name"] for sheet in expected["sheets"]]
    report.check(workbook.sheet_names == names, where, f"sheet names {workbook.sheet_names}")
    for sheet in expected["sheets"]:
        if sheet["name"] not in workbook.sheet_names:
            continue
        data = workbook.get_sheet_by_name(sheet["name"])
        rows = data.to_python(skip_empty_area=False)
        place = f"{where} '{sheet['name']}'"
        for reference, cell in sheet["cells"].items():
            row, column = position(reference)
            actual = rows[row - 1][column - 1] if row <= len(rows) and column <= len(rows[row - 1]) else ""
            plain = expected_plain(cell)
            # python-calamine shows error values, and formulas without a cached value, as empty strings.
            if plain is not None and plain["type"] == "error":
                plain = None
            check_value(actual, plain, f"{place}!{reference}", report, empty="")
        merges = calamine_merges(data)
        report.check(merges == sorted(sheet["merges"]), place, f"merges {merges} != {sorted(sheet['merges'])}")


def check_libreoffice(binary, path, expected, report):
    where = f"{os.path.basename(path)} [LibreOffice]"
    with tempfile.TemporaryDirectory() as folder:
        # Field separator ',', text delimiter '"', UTF-8, start row 1, raw (not formatted) values, one file per
        # sheet (-1): FILE-SheetName.csv.
        filter_options = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"
        result = subprocess.run(
            [binary, "--headless", profile_url(os.path.join(folder, "profile")), "--convert-to", filter_options,
             "--outdir", folder, path],
            capture_output=True, text=True, timeout=300,
        )
        report.check(result.returncode == 0, where, f"soffice exited {result.returncode}: {result.stderr.strip()}")
        for line in soffice_complaints(result.stderr):
            report.fail(where, f"soffice said: {line}")
        stem = os.path.splitext(os.path.basename(path))[0]
        for sheet in expected["sheets"]:
            csv_path = os.path.join(folder, f"{stem}-{sheet['name']}.csv")
            place = f"{where} '{sheet['name']}'"
            if not os.path.exists(csv_path):
                report.fail(place, f"no CSV was produced (folder holds {sorted(os.listdir(folder))})")
                continue
            with open(csv_path, encoding="utf-8", newline="") as handle:
                rows = list(csv.reader(handle))
            for reference, cell in sheet["cells"].items():
                row, column = position(reference)
                actual = rows[row - 1][column - 1] if row <= len(rows) and column <= len(rows[row - 1]) else ""
                value = cell.get("computed") if cell["type"] == "formula" else cell
                at = f"{place}!{reference}"
                if value is None:
                    report.check(actual == "", at, f"{actual!r} where nothing was expected")
                elif value["type"] == "number":
                    try:
                        report.check(Decimal(actual) == Decimal(value["value"]) or float(actual) == float(value["value"]),
                                     at, f"{actual!r} != {value['value']}")
                    except ArithmeticError:
                        report.fail(at, f"{actual!r} is not the number {value['value']}")
                elif value["type"] == "boolean":
                    report.check(actual.upper() == ("TRUE" if value["value"] else "FALSE"), at,
                                 f"{actual!r} != {value['value']}")
                else:
                    report.check(actual == value["value"], at, f"{actual!r} != {value['value']!r}")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="+", help="workbooks, each with a FILE.expected.json beside it")
    parser.add_argument("--skip-libreoffice", action="store_true", help="do not require or run LibreOffice")
    arguments = parser.parse_args()

    binary = None if arguments.skip_libreoffice else libreoffice_binary()
    if not arguments.skip_libreoffice and binary is None:
        print("LibreOffice not installed (no soffice or libreoffice on PATH); install it or pass --skip-libreoffice")
        return 2

    report = Tally()
    for path in arguments.files:
        sidecar = os.path.splitext(path)[0] + ".expected.json"
        try:
            with open(sidecar, encoding="utf-8") as handle:
                expected = json.load(handle)
        except OSError as error:
            report.fail(path, f"cannot read the sidecar {sidecar}: {error}")
            continue
        for check in (check_openpyxl, check_calamine):
            try:
                check(path, expected, report)
            except Exception as error:  # a reader that cannot open the file is a failure, not a crash
                report.fail(f"{os.path.basename(path)} [{check.__name__}]", f"{type(error).__name__}: {error}")
        if binary is not None:
            check_libreoffice(binary, path, expected, report)
    print(report.line())
    return 0 if report.failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
