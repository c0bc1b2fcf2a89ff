#!/usr/bin/env python3
"""Builds the hostile Word documents of the DOCX reader's tests under Tests/NianbaoDOCXTests/Fixtures/hostile/.

Every file must be refused with a clear DOCXError (or, for the large ones, read) in bounded memory and time:

- zip-bomb.docx            word/document.xml inflates to 256 MiB of blanks (about 1000:1), sizes honest
- lying-size-bomb.docx     the same part at 8 MiB whose zip headers declare 1,000 bytes: caught while inflating
- xxe.docx                 document.xml declares an external entity (file:///etc/passwd) and uses it in a run
- billion-laughs.docx      document.xml declares the nested "lol" entities
- nested-tables.docx       100,000 tables nested inside each other's cells
- deep-elements.docx       100,000 nested w:customXml elements around one paragraph
- many-cells.docx          one table of 250,000 cells (more than DOCXReader.maxCells)
- huge-document.docx       a 32 MiB document.xml of 60,000 paragraphs of varied text (about 90:1, under the
                           ratio limit): it reads, and is refused under a smaller part limit
- legacy.doc               the filled template saved by LibreOffice as Word 97-2003 (needs the corpus first)
- wps-like.wps             an OLE2 container with the streams of Word's binary format, as WPS Office's .wps has
- other-ole2.bin           an OLE2 container with neither a Word nor an Excel stream

Run from the repository root after scripts/make_docx_corpus.py (legacy.doc is converted from its output):
    python3 scripts/make_docx_hostile.py
"""

import os
import random
import shutil
import struct
import subprocess
import sys
import tempfile
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_reader_fixtures import DATE, patch_declared_size  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Tests", "NianbaoDOCXTests", "Fixtures", "hostile")
CORPUS = os.path.join(ROOT, "Tests", "NianbaoDOCXTests", "Fixtures", "corpus")
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
OPEN = '<w:document xmlns:w="%s"><w:body>' % W
CLOSE = "</w:body></w:document>"
TYPES = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
         'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
         'relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.'
         'openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
        '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/officeDocument" Target="word/document.xml"/></Relationships>')


def write_docx(name, chunks):
    """A Word package whose document.xml is the concatenation of `chunks` (strings), streamed into the zip."""
    path = os.path.join(OUT, name)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo("[Content_Types].xml", DATE), TYPES)
        archive.writestr(zipfile.ZipInfo("_rels/.rels", DATE), RELS)
        info = zipfile.ZipInfo("word/document.xml", DATE)
        info.compress_type = zipfile.ZIP_DEFLATED
        with archive.open(info, "w", force_zip64=False) as part:
            for chunk in chunks:
                part.write(chunk.encode("utf-8"))
    return path


def blanks(total, chunk=1 << 20):
    for _ in range(total // chunk):
        yield " " * chunk


def repeated(text, count, batch=1000):
    for start in range(0, count, batch):
        yield text * min(batch, count - start)


def varied_paragraphs(count, seed=7):
    """Paragraphs of one sentence with random numbers in it: they deflate about 90:1, under the ratio limit."""
    rng = random.Random(seed)
    sentence = "本年度通过政府网站公开发布信息%d条，" + "办理申请和答复的情况见下表，" * 12
    for _ in range(count):
        yield "<w:p><w:r><w:t>%s</w:t></w:r></w:p>" % (sentence % rng.randrange(1000))


def ole2(names):
    """A compound file (OLE2) whose directory holds streams of the given names (their data empty)."""
    header = bytearray(512)
    header[0:8] = bytes([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
    struct.pack_into("<HHHH", header, 24, 0x3E, 3, 0xFFFE, 9)
    struct.pack_into("<I", header, 48, 1)
    directory = bytearray(512 * ((len(names) * 128 + 511) // 512))
    for index, name in enumerate(names):
        encoded = name.encode("utf-16-le") + b"\x00\x00"
        directory[index * 128:index * 128 + len(encoded)] = encoded
        struct.pack_into("<H", directory, index * 128 + 64, len(encoded))
        directory[index * 128 + 66] = 5 if index == 0 else 2
    return bytes(header) + bytes(512) + bytes(directory)


def main():
    os.makedirs(OUT, exist_ok=True)
    write_docx("zip-bomb.docx", [HEAD, OPEN, "<w:p><w:r><w:t>"] + list(blanks(256 << 20)) + ["</w:t></w:r></w:p>",
                                                                                           CLOSE])
    path = write_docx("lying-size-bomb.docx", [HEAD, OPEN, "<w:p><w:r><w:t>"] + list(blanks(8 << 20))
                      + ["</w:t></w:r></w:p>", CLOSE])
    patch_declared_size(path, "word/document.xml", 1000)
    write_docx("xxe.docx", [
        HEAD, '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>', OPEN,
        "<w:p><w:r><w:t>&xxe;</w:t></w:r></w:p>", CLOSE])
    laughs = ['<!ENTITY lol "lol">'] + [
        '<!ENTITY lol%d "%s">' % (level, ("&lol%s;" % ("" if level == 1 else level - 1)) * 10)
        for level in range(1, 10)]
    write_docx("billion-laughs.docx", [
        HEAD, "<!DOCTYPE w:document [" + "".join(laughs) + "]>", OPEN, "<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>",
        CLOSE])
    write_docx("nested-tables.docx", [HEAD, OPEN] + list(repeated("<w:tbl><w:tr><w:tc>", 100_000))
               + ["<w:p/>"] + list(repeated("</w:tc></w:tr></w:tbl>", 100_000)) + [CLOSE])
    write_docx("deep-elements.docx", [HEAD, OPEN] + list(repeated("<w:customXml>", 100_000))
               + ["<w:p><w:r><w:t>deep</w:t></w:r></w:p>"] + list(repeated("</w:customXml>", 100_000)) + [CLOSE])
    write_docx("many-cells.docx", [HEAD, OPEN, "<w:tbl>"]
               + list(repeated("<w:tr>" + "<w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc>" * 50 + "</w:tr>", 5_000))
               + ["</w:tbl>", CLOSE])
    write_docx("huge-document.docx", [HEAD, OPEN] + list(varied_paragraphs(60_000)) + [CLOSE])
    source = os.path.join(CORPUS, "template_xiasizhen_2021.docx")
    with tempfile.TemporaryDirectory() as work:
        subprocess.run(["soffice", "-env:UserInstallation=file://" + os.path.join(work, "profile"), "--headless",
                        "--convert-to", "doc:MS Word 97", "--outdir", work, source], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        shutil.move(os.path.join(work, "template_xiasizhen_2021.doc"), os.path.join(OUT, "legacy.doc"))
    with open(os.path.join(OUT, "wps-like.wps"), "wb") as handle:
        handle.write(ole2(["Root Entry", "WordDocument", "1Table", "\x05SummaryInformation"]))
    with open(os.path.join(OUT, "other-ole2.bin"), "wb") as handle:
        handle.write(ole2(["Root Entry", "Contents", "\x05SummaryInformation"]))
    for name in sorted(os.listdir(OUT)):
        print(name, os.path.getsize(os.path.join(OUT, name)))


if __name__ == "__main__":
    main()
