#!/usr/bin/env python3
"""Check nianbao's XLSX reader against python-calamine on a folder of other producers' workbooks.

Usage:
  python3 scripts/corpus_check.py FOLDER...                 every .xlsx below each FOLDER (recursive)
  python3 scripts/corpus_check.py --verbose FOLDER          also list each differing cell
  NIANBAO=path/to/nianbao python3 scripts/corpus_check.py FOLDER

For each workbook: whether nianbao read it (`nianbao cells FILE` exits 0) and whether every cell agrees with
python-calamine (pip install python-calamine), by the rules of Tests/NianbaoXLSXTests/WorkbookReaderTests.swift:
  - strings are equal; numbers are equal as floats; booleans are equal;
  - where calamine shows a date (a date-formatted number), nianbao has a number with a date format;
  - a formula is compared by its cached value;
  - cells that calamine does not show may only be blanks, empty strings, error values and formulas without a
    cached value (calamine omits error cells and empty strings).
Sheets must match by name and order. A workbook nianbao reads but calamine cannot (calamine runs in a child
process capped at 4 GiB and 300 s; it aborts on some hostile files) counts as differing. One line per file
(read/refused, agree/differ, the first difference), then the total `N read, N agree, N differ, N refused` and
the agreement as a share of the workbooks read. Exits 0 (differences are reported, not fatal).
The binary is $NIANBAO, else .build/release/nianbao, else .build/debug/nianbao.
"""
import datetime
import json
import os
import subprocess
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))


def nianbao_binary():
    for candidate in (os.environ.get("NIANBAO"), os.path.join(ROOT, ".build/release/nianbao"),
                      os.path.join(ROOT, ".build/debug/nianbao")):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    sys.exit("corpus_check: no nianbao binary; run `swift build` or set NIANBAO")


def column_number(letters):
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - ord("A") + 1
    return number


def position(ref):
    letters = "".join(c for c in ref if c.isalpha())
    return int(ref[len(letters):]), column_number(letters)


def nianbao_cells(binary, path):
    """(exit code, {sheet name: {(row, column): cell}}, sheet names, message)."""
    run = subprocess.run([binary, "cells", path], capture_output=True, timeout=300)
    if run.returncode != 0:
        return run.returncode, None, None, run.stderr.decode("utf-8", "replace").strip().splitlines()[-1:]
    document = json.loads(run.stdout.decode("utf-8"), parse_float=str, parse_int=str)
    sheets = {}
    for sheet in document["sheets"]:
        sheets[sheet["name"]] = {position(cell["ref"]): cell for cell in sheet["cells"]}
    return 0, sheets, [sheet["name"] for sheet in document["sheets"]], None


def calamine_dump(path):
    """Print python-calamine's cells of one workbook as JSON (run in a child process, see calamine_cells)."""
    import python_calamine
    workbook = python_calamine.CalamineWorkbook.from_path(path)
    sheets = []
    for index, name in enumerate(workbook.sheet_names):
        cells = []
        for row_offset, row in enumerate(workbook.get_sheet_by_index(index).to_python(skip_empty_area=False)):
            for column_offset, value in enumerate(row):
                if value == "" and not isinstance(value, bool):
                    continue
                if isinstance(value, bool):
                    kind = "b"
                elif isinstance(value, (int, float)):
                    kind, value = "n", repr(value)
                elif isinstance(value, (datetime.datetime, datetime.date, datetime.time, datetime.timedelta)):
                    kind, value = "d", str(value)
                else:
                    kind, value = "s", str(value)
                cells.append([row_offset + 1, column_offset + 1, kind, value])
        sheets.append([name, cells])
    json.dump(sheets, sys.stdout, ensure_ascii=False)


class CalamineRefused(Exception):
    """python-calamine could not read the workbook (an error, a crash, or more than the time or memory allowed)."""


