import NianbaoGrid
import Testing

@testable import NianbaoPDF

/// Pages put together: body paragraphs, tables, a table continued on the next page.
@Suite struct DocumentAssemblerTests {
  static func glyphs(_ text: String, x: Double, y: Double) -> [Glyph] {
    text.enumerated().map { index, character in
      Glyph(character: character, x0: x + Double(index) * 12, y0: y, x1: x + Double(index + 1) * 12, y1: y + 15.6)
    }
  }

  /// A one-column ruled table from `top` with one row per text (rows 20 points high, x 100–300).
  static func table(top: Double, rows: Int) -> RuledTable {
    RuledTable(
      xs: [100, 300], ys: (0...rows).map { top + Double($0) * 20 },
      cells: (0..<rows).map { (row: $0..<$0 + 1, column: 0..<1) })
  }

  static func page(_ index: Int, glyphs: [Glyph], tables: [RuledTable]) -> PageReading {
    PageReading(
      index: index,
      content: PopplerDocument.PageContent(width: 595, height: 842, glyphs: glyphs, imageArea: 0), tables: tables)
  }

  @Test func joinsATableContinuedOnTheNextPage() {
    let first = Self.page(
      0,
      glyphs: Self.glyphs("标题", x: 100, y: 100) + Self.glyphs("甲", x: 110, y: 702) + Self.glyphs("乙", x: 110, y: 722),
      tables: [Self.table(top: 700, rows: 2)])
    let second = Self.page(
      1, glyphs: Self.glyphs("丙", x: 110, y: 82) + Self.glyphs("结语", x: 100, y: 200),
      tables: [Self.table(top: 80, rows: 1)])
    let grids = DocumentAssembler.grids([first, second])
    #expect(grids.map(\.name) == ["正文", "表格1"])
    #expect(grids[0].cells.map(\.text) == ["标题", "结语"])
    #expect(grids[1].cells.map(\.text) == ["甲", "乙", "丙"])
  }

  @Test func keepsTablesApartWhenTextLiesBetweenThem() {
    let first = Self.page(
      0, glyphs: Self.glyphs("甲", x: 110, y: 702) + Self.glyphs("页尾的话", x: 100, y: 740),
      tables: [Self.table(top: 700, rows: 1)])
    let second = Self.page(1, glyphs: Self.glyphs("乙", x: 110, y: 82), tables: [Self.table(top: 80, rows: 1)])
    #expect(DocumentAssembler.grids([first, second]).count == 3)
  }
}
