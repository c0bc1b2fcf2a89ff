#!/usr/bin/env python3
"""Builds the DOCX reader's corpus under Tests/NianbaoDOCXTests/Fixtures/corpus/.

Each case is a .docx and the canonical JSON it must import to (NAME.json), with the R1-R4 findings
`nianbao check` gives for that JSON (NAME.findings.json):

- template_xiasizhen_2021.docx   the blank Word template (../shared/reports/word-template-2021.docx) filled with
                                 Samples/xiasizhen_2021.json: title, the three text sections, every value cell
- template_clerk_2022.docx       the same template filled with the numbers nianbao imports from
                                 Samples/clerk_imbalance_2022.xlsx (deliberate imbalances; no text sections)
- *.libreoffice.docx             both of the above re-saved by LibreOffice Writer (headless)
- pingtan_2024.libreoffice.docx  the portal page ../shared/reports/pingtan_2024.html opened in LibreOffice Writer
                                 and saved as Word
- template_xiasizhen_2021.tblheader.docx  every table's header rows marked w:tblHeader (repeated on each page) and
                                 a page break before table 三
- template_xiasizhen_2021.split.docx  table 三 split across two pages into two w:tbl, its header rows repeated at
                                 the top of the second (and marked w:tblHeader in both)

Needs python-docx (pip install python-docx), LibreOffice Writer (apt-get install libreoffice-writer-nogui
fonts-noto-cjk) and a debug build of nianbao (swift build). Run from the repository root:
    python3 scripts/make_docx_corpus.py
"""

import copy
import json
import os
import shutil
import subprocess
import sys
import tempfile

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(os.path.dirname(ROOT), "shared")
OUT = os.path.join(ROOT, "Tests", "NianbaoDOCXTests", "Fixtures", "corpus")
NIANBAO = os.path.join(ROOT, ".build", "debug", "nianbao")
TEMPLATE = os.path.join(SHARED, "reports", "word-template-2021.docx")
TABLES = ["proactive", "applications", "appeals"]


def flat(value, prefix=""):
    """The leaves of a table object in key order (the official reading order), as (key path, value)."""
    if isinstance(value, dict):
        for key, inner in value.items():
            yield from flat(inner, prefix + "." + key if prefix else key)
    else:
        yield prefix, value


def continues_merge(tc):
    merge = tc.find(qn("w:tcPr") + "/" + qn("w:vMerge"))
    return merge is not None and merge.get(qn("w:val")) in (None, "continue")


def cell_text(tc):
    return "".join(node.text or "" for node in tc.iter(qn("w:t"))).strip()


def value_cells(table):
    """The template's value cells of a table in reading order: the cells that hold no label and continue no merge."""
    return [
        tc
        for tr in table.iter(qn("w:tr"))
        for tc in tr.findall(qn("w:tc"))
        if not continues_merge(tc) and not cell_text(tc)
    ]


def set_cell(tc, text):
    paragraph = tc.find(qn("w:p"))
    run = OxmlElement("w:r")
    node = OxmlElement("w:t")
    node.text = text
    run.append(node)
    paragraph.append(run)


def number_text(value):
    # Reports are loaded with parse_float=str, so an amount keeps the digits of its JSON.
    return str(value)


def set_paragraph(paragraph, text):
    """Replaces a paragraph's runs with one run of `text`, lines of the text separated by w:br."""
    runs = paragraph._p.findall(qn("w:r"))
    properties = runs[0].find(qn("w:rPr")) if runs else None
    for run in runs:
        paragraph._p.remove(run)
    run = OxmlElement("w:r")
    if properties is not None:
        run.append(copy.deepcopy(properties))
    for number, line in enumerate(text.split("\n")):
        if number:
            run.append(OxmlElement("w:br"))
        node = OxmlElement("w:t")
        node.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        node.text = line
        run.append(node)
    paragraph._p.append(run)


def fill_template(report, path):
    """The Word template with the report's title, text sections and values."""
    document = docx.Document(TEMPLATE)
    tables = list(document.element.body.iter(qn("w:tbl")))
    assert len(tables) == 3, "the template has three tables"
    for table, key in zip(tables, TABLES):
        cells = value_cells(table)
        values = list(flat(report[key]))
        assert len(cells) == len(values), (key, len(cells), len(values))
        for tc, (_, value) in zip(cells, values):
            if value is not None:
                set_cell(tc, number_text(value))
    paragraphs = document.paragraphs
    title = next(p for p in paragraphs if p.text.strip())
    if report.get("organ") and report.get("year"):
        set_paragraph(title, "%s%d年政府信息公开工作年度报告" % (report["organ"], report["year"]))
    text = report.get("text") or {}
    placeholders = [p for p in paragraphs if p.text.strip().startswith("（文字描述")]
    for paragraph, key in zip(placeholders, ["overview", "problems", "other"]):
        if text.get(key):
            set_paragraph(paragraph, text[key])
    document.save(path)


def header_rows(table):
    """The rows above the first row that holds a value cell."""
    rows = table.findall(qn("w:tr"))
    # lxml hands out one proxy per element while a reference to it lives: the list keeps them comparable.
    values = value_cells(table)
    for number, row in enumerate(rows):
        if any(tc in values for tc in row.findall(qn("w:tc"))):
            return rows[:number]
    return rows


def mark_header(row):
    properties = row.find(qn("w:trPr"))
    if properties is None:
        properties = OxmlElement("w:trPr")
        row.insert(0, properties)
    properties.append(OxmlElement("w:tblHeader"))


