import NianbaoGrid
import Testing

@Suite struct DocumentGridBuilderTests {
  /// `r,c rs×cs text` for each cell of a grid.
  private func render(_ grid: SourceGrid) -> [String] {
    grid.cells.map { "\($0.row),\($0.column) \($0.rowSpan)×\($0.columnSpan) \($0.text)" }
  }

  @Test func rowSpansPushLaterCellsRightAsHTMLDoes() {
    var builder = DocumentGridBuilder()
    builder.beginTable()
    builder.beginRow()
    builder.cell("a", rowSpan: 2)
    builder.cell("b", columnSpan: 2)
    builder.beginRow()
    builder.cell("c")
    builder.cell("d")
    builder.endTable()
    let grids = builder.grids()
    #expect(grids.map(\.name) == ["正文", "表格1"])
    #expect(render(grids[1]) == ["1,1 2×1 a", "1,2 1×2 b", "2,2 1×1 c", "2,3 1×1 d"])
  }

  @Test func aContinuedVerticalMergeLengthensTheCellAbove() {
    var builder = DocumentGridBuilder()
    builder.beginTable()
    builder.beginRow()
    builder.cell("三、本年度办理结果")
    builder.cell("（一）予以公开", columnSpan: 2)
    builder.beginRow()
    builder.cell("", continuesAbove: true)
    builder.skipColumns(1)
    builder.cell("x")
    builder.beginRow()
    builder.cell("ignored", continuesAbove: true)
    builder.cell("y", columnSpan: 2)
    let grids = builder.grids()
    #expect(render(grids[1]) == ["1,1 3×1 三、本年度办理结果", "1,2 1×2 （一）予以公开", "2,3 1×1 x", "3,2 1×2 y"])
  }

  @Test func aContinuationWithNothingAboveIsAnOrdinaryCell() {
    var builder = DocumentGridBuilder()
    builder.beginTable()
    builder.beginRow()
    builder.cell("", continuesAbove: true)
    builder.cell("5")
    let grids = builder.grids()
    #expect(render(grids[1]) == ["1,1 1×1 ", "1,2 1×1 5"])
  }

  @Test func nestedTablesBecomeGridsOfTheirOwnInTheOrderTheyBegin() {
    var builder = DocumentGridBuilder()
    builder.paragraph("  标题\u{3000}")
    builder.beginTable()
    builder.beginRow()
    builder.beginTable()
    builder.beginRow()
    builder.cell("inner")
    builder.endTable()
    builder.cell("outer")
    builder.endTable()
    builder.paragraph("")
    builder.paragraph("after\r\nline")
    let grids = builder.grids()
    #expect(grids.map(\.name) == ["正文", "表格1", "表格2"])
    #expect(render(grids[0]) == ["1,1 1×1 标题", "2,1 1×1 after\nline"])
    #expect(render(grids[1]) == ["1,1 1×1 outer"])
    #expect(render(grids[2]) == ["1,1 1×1 inner"])
  }

  @Test func paragraphsInsideATableAreNotBodyText() {
    var builder = DocumentGridBuilder()
    builder.beginTable()
    builder.paragraph("in a cell")
    builder.endTable()
    let grids = builder.grids()
    #expect(grids[0].cells.isEmpty)
  }

  @Test func theCellLimitStopsAddingCells() {
    var builder = DocumentGridBuilder(maxCells: 2)
    builder.beginTable()
    let added = [builder.cell("1"), builder.cell("2"), builder.cell("3")]
    #expect(added == [true, true, false])
    let grids = builder.grids()
    #expect(grids[1].cells.count == 2)
  }
}
