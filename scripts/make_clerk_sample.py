#!/usr/bin/env python3
"""Build Samples/clerk_imbalance_2022.xlsx: a clerk-style workbook with deliberate imbalances.

The values are invented for the sample (organ "示例县示例镇"), balanced first and then broken on purpose:
  - one R2 break: a 总计 in table 三 one more than its applicant columns;
  - one R4 break: the 行政复议 总计 left at 0 while its parts add to 2;
  - a "/" typed into a blank cell, full-width digits in a text cell, a 总计 given as a SUM formula with no
    cached value (openpyxl writes none), which nianbao evaluates and reports.
The layout is the clerk's own, not the official one: tables 二 and 三 on one sheet at an offset, table 四 on its
own sheet, headers of table 三 unmerged, a note row and a signature row. Every label is copied from the official
workbook nianbao exports (no label is typed here).

Usage: python3 scripts/make_clerk_sample.py NIANBAO_BINARY OUT.xlsx
"""
import copy
import json
import os
import subprocess
import sys
import tempfile

import openpyxl
from openpyxl.utils import get_column_letter

APPLICANTS = ["naturalPerson", "commercialEnterprise", "researchInstitution", "socialWelfareOrganization",
              "legalServiceAgency", "otherOrganization"]


def balanced_report(skeleton):
    """Fill every value of the 2021 skeleton with numbers that satisfy R1–R4."""
    report = copy.deepcopy(skeleton)
    report["organ"] = "示例县示例镇"
    report["year"] = 2022
    report["text"] = {
        "overview": "本年度主动公开政府信息126条，收到政府信息公开申请9件。（示例数据）",
        "problems": "信息发布的及时性有待提高。下一步将完善发布审核流程。（示例数据）",
        "other": "本年度未收取信息处理费。（示例数据）",
    }
    proactive = report["proactive"]
    numbers = iter([3, 1, 27, 6, 2, 41, 118, 57, 12])
    for row in ("regulations", "normativeDocuments"):
        for key in proactive[row]:
            proactive[row][key] = next(numbers)
    for row in ("licensing", "penalties", "coercion"):
        proactive[row]["decisions"] = next(numbers)
    proactive["fees"]["amount"] = 0

    applications = report["applications"]
    pattern = iter([2, 0, 0, 0, 1, 0] + [1, 0, 0, 0, 0, 0] * 3 + [0] * 6 * 30)

    def fill(row):
        for key in APPLICANTS:
            row[key] = next(pattern)
        row["total"] = sum(row[key] for key in APPLICANTS)

    leaves = []

    def walk(node):
        if "total" in node and "naturalPerson" in node:
            leaves.append(node)
        else:
            for child in node.values():
                if isinstance(child, dict):
                    walk(child)

    outcomes = applications["outcomes"]
    for key, node in outcomes.items():
        if key != "total":
            walk(node)
    for leaf in leaves:
        fill(leaf)
    outcomes["total"] = {key: sum(leaf[key] for leaf in leaves) for key in APPLICANTS + ["total"]}
    applications["carriedOver"] = {key: 0 for key in APPLICANTS + ["total"]}
    applications["carriedOver"]["naturalPerson"] = 1
    applications["carriedOver"]["total"] = 1
    applications["carriedForward"] = {key: 0 for key in APPLICANTS + ["total"]}
    applications["newlyReceived"] = {
        key: outcomes["total"][key] + applications["carriedForward"][key] - applications["carriedOver"][key]
        for key in APPLICANTS + ["total"]}
    for group, parts in zip(report["appeals"].values(), ([1, 1, 0, 0], [0, 0, 0, 1], [0, 0, 0, 0])):
        for key, value in zip(("upheld", "corrected", "other", "pending"), parts):
            group[key] = value
        group["total"] = sum(parts)
    return report


def table_blocks(sheet):
    """The official workbook's rows grouped by table: from each section title to the row before the next one."""
    starts = []
    for row in sheet.iter_rows():
        for cell in row:
            if isinstance(cell.value, str) and cell.value[:2] in ("二、", "三、", "四、") and cell.value.endswith("情况"):
                starts.append(cell.row)
    ends = starts[1:] + [sheet.max_row + 1]
    return [(start, end - 1) for start, end in zip(starts, ends)]