def page_break():
    paragraph = OxmlElement("w:p")
    run = OxmlElement("w:r")
    brk = OxmlElement("w:br")
    brk.set(qn("w:type"), "page")
    run.append(brk)
    paragraph.append(run)
    return paragraph


def with_table_headers(source, path, split):
    """Every table's header rows marked w:tblHeader and a page break before table 三; with `split`, table 三 cut in
    two w:tbl after its 十二th value row (between 6. and 7. of （三）不予公开, outside any vertical merge of a value
    cell), the second starting with copies of the header rows."""
    document = docx.Document(source)
    tables = list(document.element.body.iter(qn("w:tbl")))
    for table in tables:
        for row in header_rows(table):
            mark_header(row)
    applications = tables[1]
    applications.addprevious(page_break())
    if split:
        rows = applications.findall(qn("w:tr"))
        headers = header_rows(applications)
        cut = len(headers) + 10
        second = copy.deepcopy(applications)
        for row in second.findall(qn("w:tr")):
            second.remove(row)
        for row in headers:
            second.append(copy.deepcopy(row))
        for row in rows[cut:]:
            applications.remove(row)
            second.append(row)
        # A vertical merge cut by the page restarts on the new page: Word writes the first continuing cell of the
        # second part as a restart holding the label again.
        first_rows = applications.findall(qn("w:tr"))
        moved = second.findall(qn("w:tr"))[len(headers)]
        for column, tc in enumerate(moved.findall(qn("w:tc"))):
            if continues_merge(tc):
                above = [
                    row.findall(qn("w:tc"))[column]
                    for row in first_rows
                    if len(row.findall(qn("w:tc"))) > column
                    and not continues_merge(row.findall(qn("w:tc"))[column])
                ]
                merge = tc.find(qn("w:tcPr") + "/" + qn("w:vMerge"))
                merge.set(qn("w:val"), "restart")
                if above:
                    set_cell(tc, cell_text(above[-1]))
        applications.addnext(second)
        second.addprevious(page_break())
    document.save(path)


def libreoffice(source, target, filter_options=None):
    """Converts `source` with headless LibreOffice Writer to a .docx at `target`."""
    with tempfile.TemporaryDirectory() as work:
        profile = "file://" + os.path.join(work, "profile")
        command = ["soffice", "-env:UserInstallation=" + profile, "--headless"]
        if filter_options:
            command += ["--infilter=" + filter_options]
        command += ["--convert-to", "docx:MS Word 2007 XML", "--outdir", work, source]
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        produced = os.path.join(work, os.path.splitext(os.path.basename(source))[0] + ".docx")
        shutil.move(produced, target)


def write_expected(source, name):
    """Copies the expected JSON (as written, so that amounts keep their digits) and records its R1-R4 findings."""
    shutil.copyfile(source, os.path.join(OUT, name + ".json"))
    result = subprocess.run(
        [NIANBAO, "check", os.path.join(OUT, name + ".json"), "--format", "json", "--lang", "en"],
        capture_output=True, text=True)
    output = result.stdout or result.stderr
    findings = json.loads(output)
    balance = [
        {"rule": f["rule"], "cell": f.get("keyPath") or f.get("cell")}
        for f in findings.get("findings", [])
        if f.get("rule") in ("R1", "R2", "R3", "R4")
    ]
    with open(os.path.join(OUT, name + ".findings.json"), "w", encoding="utf-8") as handle:
        json.dump({"findings": balance}, handle, ensure_ascii=False, indent=2)
        handle.write("\n")


def load(path):
    with open(path, encoding="utf-8") as handle:
        return json.load(handle, parse_float=str)


def main():
    if not os.path.exists(NIANBAO):
        sys.exit("build nianbao first (swift build)")
    os.makedirs(OUT, exist_ok=True)
    work = tempfile.mkdtemp()
    xiasizhen_json = os.path.join(ROOT, "Samples", "xiasizhen_2021.json")
    clerk_json = os.path.join(work, "clerk_imbalance_2022.json")
    subprocess.run([NIANBAO, "import", os.path.join(ROOT, "Samples", "clerk_imbalance_2022.xlsx"), "-o",
                    clerk_json], stderr=subprocess.DEVNULL)
    cases = {"template_xiasizhen_2021": xiasizhen_json, "template_clerk_2022": clerk_json}
    for name, source in cases.items():
        path = os.path.join(OUT, name + ".docx")
        fill_template(load(source), path)
        write_expected(source, name)
        libreoffice(path, os.path.join(OUT, name + ".libreoffice.docx"))
        write_expected(source, name + ".libreoffice")
    filled = os.path.join(OUT, "template_xiasizhen_2021.docx")
    for suffix, split in (("tblheader", False), ("split", True)):
        with_table_headers(filled, os.path.join(OUT, "template_xiasizhen_2021.%s.docx" % suffix), split)
        write_expected(xiasizhen_json, "template_xiasizhen_2021." + suffix)
    libreoffice(os.path.join(SHARED, "reports", "pingtan_2024.html"),
                os.path.join(OUT, "pingtan_2024.libreoffice.docx"), "HTML (StarWriter)")
    write_expected(os.path.join(SHARED, "fixtures", "expected", "pingtan_2024.json"), "pingtan_2024.libreoffice")
    shutil.rmtree(work)
    for name in sorted(os.listdir(OUT)):
        print(name, os.path.getsize(os.path.join(OUT, name)))


if __name__ == "__main__":
    main()