def calamine_cells(path):
    """({sheet name: {(row, column): (kind, value)}}, sheet names) as python-calamine reads them.

    calamine runs in a child process limited to 4 GiB and 300 s: on some hostile files it aborts the process
    (it allocates a whole sheet by its used range)."""
    import resource

    def limit():
        resource.setrlimit(resource.RLIMIT_AS, (4 << 30, 4 << 30))

    try:
        run = subprocess.run([sys.executable, os.path.abspath(__file__), "--calamine-dump", path],
                             capture_output=True, timeout=300, preexec_fn=limit)
    except subprocess.TimeoutExpired:
        raise CalamineRefused("more than 300 s")
    if run.returncode != 0:
        lines = run.stderr.decode("utf-8", "replace").strip().splitlines()
        raise CalamineRefused(f"exit {run.returncode}: {lines[0][:120] if lines else ''}")
    sheets, names = {}, []
    for name, cells in json.loads(run.stdout.decode("utf-8")):
        names.append(name)
        sheets[name] = {(row, column): (kind, value) for row, column, kind, value in cells}
    return sheets, names


def shown(cell):
    """(type, value, format category) of a nianbao cell, a formula by its cached value."""
    if cell["type"] == "formula":
        return cell.get("cachedType", "empty"), cell.get("cached"), cell.get("formatCategory")
    return cell["type"], cell.get("value"), cell.get("formatCategory")


def agrees(ours, theirs):
    kind, value, category = shown(ours)
    their_kind, their_value = theirs
    if their_kind == "b":
        return kind == "boolean" and value is their_value
    if their_kind == "d":
        return kind == "number" and category == "date"
    if their_kind == "n":
        try:
            return kind == "number" and float(value) == float(their_value)
        except (TypeError, ValueError):
            return False
    return kind == "string" and value == their_value


def invisible(cell):
    kind, value, _ = shown(cell)
    return kind in ("empty", "error") or (kind == "string" and value == "")


def compare(ours, our_names, theirs, their_names):
    """The differences, as short sentences."""
    if our_names != their_names:
        return [f"sheets {our_names} vs calamine {their_names}"]
    differences = []
    for name in our_names:
        mine, other = ours[name], theirs[name]
        for place, value in sorted(other.items()):
            ref = f"'{name}'!R{place[0]}C{place[1]}"
            if place not in mine:
                differences.append(f"{ref}: calamine reads {value[1]!r}, nianbao nothing")
            elif not agrees(mine[place], value):
                differences.append(f"{ref}: calamine reads {value[1]!r}, nianbao {shown(mine[place])[:2]}")
        for place, cell in sorted(mine.items()):
            if place not in other and not invisible(cell):
                differences.append(f"'{name}'!R{place[0]}C{place[1]}: nianbao reads {shown(cell)[:2]}, calamine nothing")
    return differences


def main(argv):
    if argv[:1] == ["--calamine-dump"]:
        calamine_dump(argv[1])
        return
    verbose = "--verbose" in argv
    folders = [a for a in argv if a != "--verbose"]
    if not folders:
        sys.exit(__doc__)
    binary = nianbao_binary()
    files = sorted(os.path.join(folder_root, name) for folder in folders
                   for folder_root, _, names in os.walk(folder) for name in names if name.lower().endswith(".xlsx"))
    read = agree = differ = refused = 0
    for path in files:
        status, ours, our_names, message = nianbao_cells(binary, path)
        if status != 0:
            refused += 1
            print(f"refused  {path}: exit {status} {' '.join(message or [])[:150]}")
            continue
        read += 1
        try:
            theirs, their_names = calamine_cells(path)
        except CalamineRefused as error:
            differ += 1
            print(f"differ   {path}: nianbao reads it, calamine cannot ({error})")
            continue
        differences = compare(ours, our_names, theirs, their_names)
        if differences:
            differ += 1
            print(f"differ   {path}: {len(differences)} cells, first: {differences[0]}")
            if verbose:
                for line in differences[1:]:
                    print(f"         {line}")
        else:
            agree += 1
            cells = sum(len(sheet) for sheet in theirs.values())
            print(f"agree    {path}: {cells} cells")
    print(f"{read} read, {agree} agree, {differ} differ, {refused} refused")
    if read:
        print(f"agreement: {agree} of {read} read workbooks ({100 * agree / read:.1f}%)")


if __name__ == "__main__":
    main(sys.argv[1:])
