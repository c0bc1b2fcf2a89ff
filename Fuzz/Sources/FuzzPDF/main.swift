import FuzzSupport
import NianbaoGrid
import NianbaoPDF
import NianbaoReport

/// Fuzzes the PDF carrier with raw file bytes: the stream scanner that bounds a file before poppler sees it, the
/// page reading (characters and boxes, images, the rendered page's rules), the table and paragraph assembly, then
/// the import of the grids. Any input must give grids or a PDFError (and then an import or an ImportError); a
/// second read must give the same grids (nothing depends on state left behind).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPDF(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = fuzzInput(data, size)
  let limits = PDFLimits(
    maxBytes: 2 << 20, maxPages: 8, maxStreamBytes: 4 << 20, maxCharactersPerPage: 20_000, maxSecondsPerPage: 2,
    maxSeconds: 6)
  do {
    let grids = try PDFReader.read(bytes: bytes, name: "fuzz.pdf", limits: limits)
    for grid in grids {
      for cell in grid.cells { precondition(cell.row >= 1 && cell.column >= 1, "a cell off the grid") }
    }
    let again = try PDFReader.read(bytes: bytes, name: "fuzz.pdf", limits: limits)
    precondition(again == grids, "a second read gives other grids")
    do {
      let imported = try ReportImporter.importReport(from: grids, source: "fuzz.pdf")
      precondition(!imported.report.jsonUTF8().isEmpty, "a report without JSON")
    } catch {
      precondition(!error.description.isEmpty, "an import error without a message")
    }
  } catch {
    precondition(!error.description.isEmpty, "an error without a message")
  }
  return 0
}

runFuzzer(fuzzPDF)