def copy_block(source, target, rows, row_offset, column_offset, unmerge=False):
    """Copy a block of rows, shifting it, keeping merges unless told to leave only top-left values."""
    first, last = rows
    for row in source.iter_rows(min_row=first, max_row=last):
        for cell in row:
            if cell.value is not None:
                target.cell(row=cell.row + row_offset, column=cell.column + column_offset, value=cell.value)
    if not unmerge:
        for merged in source.merged_cells.ranges:
            if merged.min_row >= first and merged.max_row <= last:
                target.merge_cells(
                    start_row=merged.min_row + row_offset, start_column=merged.min_col + column_offset,
                    end_row=merged.max_row + row_offset, end_column=merged.max_col + column_offset)


def find(sheet, text, rows=None):
    for row in sheet.iter_rows(min_row=rows[0] if rows else 1, max_row=rows[1] if rows else sheet.max_row):
        for cell in row:
            if isinstance(cell.value, str) and cell.value.replace("\n", "") == text:
                return cell
    raise SystemExit(f"label not found: {text}")


def main(binary, out):
    root = os.path.join(os.path.dirname(__file__), "..")
    skeleton = json.load(open(os.path.join(root, "Samples", "xiasizhen_2021.json"), encoding="utf-8"))
    report = balanced_report(skeleton)
    with tempfile.TemporaryDirectory() as folder:
        source_json = os.path.join(folder, "sample.json")
        official = os.path.join(folder, "official.xlsx")
        json.dump(report, open(source_json, "w", encoding="utf-8"), ensure_ascii=False)
        subprocess.run([binary, "export", source_json, "-o", official], check=True)
        source = openpyxl.load_workbook(official).worksheets[0]

    blocks = table_blocks(source)
    workbook = openpyxl.Workbook()
    main_sheet = workbook.active
    main_sheet.title = "填报表"
    main_sheet["A1"] = report["organ"] + "2022年政府信息公开工作年度报告"
    main_sheet["A2"] = "填报说明：数据截至2022年12月31日。"
    copy_block(source, main_sheet, blocks[0], 4 - blocks[0][0], 1)
    three_top = 4 + (blocks[0][1] - blocks[0][0]) + 3
    copy_block(source, main_sheet, blocks[1], three_top - blocks[1][0], 1, unmerge=True)
    appeals = workbook.create_sheet("表四")
    copy_block(source, appeals, blocks[2], 3 - blocks[2][0], 0)
    appeals["A10"] = "填表人：示例　审核人：示例"
    for column in range(2, 13):
        main_sheet.column_dimensions[get_column_letter(column)].width = 12

    # Locate rows and columns of table 三 in the clerk's sheet by their labels.
    three = (three_top, three_top + blocks[1][1] - blocks[1][0])
    natural = find(main_sheet, "自然人", three).column
    total_column = find(main_sheet, "总计", three).column
    disclosed = find(main_sheet, "（一）予以公开", three).row
    newly = find(main_sheet, "一、本年新收政府信息公开申请数量", three).row
    carried = find(main_sheet, "二、上年结转政府信息公开申请数量", three).row
    # R2 broken on purpose: 总计 of （一）予以公开 one more than its applicant columns.
    main_sheet.cell(row=disclosed, column=total_column, value=main_sheet.cell(row=disclosed, column=total_column).value + 1)
    # A blank typed as "/", full-width digits in a text cell, a SUM without cached value.
    main_sheet.cell(row=carried, column=natural + 2, value="/")
    main_sheet.cell(row=carried, column=natural, value="１")
    first, last = get_column_letter(natural), get_column_letter(total_column - 1)
    main_sheet.cell(row=newly, column=total_column, value=f"=SUM({first}{newly}:{last}{newly})")
    # R4 broken on purpose: 行政复议 总计 left at 0.
    review_total = find(appeals, "总计")
    for row in appeals.iter_rows(min_row=review_total.row + 1, max_row=appeals.max_row):
        cell = row[review_total.column - 1]
        if isinstance(cell.value, (int, float)):
            cell.value = 0
            break
    workbook.save(out)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
