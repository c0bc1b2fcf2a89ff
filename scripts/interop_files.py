#!/usr/bin/env python3
"""Check that workbooks read the same in nianbao, openpyxl, python-calamine and headless LibreOffice.

    python3 scripts/interop_files.py --nianbao .build/debug/nianbao Samples/ .build/interop/exports/*.xlsx

For every .xlsx given (a folder stands for the .xlsx files directly inside it):
  reference   `nianbao cells FILE` (JSON): every cell and merged range nianbao's reader sees;
  openpyxl    load_workbook(data_only=False) gives the same values, the same formulas and no other non-empty cell;
              data_only=True the same cached formula values; the same merged ranges; warnings are failures;
  calamine    python-calamine gives the same values (a formula cell its cached value, blank when none) and no other
              non-empty cell, and the same merged ranges (`merged_cell_ranges`);
  LibreOffice `soffice --headless --convert-to csv` exits 0 with one non-empty CSV for every sheet (LibreOffice 7.2
              and newer export each sheet through the CSV filter's 12th option, -1), and every CSV cell is the
              reference value as LibreOffice displays it: strings equal, numbers equal as numbers, booleans
              TRUE/FALSE, formulas their cached value (or, without one, what the reference's numbers give for plain
              SUM/+/- formulas; other such formulas are not compared), nothing elsewhere;
              `--convert-to pdf` exits 0 with a non-empty PDF.
Strings are compared exactly, numbers as doubles, blank cells as blank (None in openpyxl, "" in calamine and CSV).
LibreOffice runs with an isolated profile (/tmp/lo-profile-<pid>, removed afterwards) and a timeout per
conversion; its stderr must be empty apart from the harmless "failed to launch javaldx" line.

Prints one line per check (PASS or FAIL with the first differences) and a final line "N passed, N failed"; the exit
status is 0 only when every check passed.
"""

import argparse
import csv
import glob
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import warnings
from decimal import Decimal

from interop_common import (CSV_EVERY_SHEET, Tally, calamine_merges, libreoffice_binary, parse_number, position,
                            profile_url, reference_name, soffice_complaints)

BLANK = ("blank", None)


# The reference


def plain_value(cell):
    """(kind, value) a reader that does not evaluate formulas shows: the cached value of a formula cell."""
    if cell["type"] == "formula":
        if cell.get("cached") is None:
            return BLANK
        kind, value = cell.get("cachedType", "string"), cell["cached"]
    else:
        kind, value = cell["type"], cell.get("value")
    if kind == "empty" or value is None or (kind == "string" and value == ""):
        return BLANK
    return kind, value


def read_reference(nianbao, path, timeout):
    """nianbao's view of the workbook: [{name, cells: {ref: cell}, merges: [..]}]."""
    result = subprocess.run([nianbao, "cells", path], capture_output=True, timeout=timeout)
    if result.returncode != 0:
        raise RuntimeError(f"nianbao cells exited {result.returncode}: {result.stderr.decode(errors='replace').strip()}")
    # Numbers keep their exact digits (Decimal); they are compared as doubles.
    document = json.loads(result.stdout.decode("utf-8"), parse_float=Decimal, parse_int=Decimal)
    return [
        {"name": sheet["name"], "cells": {cell["ref"]: cell for cell in sheet["cells"]}, "merges": sheet["merges"]}
        for sheet in document["sheets"]
    ]


# Comparing one value


def same_as(actual, expected, blank):
    """Whether a reader's value equals the reference (kind, value); `blank` is how the reader shows an empty cell."""
    kind, value = expected
    if kind == "blank":
        return actual == blank or actual == "" or actual is None
    if kind == "number":
        return not isinstance(actual, bool) and isinstance(actual, (int, float)) and float(actual) == float(value)
    if kind == "boolean":
        return actual is value
    return actual == value  # string, error


def shown(expected):
    kind, value = expected
    return "blank" if kind == "blank" else f"{value!r}" if kind != "number" else str(value)


def compare_grid(reference_sheet, actual_at, present, blank, place):
    """Compares every reference cell with actual_at(ref) and the reader's non-empty cells with the reference's."""
    problems = []
    expected_present = set()
    for ref, cell in reference_sheet["cells"].items():
        expected = plain_value(cell)
        if expected != BLANK:
            expected_present.add(ref)
        actual = actual_at(ref)
        if not same_as(actual, expected, blank):
            problems.append(f"{place}!{ref} {actual!r} != {shown(expected)}")
    extra = sorted(present - expected_present, key=position)
    if extra:
        problems.append(f"{place}: cells the reference does not hold: {', '.join(extra[:10])}")
    return problems


