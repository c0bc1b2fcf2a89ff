import Foundation
import NianbaoXLSX
import Testing

@testable import NianbaoReport

/// Export of reports to the official layout, read back by the importer and by the XLSX reader.
@Suite struct ReportExporterTests {
  @Test func exportedFilesImportToTheSameReport() throws {
    let folder = try ExportFixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    for (name, report) in try ExportFixtures.roundTripReports() {
      let path = folder.appendingPathComponent("\(name).xlsx").path
      try ReportExporter.write(report, to: path)
      let imported = try ReportImporter.importWorkbook(at: path)
      #expect(imported.report.formatVersion == report.formatVersion, "\(name)")
      #expect(imported.report.organ == report.organ, "\(name)")
      #expect(imported.report.year == report.year, "\(name)")
      #expect(imported.report.text == report.text, "\(name)")
      for slot in report.layout.slots {
        #expect(imported.report[slot.keyPath] == report[slot.keyPath], "\(name): \(slot.keyPath)")
        // Amounts keep their exact digits, not just their value.
        #expect(imported.report[slot.keyPath]?.description == report[slot.keyPath]?.description, "\(name)")
      }
      let importFindings: Set<RuleID> = [.hybridLayout, .unmappedValue, .tableMissing, .notAValue, .formulaEvaluated]
      #expect(!imported.findings.contains { importFindings.contains($0.rule) }, "\(name)")
    }
  }

  @Test func theImporterLocatesEveryValueWhereThePlanPutIt() throws {
    for (name, report) in try ExportFixtures.roundTripReports() {
      let imported = try ReportImporter.importWorkbook(bytes: ReportExporter.data(for: report), name: name)
      let plan = ReportSheetPlan(layout: report.layout)
      for slot in report.layout.slots {
        #expect(imported.locations[slot.keyPath] == plan.location(of: slot.keyPath), "\(name): \(slot.keyPath)")
      }
      #expect(ReportExporter.locations(for: report.formatVersion) == plan.locations)
      #expect(ReportExporter.cellReferences(for: report.formatVersion) == plan.cellReferences)
    }
  }

