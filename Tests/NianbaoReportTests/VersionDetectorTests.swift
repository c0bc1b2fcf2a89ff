import NianbaoGrid
import NianbaoXLSX
import Testing

@testable import NianbaoReport

/// Version detection on hybrid reports without a title or year.
@Suite struct VersionDetectorTests {
  /// A workbook with one sheet per table and no title: table 二 of `proactive`'s layout, table 三 of `applications`',
  /// table 四; every value from a patterned report of each version.
  static func workbook(proactive: FormatVersion, applications: FormatVersion) throws -> [UInt8] {
    var sheets: [SheetDocument] = []
    for (index, (version, id)) in [(proactive, TableID.proactive), (applications, .applications), (.v2021, .appeals)]
      .enumerated()
    {
      let report = try ImportFixtures.patterned(version)
      let table = version.layout.table(id)
      var cells: [WriteCell] = []
      var merges: [CellRange] = []
      for cell in ImportFixtures.cells(of: table, report: report, top: 2, left: 2) {
        let reference = CellReference(row: cell.row, column: cell.column)!
        let value: CellValue =
          if case .number(let digits) = cell.content { .number(digits) } else { .string(cell.text) }
        cells.append(WriteCell(reference, value))
        if cell.isMerged { merges.append(CellRange(origin: reference, rows: cell.rowSpan, columns: cell.columnSpan)!) }
      }
      sheets.append(SheetDocument(name: "表\(index + 2)", cells: cells, merges: merges))
    }
    return try WorkbookWriter.data(WorkbookDocument(sheets: sheets))
  }

  @Test func withoutAYearThe2021TableTwoDecides2021OverASingleRowSix() throws {
    let bytes = try Self.workbook(proactive: .v2021, applications: .v2019)
    let imported = try ReportImporter.importWorkbook(bytes: bytes, name: "hybrid.xlsx")
    #expect(imported.report.year == nil)
    #expect(imported.report.formatVersion == .v2021)
    let single = try ImportFixtures.patterned(.v2019)
    #expect(
      imported.report[ReportKeyPath(parsing: "applications.outcomes.otherHandling.other.total")]
        == single[ReportKeyPath(parsing: "applications.outcomes.otherHandling.total")])
    #expect(imported.findings.contains { $0.rule == .hybridLayout && $0.table == .applications })
  }

  @Test func withoutAYearThe2021SubRowsDecide2021OverA2019TableTwo() throws {
    let bytes = try Self.workbook(proactive: .v2019, applications: .v2021)
    let imported = try ReportImporter.importWorkbook(bytes: bytes, name: "hybrid.xlsx")
    #expect(imported.report.formatVersion == .v2021)
    #expect(imported.findings.contains { $0.rule == .hybridLayout && $0.table == .proactive })
  }

  @Test func aPlain2019ReportWithoutAYearStays2019() throws {
    let bytes = try Self.workbook(proactive: .v2019, applications: .v2019)
    let imported = try ReportImporter.importWorkbook(bytes: bytes, name: "plain.xlsx")
    #expect(imported.report.formatVersion == .v2019)
    #expect(!imported.findings.contains { $0.rule == .hybridLayout })
  }

  @Test func theYearStillDecidesWhenItIsKnown() {
    let report = try? ImportFixtures.patterned(.v2019)
    guard let report else { return }
    let grids = [ImportFixtures.stackedGrid(report)]
    let detection = VersionDetector.detect(grids, year: 2020)
    #expect(detection.version == .v2019)
  }
}