def sheet_names_problem(actual, reference):
    names = [sheet["name"] for sheet in reference]
    return [] if actual == names else [f"sheet names {actual} != {names}"]


# openpyxl


def check_openpyxl(path, label, reference, tally):
    import openpyxl

    problems = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        formulas = openpyxl.load_workbook(path, data_only=False)
        values = openpyxl.load_workbook(path, data_only=True)
    problems += [f"warning while opening: {warning.message}" for warning in caught]
    problems += sheet_names_problem(formulas.sheetnames, reference)
    merge_problems = []
    cells = formulas_count = 0
    for sheet in reference:
        if sheet["name"] not in formulas.sheetnames:
            continue
        formula_sheet, value_sheet = formulas[sheet["name"]], values[sheet["name"]]
        place = f"'{sheet['name']}'"
        present = {cell.coordinate for row in formula_sheet.iter_rows() for cell in row if cell.value is not None}
        plain = {ref: cell for ref, cell in sheet["cells"].items() if cell["type"] != "formula"}
        problems += compare_grid(
            {"cells": plain}, lambda ref: formula_sheet[ref].value,
            present - {ref for ref, cell in sheet["cells"].items() if cell["type"] == "formula"}, None, place)
        for ref, cell in sheet["cells"].items():
            if cell["type"] == "error" and formula_sheet[ref].data_type != "e":
                problems.append(f"{place}!{ref} is not an error cell ({formula_sheet[ref].data_type})")
            if cell["type"] != "formula":
                continue
            formulas_count += 1
            actual = formula_sheet[ref].value
            if actual != "=" + cell["formula"]:
                problems.append(f"{place}!{ref} formula {actual!r} != {'=' + cell['formula']!r}")
            cached = value_sheet[ref].value
            if not same_as(cached, plain_value(cell), None):
                problems.append(f"{place}!{ref} cached {cached!r} != {shown(plain_value(cell))}")
        cells += len(sheet["cells"])
        merges = sorted(str(merged) for merged in formula_sheet.merged_cells.ranges)
        if merges != sorted(sheet["merges"]):
            merge_problems.append(f"{place} merges {sorted(set(merges) ^ set(sheet['merges']))} differ")
    tally.report(f"{label} [openpyxl] values", problems, f"{cells} cells ({formulas_count} formulas) equal")
    tally.report(f"{label} [openpyxl] merges", merge_problems,
                 f"{sum(len(sheet['merges']) for sheet in reference)} merged ranges equal")


# python-calamine


def check_calamine(path, label, reference, tally):
    from python_calamine import CalamineWorkbook

    workbook = CalamineWorkbook.from_path(path)
    problems = sheet_names_problem(workbook.sheet_names, reference)
    merge_problems = []
    cells = 0
    for sheet in reference:
        if sheet["name"] not in workbook.sheet_names:
            continue
        data = workbook.get_sheet_by_name(sheet["name"])
        rows = data.to_python(skip_empty_area=False)
        place = f"'{sheet['name']}'"
        present = {reference_name(r + 1, c + 1) for r, row in enumerate(rows) for c, value in enumerate(row)
                   if value != ""}

        def at(ref, rows=rows):
            row, column = position(ref)
            return rows[row - 1][column - 1] if row <= len(rows) and column <= len(rows[row - 1]) else ""

        problems += compare_grid(sheet, at, present, "", place)
        cells += len(sheet["cells"])
        merges = calamine_merges(data)
        if merges != sorted(sheet["merges"]):
            merge_problems.append(f"{place} merges {sorted(set(merges) ^ set(sheet['merges']))} differ")
    tally.report(f"{label} [calamine] values", problems, f"{cells} cells equal")
    tally.report(f"{label} [calamine] merges", merge_problems,
                 f"{sum(len(sheet['merges']) for sheet in reference)} merged ranges equal")


# LibreOffice


SUM = re.compile(r"^SUM\(([^()]*)\)$", re.IGNORECASE)
TERM = re.compile(r"\s*([+-]?)\s*([A-Z]{1,3}[0-9]+|[0-9]+(?:\.[0-9]+)?)\s*")


