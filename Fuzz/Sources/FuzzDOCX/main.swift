import FuzzSupport
import NianbaoDOCX
import NianbaoReport

/// Fuzzes the DOCX reader and the import of its grids. An input that starts like a zip is a whole file, read with
/// `DOCXReader.read(bytes:name:limits:)`; any other input is the text of `word/document.xml`, packed with a
/// `_rels/.rels` into a stored zip that libzip accepts, so that mutations reach the SAX handler rather than dying
/// in the inflater. Any input must give grids or a DOCXError; grids are then imported (any ImportError is fine).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDOCX(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = fuzzInput(data, size)
  let file =
    bytes.starts(with: [0x50, 0x4B])
    ? bytes
    : StoredZip.archive([
      ("_rels/.rels", relationships), ("word/document.xml", bytes),
    ])
  do {
    let grids = try DOCXReader.read(bytes: file, name: "fuzz.docx", limits: FuzzLimits.small)
    precondition(grids.first?.name == "正文", "the body grid comes first")
    _ = try? ReportImporter.importReport(from: grids, source: "fuzz.docx")
  } catch {
    precondition(!error.description.isEmpty, "an error without a message")
  }
  return 0
}

/// Package relationships naming `word/document.xml` as the main document.
private let relationships = Array(
  ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
    + "relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
    + "relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>").utf8)

runFuzzer(fuzzDOCX)
