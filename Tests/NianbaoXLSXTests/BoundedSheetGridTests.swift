import Testing

@testable import NianbaoXLSX

/// ``BoundedGridBuilder``: text rows kept, numbers kept within the window of text, the rest listed as left out.
@Suite struct BoundedSheetGridTests {
  static func row(_ index: Int, _ values: [CellValue]) -> Row {
    Row(
      index: index,
      cells: values.enumerated().map {
        Cell(reference: CellReference(row: index, column: $0.offset + 1)!, value: $0.element)
      })
  }

  static func build(window: Int, rows: [Row], merges: [CellRange] = []) -> BoundedSheetGrid {
    var builder = BoundedGridBuilder(window: window)
    for row in rows { builder.add(row) }
    return builder.finish(name: "S", layout: SheetLayout(merges: merges))
  }

  @Test func numbersNearTextAreKeptBeforeAndAfterIt() {
    var rows = (1...20).map { Self.row($0, [.number("\($0)")]) }
    rows[9] = Self.row(10, [.string("label"), .number("10")])
    let bounded = Self.build(window: 2, rows: rows)
    #expect(bounded.grid.cells.map(\.row) == [8, 9, 10, 10, 11, 12])
    #expect(bounded.omittedRows == [1...7, 13...20])
    #expect(bounded.omits(row: 7) && !bounded.omits(row: 8) && bounded.omits(row: 15))
  }

  @Test func formulasBooleansAndErrorsAnchorLikeText() {
    let rows = [
      Self.row(1, [.boolean(true)]), Self.row(5, [.number("5")]), Self.row(9, [.error("#N/A")]),
      Self.row(30, [.number("30")]),
    ]
    let bounded = Self.build(window: 4, rows: rows)
    #expect(bounded.grid.cells.map(\.row) == [1, 5, 9])
    #expect(bounded.omittedRows == [30...30])
  }

  @Test func aMergeWhoseCornerIsLeftOutIsFlagged() {
    let rows = [Self.row(1, [.string("a")]), Self.row(50, [.number("1")])]
    let merge = CellRange("A50:B51")!
    let bounded = Self.build(window: 3, rows: rows, merges: [merge])
    #expect(bounded.omitsMergeCorner)
    #expect(bounded.grid.cell(row: 50, column: 1)?.content == .empty)
    #expect(!Self.build(window: 3, rows: rows, merges: [CellRange("A1:B1")!]).omitsMergeCorner)
  }

  @Test func aSheetWithoutNumbersFarFromTextLosesNothing() {
    let rows = (1...10).map { Self.row($0, [.string("t\($0)"), .number("\($0)")]) }
    let bounded = Self.build(window: 0, rows: rows)
    #expect(bounded.grid.cells.count == 20)
    #expect(bounded.omittedRows.isEmpty)
  }

  @Test func overlappingMergesAreReported() {
    let bounded = Self.build(
      window: 1, rows: [Self.row(1, [.string("a")])], merges: [CellRange("A1:C3")!, CellRange("B2:D4")!])
    #expect(bounded.mergeOverlaps == [MergeOverlap(first: CellRange("A1:C3")!, second: CellRange("B2:D4")!)])
  }
}
