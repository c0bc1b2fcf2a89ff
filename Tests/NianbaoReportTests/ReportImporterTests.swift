import Foundation
import NianbaoGrid
import Testing

@testable import NianbaoReport

/// Import of real workbooks and of grids laid out every way the locator must cope with.
@Suite struct ReportImporterTests {
  @Test(arguments: ImportFixtures.workbooks)
  func fixtureWorkbooksImportToTheirExpectedJSON(_ file: String, _ name: String) throws {
    let imported = try ReportImporter.importWorkbook(at: ImportFixtures.workbook(file))
    let expected = try Fixtures.report(name)
    #expect(imported.report.formatVersion == expected.formatVersion)
    #expect(imported.report.organ == expected.organ)
    #expect(imported.report.year == expected.year)
    for slot in expected.layout.slots {
      #expect(imported.report[slot.keyPath] == expected[slot.keyPath], "\(file): \(slot.keyPath)")
    }
  }

  @Test(arguments: ImportFixtures.workbooks)
  func fixtureWorkbooksGiveTheirExpectedFindings(_ file: String, _ name: String) throws {
    let imported = try ReportImporter.importWorkbook(at: ImportFixtures.workbook(file))
    let balance = imported.findings.filter { [.r1, .r2, .r3, .r4].contains($0.rule) }.map(\.asExpected)
    #expect(Set(balance) == Set(try Fixtures.expectedFindings(name)))
    #expect(balance.count == (try Fixtures.expectedFindings(name)).count)
  }

  @Test func blankMarkersBecomeBlankAndAFindingEach() throws {
    let imported = try ReportImporter.importWorkbook(at: ImportFixtures.workbook("xiasizhen_2021.text-numbers.xlsx"))
    let markers = imported.findings.filter { $0.rule == .notAValue }
    #expect(!markers.isEmpty)
    for finding in markers {
      #expect(["/", "—"].contains(finding.cellText), "\(finding.cellText ?? "")")
      #expect(finding.location?.sheet == "Sheet1")
    }
    // Every cell in the workbook that holds "/" or "—" inside the tables is named once.
    let named = Set(markers.compactMap { $0.location?.reference })
    #expect(named.count == markers.count)
  }

  @Test func singleOtherHandlingRowIsKeptUnderOther() throws {
    let imported = try ReportImporter.importWorkbook(at: ImportFixtures.workbook("hongzequ_2023.official.xlsx"))
    let hybrid = imported.findings.filter { $0.rule == .hybridLayout }
    #expect(hybrid.count == 1)
    #expect(hybrid.first?.cells.contains("applications.outcomes.otherHandling.other.total") == true)
    #expect(imported.report["applications.outcomes.otherHandling.noCorrection.total"] == nil)
  }

  @Test func locationsNameTheSourceCells() throws {
    let imported = try ReportImporter.importWorkbook(at: ImportFixtures.workbook("hongzequ_2023.official.xlsx"))
    let r4 = imported.findings.filter { $0.rule == .r4 }
    #expect(r4.map { $0.location?.description } == ["'Sheet1'!E51", "'Sheet1'!O51"])
  }

  @Test(arguments: FormatVersion.allCases, [true, false])
  func officialGridsImportAtAnyOffset(_ version: FormatVersion, _ merged: Bool) throws {
    let report = try ImportFixtures.patterned(version)
    let grid = ImportFixtures.stackedGrid(report, top: 4, left: 3, merged: merged)
    let imported = try ReportImporter.importReport(from: [grid], source: "test")
    #expect(imported.report.formatVersion == version)
    #expect(imported.report.values == report.values)
    #expect(!imported.findings.contains { [.hybridLayout, .unmappedValue, .tableMissing].contains($0.rule) })
  }

  @Test func tablesOnSeparateSheetsWithNotesAround() throws {
    let report = try ImportFixtures.patterned(.v2021, seed: 11)
    let grids = report.layout.tables.enumerated().map { index, table in
      var cells = ImportFixtures.cells(of: table, report: report, top: 3 + index, left: 2)
      cells.append(SourceCell(row: 1, column: 1, content: .text("填报说明：请如实填写")))
      cells.append(SourceCell(row: 3 + index + table.grid.rowCount + 2, column: 2, content: .text("填表人：张三")))
      return SourceGrid(name: table.sheetName, cells: cells)
    }
    let imported = try ReportImporter.importReport(from: grids, source: "test")
    #expect(imported.report.values == report.values)
    #expect(imported.locations["appeals.administrativeReview.total"]?.sheet == "表四")
  }

