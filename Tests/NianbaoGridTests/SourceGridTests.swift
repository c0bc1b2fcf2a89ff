import NianbaoGrid
import Testing

@Suite struct SourceGridTests {
  @Test func mergesCoverTheirCellsAndDropValuesInside() {
    let grid = SourceGrid(
      name: "S",
      cells: [
        SourceCell(row: 1, column: 2, content: .text("inside")),
        SourceCell(row: 1, column: 1, rowSpan: 2, columnSpan: 2, content: .text("merged")),
        SourceCell(row: 1, column: 2, rowSpan: 2, columnSpan: 2, content: .text("overlapping")),
        SourceCell(row: 3, column: 1, content: .number("5")),
      ])
    #expect(grid.cells.map(\.text) == ["merged", "5"])
    #expect(grid.covering(row: 2, column: 2)?.text == "merged")
    #expect(grid.cell(row: 2, column: 2) == nil)
    #expect(grid.lastRow == 3)
    #expect(grid.lastColumn == 2)
  }
}
