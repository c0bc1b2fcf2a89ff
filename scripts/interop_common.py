"""Helpers shared by the interop scripts (interop_writer.py, interop_template.py, interop_files.py).

Cell references, number comparison, the pass/fail tally, opening a workbook in openpyxl with warnings counted as
failures, python-calamine's merged ranges in A1 notation, and headless LibreOffice.
"""

import os
import re
import shutil
import warnings
from decimal import Decimal, InvalidOperation

CELL = re.compile(r"^([A-Z]{1,3})([0-9]+)$")

# Comma-separated, '"'-quoted, UTF-8, from row 1, cells as shown, one file per sheet (token 12, -1: every sheet to
# FILE-SheetName.csv; LibreOffice 7.2 and newer).
CSV_EVERY_SHEET = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1"


def position(reference):
    """'B12' -> (row 12, column 2), both 1-based."""
    match = CELL.match(reference)
    if not match:
        raise ValueError(f"bad cell reference {reference!r}")
    column = 0
    for letter in match.group(1):
        column = column * 26 + ord(letter) - ord("A") + 1
    return int(match.group(2)), column


def reference_name(row, column):
    """(12, 2) -> 'B12', both 1-based."""
    letters = ""
    while column:
        column, remainder = divmod(column - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return f"{letters}{row}"


def same_number(actual, expected_text):
    """Whether a reader's number equals the expected decimal text (both rounded to the nearest double)."""
    if isinstance(actual, bool) or not isinstance(actual, (int, float)):
        return False
    return float(actual) == float(Decimal(str(expected_text)))


def parse_number(text):
    """The Decimal a displayed text stands for ('1,234.5', ' 7 ', '-3'), or None when it is not a number."""
    if not isinstance(text, str):
        return None
    try:
        number = Decimal(text.strip().replace(",", ""))
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


class Tally:
    """Counts checks; prints a line for each failure (and, through `report`, one line for each check)."""

    def __init__(self):
        self.passed = 0
        self.failed = 0

    @property
    def checks(self):
        return self.passed + self.failed

    def check(self, condition, where, message):
        if condition:
            self.passed += 1
        else:
            self.failed += 1
            print(f"FAIL {where}: {message}")
        return condition

    def fail(self, where, message):
        return self.check(False, where, message)

    def report(self, where, problems, summary, shown=5):
        """One check made of many comparisons: prints PASS or FAIL with the first `shown` problems."""
        if problems:
            more = f" (+{len(problems) - shown} more)" if len(problems) > shown else ""
            self.failed += 1
            print(f"FAIL {where}: {'; '.join(problems[:shown])}{more}")
        else:
            self.passed += 1
            print(f"PASS {where}: {summary}")
        return not problems

    def line(self):
        return f"{self.passed} passed, {self.failed} failed"


def load_openpyxl(path, data_only, tally, where):
    """openpyxl's workbook; every warning raised while opening it is a failure."""
    import openpyxl

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        workbook = openpyxl.load_workbook(path, data_only=data_only)
    for warning in caught:
        tally.fail(where, f"warning while opening: {warning.message}")
    return workbook


def calamine_merges(sheet):
    """A python-calamine sheet's merged ranges as sorted 'A1:B2' strings."""
    return sorted(
        f"{reference_name(top + 1, left + 1)}:{reference_name(bottom + 1, right + 1)}"
        for (top, left), (bottom, right) in sheet.merged_cell_ranges or []
    )


def libreoffice_binary():
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    return None


def soffice_complaints(stderr):
    """LibreOffice's stderr lines that matter: headless LibreOffice without a Java runtime always says it failed to
    launch javaldx, which is about the machine, not the file."""
    return [line.strip() for line in stderr.splitlines() if line.strip() and "javaldx" not in line]


def profile_url(folder):
    """The -env:UserInstallation argument for an isolated LibreOffice profile in `folder`."""
    return f"-env:UserInstallation=file://{os.path.abspath(folder)}"
