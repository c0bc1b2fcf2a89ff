import Testing

@testable import NianbaoPDF

/// Rules found in rendered pixels, and the cells they enclose.
@Suite struct RuledTableTests {
  /// A white page of `width` × `height` pixels with black horizontal and vertical lines (scale 1).
  static func page(
    width: Int, height: Int, rows: [(y: Int, from: Int, to: Int)], columns: [(x: Int, from: Int, to: Int)]
  )
    -> [UInt8]
  {
    var pixels = [UInt8](repeating: 255, count: width * height)
    for row in rows { for x in row.from..<row.to { pixels[row.y * width + x] = 0 } }
    for column in columns { for y in column.from..<column.to { pixels[y * width + column.x] = 0 } }
    return pixels
  }

  @Test func findsTheRulesOfATwoByTwoTableWithAMergedTopRow() {
    // Rules at y 10, 40, 70 and x 10, 60, 110; the middle vertical rule only in the lower row.
    let pixels = Self.page(
      width: 120, height: 80, rows: [(10, 10, 111), (40, 10, 111), (70, 10, 111)],
      columns: [(10, 10, 71), (110, 10, 71), (60, 40, 71)])
    let segments = RuledTable.segments(pixels: pixels, width: 120, height: 80, scale: 1)
    #expect(segments.filter(\.horizontal).count == 3)
    #expect(segments.filter { !$0.horizontal }.count == 3)
    let tables = RuledTable.tables(from: segments)
    let table = try? #require(tables.first)
    #expect(tables.count == 1)
    #expect(table?.xs.count == 3)
    #expect(table?.ys.count == 3)
    #expect(table?.cells.map { [$0.row, $0.column] } == [[0..<1, 0..<2], [1..<2, 0..<1], [1..<2, 1..<2]])
  }

  @Test func aFilledBlockAndShortStrokesAreNoRules() {
    var pixels = [UInt8](repeating: 255, count: 100 * 100)
    for y in 10..<30 { for x in 10..<90 { pixels[y * 100 + x] = 0 } }  // a black box 20 points high
    for x in 40..<50 { pixels[60 * 100 + x] = 0 }  // the stroke of a character
    #expect(RuledTable.segments(pixels: pixels, width: 100, height: 100, scale: 1).isEmpty)
  }

  @Test func clustersNearbyPositions() {
    #expect(RuledTable.clustered([10, 11, 50, 10.5, 51.5]) == [10.5, 50.75])
  }
}
