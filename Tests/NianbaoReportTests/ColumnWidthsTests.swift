import Testing

@testable import NianbaoReport

@Suite struct ColumnWidthsTests {
  @Test(arguments: FormatVersion.allCases)
  func sharesAddUpAndLongLabelsGetRoom(_ version: FormatVersion) {
    for table in version.layout.tables {
      let shares = ColumnWidths.percentages(of: table)
      #expect(shares.count == table.grid.columnCount)
      #expect(abs(shares.reduce(0, +) - 100) < 1e-9)
      #expect(shares.allSatisfy { $0 > 0 })
    }
    let applications = ColumnWidths.percentages(of: version.layout.table(.applications))
    // The third label column (1.属于国家秘密 …) is wider than any value column.
    #expect(applications[2] > applications[3...].max()!)
    let appeals = ColumnWidths.percentages(of: version.layout.table(.appeals))
    #expect(appeals.max()! < appeals.min()! * 1.5, "table 四's fifteen columns are about equal")
  }
}
