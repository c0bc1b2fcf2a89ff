#!/usr/bin/env python3
"""Builds the PDF reader's corpus and hostile inputs under Tests/NianbaoPDFTests/Fixtures/.

corpus/: the 下司镇 Word report (../shared/reports/xiasizhen_2021.docx) and the exported sample workbooks
(Samples/*.xlsx other than the templates and the borderless clerk sample) saved as PDF by headless LibreOffice, in
A4 portrait and landscape, so
that tables break across pages (in one variant with the header rows of table 三 repeated on every page). Beside each
NAME.pdf, NAME.json is the canonical JSON it must import to: the shared expected JSON for the Word report, and
nianbao's own import of the workbook (`nianbao import`, built first) for the workbooks.

hostile/: PDFs written by hand here: image only (a scan), encrypted, truncated, a huge page count, deeply nested
objects, a huge (deflate bomb) content stream.

Needs LibreOffice (libreoffice-writer-nogui libreoffice-calc-nogui fonts-noto-cjk); run from anywhere:
    python3 scripts/make_pdf_corpus.py
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
import zlib

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
SHARED = os.path.abspath(os.path.join(ROOT, "..", "shared"))
OUT = os.path.join(ROOT, "Tests", "NianbaoPDFTests", "Fixtures")
CORPUS = os.path.join(OUT, "corpus")
HOSTILE = os.path.join(OUT, "hostile")


def rewrite_zip(source, target, edits):
    """Copies a zip, passing each named member's text through its edit function."""
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename in edits:
                data = edits[item.filename](data.decode("utf-8")).encode("utf-8")
            zout.writestr(item, data)


def docx_landscape_repeated_header(xml):
    """A4 landscape, and the three header rows of table 三 (the document's second table) marked to repeat."""
    xml = re.sub(r'<w:pgSz [^>]*/>', '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>', xml)
    tables = [m.start() for m in re.finditer(r"<w:tbl>", xml)]
    if len(tables) < 2:
        sys.exit("the Word report should hold three tables")
    start = tables[1]
    head, rest = xml[:start], xml[start:]
    count = 0

    def mark(match):
        nonlocal count
        count += 1
        if count > 3:
            return match.group(0)
        row = match.group(0)
        if "<w:trPr>" in row:
            return row.replace("<w:trPr>", "<w:trPr><w:tblHeader/>", 1)
        return row.replace("<w:tr>", "<w:tr><w:trPr><w:tblHeader/></w:trPr>", 1) if row.startswith("<w:tr>") else \
            re.sub(r"^(<w:tr[^>]*>)", r"\1<w:trPr><w:tblHeader/></w:trPr>", row)

    rest = re.sub(r"<w:tr[ >].*?</w:tr>", mark, rest, count=3, flags=re.S)
    return head + rest


def xlsx_orientation(orientation):
    def edit(xml):
        return re.sub(r'orientation="\w+"', f'orientation="{orientation}"', xml)
    return edit


