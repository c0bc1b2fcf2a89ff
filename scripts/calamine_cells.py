#!/usr/bin/env python3
"""Dump every cell and merged range of .xlsx files as python-calamine reads them.

Usage:
  scripts/calamine_cells.py FILE.xlsx...            print one JSON document per file (stdout)
  scripts/calamine_cells.py --out DIR FILE.xlsx...  write DIR/<name>.calamine.json per file

The reader tests compare nianbao's reader against these golden files, so the tests
themselves need no Python. Re-record with `make goldens`.
"""
import datetime
import json
import os
import sys

import python_calamine


def value_of(value):
    """A JSON-friendly (type, value) pair for a calamine cell value."""
    if isinstance(value, bool):
        return "boolean", value
    if isinstance(value, int):
        return "number", repr(value)
    if isinstance(value, float):
        return "number", repr(value)
    if isinstance(value, (datetime.datetime, datetime.date, datetime.time, datetime.timedelta)):
        return "date", str(value)
    return "string", str(value)


def dump(path):
    workbook = python_calamine.CalamineWorkbook.from_path(path)
    sheets = []
    for index, name in enumerate(workbook.sheet_names):
        sheet = workbook.get_sheet_by_index(index)
        cells = []
        # With skip_empty_area=False the rows start at A1, whatever the sheet's first used cell.
        first_row, first_column = 0, 0
        for row_offset, row in enumerate(sheet.to_python(skip_empty_area=False)):
            for column_offset, value in enumerate(row):
                if value == "" and not isinstance(value, bool):
                    continue
                kind, text = value_of(value)
                cells.append({
                    "row": first_row + row_offset + 1,
                    "column": first_column + column_offset + 1,
                    "type": kind,
                    "value": text,
                })
        merges = [
            [top + 1, left + 1, bottom + 1, right + 1]
            for (top, left), (bottom, right) in (sheet.merged_cell_ranges or [])
        ]
        sheets.append({"name": name, "cells": cells, "merges": sorted(merges)})
    return {"sheets": sheets}


def main(argv):
    out = None
    if argv[:1] == ["--out"]:
        out, argv = argv[1], argv[2:]
    for path in argv:
        document = json.dumps(dump(path), ensure_ascii=False, indent=1, sort_keys=True) + "\n"
        if out:
            os.makedirs(out, exist_ok=True)
            name = os.path.basename(path).rsplit(".", 1)[0] + ".calamine.json"
            with open(os.path.join(out, name), "w", encoding="utf-8") as handle:
                handle.write(document)
        else:
            sys.stdout.write(document)


if __name__ == "__main__":
    main(sys.argv[1:])
