import NianbaoGrid
import Testing

@testable import NianbaoPDF

/// Tables as boxes: placed on the grid with their spans, and joined across pages.
@Suite struct TableBlockTests {
  static func cell(_ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double, _ text: String) -> TableBlock.Cell {
    TableBlock.Cell(x0: x0, y0: y0, x1: x1, y1: y1, text: text)
  }

  static func grid(_ block: TableBlock) -> SourceGrid {
    var builder = DocumentGridBuilder()
    #expect(block.add(to: &builder))
    return builder.grids()[1]
  }

  @Test func placesCellsWithTheirSpans() {
    let block = TableBlock(
      cells: [
        Self.cell(0, 0, 100, 40, "甲"), Self.cell(100, 0, 300, 20, "乙"), Self.cell(100, 20, 200, 40, "丙"),
        Self.cell(200, 20, 300, 40, "丁"),
      ], firstPage: 0, lastPage: 0)
    let grid = Self.grid(block)
    #expect(grid.cell(row: 1, column: 1)?.rowSpan == 2)
    #expect(grid.cell(row: 1, column: 2)?.columnSpan == 2)
    #expect(grid.cell(row: 2, column: 2)?.text == "丙")
    #expect(grid.cell(row: 2, column: 3)?.text == "丁")
  }

  @Test func joinsAContinuationDroppingItsRepeatedHeaderAndLengtheningACutMergedCell() {
    let first = TableBlock(
      cells: [
        Self.cell(0, 0, 100, 20, "项目"), Self.cell(100, 0, 200, 20, "数量"),
        Self.cell(0, 20, 100, 60, "分组"), Self.cell(100, 20, 200, 40, "1"), Self.cell(100, 40, 200, 60, "2"),
      ], firstPage: 0, lastPage: 0)
    let offset = TableBlock.pageStride
    let next = TableBlock(
      cells: [
        Self.cell(0, offset + 50, 100, offset + 70, "项目"), Self.cell(100, offset + 50, 200, offset + 70, "数量"),
        Self.cell(0, offset + 70, 100, offset + 90, ""), Self.cell(100, offset + 70, 200, offset + 90, "3"),
      ], firstPage: 1, lastPage: 1)
    #expect(first.continues(into: next))
    let joined = first.joined(with: next)
    let grid = Self.grid(joined)
    #expect(grid.lastRow == 4)
    #expect(grid.cell(row: 2, column: 1)?.rowSpan == 3)
    #expect(grid.cell(row: 4, column: 2)?.text == "3")
  }

  @Test func aTableOfAnotherWidthDoesNotContinue() {
    let first = TableBlock(cells: [Self.cell(0, 0, 100, 20, "甲")], firstPage: 0, lastPage: 0)
    let other = TableBlock(cells: [Self.cell(0, 0, 150, 20, "乙")], firstPage: 1, lastPage: 1)
    #expect(!first.continues(into: other))
  }

  @Test func findsTheSlotOfAPosition() {
    #expect(TableBlock.slot(15, in: [10, 20, 30]) == 0)
    #expect(TableBlock.slot(20, in: [10, 20, 30]) == 1)
    #expect(TableBlock.slot(31, in: [10, 20, 30]) == nil)
  }
}
