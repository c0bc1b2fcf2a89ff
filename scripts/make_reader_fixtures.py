#!/usr/bin/env python3
"""Build the crafted and hostile workbooks the XLSX reader tests use.

Writes Tests/NianbaoXLSXTests/Fixtures/crafted/*.xlsx (unusual but valid producers' output) and
Tests/NianbaoXLSXTests/Fixtures/hostile/* (files the reader must refuse with a precise error).
Deterministic: zip timestamps are fixed, so re-running gives identical bytes.
Run: python3 scripts/make_reader_fixtures.py
"""
import os
import struct
import zipfile
import zlib

ROOT = os.path.join(os.path.dirname(__file__), "..", "Tests", "NianbaoXLSXTests", "Fixtures")
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
STRICT_MAIN = "http://purl.oclc.org/ooxml/spreadsheetml/main"
STRICT_REL = "http://purl.oclc.org/ooxml/officeDocument/relationships"
DATE = (1980, 1, 1, 0, 0, 0)


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
        '<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY x SYSTEM "file:///etc/hostname">]>'
        f'<worksheet xmlns="{MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&x;</t></is></c>'
        "</row></sheetData></worksheet>"))
    write_zip(os.path.join(out, "xxe-workbook.xlsx"), replace(
        good, "xl/workbook.xml",
        '<?xml version="1.0"?><!DOCTYPE workbook [<!ENTITY x SYSTEM "file:///etc/hostname">]>'
        f'<workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets><sheet name="&x;" sheetId="1" r:id="rId1"/></sheets>'
        "</workbook>"))
    write_zip(os.path.join(out, "xxe-rels.xlsx"), replace(
        good, "_rels/.rels",
        '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/hostname">]>'
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