  @Test func numbersAsTextWithUnitsSignsAndFullWidthDigits() throws {
    let report = try ImportFixtures.patterned(.v2019)
    let grid = SourceGrid(
      name: "S",
      cells: report.layout.tables.flatMap { table in
        ImportFixtures.cells(
          of: table, report: report, top: 1 + 40 * (table.id == .proactive ? 0 : table.id == .applications ? 1 : 2),
          left: 1
        ) {
          value in
          let text = value.description
          let wide = String(
            text.map { $0.isNumber ? Character(UnicodeScalar($0.unicodeScalars.first!.value + 0xFEE0)!) : $0 })
          return .text("\u{3000}" + (text.hasPrefix("-") ? text : "+" + wide) + (value.amount != nil ? "元" : ""))
        }
      })
    let imported = try ReportImporter.importReport(from: [grid], source: "test")
    #expect(imported.report.values == report.values)
    #expect(!imported.findings.contains { $0.rule == .notAValue })
  }

  @Test func formulasWithoutCachedValuesAreEvaluated() throws {
    var report = Report(formatVersion: .v2021)
    try report.set(.count(3), at: "appeals.administrativeReview.upheld")
    try report.set(.count(4), at: "appeals.administrativeReview.corrected")
    let table = report.layout.table(.appeals)
    var cells = ImportFixtures.cells(of: table, report: report, top: 1, left: 1)
    // 其他结果 = 2 via nested formulas; 尚未审结 = 0; 总计 = SUM over the four parts (no cached values anywhere).
    cells.append(SourceCell(row: 20, column: 1, content: .number("2")))
    cells.append(SourceCell(row: 4, column: 3, content: .formula("A20*1", cached: nil)))
    cells.append(SourceCell(row: 4, column: 4, content: .formula("A20-A20", cached: nil)))
    cells.append(SourceCell(row: 4, column: 5, content: .formula("SUM(A4:B4,D4)", cached: nil)))
    cells.append(SourceCell(row: 4, column: 6, content: .formula("G4+1", cached: nil)))
    cells.append(SourceCell(row: 4, column: 7, content: .formula("F4", cached: nil)))
    cells.append(SourceCell(row: 4, column: 8, content: .formula("(A4+B4)-(-A20)", cached: nil)))
    let imported = try ReportImporter.importReport(from: [SourceGrid(name: "S", cells: cells)], source: "t")
    #expect(imported.report["appeals.administrativeReview.total"] == .count(7))
    #expect(imported.report["appeals.administrativeReview.pending"] == .count(0))
    #expect(imported.report["appeals.litigationWithoutReview.other"] == .count(9))
    // A20*1 is not plain arithmetic; F4 and G4 refer to each other.
    #expect(imported.report["appeals.administrativeReview.other"] == nil)
    #expect(imported.report["appeals.litigationWithoutReview.upheld"] == nil)
    let evaluated = imported.findings.filter { $0.rule == .formulaEvaluated }.compactMap(\.location?.reference)
    #expect(Set(evaluated) == ["D4", "E4", "H4"])
    let refused = imported.findings.filter { $0.rule == .formulaNotEvaluated }
    #expect(Set(refused.compactMap(\.location?.reference)) == ["C4", "F4", "G4"])
    #expect(refused.contains { $0.message(in: .english).contains("circular") })
  }

  @Test func cachedFormulaValuesAreUsed() throws {
    let report = Report(formatVersion: .v2021)
    var cells = ImportFixtures.cells(of: report.layout.table(.appeals), report: report, top: 1, left: 1)
    cells.append(SourceCell(row: 4, column: 5, content: .formula("SUM(A4:D4)", cached: .number("12"))))
    let imported = try ReportImporter.importReport(from: [SourceGrid(name: "S", cells: cells)], source: "t")
    #expect(imported.report["appeals.administrativeReview.total"] == .count(12))
    #expect(!imported.findings.contains { $0.rule == .formulaEvaluated })
  }

