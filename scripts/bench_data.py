#!/usr/bin/env python3
"""Generate the inputs of `make bench`, deterministically (the same arguments always give the same bytes).

Usage:
  scripts/bench_data.py sheet --rows N --cols C --strings shared|inline OUT.xlsx
      A report-like sheet: a merged title row, then N rows of C columns alternating numbers and Chinese strings
      (the cells Benchmarks/Sources/BenchWrite writes). Written as raw SpreadsheetML, so that the file holds shared
      strings or inline strings exactly as asked.
  scripts/bench_data.py reports --count N --template FILE.xlsx OUTDIR
      N report workbooks made from the template (a 2021 official-layout report whose first sheet holds the tables,
      such as Samples/xiasizhen_2021.xlsx or xiasizhen_2021.official.xlsx), each with its own balanced numbers:
      the leaves of tables 二, 三 and 四 drawn at random, the totals summed. With --distinct-shapes every
      workbook's sheets get names of their own (so no two workbooks share a shape).
"""
import argparse
import os
import random
import re
import zipfile

# The vocabulary of the string cells (the same list as Benchmarks/Sources/BenchWrite/main.swift).
WORDS = [
    "行政许可", "行政处罚", "行政强制", "行政事业性收费", "政府信息公开", "依申请公开", "主动公开", "行政复议",
    "行政诉讼", "维持", "纠正", "其他结果", "尚未审结", "自然人", "商业企业", "科研机构", "社会公益组织",
    "法律服务机构", "本年新收", "上年结转", "予以公开", "部分公开", "不予公开", "无法提供", "不予处理",
]
TITLE = "某某县2024年政府信息公开工作年度报告（基准测试）"
# Entries are stamped with a fixed date so that the archive's bytes do not depend on the clock.
STAMP = (1980, 1, 1, 0, 0, 0)


def string_cell(row, column):
    first = WORDS[(row * 7 + column) % len(WORDS)]
    second = WORDS[(row * 13 + column * 3) % len(WORDS)]
    return f"{first}{second}{(row + column) % 40}"


def number_cell(row, column):
    value = (row * 7919 + column * 104729) % 1_000_000
    return str(value) if column % 4 == 0 else f"{value // 100}.{value % 100:02d}"


def column_name(column):
    name = ""
    while column > 0:
        column, remainder = divmod(column - 1, 26)
        name = chr(65 + remainder) + name
    return name


def escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
<Default Extension="xml" ContentType="application/xml"/>\
<Override PartName="/xl/workbook.xml" \
ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
<Override PartName="/xl/worksheets/sheet1.xml" \
ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
<Override PartName="/xl/styles.xml" \
ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
<Override PartName="/xl/sharedStrings.xml" \
ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>\
</Types>"""

PACKAGE_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
<Relationship Id="rId1" \
Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
</Relationships>"""

WORKBOOK = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>"""

WORKBOOK_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" \
Target="worksheets/sheet1.xml"/>\
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" \
Target="styles.xml"/>\
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" \
Target="sharedStrings.xml"/>\
</Relationships>"""

