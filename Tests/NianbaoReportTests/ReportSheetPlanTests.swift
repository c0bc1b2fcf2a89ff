import NianbaoXLSX
import Testing

@testable import NianbaoReport

/// Where the exported sheet puts the title, the tables and every value slot.
@Suite struct ReportSheetPlanTests {
  @Test(arguments: FormatVersion.allCases)
  func tablesAreStackedInReportOrderUnderTheirTitlesWithABlankRowBetween(_ version: FormatVersion) {
    let plan = ReportSheetPlan(version: version)
    #expect(plan.tables.map(\.table.id) == TableID.allCases)
    #expect(plan.titleRow == 1)
    #expect(plan.tables[0].titleRow == plan.titleRow + 2)
    for placed in plan.tables {
      #expect(placed.firstRow == placed.titleRow + 1)
      #expect(placed.rows.count == placed.table.grid.rowCount)
    }
    for (earlier, later) in zip(plan.tables, plan.tables.dropFirst()) {
      #expect(later.titleRow == earlier.lastRow + 2)
    }
    #expect(plan.width == version.layout.tables.map(\.grid.columnCount).max())
    #expect(plan.printArea.a1 == "A1:\(CellReference.columnName(plan.width))\(plan.tables[2].lastRow)")
    #expect(plan.titleRange.rowCount == 1 && plan.titleRange.columnCount == plan.width)
  }

  @Test(arguments: FormatVersion.allCases)
  func everySlotHasItsOwnCellInsideItsTable(_ version: FormatVersion) throws {
    let plan = ReportSheetPlan(version: version)
    #expect(plan.cellReferences.count == version.layout.slots.count)
    #expect(Set(plan.cellReferences.values).count == version.layout.slots.count)
    for slot in version.layout.slots {
      let reference = try #require(plan.reference(of: slot.keyPath))
      let placed = plan.table(slot.table)
      #expect(reference == CellReference(row: placed.firstRow + slot.row, column: slot.column + 1))
      #expect(placed.rows.contains(reference.row))
      #expect(plan.printArea.contains(reference))
      let range = try #require(plan.range(of: slot.keyPath))
      #expect(range.start == reference)
      #expect(range.rowCount == slot.rowSpan && range.columnCount == slot.columnSpan)
      #expect(plan.location(of: slot.keyPath)?.description == "'\(ReportSheetPlan.sheetName)'!\(reference.a1)")
    }
    #expect(plan.reference(of: "proactive.nothing.here") == nil)
    #expect(plan.range(of: "proactive.nothing.here") == nil)
  }

  @Test func versionsDifferOnlyFromTheRowsTheyDoNotShare() throws {
    let plan2019 = ReportSheetPlan(version: .v2019)
    let plan2021 = ReportSheetPlan(version: .v2021)
    // Table 四 is the same in both versions, two rows further down in 2021 (table 三 has two more rows) and as
    // many rows as table 二 differs.
    let shift = plan2021.table(.appeals).firstRow - plan2019.table(.appeals).firstRow
    #expect(
      shift
        == (plan2021.table(.applications).table.grid.rowCount - plan2019.table(.applications).table.grid.rowCount)
        + (plan2021.table(.proactive).table.grid.rowCount - plan2019.table(.proactive).table.grid.rowCount))
    for slot in plan2019.table(.appeals).table.slots {
      let old = try #require(plan2019.reference(of: slot.keyPath))
      let new = try #require(plan2021.reference(of: slot.keyPath))
      #expect(new.row == old.row + shift && new.column == old.column)
    }
  }

  @Test func placedTablesMapGridOffsetsToSheetCells() {
    let placed = ReportSheetPlan(version: .v2021).table(.applications)
    #expect(placed.reference(row: 0, column: 0) == CellReference(row: placed.firstRow, column: 1))
    #expect(
      placed.range(row: 1, column: 2, rowSpan: 2, columnSpan: 3).a1 == "C\(placed.firstRow + 1):E\(placed.firstRow + 2)"
    )
    #expect(placed.merges.count == placed.table.grid.merges.count)
    for (merge, cell) in zip(placed.merges, placed.table.grid.merges) {
      #expect(merge == placed.range(of: cell))
    }
  }
}