  @Test func a2021ReportWith2019StyleTable2KeepsSharedColumnsAndListsTheRest() throws {
    let old = try ImportFixtures.patterned(.v2019)
    let new = try ImportFixtures.patterned(.v2021)
    var cells = [SourceCell(row: 1, column: 1, content: .text("某县人民政府2022年政府信息公开工作年度报告"))]
    cells += ImportFixtures.cells(of: old.layout.table(.proactive), report: old, top: 3, left: 1)
    cells += ImportFixtures.cells(of: new.layout.table(.applications), report: new, top: 30, left: 1)
    cells += ImportFixtures.cells(of: new.layout.table(.appeals), report: new, top: 60, left: 1)
    let imported = try ReportImporter.importReport(from: [SourceGrid(name: "S", cells: cells)], source: "t")
    #expect(imported.report.formatVersion == .v2021)
    #expect(imported.report.year == 2022)
    #expect(imported.report["proactive.licensing.decisions"] == old["proactive.licensing.decisions"])
    #expect(imported.report["proactive.regulations.issued"] == nil)
    #expect(imported.findings.contains { $0.rule == .hybridLayout && $0.table == .proactive })
    // Every 2019 number without a 2021 counterpart is listed, none dropped silently.
    let unmapped = imported.findings.filter { $0.rule == .unmappedValue }
    let mapped = ["licensing", "penalties", "coercion"].count
    let numbers = old.layout.table(.proactive).slots.filter { old[$0.keyPath] != nil }.count
    #expect(unmapped.count == numbers - mapped)
  }

  @Test func a2019ReportWith2021SubRowsAddsThemUp() throws {
    let old = try ImportFixtures.patterned(.v2019)
    let new = try ImportFixtures.patterned(.v2021)
    var cells = [SourceCell(row: 1, column: 1, content: .text("某局2020年政府信息公开工作年度报告"))]
    cells += ImportFixtures.cells(of: old.layout.table(.proactive), report: old, top: 3, left: 1)
    cells += ImportFixtures.cells(of: new.layout.table(.applications), report: new, top: 30, left: 1)
    cells += ImportFixtures.cells(of: old.layout.table(.appeals), report: old, top: 60, left: 1)
    let grid = SourceGrid(name: "S", cells: cells)
    let imported = try ReportImporter.importReport(from: [grid], source: "t")
    #expect(imported.report.formatVersion == .v2019)
    for column in ["naturalPerson", "total"] {
      let parts = ["noCorrection", "unpaidFee", "other"].compactMap {
        new[ReportKeyPath(parsing: "applications.outcomes.otherHandling.\($0).\(column)")]?.count
      }
      #expect(
        imported.report[ReportKeyPath(parsing: "applications.outcomes.otherHandling.\(column)")]
          == .count(parts.reduce(0, +)))
    }
    #expect(imported.findings.contains { $0.rule == .hybridLayout && $0.table == .applications })
  }

  @Test func missingTableIsAFindingAndAllItsValuesBlank() throws {
    let report = try ImportFixtures.patterned(.v2021)
    let cells = ImportFixtures.cells(of: report.layout.table(.applications), report: report, top: 1, left: 1)
    let imported = try ReportImporter.importReport(from: [SourceGrid(name: "S", cells: cells)], source: "t")
    #expect(Set(imported.findings.filter { $0.rule == .tableMissing }.compactMap(\.table)) == [.proactive, .appeals])
    #expect(imported.report["appeals.administrativeReview.total"] == nil)
  }

  @Test func aGridWithoutTablesIsRefused() {
    let grid = SourceGrid(name: "S", cells: [SourceCell(row: 1, column: 1, content: .text("会议纪要"))])
    #expect(throws: ImportError.self) { try ReportImporter.importReport(from: [grid], source: "notes.xlsx") }
  }

  @Test func typosInFixedLabelsAreTolerated() throws {
    let report = try ImportFixtures.patterned(.v2021)
    let cells = report.layout.tables.flatMap { table in
      ImportFixtures.cells(
        of: table, report: report, top: table.id == .proactive ? 1 : table.id == .applications ? 30 : 70, left: 1)
    }.map { cell -> SourceCell in
      guard case .text(let text) = cell.content else { return cell }
      let typo = text.replacingOccurrences(of: "2.其他法律行政法规禁止公开", with: "2、其他法律行政止公开")
        .replacingOccurrences(of: "商业企业", with: "商业\n企业").replacingOccurrences(of: "（一）", with: "(一)")
        .replacingOccurrences(of: "总计", with: "总 计")
      return SourceCell(
        row: cell.row, column: cell.column, rowSpan: cell.rowSpan, columnSpan: cell.columnSpan, content: .text(typo))
    }
    let imported = try ReportImporter.importReport(from: [SourceGrid(name: "S", cells: cells)], source: "t")
    #expect(imported.report.values == report.values)
  }
}