# Style 1: numbers as #,##0.00; style 2: centred text; style 3: the bold title.
STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="16"/><name val="宋体"/></font>\
</fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/>\
</fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
<xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment horizontal="center"/>\
</xf><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>\
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>"""


def write_entry(archive, name, data):
    info = zipfile.ZipInfo(name, date_time=STAMP)
    info.compress_type = zipfile.ZIP_DEFLATED
    archive.writestr(info, data, compresslevel=6)


def make_sheet(path, rows, columns, inline):
    strings = {}
    order = []

    def string_xml(reference, text, style):
        if inline:
            return f'<c r="{reference}" s="{style}" t="inlineStr"><is><t>{escape(text)}</t></is></c>'
        index = strings.get(text)
        if index is None:
            index = strings[text] = len(order)
            order.append(text)
        return f'<c r="{reference}" s="{style}" t="s"><v>{index}</v></c>'

    names = [column_name(column + 1) for column in range(columns)]
    parts = [
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f'<dimension ref="A1:{names[-1]}{rows + 1}"/><sheetViews><sheetView workbookViewId="0"/></sheetViews>'
        '<sheetFormatPr defaultRowHeight="15"/><sheetData>'
        f'<row r="1" ht="36" customHeight="1">{string_xml("A1", TITLE, 3)}</row>'
    ]
    for row in range(rows):
        number = row + 2
        cells = []
        for column in range(columns):
            reference = f"{names[column]}{number}"
            if column % 2 == 0:
                cells.append(f'<c r="{reference}" s="1"><v>{number_cell(row, column)}</v></c>')
            else:
                cells.append(string_xml(reference, string_cell(row, column), 2))
        parts.append(f'<row r="{number}">{"".join(cells)}</row>')
    parts.append(f'</sheetData><mergeCells count="1"><mergeCell ref="A1:{names[-1]}1"/></mergeCells>'
                 '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
                 '</worksheet>')
    shared = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
              f'count="{len(order)}" uniqueCount="{len(order)}">']
    shared += [f"<si><t>{escape(text)}</t></si>" for text in order]
    shared.append("</sst>")
    temporary = path + ".part"
    with zipfile.ZipFile(temporary, "w") as archive:
        write_entry(archive, "[Content_Types].xml", CONTENT_TYPES)
        write_entry(archive, "_rels/.rels", PACKAGE_RELS)
        write_entry(archive, "xl/workbook.xml", WORKBOOK)
        write_entry(archive, "xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        write_entry(archive, "xl/worksheets/sheet1.xml", "".join(parts))
        write_entry(archive, "xl/styles.xml", STYLES)
        write_entry(archive, "xl/sharedStrings.xml", "".join(shared))
    os.replace(temporary, path)


# The value cells of the official layout (2021 template, as in xiasizhen_2021.official.xlsx).
PROACTIVE = ["B6", "C6", "D6", "B7", "C7", "D7", "B10", "B13", "B14", "B17"]
APPEAL_GROUPS = [("ABCD", "E"), ("FGHI", "J"), ("KLMN", "O")]


def report_values(rng):
    """Balanced values for table 三 (per column: 新收 + 上年结转 = 办理结果总计 + 结转下年度; 总计 = the six requester
    columns) and table 四 (each total the sum of its four results); table 二 drawn freely."""
    values = {cell: str(rng.randrange(0, 60)) for cell in PROACTIVE}
    values["B17"] = "0"  # no fees: a fee asks for a sentence in section 六, which the template leaves empty
    totals = {row: 0 for row in range(23, 48)}
    for column in "DEFGHI":
        column_values = {row: rng.choice((0, 0, 1, 2, 3, 5, 8)) for row in range(25, 46)}
        column_values[46] = sum(column_values.values())
        column_values[47] = rng.randrange(0, 4)
        column_values[24] = rng.randrange(0, min(column_values[46] + column_values[47], 6) + 1)
        column_values[23] = column_values[46] + column_values[47] - column_values[24]
        for row, value in column_values.items():
            values[f"{column}{row}"] = str(value)
            totals[row] += value
    values.update({f"J{row}": str(value) for row, value in totals.items()})
    for leaves, total_column in APPEAL_GROUPS:
        numbers = [rng.randrange(0, 6) for _ in leaves]
        values.update({f"{column}53": str(number) for column, number in zip(leaves, numbers)})
        values[f"{total_column}53"] = str(sum(numbers))
    return values


def make_reports(template, folder, count, distinct_shapes=False):
    """`distinct_shapes`: each workbook's sheets get names of their own, so that no two workbooks share a shape and
    nianbao cannot reuse the table locations of one for the next (its cold path)."""
    os.makedirs(folder, exist_ok=True)
    with zipfile.ZipFile(template) as source:
        entries = [(info, source.read(info.filename)) for info in source.infolist()]
    sheet_name = "xl/worksheets/sheet1.xml"
    sheet = next(data for info, data in entries if info.filename == sheet_name).decode("utf-8")
    pattern = re.compile(r'(<c r="([A-Z]+[0-9]+)"[^>]*?)(?:/>|>(?:<v>[^<]*</v>)?</c>)')
    for number in range(count):
        rng = random.Random(number)
        values = report_values(rng)

        def replace(match):
            reference = match.group(2)
            if reference not in values:
                return match.group(0)
            start = match.group(1).replace(' t="n"', "")
            return f"{start}><v>{values[reference]}</v></c>"

        text = pattern.sub(replace, sheet)
        path = os.path.join(folder, f"report_{number:04d}.xlsx")
        with zipfile.ZipFile(path + ".part", "w") as archive:
            for info, data in entries:
                if info.filename == sheet_name:
                    data = text
                elif info.filename == "xl/workbook.xml" and distinct_shapes:
                    data = re.sub(r'(<sheet [^>]*?name=")([^"]*)"', rf'\g<1>\g<2>{number:04d}"', data.decode("utf-8"))
                write_entry(archive, info.filename, data)
        os.replace(path + ".part", path)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    sheet = commands.add_parser("sheet")
    sheet.add_argument("--rows", type=int, required=True)
    sheet.add_argument("--cols", type=int, required=True)
    sheet.add_argument("--strings", choices=["shared", "inline"], required=True)
    sheet.add_argument("out")
    reports = commands.add_parser("reports")
    reports.add_argument("--count", type=int, required=True)
    reports.add_argument("--template", required=True)
    reports.add_argument("--distinct-shapes", action="store_true")
    reports.add_argument("out")
    arguments = parser.parse_args()
    if arguments.command == "sheet":
        make_sheet(arguments.out, arguments.rows, arguments.cols, arguments.strings == "inline")
    else:
        make_reports(arguments.template, arguments.out, arguments.count, arguments.distinct_shapes)


if __name__ == "__main__":
    main()
