import Foundation
import NianbaoGrid
import NianbaoXLSX
import Testing

@testable import NianbaoReport

/// Imports from bounded grids equal imports from whole sheets: report, locations and findings.
@Suite struct BoundedWorkbookImportTests {
  /// The repository's samples and the shared workbooks.
  static let workbooks: [String] =
    ImportFixtures.workbooks.map { ImportFixtures.workbook($0.file) }
    + ["clerk_imbalance_2022.xlsx", "xiasizhen_2021.xlsx", "template_2019.xlsx", "template_2021.xlsx"].map {
      URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Samples/\($0)").path
    }

  /// The import of every sheet read whole, without the location cache.
  static func wholeImport(_ path: String) throws -> ReportImport {
    let workbook = try WorkbookReader(path: path).readWorkbook()
    return try ReportImporter.importReport(
      from: workbook.sheets.map(SourceGrid.init(worksheet:)), source: path, previous: nil, cache: nil)
  }

  static func expectSame(_ bounded: ReportImport, _ whole: ReportImport, _ name: String) {
    #expect(bounded.report == whole.report, "\(name)")
    #expect(bounded.locations == whole.locations, "\(name)")
    #expect(bounded.findings == whole.findings, "\(name)")
  }

  @Test(arguments: workbooks) func everyFixtureAndSampleImportsAsFromWholeSheets(path: String) throws {
    let (bounded, route) = try BoundedWorkbookImport.importReportAndPath(
      from: try WorkbookReader(path: path), source: path, previous: nil)
    Self.expectSame(bounded, try Self.wholeImport(path), path)
    #expect(route == .whole)
  }

  /// Writes the report of `sample` followed by a register sheet of `rows` × `columns` numbers under a header row.
  static func workbookWithRegister(
    at path: String, rows: Int, columns: Int, extra: [WriteCell] = [], headerRow: Bool = true
  ) throws {
    let report = try Fixtures.report("xiasizhen_2021")
    var document = ReportExporter.document(for: report)
    document.sheets[0].cells += extra
    try WorkbookWriter.write(to: path) { workbook in
      for sheet in document.sheets { try workbook.addSheet(sheet) }
      try workbook.addSheet(SheetDocument(name: "登记台账")) { cells in
        if headerRow {
          for column in 1...columns {
            try cells.append(WriteCell(CellReference(row: 1, column: column)!, .string("栏目\(column)")))
          }
        }
        var value = 12_345
        for row in 2...(rows + 1) {
          for column in 1...columns {
            value = (value &* 1_103_515_245 &+ 12_345) & 0x7FFF_FFFF
            try cells.append(WriteCell(CellReference(row: row, column: column)!, .number(String(value % 100_000))))
          }
        }
      }
    }
  }

  @Test(arguments: [true, false]) func aRegisterOfNumbersBesideTheReportIsLeftOutAndChangesNothing(headerRow: Bool)
    throws
  {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nianbao-bounded-\(UUID())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("register.xlsx").path
    // The register's shape, 200,000 rows of 10 numbers (20,000 without its header row, to keep the test short).
    let rows = headerRow ? 200_000 : 20_000
    try Self.workbookWithRegister(at: path, rows: rows, columns: 10, headerRow: headerRow)
    let reader = try WorkbookReader(path: path)
    let grids = try reader.readBoundedGrids()
    let register = try #require(grids.last)
    #expect(register.grid.cells.count <= (1 + BoundedSheetGrid.defaultWindow) * 10)
    #expect(register.omittedRows.last?.upperBound == rows + 1)
    let (bounded, route) = try BoundedWorkbookImport.importReportAndPath(
      from: try WorkbookReader(path: path), source: path, previous: nil)
    #expect(route == .bounded)
    Self.expectSame(bounded, try Self.wholeImport(path), path)
    let alone = try ReportImporter.importReport(
      from: Array(try Self.wholeImportGrids(path).dropLast()), source: path, previous: nil, cache: nil)
    #expect(bounded.report == alone.report)
    #expect(bounded.findings == alone.findings)
  }

  static func wholeImportGrids(_ path: String) throws -> [SourceGrid] {
    try WorkbookReader(path: path).readWorkbook().sheets.map(SourceGrid.init(worksheet:))
  }

  @Test func numbersInsideATableStillGiveTheirUnmappedFindings() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nianbao-bounded-\(UUID())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("unmapped.xlsx").path
    // Row 18 of the exported sheet, right under table 二's last item row (行政事业性收费, row 17), is empty: a row
    // there with a note and a number lies inside the table's extent, and the number belongs to no slot.
    let extra = [
      WriteCell(CellReference(row: 18, column: 1)!, .string("备注")),
      WriteCell(CellReference(row: 18, column: 2)!, .number("77")),
    ]
    try Self.workbookWithRegister(at: path, rows: 2_000, columns: 4, extra: extra)
    let whole = try Self.wholeImport(path)
    let (bounded, route) = try BoundedWorkbookImport.importReportAndPath(
      from: try WorkbookReader(path: path), source: path, previous: nil)
    #expect(route == .bounded)
    Self.expectSame(bounded, whole, path)
    #expect(bounded.findings.contains { $0.rule == .unmappedValue && $0.cellText == "77" })
  }

  @Test func aFormulaWithoutCachedValueMakesTheImportReadTheSheetsWhole() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nianbao-bounded-\(UUID())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("formula.xlsx").path
    let extra = [WriteCell(CellReference(row: 1, column: 20)!, .empty, formula: "SUM('登记台账'!A2:A2001)")]
    try Self.workbookWithRegister(at: path, rows: 2_000, columns: 2, extra: extra)
    let (bounded, route) = try BoundedWorkbookImport.importReportAndPath(
      from: try WorkbookReader(path: path), source: path, previous: nil)
    #expect(route == .reread)
    Self.expectSame(bounded, try Self.wholeImport(path), path)
  }

  @Test func overlappingMergesAreRefusedNamingTheSheetAndBothRanges() throws {
    let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("NianbaoXLSXTests/Fixtures/hostile/overlapping-merges.xlsx").path
    #expect {
      _ = try ReportImporter.importWorkbook(at: path)
    } throws: { error in
      guard case ImportError.unreadable(let reason) = error else { return false }
      return reason.kind == .overlappingMerges && reason.sheet == "Sheet1" && reason.message.contains("A1:C3")
        && reason.message.contains("B2:D4")
    }
  }
}
