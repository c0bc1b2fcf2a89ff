#!/usr/bin/env python3
"""The Python side of `make bench`: the same workloads as nianbao's benchmark executables, with python-calamine,
openpyxl and XlsxWriter. Each command prints one line of `key=value` fields; scripts/bench.sh times the whole
process with hyperfine and /usr/bin/time.

Usage:
  scripts/bench_python.py read-calamine FILE.xlsx        every cell of the first sheet, through python-calamine
  scripts/bench_python.py read-openpyxl FILE.xlsx        the same through openpyxl in read-only mode
  scripts/bench_python.py write-xlsxwriter OUT ROWS COLS [--constant-memory]
                                                         the sheet of scripts/bench_data.py written with XlsxWriter
  scripts/bench_python.py calamine-loop FOLDER           every cell of every sheet of every .xlsx in FOLDER
"""
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))


def touch(value, tally):
    """Counts a non-empty cell and the length of its text, so that every value is looked at."""
    if value is None or value == "":
        return
    tally[0] += 1
    if isinstance(value, str):
        tally[1] += len(value)


def read_calamine(path):
    import python_calamine

    tally = [0, 0]
    workbook = python_calamine.CalamineWorkbook.from_path(path)
    for row in workbook.get_sheet_by_index(0).iter_rows():
        for value in row:
            touch(value, tally)
    return f"cells={tally[0]} chars={tally[1]}"


def cells_tsv_calamine(path):
    """What `nianbao cells --format tsv` prints, from python-calamine: one line per non-empty cell, to stdout."""
    import python_calamine

    def letters(column):
        name = ""
        while column:
            column, rest = divmod(column - 1, 26)
            name = chr(65 + rest) + name
        return name

    out = sys.stdout
    out.write("sheet\tref\ttype\tvalue\tformula\tcached\n")
    workbook = python_calamine.CalamineWorkbook.from_path(path)
    for name in workbook.sheet_names:
        names = []
        for number, row in enumerate(workbook.get_sheet_by_name(name).iter_rows(), 1):
            while len(names) < len(row):
                names.append(letters(len(names) + 1))
            for column, value in enumerate(row):
                if value is None or value == "":
                    continue
                if isinstance(value, str):
                    kind = "string"
                    text = value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")
                elif isinstance(value, bool):
                    kind, text = "boolean", "TRUE" if value else "FALSE"
                else:
                    kind, text = "number", repr(value)
                out.write(f"{name}\t{names[column]}{number}\t{kind}\t{text}\t\t\n")
    out.flush()
    return None


def read_openpyxl(path):
    import openpyxl

    tally = [0, 0]
    workbook = openpyxl.load_workbook(path, read_only=True)
    for row in workbook.worksheets[0].iter_rows(values_only=True):
        for value in row:
            touch(value, tally)
    workbook.close()
    return f"cells={tally[0]} chars={tally[1]}"


def write_xlsxwriter(path, rows, columns, constant_memory):
    import xlsxwriter

    from bench_data import TITLE, number_cell, string_cell

    workbook = xlsxwriter.Workbook(path, {"constant_memory": constant_memory})
    sheet = workbook.add_worksheet("Sheet1")
    sheet.merge_range(0, 0, 0, columns - 1, TITLE)
    for row in range(rows):
        for column in range(columns):
            if column % 2 == 0:
                sheet.write_number(row + 1, column, float(number_cell(row, column)))
            else:
                sheet.write_string(row + 1, column, string_cell(row, column))
    workbook.close()
    return f"cells={rows * columns + 1}"


def calamine_loop(folder):
    import python_calamine

    names = sorted(name for name in os.listdir(folder) if name.endswith(".xlsx"))
    tally = [0, 0]
    start = time.perf_counter()
    for name in names:
        workbook = python_calamine.CalamineWorkbook.from_path(os.path.join(folder, name))
        for index in range(len(workbook.sheet_names)):
            for row in workbook.get_sheet_by_index(index).to_python():
                for value in row:
                    touch(value, tally)
    seconds = time.perf_counter() - start
    return f"reports={len(names)} cells={tally[0]} seconds={seconds:.3f} per_second={len(names) / seconds:.1f}"


def main():
    arguments = sys.argv[1:]
    if not arguments:
        sys.exit(__doc__)
    command, rest = arguments[0], arguments[1:]
    if command == "read-calamine" and len(rest) == 1:
        print(read_calamine(rest[0]))
    elif command == "cells-tsv-calamine" and len(rest) == 1:
        cells_tsv_calamine(rest[0])
    elif command == "read-openpyxl" and len(rest) == 1:
        print(read_openpyxl(rest[0]))
    elif command == "write-xlsxwriter" and len(rest) in (3, 4):
        constant = len(rest) == 4 and rest[3] == "--constant-memory"
        print(write_xlsxwriter(rest[0], int(rest[1]), int(rest[2]), constant))
    elif command == "calamine-loop" and len(rest) == 1:
        print(calamine_loop(rest[0]))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
