import Foundation
import NianbaoGrid
import NianbaoXLSX
import Testing

@testable import NianbaoReport

/// Reusing table locations between workbooks of one shape gives exactly what locating afresh gives.
@Suite struct LocationCacheTests {
  /// The grids of a workbook, as the importer sees them.
  private func grids(_ path: String) throws -> [SourceGrid] {
    try WorkbookReader(path: path).readWorkbook().sheets.map(SourceGrid.init(worksheet:))
  }

  private func expectSame(_ cached: ReportImport, _ fresh: ReportImport, _ comment: String) {
    #expect(cached.report == fresh.report, "\(comment)")
    #expect(cached.locations == fresh.locations, "\(comment)")
    #expect(cached.findings == fresh.findings, "\(comment)")
  }

  @Test(arguments: ImportFixtures.workbooks.map(\.file))
  func aHitGivesWhatLocatingAfreshGives(_ file: String) throws {
    let grids = try grids(ImportFixtures.workbook(file))
    let cache = LocationCache()
    let fresh = try ReportImporter.importReport(from: grids, source: file, previous: nil, cache: nil)
    let first = try ReportImporter.importReport(from: grids, source: file, previous: nil, cache: cache)
    let second = try ReportImporter.importReport(from: grids, source: file, previous: nil, cache: cache)
    expectSame(first, fresh, file)
    expectSame(second, fresh, file)
  }

  @Test func anotherWorkbookOfTheSameShapeReusesTheLocationsWithItsOwnValues() throws {
    let cache = LocationCache()
    let first = ImportFixtures.stackedGrid(try ImportFixtures.patterned(.v2021, seed: 7))
    let second = ImportFixtures.stackedGrid(try ImportFixtures.patterned(.v2021, seed: 11))
    let key = { (grid: SourceGrid) in LocationCache.Key(grids: [grid]) }
    #expect(key(first) == key(second))
    _ = try ReportImporter.importReport(from: [first], source: "a", previous: nil, cache: cache)
    #expect(cache.entry(for: key(second), grids: [second]) != nil)
    let cached = try ReportImporter.importReport(from: [second], source: "b", previous: nil, cache: cache)
    let fresh = try ReportImporter.importReport(from: [second], source: "b", previous: nil, cache: nil)
    expectSame(cached, fresh, "second workbook")
    let expected = try ImportFixtures.patterned(.v2021, seed: 11)
    #expect(cached.report.values == expected.values)
  }

  @Test func anythingButAPlainNumberChangesTheKey() throws {
    let report = try ImportFixtures.patterned(.v2021)
    let base = ImportFixtures.stackedGrid(report)
    let key = LocationCache.Key(grids: [base])
    #expect(key != LocationCache.Key(grids: [SourceGrid(name: "Sheet2", cells: base.cells)]))
    let number = try #require(base.cells.firstIndex { if case .number = $0.content { true } else { false } })
    let variants: [SourceContent] = [.text("/"), .text("12"), .number("1E3"), .formula("1+1", cached: nil), .empty]
    for content in variants {
      var cells = base.cells
      let cell = cells[number]
      cells[number] = SourceCell(
        row: cell.row, column: cell.column, rowSpan: cell.rowSpan, columnSpan: cell.columnSpan, content: content)
      #expect(LocationCache.Key(grids: [SourceGrid(name: base.name, cells: cells)]) != key, "\(content)")
    }
    #expect(LocationCache.Key(grids: []) == LocationCache.Key(grids: []))
    #expect(LocationCache.Key(grids: []) != key)
    var fewer = base.cells
    fewer.remove(at: number)
    #expect(LocationCache.Key(grids: [SourceGrid(name: base.name, cells: fewer)]) != key)
  }

  /// The premise of keying plain numbers by their class: no label of either layout nor section title can match one,
  /// and none is a report title. A plain number is ASCII digits, a sign and a point; every label form holds more
  /// other scalars than its edit tolerance.
  @Test func noLabelCanMatchAPlainNumber() {
    let numberScalars = Set("0123456789+-.".unicodeScalars)
    #expect(ReportTitle.parse("2021") == nil)
    for label in TextSection.allCases.map(\.title) {
      for form in label.normalizedForms {
        let others = form.unicodeScalars.filter { !numberScalars.contains($0) }.count
        #expect(others > LabelMatcher.tolerance(forLength: form.unicodeScalars.count), "\(form)")
      }
    }
    for layout in [ReportLayout.v2019, ReportLayout.v2021] {
      for table in layout.tables {
        let labels =
          [table.title]
          + table.grid.cells.compactMap { cell -> Label? in
            if case .label(let label) = cell.content { return label }
            return nil
          }
        for label in labels {
          for form in label.normalizedForms {
            let others = form.unicodeScalars.filter { !numberScalars.contains($0) }.count
            let tolerance = LabelMatcher.tolerance(forLength: form.unicodeScalars.count)
            #expect(others > tolerance, "\(form)")
          }
        }
      }
    }
  }

  @Test func theTableIsBounded() throws {
    let cache = LocationCache()
    let report = try ImportFixtures.patterned(.v2021)
    for index in 0...LocationCache.capacity {
      let grid = ImportFixtures.stackedGrid(report, name: "Sheet\(index)")
      _ = try ReportImporter.importReport(from: [grid], source: "t", previous: nil, cache: cache)
    }
    let last = ImportFixtures.stackedGrid(report, name: "Sheet\(LocationCache.capacity)")
    let first = ImportFixtures.stackedGrid(report, name: "Sheet0")
    #expect(cache.entry(for: LocationCache.Key(grids: [last]), grids: [last]) != nil)
    #expect(cache.entry(for: LocationCache.Key(grids: [first]), grids: [first]) == nil)
  }
}
