#!/usr/bin/env python3
"""Write a report workbook that carries an application register (登记台账) on a second sheet.

The first sheet is the report of Samples/xiasizhen_2021.xlsx as it is; the second, '登记台账', holds one header row of
text and ROWS rows of COLUMNS numbers (200,000 x 10 by default, about 7.6 MB on disk), the shape of a register an
organ keeps beside its report. `make hostile-memory` imports it within the memory bound; the numbers are
deterministic.
Run: python3 scripts/make_register_workbook.py OUT.xlsx [ROWS [COLUMNS]]
"""
import os
import sys
import zipfile

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
SOURCE = os.path.join(ROOT, "Samples", "xiasizhen_2021.xlsx")
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
SHEET_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"
SHEET_CONTENT = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"


def column_name(number):
    name = ""
    while number:
        number, rest = divmod(number - 1, 26)
        name = chr(65 + rest) + name
    return name


def register_rows(rows, columns):
    """The register's sheetData, yielded in pieces so that the whole part is never held in memory."""
    yield (f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}"><sheetData><row r="1">')
    for column in range(1, columns + 1):
        yield f'<c r="{column_name(column)}1" t="inlineStr"><is><t>栏目{column}</t></is></c>'
    yield "</row>"
    names = [column_name(column) for column in range(1, columns + 1)]
    value = 12345
    for row in range(2, rows + 2):
        cells = []
        for name in names:
            value = (value * 1103515245 + 12345) % 2147483648
            cells.append(f'<c r="{name}{row}"><v>{value % 100000}</v></c>')
        yield f'<row r="{row}">' + "".join(cells) + "</row>"
    yield "</sheetData></worksheet>"


def main():
    out = sys.argv[1]
    rows = int(sys.argv[2]) if len(sys.argv) > 2 else 200_000
    columns = int(sys.argv[3]) if len(sys.argv) > 3 else 10
    with zipfile.ZipFile(SOURCE) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "xl/workbook.xml":
                data = data.replace(b"</sheets>", '<sheet name="登记台账" sheetId="99" r:id="rIdRegister"/></sheets>'
                                    .encode())
            elif info.filename == "xl/_rels/workbook.xml.rels":
                data = data.replace(b"</Relationships>", (
                    f'<Relationship Id="rIdRegister" Type="{SHEET_TYPE}" Target="worksheets/register.xml"/>'
                    "</Relationships>").encode())
            elif info.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", (
                    f'<Override PartName="/xl/worksheets/register.xml" ContentType="{SHEET_CONTENT}"/></Types>')
                    .encode())
            target.writestr(info, data)
        register = zipfile.ZipInfo("xl/worksheets/register.xml", (2024, 1, 1, 0, 0, 0))
        register.compress_type = zipfile.ZIP_DEFLATED
        with target.open(register, "w", force_zip64=False) as part:
            for piece in register_rows(rows, columns):
                part.write(piece.encode())


if __name__ == "__main__":
    main()