  @Test func blankStaysBlankAndZeroStaysZero() throws {
    var report = Report(formatVersion: .v2021, organ: "测试镇", year: 2023)
    try report.set(.count(0), at: "applications.newlyReceived.total")
    try report.set(.amount(Amount("0")!), at: "proactive.fees.amount")
    let imported = try ReportImporter.importWorkbook(bytes: ReportExporter.data(for: report), name: "blank")
    #expect(imported.report.values == report.values)
    let sheet = ReportExporter.document(for: report).sheets[0]
    let plan = ReportSheetPlan(version: .v2021)
    let cell = try #require(
      sheet.cells.first { $0.reference == plan.reference(of: "applications.newlyReceived.naturalPerson") })
    #expect(cell.value == .empty)
    #expect(cell.style.border == .thin)
  }

  @Test func writtenMergesAreTheGridMergesAtTheirOffsetsAndTheTitle() throws {
    for (name, report) in try ExportFixtures.roundTripReports() {
      let reader = try WorkbookReader(bytes: ReportExporter.data(for: report), name: name)
      let workbook = try reader.readWorkbook()
      let plan = ReportSheetPlan(layout: report.layout)
      let expected = [plan.titleRange] + plan.tables.flatMap(\.merges)
      #expect(workbook.sheets[0].info.name == ReportSheetPlan.sheetName)
      #expect(workbook.sheets[0].layout.merges == expected, "\(name)")
      // The grid's merges, re-derived from the file, are those of the layout.
      for placed in plan.tables {
        let offsets = workbook.sheets[0].layout.merges.filter { placed.rows.contains($0.start.row) }.map {
          ($0.start.row - placed.firstRow, $0.start.column - 1, $0.rowCount, $0.columnCount)
        }
        let grid = placed.table.grid.merges.map { ($0.row, $0.column, $0.rowSpan, $0.columnSpan) }
        #expect(offsets.elementsEqual(grid, by: ==), "\(name) \(placed.table.id)")
      }
    }
  }

  @Test func labelsAreWrittenCharacterForCharacter() throws {
    for (name, report) in try ExportFixtures.roundTripReports() {
      let workbook = try WorkbookReader(bytes: ReportExporter.data(for: report), name: name).readWorkbook()
      let cells = Dictionary(uniqueKeysWithValues: workbook.sheets[0].cells.map { ($0.reference, $0.value) })
      let plan = ReportSheetPlan(layout: report.layout)
      for placed in plan.tables {
        #expect(cells[CellReference(row: placed.titleRow, column: 1)!] == .string(placed.table.title.text))
        for cell in placed.table.grid.cells {
          let reference = placed.reference(row: cell.row, column: cell.column)
          switch cell.content {
          case .label(let label): #expect(cells[reference] == .string(label.text), "\(name) \(reference)")
          case .value(let slot):
            #expect((cells[reference] ?? .empty) == (report[slot.keyPath].map { .number($0.description) } ?? .empty))
          case .empty: #expect((cells[reference] ?? .empty) == .empty)
          }
        }
      }
      let title = ReportTitle.text(organ: report.organ, year: report.year)
      #expect(cells[plan.titleRange.start] == title.map(CellValue.string))
    }
  }

  @Test func theSameReportGivesTheSameBytes() throws {
    for (name, report) in try ExportFixtures.roundTripReports() {
      let first = try ReportExporter.data(for: report)
      let second = try ReportExporter.data(for: report)
      #expect(first == second, "\(name)")
      let folder = try ExportFixtures.temporaryFolder()
      defer { try? FileManager.default.removeItem(at: folder) }
      let path = folder.appendingPathComponent("out.xlsx").path
      try ReportExporter.write(report, to: path)
      #expect(try [UInt8](Data(contentsOf: URL(fileURLWithPath: path))) == first, "\(name)")
    }
  }

  @Test func withoutOrganOrYearThereIsNoTitle() throws {
    var report = try ImportFixtures.patterned(.v2019)
    report.organ = nil
    let document = ReportExporter.document(for: report)
    #expect(!document.sheets[0].merges.contains(ReportSheetPlan(version: .v2019).titleRange))
    #expect(!document.sheets[0].cells.contains { $0.reference.row == 1 })
    let imported = try ReportImporter.importWorkbook(bytes: WorkbookWriter.data(document), name: "untitled")
    #expect(imported.report.organ == nil)
    #expect(imported.report.year == nil)
    #expect(imported.report.values == report.values)
  }

  @Test func textSheetOnlyWhenSomeSectionIsPresent() throws {
    var report = try Fixtures.report("hongzequ_2023")
    #expect(ReportExporter.document(for: report).sheets.map(\.name) == [ReportSheetPlan.sheetName])
    report.text.problems = "一是……\n二是……"
    let document = ReportExporter.document(for: report)
    #expect(document.sheets.map(\.name) == [ReportSheetPlan.sheetName, ReportExporter.textSheetName])
    let imported = try ReportImporter.importWorkbook(bytes: WorkbookWriter.data(document), name: "text")
    #expect(imported.report.text == report.text)
  }

  @Test func printsOnA4LandscapeOnePageWide() throws {
    let sheet = ReportExporter.document(for: try Fixtures.report("xiasizhen_2021")).sheets[0]
    let setup = try #require(sheet.pageSetup)
    #expect(setup.paperSize == PageSetup.a4)
    #expect(setup.orientation == .landscape)
    #expect(setup.fit == PageFit(pagesWide: 1, pagesTall: 0))
    #expect(sheet.printArea == ReportSheetPlan(version: .v2021).printArea)
  }

  @Test(arguments: ["xiasizhen_2021", "shanghai_szfbgt_2019"])
  func exportMatchesItsGoldenListing(_ name: String) throws {
    let document = ReportExporter.document(for: try Fixtures.report(name))
    try ExportGolden.verify(ExportListing.text(of: document), "\(name).export.txt")
  }
}