def evaluate(formula, sheet):
    """What a plain SUM(ranges) or a+b-c formula gives over the reference's numbers; None for anything else."""

    def number(ref):
        kind, value = plain_value(sheet["cells"][ref]) if ref in sheet["cells"] else BLANK
        return Decimal(str(value)) if kind == "number" else None

    match = SUM.match(formula.replace("$", ""))
    if match:
        total = Decimal(0)
        for part in match.group(1).split(","):
            first, _, last = part.strip().partition(":")
            try:
                (top, left), (bottom, right) = position(first), position(last or first)
            except ValueError:
                return None
            for row in range(top, bottom + 1):
                for column in range(left, right + 1):
                    total += number(reference_name(row, column)) or 0  # SUM skips text and blanks
        return total
    text, total, at = formula.replace("$", ""), Decimal(0), 0
    while at < len(text):
        term = TERM.match(text, at)
        if not term or term.end() == at or (at > 0 and not term.group(1)):
            return None
        operand = term.group(2)
        value = Decimal(operand) if operand[0].isdigit() else number(operand)
        if value is None:
            return None
        total += -value if term.group(1) == "-" else value
        at = term.end()
    return total if text.strip() else None


def displayed_problem(actual, expected):
    """Why a CSV cell does not show the reference (kind, value), or None when it does."""
    kind, value = expected
    if kind == "blank":
        return None if actual == "" else "where the reference is blank"
    if kind == "number":
        number = parse_number(actual)
        if number is not None and (number == Decimal(str(value)) or float(number) == float(value)):
            return None
        return f"!= {value}"
    if kind == "boolean":
        return None if actual.upper() == ("TRUE" if value else "FALSE") else f"!= {value}"
    return None if actual == value else f"!= {value!r}"


def run_soffice(binary, profile, arguments, timeout):
    """(exit status, stderr), or (None, message) on a timeout; the whole process group dies with it."""
    process = subprocess.Popen([binary, "--headless", "--norestore", profile_url(profile)] + arguments,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        _, stderr = process.communicate(timeout=timeout)
        return process.returncode, stderr
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        return None, f"no answer within {timeout} s"


def conversion_problems(status, stderr, outputs):
    problems = []
    if status is None:
        return [stderr]
    if status != 0:
        problems.append(f"soffice exited {status}")
    problems += [f"soffice said: {line}" for line in soffice_complaints(stderr)]
    for output in outputs:
        if not os.path.exists(output):
            problems.append(f"no {os.path.basename(output)}")
        elif os.path.getsize(output) == 0:
            problems.append(f"{os.path.basename(output)} is empty")
    return problems


def check_libreoffice(binary, profile, path, label, reference, folder, timeout, tally):
    stem = os.path.splitext(os.path.basename(path))[0]
    csvs = [os.path.join(folder, f"{stem}-{sheet['name']}.csv") for sheet in reference]
    status, stderr = run_soffice(binary, profile, ["--convert-to", CSV_EVERY_SHEET, "--outdir", folder, path], timeout)
    problems = conversion_problems(status, stderr, csvs)
    if problems and os.path.isdir(folder):
        problems.append(f"the folder holds {sorted(os.listdir(folder))}")
    tally.report(f"{label} [LibreOffice] csv", problems, f"{len(csvs)} sheet(s), one CSV each")

    for sheet, csv_path in zip(reference, csvs):
        if not os.path.exists(csv_path):
            continue
        with open(csv_path, encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle))
        place = f"'{sheet['name']}'"
        problems, expected_present, uncompared = [], set(), []
        for ref, cell in sheet["cells"].items():
            row, column = position(ref)
            actual = rows[row - 1][column - 1] if row <= len(rows) and column <= len(rows[row - 1]) else ""
            expected = plain_value(cell)
            if cell["type"] == "formula" and expected == BLANK:
                computed = evaluate(cell["formula"], sheet)
                if computed is None:
                    uncompared.append(ref)
                    if actual != "":
                        expected_present.add(ref)
                    continue
                expected = ("number", computed)
            if expected != BLANK:
                expected_present.add(ref)
            problem = displayed_problem(actual, expected)
            if problem:
                problems.append(f"{place}!{ref} {actual!r} {problem}")
        present = {reference_name(r + 1, c + 1) for r, row in enumerate(rows) for c, value in enumerate(row) if value}
        extra = sorted(present - expected_present, key=position)
        if extra:
            problems.append(f"{place}: cells the reference does not hold: {', '.join(extra[:10])}")
        note = f"; formulas without a cached value not compared: {', '.join(uncompared)}" if uncompared else ""
        tally.report(f"{label} [LibreOffice] csv {place}", problems, f"{len(sheet['cells'])} cells as displayed{note}")

    pdf = os.path.join(folder, f"{stem}.pdf")
    status, stderr = run_soffice(binary, profile, ["--convert-to", "pdf", "--outdir", folder, path], timeout)
    problems = conversion_problems(status, stderr, [pdf])
    if not problems:
        with open(pdf, "rb") as handle:
            if handle.read(5) != b"%PDF-":
                problems.append("the output is not a PDF")
    tally.report(f"{label} [LibreOffice] pdf", problems, f"{os.path.getsize(pdf) if not problems else 0} bytes"
                 + pdf_pages(pdf))


