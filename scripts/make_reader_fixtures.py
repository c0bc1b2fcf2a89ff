#!/usr/bin/env python3
"""Build the crafted and hostile workbooks the XLSX reader tests use.

Writes Tests/NianbaoXLSXTests/Fixtures/crafted/*.xlsx (unusual but valid producers' output) and
Tests/NianbaoXLSXTests/Fixtures/hostile/* (files the reader must refuse with a precise error, or read within
bounds; HostileFileTests and HostileCLITests list each one with its expected outcome).
Deterministic: zip timestamps are fixed and the random padding and encryption salts are seeded, so re-running
gives identical bytes. The real encrypted workbook needs msoffcrypto-tool (pip); without it, the committed file
is kept and a note is printed.
External entities point at SECRET_PATH, a file the tests create with a marker that must never appear in any
output or error.
Run: python3 scripts/make_reader_fixtures.py
"""
import base64
import io
import os
import random
import struct
import zipfile
import zlib

ROOT = os.path.join(os.path.dirname(__file__), "..", "Tests", "NianbaoXLSXTests", "Fixtures")
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
STRICT_MAIN = "http://purl.oclc.org/ooxml/spreadsheetml/main"
STRICT_REL = "http://purl.oclc.org/ooxml/officeDocument/relationships"
DATE = (1980, 1, 1, 0, 0, 0)
# The file the external-entity fixtures point at; Tests/*/Hostile*Tests.swift create it with a marker.
SECRET_PATH = "/tmp/nianbao-secret-5d1e7c.txt"
SECRET_URL = "file://" + SECRET_PATH


