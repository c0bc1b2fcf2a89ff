import NianbaoXLSX
import Testing

@testable import NianbaoReport

/// The tables sheet shared by exports and templates: styles, sizes and printing.
@Suite struct ReportSheetTests {
  private func sheet(_ report: Report, editable: Bool = false) -> (SheetDocument, ReportSheetPlan) {
    let plan = ReportSheetPlan(layout: report.layout)
    let draft = ReportSheet.draft(
      plan: plan, title: ReportTitle.text(organ: report.organ, year: report.year), editable: editable
    ) { report[$0.keyPath] }
    return (ReportSheet.sheet(draft, plan: plan), plan)
  }

  @Test(arguments: FormatVersion.allCases)
  func everyTableCellHasAThinBorderAndSongTi(_ version: FormatVersion) throws {
    let (sheet, plan) = sheet(try ImportFixtures.patterned(version))
    let cells = Dictionary(uniqueKeysWithValues: sheet.cells.map { ($0.reference, $0) })
    for placed in plan.tables {
      for row in placed.rows {
        for column in 1...placed.table.grid.columnCount {
          let cell = try #require(cells[CellReference(row: row, column: column)!])
          #expect(cell.style.border == .thin)
          #expect(cell.style.font.name == ReportStyles.fontName)
          #expect(cell.style.isLocked)
        }
      }
    }
  }

  @Test func headersAreCentredAndValueRowLabelsLeftAligned() throws {
    let (sheet, plan) = sheet(try ImportFixtures.patterned(.v2021))
    let cells = Dictionary(uniqueKeysWithValues: sheet.cells.map { ($0.reference, $0) })
    let applications = plan.table(.applications)
    for cell in applications.table.grid.cells {
      guard let label = cell.label else { continue }
      let written = try #require(cells[applications.reference(row: cell.row, column: cell.column)])
      #expect(written.value == .string(label.text))
      let isValueRow = applications.table.slots.contains { $0.row == cell.row }
      let expected: HorizontalAlignment = isValueRow && cell.rowSpan == 1 ? .left : .center
      #expect(written.style.alignment.horizontal == expected, "\(label.text)")
      #expect(written.style.alignment.wrapsText)
    }
  }

  @Test(arguments: FormatVersion.allCases)
  func columnsShowEveryLabelAndRowsGrowForWrappedOnes(_ version: FormatVersion) throws {
    let (sheet, plan) = sheet(try ImportFixtures.patterned(version))
    for placed in plan.tables {
      for cell in placed.table.grid.cells {
        guard let label = cell.label else { continue }
        let area = placed.range(of: cell)
        let width = (area.start.column...area.end.column).reduce(0) { $0 + (sheet.columnWidths[$1] ?? 0) }
        let height = (area.start.row...area.end.row).reduce(0) { $0 + (sheet.rowHeights[$1] ?? 0) }
        // The label's lines at this width fit the height.
        let lines = (DisplayWidth.units(of: label.text) / (width - ColumnSizing.padding)).rounded(.up)
        #expect(height >= lines * ColumnSizing.lineHeight(fontSize: ReportStyles.bodySize), "\(label.text)")
        #expect(width >= min(DisplayWidth.units(of: label.text), ColumnSizing.maximumWidth), "\(label.text)")
      }
    }
    #expect(sheet.columnWidths.values.allSatisfy { $0 >= ReportSheet.valueColumnWidth })
    // The long sub-rows of （六）其他处理 wrap: their rows are taller than a single line.
    if version == .v2021 {
      let row = try #require(plan.reference(of: "applications.outcomes.otherHandling.unpaidFee.total")).row
      #expect(sheet.rowHeights[row]! > ReportSheet.tableRowHeight)
    }
  }

  @Test func theTitleIsMergedAcrossTheTablesAndTheSectionTitlesAreBold() throws {
    let (sheet, plan) = sheet(try Fixtures.report("xiasizhen_2021"))
    let title = try #require(sheet.cells.first { $0.reference == plan.titleRange.start })
    #expect(title.value == .string("凯里市下司镇2021年政府信息公开工作年度报告"))
    #expect(title.style.font.isBold && title.style.font.size == ReportStyles.titleSize)
    #expect(sheet.merges.first == plan.titleRange)
    for placed in plan.tables {
      let cell = try #require(sheet.cells.first { $0.reference == CellReference(row: placed.titleRow, column: 1) })
      #expect(cell.value == .string(placed.table.title.text))
      #expect(cell.style == ReportStyles.sectionTitle)
    }
  }

  @Test func editableSheetsUnlockTheTitleAndTheValueCellsOnly() throws {
    let (sheet, plan) = sheet(Report(formatVersion: .v2019), editable: true)
    let unlocked = Set(sheet.cells.filter { !$0.style.isLocked }.map(\.reference))
    var expected = Set<CellReference>()
    for row in plan.titleRange.start.row...plan.titleRange.end.row {
      for column in plan.titleRange.start.column...plan.titleRange.end.column {
        expected.insert(CellReference(row: row, column: column)!)
      }
    }
    for slot in plan.layout.slots {
      let range = try #require(plan.range(of: slot.keyPath))
      for column in range.start.column...range.end.column {
        expected.insert(CellReference(row: range.start.row, column: column)!)
      }
    }
    #expect(unlocked == expected)
    #expect(sheet.cells.filter { plan.titleRange.contains($0.reference) }.allSatisfy { $0.value == .empty })
  }

  @Test func valuesAreNumbersWithTheirExactDigits() throws {
    var report = Report(formatVersion: .v2019)
    try report.set(.count(-18), at: "proactive.licensing.change")
    try report.set(.amount(Amount("251000.50")!), at: "proactive.procurement.amount")
    let (sheet, plan) = sheet(report)
    let change = try #require(sheet.cells.first { $0.reference == plan.reference(of: "proactive.licensing.change") })
    #expect(change.value == .number("-18"))
    let amount = try #require(sheet.cells.first { $0.reference == plan.reference(of: "proactive.procurement.amount") })
    #expect(amount.value == .number("251000.50"))
    #expect(amount.style.numberFormat == "0.00")
  }
}