def pdf_pages(pdf):
    if not os.path.exists(pdf) or not shutil.which("pdfinfo"):
        return ""
    result = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True)
    pages = re.search(r"^Pages:\s+(\d+)", result.stdout, re.MULTILINE)
    return f", {pages.group(1)} page(s)" if pages else ""


# Driver


def workbook_paths(inputs):
    paths = []
    for item in inputs:
        if os.path.isdir(item):
            paths += sorted(path for path in glob.glob(os.path.join(item, "*.xlsx"))
                            if not os.path.basename(path).startswith("~$"))
        else:
            paths.append(item)
    return paths


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("inputs", nargs="+", help=".xlsx files, or folders of them")
    parser.add_argument("--nianbao", default=".build/debug/nianbao", help="the nianbao binary (default: %(default)s)")
    parser.add_argument("--timeout", type=float, default=180, help="seconds per conversion (default: %(default)s)")
    parser.add_argument("--keep", metavar="DIR", help="keep LibreOffice's CSV and PDF files in DIR/<file stem>/")
    parser.add_argument("--skip-libreoffice", action="store_true", help="check openpyxl and python-calamine only")
    arguments = parser.parse_args()

    tally = Tally()
    paths = workbook_paths(arguments.inputs)
    if not paths:
        tally.fail("inputs", "no .xlsx files given")
    if not os.access(arguments.nianbao, os.X_OK):
        tally.fail("nianbao", f"{arguments.nianbao} is not an executable (build it, or pass --nianbao PATH)")
        paths = []
    binary = None if arguments.skip_libreoffice else libreoffice_binary()
    if not arguments.skip_libreoffice and binary is None:
        tally.fail("LibreOffice", "soffice is not installed (or pass --skip-libreoffice)")
        paths = []

    profile = f"/tmp/lo-profile-{os.getpid()}"
    try:
        with tempfile.TemporaryDirectory(prefix="interop-files-") as scratch:
            for index, path in enumerate(paths):
                label = os.path.relpath(path) if not os.path.relpath(path).startswith("..") else path
                try:
                    reference = read_reference(arguments.nianbao, path, arguments.timeout)
                except Exception as error:  # the reference is missing: nothing to compare with
                    tally.fail(f"{label} [nianbao] cells", f"{type(error).__name__}: {error}")
                    continue
                tally.report(f"{label} [nianbao] cells", [],
                             f"{len(reference)} sheet(s), {sum(len(s['cells']) for s in reference)} cells, "
                             f"{sum(len(s['merges']) for s in reference)} merged ranges")
                for check in (check_openpyxl, check_calamine):
                    try:
                        check(path, label, reference, tally)
                    except Exception as error:  # a reader that cannot open the file is a failure, not a crash
                        tally.fail(f"{label} [{check.__name__}]", f"{type(error).__name__}: {error}")
                if binary is None:
                    continue
                stem = os.path.splitext(os.path.basename(path))[0]
                folder = (os.path.join(arguments.keep, stem) if arguments.keep
                          else os.path.join(scratch, f"{index}-{stem}"))
                shutil.rmtree(folder, ignore_errors=True)
                os.makedirs(folder)
                check_libreoffice(binary, profile, os.path.abspath(path), label, reference, folder,
                                  arguments.timeout, tally)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    print(tally.line())
    return 0 if tally.failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