def convert(source, folder):
    subprocess.run(
        ["soffice", "--headless", "--norestore", "--convert-to", "pdf", "--outdir", folder, source],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.join(folder, os.path.splitext(os.path.basename(source))[0] + ".pdf")


def build_corpus(nianbao):
    os.makedirs(CORPUS, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        jobs = []
        docx = os.path.join(SHARED, "reports", "xiasizhen_2021.docx")
        expected = os.path.join(SHARED, "fixtures", "expected", "xiasizhen_2021.json")
        # The portrait original is ../shared/reports/xiasizhen_2021.pdf itself (read by the tests from there).
        landscape = os.path.join(work, "xiasizhen_2021.docx.landscape-repeated-header.docx")
        rewrite_zip(docx, landscape, {"word/document.xml": docx_landscape_repeated_header})
        jobs.append((landscape, expected))
        for name in sorted(os.listdir(os.path.join(ROOT, "Samples"))):
            if not name.endswith(".xlsx") or name.startswith("template"):
                continue
            if name.startswith("clerk_"):
                # The clerk-style sample has no cell borders; tables without ruling lines are not recovered yet.
                continue
            source = os.path.join(ROOT, "Samples", name)
            stem = name[:-len(".xlsx")]
            json_path = os.path.join(work, stem + ".json")
            with open(json_path, "wb") as out:
                # Exit 1 means converted with broken rules (the clerk sample breaks them on purpose).
                status = subprocess.run([nianbao, "import", source, "-o", "-"], stdout=out,
                                        stderr=subprocess.DEVNULL).returncode
            if status not in (0, 1):
                sys.exit(f"nianbao could not import {source}")
            for orientation in ("portrait", "landscape"):
                variant = os.path.join(work, f"{stem}.xlsx.{orientation}.xlsx")
                with zipfile.ZipFile(source) as z:
                    sheets = [n for n in z.namelist() if n.startswith("xl/worksheets/sheet")]
                rewrite_zip(source, variant, {n: xlsx_orientation(orientation) for n in sheets})
                jobs.append((variant, json_path))
        for source, json_path in jobs:
            pdf = convert(source, work)
            stem = os.path.splitext(os.path.basename(source))[0]
            shutil.copy(pdf, os.path.join(CORPUS, stem + ".pdf"))
            shutil.copy(json_path, os.path.join(CORPUS, stem + ".json"))
            print("corpus:", stem + ".pdf", os.path.getsize(pdf), "bytes")


def pdf(objects, trailer_extra="", header=b"%PDF-1.4\n"):
    """A PDF from object bodies (bytes, numbered from 1), with a correct cross-reference table."""
    out = bytearray(header)
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R {trailer_extra}>>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def stream(dictionary, data):
    return f"<< {dictionary} /Length {len(data)} >>\nstream\n".encode() + data + b"\nendstream"


def build_hostile():
    os.makedirs(HOSTILE, exist_ok=True)
    files = {}
    # A scan: two pages, each one grey image filling the page, no text.
    pixels = zlib.compress(bytes([200]) * (100 * 140))
    image = stream("/Type /XObject /Subtype /Image /Width 100 /Height 140 /ColorSpace /DeviceGray "
                   "/BitsPerComponent 8 /Filter /FlateDecode", pixels)
    draw = stream("", b"q 595 0 0 842 0 0 cm /Im1 Do Q")
    files["scan.pdf"] = pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 5 0 R >> >> "
        b"/Contents 6 0 R >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 5 0 R >> >> "
        b"/Contents 6 0 R >>",
        image, draw])
    # A page of text, for the variants below.
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
    text = stream("", b"BT /F1 12 Tf 72 720 Td (Annual report) Tj ET")

    def text_page(parent="2 0 R", contents="4 0 R", font_ref="5 0 R"):
        return (f"<< /Type /Page /Parent {parent} /MediaBox [0 0 595 842] /Resources << /Font << /F1 {font_ref} >> >> "
                f"/Contents {contents} >>").encode()

    plain = pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                 text_page(), text, font])
    # Truncated: the first 60% of a valid file (no cross-reference table, no trailer, a cut object).
    files["truncated.pdf"] = plain[: len(plain) * 6 // 10]
    # Damaged: the header of a PDF followed by garbage.
    files["damaged.pdf"] = b"%PDF-1.7\n" + bytes((i * 97 + 13) % 256 for i in range(4000))
    # Encrypted with a user password (RC4, 40 bit): poppler cannot open it without the password.
    files["encrypted.pdf"] = pdf(
        [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", text_page(),
         text, font,
         b"<< /Filter /Standard /V 1 /R 2 /O <" + b"1" * 64 + b"> /U <" + b"2" * 64 + b"> /P -44 >>"],
        trailer_extra="/Encrypt 6 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>] ")
    # A page tree that claims a million pages through one shared kid array (poppler refuses the count).
    kids = " ".join(["3 0 R"] * 1000)
    files["page-count-lie.pdf"] = pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{' '.join(['6 0 R'] * 1000)}] /Count 1000000 >>".encode(),
        text_page(parent="6 0 R"), text, font,
        f"<< /Type /Pages /Parent 2 0 R /Kids [{kids}] /Count 1000 >>".encode()])
    # A huge page count: 300 real pages (more than the default limit of 200) sharing one content stream and font.
    pages = 300
    page_objects = [text_page(contents="3 0 R", font_ref="4 0 R") for _ in range(pages)]
    files["many-pages.pdf"] = pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{' '.join(f'{5 + n} 0 R' for n in range(pages))}] /Count {pages} >>".encode(),
        text, font, b"<< >>"] + page_objects)
    # Deep nesting: a page whose resources hold an array nested 20,000 levels deep.
    depth = 20_000
    files["deep-nesting.pdf"] = pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> /X "
        + b"[" * depth + b"]" * depth + b" >> /Contents 4 0 R >>",
        text, font])
    # A huge stream: a content stream deflated from 64 MiB of spaces (a deflate bomb of 64 KB; the default limit is 32 MiB).
    compressor = zlib.compressobj(9)
    chunk = b" " * (1 << 20)
    bomb = bytearray(b"BT /F1 12 Tf 72 720 Td (Annual report) Tj ET\n")
    bomb = bytearray(compressor.compress(bytes(bomb)))
    for _ in range(64):
        bomb += compressor.compress(chunk)
    bomb += compressor.flush()
    files["huge-stream.pdf"] = pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", text_page(),
        stream("/Filter /FlateDecode", bytes(bomb)), font])
    for name, data in files.items():
        with open(os.path.join(HOSTILE, name), "wb") as out:
            out.write(data)
        print("hostile:", name, len(data), "bytes")


if __name__ == "__main__":
    what = sys.argv[1:] or ["corpus", "hostile"]
    if "hostile" in what:
        build_hostile()
    if "corpus" in what:
        subprocess.run(["swift", "build", "--product", "nianbao"], cwd=ROOT, check=True)
        build_corpus(os.path.join(ROOT, ".build", "debug", "nianbao"))