def content_types(sheets=1, shared=True, styles=True):
    overrides = "".join(
        f'<Override PartName="/xl/worksheets/sheet{i}.xml" '
        f'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        for i in range(1, sheets + 1))
    if shared:
        overrides += ('<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                      'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>')
    if styles:
        overrides += ('<Override PartName="/xl/styles.xml" ContentType="application/'
                      'vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>')
    return ('<?xml version="1.0" encoding="UTF-8"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' + overrides + '</Types>')


def package_rels(rel_ns=REL):
    kind = ("http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument" if rel_ns == STRICT_REL
            else "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument")
    return ('<?xml version="1.0" encoding="UTF-8"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{kind}" Target="xl/workbook.xml"/></Relationships>')


def workbook(names, main=MAIN, rel=REL, states=None):
    states = states or {}
    sheets = "".join(
        f'<sheet name="{name}" sheetId="{i}" {states.get(name, "")} r:id="rId{i}"/>'
        for i, name in enumerate(names, 1))
    return (f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{main}" xmlns:r="{rel}">'
            f'<sheets>{sheets}</sheets></workbook>')


def workbook_rels(count, shared=True, styles=True, rel_ns=REL):
    base = ("http://purl.oclc.org/ooxml/officeDocument/relationships" if rel_ns == STRICT_REL
            else "http://schemas.openxmlformats.org/officeDocument/2006/relationships")
    items = "".join(
        f'<Relationship Id="rId{i}" Type="{base}/worksheet" Target="worksheets/sheet{i}.xml"/>'
        for i in range(1, count + 1))
    if shared:
        items += f'<Relationship Id="rId{count + 1}" Type="{base}/sharedStrings" Target="sharedStrings.xml"/>'
    if styles:
        items += f'<Relationship Id="rId{count + 2}" Type="{base}/styles" Target="/xl/styles.xml"/>'
    return ('<?xml version="1.0" encoding="UTF-8"?>'
            f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{items}'
            '</Relationships>')


def sheet(body, main=MAIN, extra=""):
    return (f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{main}" xmlns:r="{REL}">{body}'
            f'{extra}</worksheet>')


def sst(items, main=MAIN):
    return f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{main}">{"".join(items)}</sst>'


STYLES = ('<?xml version="1.0" encoding="UTF-8"?>'
          f'<styleSheet xmlns="{MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.00%"/></numFmts>'
          '<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>'
          '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="49"/></cellXfs>'
          '<dxfs count="1"><dxf><numFmt numFmtId="164" formatCode="yyyy"/></dxf></dxfs></styleSheet>')


def write_zip(path, entries, compression=zipfile.ZIP_DEFLATED):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with zipfile.ZipFile(path, "w", compression) as archive:
        for name, data in entries:
            info = zipfile.ZipInfo(name, DATE)
            info.compress_type = compression
            archive.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)


def basic(sheets, strings=None, main=MAIN, rel=REL, styles=True, states=None, names=None):
    names = names or [f"Sheet{i}" for i in range(1, len(sheets) + 1)]
    entries = [("[Content_Types].xml", content_types(len(sheets), strings is not None, styles)),
               ("_rels/.rels", package_rels(rel)),
               ("xl/workbook.xml", workbook(names, main, rel, states)),
               ("xl/_rels/workbook.xml.rels", workbook_rels(len(sheets), strings is not None, styles, rel))]
    for i, body in enumerate(sheets, 1):
        entries.append((f"xl/worksheets/sheet{i}.xml", body))
    if strings is not None:
        entries.append(("xl/sharedStrings.xml", strings))
    if styles:
        entries.append(("xl/styles.xml", STYLES))
    return entries


def crafted():
    out = os.path.join(ROOT, "crafted")
    # Every cell type, formulas with and without cached values, escapes, rich text and phonetic runs,
    # rows and cells without r, hidden rows and columns, widths, heights and number formats.
    strings = sst([
        "<si><t>plain</t></si>",
        '<si><r><t>rich </t></r><r><rPr><b/></rPr><t xml:space="preserve">text </t></r>'
        "<rPh sb=\"0\" eb=\"1\"><t>ふりがな</t></rPh><r><t>runs</t></r></si>",
        "<si><t>tab_x0009_and_x005F_x0041_literal</t></si>",
        "<si><t>第二十条第（一）项</t></si>",
    ])
    body = (
        '<dimension ref="A1:XFD1048576"/>'
        '<cols><col min="1" max="1" width="20.5" customWidth="1"/><col min="3" max="4" width="9" hidden="1"/></cols>'
        "<sheetData>"
        '<row r="1" ht="30" customHeight="1">'
        '<c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>'
        '<c r="D1" t="s"><v>3</v></c></row>'
        '<row r="2"><c r="A2"><v>24252.311082</v></c><c r="B2"><v>-18</v></c><c r="C2"><v>1E-3</v></c>'
        '<c r="D2" t="b"><v>1</v></c><c r="E2" t="e"><v>#DIV/0!</v></c>'
        '<c r="F2" t="inlineStr"><is><t>  inline  </t></is></c>'
        '<c r="G2" s="1"><v>44927</v></c><c r="H2" s="2"><v>0.25</v></c><c r="I2" s="3" t="s"><v>0</v></c></row>'
        '<row r="3" hidden="1"><c r="A3"><f>SUM(A2:C2)</f><v>24234.312082</v></c>'
        '<c r="B3"><f>A2*2</f></c><c r="C3" t="str"><f>"x"&amp;"y"</f><v></v></c>'
        '<c r="D3" t="str"><f>"a"&amp;"b"</f><v>ab</v></c></row>'
        "<row><c><v>1</v></c><c><v>2</v></c><c r=\"E4\"><v>5</v></c><c><v>6</v></c></row>"
        '<row r="6"><c r="A6"><f t="shared" ref="A6:A8" si="0">B6+$C$1+D$2</f><v>1</v></c></row>'
        '<row r="7"><c r="A7"><f t="shared" si="0"/><v>2</v></c></row>'
        '<row r="8"><c r="A8"><f t="shared" si="0"/><v>3</v></c></row>'
        '<row r="9" ht="12.75" customHeight="1"/>'
        "</sheetData>"
        '<mergeCells count="2"><mergeCell ref="A10:D10"/><mergeCell ref="B12:B14"/></mergeCells>')
    second = "<sheetData><row r=\"2\"><c r=\"B2\" t=\"s\"><v>3</v></c></row></sheetData>"
    write_zip(os.path.join(out, "every-cell-type.xlsx"),
              basic([sheet(body), sheet(second)], strings, names=["数据", "隐藏"],
                    states={"隐藏": 'state="hidden"'}))
    # Strict OOXML namespaces read like transitional ones.
    strict_sheet = sheet('<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>7</v></c></row>'
                         '</sheetData><mergeCells><mergeCell ref="A1:A2"/></mergeCells>', main=STRICT_MAIN)
    write_zip(os.path.join(out, "strict.xlsx"),
              basic([strict_sheet], sst(["<si><t>strict</t></si>"], STRICT_MAIN), STRICT_MAIN, STRICT_REL))
    # No sharedStrings and no styles part: both optional.
    write_zip(os.path.join(out, "minimal.xlsx"),
              basic([sheet('<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>only</t></is></c></row>'
                           '</sheetData>')], None, styles=False))

    zip_quirks(out)


def zip_quirks(out):
    """Packages from old or Windows generators that Excel, LibreOffice and python-calamine open, and libzip's
    consistency check (ZIP_CHECKCONS) refused: each must read like python-calamine (the goldens)."""
    cells = sheet('<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>42</v></c></row>'
                  '<row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2"><v>-7.5</v></c></row></sheetData>'
                  '<mergeCells count="1"><mergeCell ref="C1:D2"/></mergeCells>')
    entries = basic([cells], sst(["<si><t>申请人情况</t></si>", "<si><t>总计</t></si>"]))
    # The end record counts one entry fewer than its central directory holds (a stale count), and the file ends
    # with bytes after the end record.
    data = bytearray(zip_bytes(entries))
    end = data.rfind(b"PK\x05\x06")
    count = struct.unpack_from("<H", data, end + 10)[0]
    struct.pack_into("<HH", data, end + 8, count - 1, count - 1)
    with open(os.path.join(out, "stale-count.xlsx"), "wb") as handle:
        handle.write(bytes(data) + b"\0" * 16)
    # Every entry streamed with a data descriptor; the local headers carry the CRC but no sizes, and a time that
    # differs from the central directory's.
    data = bytearray(streamed_zip_bytes(entries))
    directory = data.rfind(b"PK\x05\x06")
    offset = struct.unpack_from("<I", data, directory + 16)[0]
    while data[offset:offset + 4] == b"PK\x01\x02":
        crc, = struct.unpack_from("<I", data, offset + 16)
        local, = struct.unpack_from("<I", data, offset + 42)
        struct.pack_into("<I", data, local + 14, crc)
        struct.pack_into("<H", data, local + 10, 0x0021)
        offset += 46 + sum(struct.unpack_from("<HHH", data, offset + 28))
    with open(os.path.join(out, "data-descriptor.xlsx"), "wb") as handle:
        handle.write(bytes(data))
    # Entry names written with backslashes (xl\\workbook.xml), as some Windows generators do.
    write_zip(os.path.join(out, "backslash-names.xlsx"),
              [(name.replace("/", "\\") if name.startswith("xl/") else name, body) for name, body in entries])


def streamed_zip_bytes(entries):
    """A zip written to a stream that cannot seek, so that every entry carries a data descriptor."""
    class Stream(io.RawIOBase):
        def __init__(self):
            self.data = bytearray()

        def writable(self):
            return True

        def write(self, chunk):
            self.data += chunk
            return len(chunk)

    stream = Stream()
    with zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, body in entries:
            with archive.open(zipfile.ZipInfo(name, DATE), "w") as part:
                part.write(body.encode("utf-8") if isinstance(body, str) else body)
    return bytes(stream.data)

def hostile():
    out = os.path.join(ROOT, "hostile")
    good = basic([sheet('<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>')],
                 sst(["<si><t>ok</t></si>"]))

    def replace(entries, name, data):
        return [(n, data if n == name else d) for n, d in entries]

    write_zip(os.path.join(out, "duplicate-entry.xlsx"), good + [("xl/worksheets/sheet1.xml", "<x/>")])
    write_zip(os.path.join(out, "case-duplicate-entry.xlsx"), good + [("XL/Worksheets/Sheet1.xml", "<x/>")])
    write_zip(os.path.join(out, "path-traversal.xlsx"), good + [("../../evil.txt", "x")])
    write_zip(os.path.join(out, "absolute-entry.xlsx"), good + [("/etc/evil.txt", "x")])
    write_zip(os.path.join(out, "missing-sheet.xlsx"), [e for e in good if e[0] != "xl/worksheets/sheet1.xml"])
    write_zip(os.path.join(out, "shared-string-out-of-range.xlsx"), replace(
        good, "xl/worksheets/sheet1.xml",
        sheet('<sheetData><row r="1"><c r="B7" t="s"><v>5</v></c></row></sheetData>')))
    write_zip(os.path.join(out, "reference-beyond-xfd.xlsx"), replace(
        good, "xl/worksheets/sheet1.xml",
        sheet('<sheetData><row r="1"><c r="XFE1"><v>1</v></c></row></sheetData>')))
    write_zip(os.path.join(out, "row-beyond-limit.xlsx"), replace(
        good, "xl/worksheets/sheet1.xml",
        sheet('<sheetData><row r="1048577"><c r="A1048577"><v>1</v></c></row></sheetData>')))
    write_zip(os.path.join(out, "malformed-reference.xlsx"), replace(
        good, "xl/worksheets/sheet1.xml", sheet('<sheetData><row r="1"><c r="1A"><v>1</v></c></row></sheetData>')))
    write_zip(os.path.join(out, "inverted-merge.xlsx"), replace(
        good, "xl/worksheets/sheet1.xml",
        sheet("<sheetData/>", extra='<mergeCells><mergeCell ref="D4:A1"/></mergeCells>')))
    write_zip(os.path.join(out, "xxe-sheet.xlsx"), replace(
        good, "xl/worksheets/sheet1.xml",
        f'<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY x SYSTEM "{SECRET_URL}">]>'
        f'<worksheet xmlns="{MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&x;</t></is></c>'
        "</row></sheetData></worksheet>"))
    write_zip(os.path.join(out, "xxe-workbook.xlsx"), replace(
        good, "xl/workbook.xml",
        f'<?xml version="1.0"?><!DOCTYPE workbook [<!ENTITY x SYSTEM "{SECRET_URL}">]>'
        f'<workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets><sheet name="&x;" sheetId="1" r:id="rId1"/></sheets>'
        "</workbook>"))
    write_zip(os.path.join(out, "xxe-rels.xlsx"), replace(
        good, "_rels/.rels",
        f'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "{SECRET_URL}">]>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'officeDocument" Target="&x;"/></Relationships>'))
    laughs = "".join(f'<!ENTITY l{i} "{("&l%d;" % (i - 1)) * 10}">' for i in range(1, 10))
    write_zip(os.path.join(out, "billion-laughs.xlsx"), replace(
        good, "xl/sharedStrings.xml",
        f'<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY l0 "lol">{laughs}]>'
        f'<sst xmlns="{MAIN}"><si><t>&l9;</t></si></sst>'))
    write_zip(os.path.join(out, "deep-nesting.xlsx"), replace(
        good, "xl/sharedStrings.xml",
        f'<?xml version="1.0"?><sst xmlns="{MAIN}"><si>' + "<r>" * 100000 + "</r>" * 100000 + "</si></sst>"),
        zipfile.ZIP_STORED)
    write_zip(os.path.join(out, "not-well-formed.xlsx"), replace(
        good, "xl/worksheets/sheet1.xml", sheet('<sheetData><row r="1"><c r="A1"><v>1</c></row></sheetData>')))
    # A sheet that inflates 1000:1 while its directory entry claims a small size (libzip does not check).
    bomb = sheet("<sheetData>" + " " * (8 << 20) + "</sheetData>")
    path = os.path.join(out, "lying-size-bomb.xlsx")
    write_zip(path, replace(good, "xl/worksheets/sheet1.xml", bomb))
    patch_declared_size(path, "xl/worksheets/sheet1.xml", 1000)
    # A damaged checksum.
    path = os.path.join(out, "bad-crc.xlsx")
    write_zip(path, good, zipfile.ZIP_STORED)
    corrupt_crc(path, "xl/worksheets/sheet1.xml")
    # Other files renamed .xlsx.
    write_zip(os.path.join(out, "word-document.xlsx"), [
        ("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/'
         '2006/content-types"><Override PartName="/word/document.xml" ContentType="application/'
         'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
        ("_rels/.rels", package_rels().replace("xl/workbook.xml", "word/document.xml")),
        ("word/document.xml", "<w:document xmlns:w=\"urn:w\"/>")])
    write_zip(os.path.join(out, "plain.zip.xlsx"), [("readme.txt", "hello")])
    with open(os.path.join(out, "image.png.xlsx"), "wb") as handle:
        handle.write(b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + b"IHDR" + b"\x00" * 17)
    with open(os.path.join(out, "empty.xlsx"), "wb"):
        pass
    with open(os.path.join(out, "encrypted.xlsx"), "wb") as handle:
        handle.write(fake_encrypted_ole2())
    hostile_more(out, good, replace)

def padding(size, seed):
    """Incompressible text (base64 of seeded random bytes) that holds a part's compression ratio under the limit."""
    rng = random.Random(seed)
    return base64.b64encode(rng.randbytes(size)).decode()[:size]


def hostile_more(out, good, replace):
    """The second half of the hostile suite: bombs, entities, broken zips, bad references and renamed files."""

    def with_sheet(body, extra=""):
        return replace(good, "xl/worksheets/sheet1.xml", sheet(body, extra=extra))

    def with_strings(data):
        return replace(good, "xl/sharedStrings.xml", data)

    # Zip bomb by ratio, with honest sizes: 48 MiB of empty elements deflate about 1000:1.
    write_zip(os.path.join(out, "ratio-bomb.xlsx"), with_sheet("<sheetData>" + "<x/>" * (12 << 20) + "</sheetData>"))
    # Zip bomb by total size: 40 sheets of 96 KiB each, every part under the per-part ratio threshold, 3.8 MiB in all
    # from about 12 KiB. Refused by the package-wide ratio, or by maxTotalBytes when that is small.
    count = 40
    filler = "<sheetData>" + "<x/>" * 24000 + "</sheetData>"
    entries = [("[Content_Types].xml", content_types(count, False, False)), ("_rels/.rels", package_rels()),
               ("xl/workbook.xml", workbook([f"S{i}" for i in range(1, count + 1)])),
               ("xl/_rels/workbook.xml.rels", workbook_rels(count, False, False))]
    entries += [(f"xl/worksheets/sheet{i}.xml", sheet(filler)) for i in range(1, count + 1)]
    write_zip(os.path.join(out, "total-size-bomb.xlsx"), entries)
    # External entities, all pointing at SECRET_PATH.
    write_zip(os.path.join(out, "xxe-shared-strings.xlsx"), with_strings(
        f'<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY x SYSTEM "{SECRET_URL}">]>'
        f'<sst xmlns="{MAIN}"><si><t>&x;</t></si></sst>'))
    write_zip(os.path.join(out, "xxe-parameter-entity.xlsx"), with_strings(
        f'<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY % p SYSTEM "{SECRET_URL}"> %p;]>'
        f'<sst xmlns="{MAIN}"><si><t>ok</t></si></sst>'))
    write_zip(os.path.join(out, "xxe-external-dtd.xlsx"), replace(
        good, "xl/worksheets/sheet1.xml",
        f'<?xml version="1.0"?><!DOCTYPE worksheet SYSTEM "{SECRET_URL}">'
        f'<worksheet xmlns="{MAIN}"><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>'))
    # The same in UTF-16, where a byte scan for "<!DOCTYPE" sees nothing.
    utf16 = (f'<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE sst [<!ENTITY % p SYSTEM "{SECRET_URL}"> %p;'
             f'<!ENTITY x SYSTEM "{SECRET_URL}">]><sst xmlns="{MAIN}"><si><t>&x;</t></si></sst>')
    write_zip(os.path.join(out, "xxe-utf16.xlsx"), with_strings(b"\xff\xfe" + utf16.encode("utf-16-le")))
    # XInclude is not processed: the string reads "ok" and nothing of the file.
    write_zip(os.path.join(out, "xinclude.xlsx"), with_strings(
        f'<?xml version="1.0"?><sst xmlns="{MAIN}" xmlns:xi="http://www.w3.org/2001/XInclude"><si><t>ok</t>'
        f'<xi:include href="{SECRET_URL}" parse="text"/></si></sst>'))
    # Quadratic blow-up: one 20,000-character entity used 20,000 times (400 MB if expanded), in a part small
    # enough (80 KiB) to pass the zip checks.
    write_zip(os.path.join(out, "quadratic-blowup.xlsx"), with_strings(
        f'<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "{"a" * 20000}">]>'
        f'<sst xmlns="{MAIN}"><si><t>{"&a;" * 20000}</t></si></sst>'))
    # Broken zips.
    whole = zip_bytes(good)
    with open(os.path.join(out, "truncated.xlsx"), "wb") as handle:
        handle.write(whole[:len(whole) * 6 // 10])
    path = os.path.join(out, "corrupt-deflate.xlsx")
    write_zip(path, with_sheet("<sheetData>" + "".join(
        f'<row r="{r}"><c r="A{r}"><v>{r * 7}</v></c></row>' for r in range(1, 200)) + "</sheetData>"))
    corrupt_data(path, "xl/worksheets/sheet1.xml")
    write_zip(os.path.join(out, "backslash-entry.xlsx"), good + [("..\\..\\evil.txt", "x")])
    # A backslash name that reads as another entry's name once its backslash is a slash.
    write_zip(os.path.join(out, "backslash-collision.xlsx"), good + [("xl\\styles.xml", "<x/>")])
    # A local header that names another entry than the central directory (readers would disagree).
    data = bytearray(zip_bytes(good))
    at = data.find(b"xl/styles.xml", 0, data.find(b"PK\x01\x02"))
    data[at:at + len("xl/styles.xml")] = b"xl/stylex.xml"
    with open(os.path.join(out, "local-name-mismatch.xlsx"), "wb") as handle:
        handle.write(bytes(data))
    write_zip(os.path.join(out, "rels-climb.xlsx"), replace(
        good, "xl/_rels/workbook.xml.rels",
        workbook_rels(1).replace('Target="worksheets/sheet1.xml"', 'Target="../../../etc/passwd"')))
    # Bad references and indexes.
    write_zip(os.path.join(out, "shared-string-huge-index.xlsx"), with_sheet(
        '<sheetData><row r="1"><c r="A1" t="s"><v>99999999999999999999999</v></c></row></sheetData>'))
    write_zip(os.path.join(out, "huge-attribute.xlsx"), with_sheet(
        f'<sheetData><row r="1"><c r="{"A" * 90000}1"><v>1</v></c></row></sheetData>'))
    # Merges and dimensions: read as written, within bounds.
    write_zip(os.path.join(out, "overlapping-merges.xlsx"), with_sheet(
        '<sheetData><row r="2"><c r="B2"><v>1</v></c></row></sheetData>',
        '<mergeCells count="2"><mergeCell ref="A1:C3"/><mergeCell ref="B2:D4"/></mergeCells>'))
    write_zip(os.path.join(out, "huge-merge.xlsx"), with_sheet(
        '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row>'
        '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>',
        '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>'))
    write_zip(os.path.join(out, "huge-dimension.xlsx"), with_sheet(
        '<dimension ref="A1:XFD1048576"/><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>'))
    # A million merges (24 MiB of XML) with random padding after them, so that the part's ratio stays under 100:1
    # and the reader meets the merges: refused at ReadLimits.maxMerges (100,000).
    write_zip(os.path.join(out, "million-merges.xlsx"), with_sheet(
        "<sheetData/>", '<mergeCells count="1000000">' + '<mergeCell ref="A1:B1"/>' * 1_000_000 + "</mergeCells>"
        + "<!--" + padding(320 * 1024, 1) + "-->"))
    # Shared formulas: every dependent cell gets its own copy of the anchor's text. An anchor of 40,000 bytes (over
    # the 32 KiB refused; spreadsheet programs write at most 8,192 characters) shared by 2,000 cells would be 80 MB.
    dependents = "".join(f'<row r="{r}"><c r="A{r}"><f t="shared" si="0"/></c></row>' for r in range(2, 2002))
    write_zip(os.path.join(out, "shared-formula-bomb.xlsx"), with_sheet(
        f'<sheetData><row r="1"><c r="A1"><f t="shared" ref="A1:A2001" si="0">{"B1+" * 13333}1</f></c></row>'
        + dependents + "</sheetData>"))
    # An allowed 8,000-byte anchor shared by 1,000 cells: 8 MB of formulas, read (the text limit is 256 MiB).
    write_zip(os.path.join(out, "shared-formula-fanout.xlsx"), with_sheet(
        f'<sheetData><row r="1"><c r="A1"><f t="shared" ref="A1:A1001" si="0">{"B1+" * 2666}11</f></c></row>'
        + dependents[:dependents.index('<row r="1002">')] + "</sheetData>"))
    # Text that is not XML text.
    write_zip(os.path.join(out, "invalid-utf8.xlsx"), with_strings(
        f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}"><si><t>'.encode()
        + b"\xff\xfe\xc0\x80" + b"</t></si></sst>"))
    write_zip(os.path.join(out, "control-characters.xlsx"), with_strings(
        f'<?xml version="1.0"?><sst xmlns="{MAIN}"><si><t>a\x01b\x1bc</t></si></sst>'))
    # Other files renamed .xlsx.
    with open(os.path.join(out, "csv-renamed.xlsx"), "wb") as handle:
        handle.write("项目,数量\n新收政府信息公开申请数量,13\n".encode("utf-8"))
    # msoffcrypto-tool cannot decrypt its own output for packages under 4 KiB, so the package carries padding.
    encrypted_real(os.path.join(out, "encrypted-agile.xlsx"),
                   good + [("docProps/padding.bin", padding(6000, 2).encode())])


def zip_bytes(entries):
    """The bytes of write_zip's archive."""
    path = "/tmp/nianbao-fixture-scratch.zip"
    write_zip(path, entries)
    with open(path, "rb") as handle:
        data = handle.read()
    os.remove(path)
    return data


def encrypted_real(path, entries):
    """A workbook encrypted by msoffcrypto-tool (ECMA-376 agile encryption, password "nianbao"), salts seeded."""
    try:
        import msoffcrypto
        import msoffcrypto.method.container.ecma376_encrypted as container
        import msoffcrypto.method.ecma376_agile as agile
        from msoffcrypto.format.ooxml import OOXMLFile
    except ImportError:
        print(f"note: msoffcrypto-tool is not installed; keeping {os.path.basename(path)} as committed "
              "(pip install msoffcrypto-tool to rebuild it)")
        return
    import datetime
    import io

    class FixedTime(datetime.datetime):
        """The container's creation time, fixed."""

        @classmethod
        def now(cls, tz=None):
            return cls(2020, 1, 1)

    rng = random.Random(7)
    agile._random_buffer = rng.randbytes
    container.datetime = FixedTime
    plain = io.BytesIO(zip_bytes(entries))
    result = io.BytesIO()
    OOXMLFile(plain).encrypt("nianbao", result)
    # A real encryption: the password opens it again.
    check = msoffcrypto.OfficeFile(io.BytesIO(result.getvalue()))
    check.load_key(password="nianbao")
    decrypted = io.BytesIO()
    check.decrypt(decrypted)
    assert decrypted.getvalue() == plain.getvalue(), "msoffcrypto-tool did not round-trip the encrypted workbook"
    with open(path, "wb") as handle:
        handle.write(result.getvalue())


def corrupt_data(path, name):
    """Flip bytes in the middle of one entry's compressed data (its local header and CRC stay as they were)."""
    data = bytearray(open(path, "rb").read())
    encoded = name.encode()
    start = data.find(b"PK\x03\x04")
    while start >= 0:
        length, extra = struct.unpack_from("<HH", data, start + 26)
        if bytes(data[start + 30:start + 30 + length]) == encoded:
            size = struct.unpack_from("<I", data, start + 18)[0]
            middle = start + 30 + length + extra + size // 2
            for offset in range(middle, middle + 8):
                data[offset] ^= 0x5A
            break
        start = data.find(b"PK\x03\x04", start + 4)
    open(path, "wb").write(bytes(data))


def patch_declared_size(path, name, size):
    """Rewrite the uncompressed size of one entry, in both its local header and the central directory."""
    data = bytearray(open(path, "rb").read())
    encoded = name.encode()
    for signature, size_offset, name_offset in ((b"PK\x03\x04", 22, 30), (b"PK\x01\x02", 24, 46)):
        start = 0
        while True:
            start = data.find(signature, start)
            if start < 0:
                break
            length_offset = 26 if signature == b"PK\x03\x04" else 28
            length = struct.unpack_from("<H", data, start + length_offset)[0]
            if bytes(data[start + name_offset:start + name_offset + length]) == encoded:
                struct.pack_into("<I", data, start + size_offset, size)
            start += 4
    open(path, "wb").write(bytes(data))


def corrupt_crc(path, name):
    """Flip the CRC-32 recorded for one entry (local header and central directory); the data stays intact."""
    data = bytearray(open(path, "rb").read())
    encoded = name.encode()
    for signature, crc_offset, name_offset, length_offset in ((b"PK\x03\x04", 14, 30, 26),
                                                             (b"PK\x01\x02", 16, 46, 28)):
        start = data.find(signature)
        while start >= 0:
            length = struct.unpack_from("<H", data, start + length_offset)[0]
            if bytes(data[start + name_offset:start + name_offset + length]) == encoded:
                struct.pack_into("<I", data, start + crc_offset,
                                 struct.unpack_from("<I", data, start + crc_offset)[0] ^ 0xFFFFFFFF)
            start = data.find(signature, start + 4)
    open(path, "wb").write(bytes(data))


def fake_encrypted_ole2():
    """An OLE2 (compound file) container with the stream names of an encrypted OOXML package."""
    header = bytearray(512)
    header[0:8] = bytes([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
    struct.pack_into("<HHHH", header, 24, 0x3E, 3, 0xFFFE, 9)
    struct.pack_into("<I", header, 48, 1)
    directory = bytearray(512)
    for index, name in enumerate(["Root Entry", "EncryptionInfo", "EncryptedPackage"]):
        encoded = name.encode("utf-16-le") + b"\x00\x00"
        directory[index * 128:index * 128 + len(encoded)] = encoded
        struct.pack_into("<H", directory, index * 128 + 64, len(encoded))
    return bytes(header) + bytes(512) + bytes(directory)


if __name__ == "__main__":
    crafted()
    hostile()
