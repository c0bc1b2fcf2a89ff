import Testing

@testable import NianbaoPDF

/// Glyphs grouped into lines, and the spaces put between them.
@Suite struct TextLineTests {
  /// A glyph of a 12-point font (box 15.6 high) at `x`, `width` wide, on the line whose top is `y`.
  static func glyph(_ character: Character, _ x: Double, _ width: Double = 12, y: Double = 100) -> Glyph {
    Glyph(character: character, x0: x, y0: y, x1: x + width, y1: y + 15.6)
  }

  @Test func groupsGlyphsByTheirBandAndOrdersThemLeftToRight() {
    let glyphs = [Self.glyph("乙", 12, y: 130), Self.glyph("b", 12), Self.glyph("a", 0), Self.glyph("甲", 0, y: 131)]
    let lines = TextLine.lines(of: glyphs)
    #expect(lines.map(\.text) == ["ab", "甲乙"])
  }

  @Test func aGapOfAutospaceIsNoSpaceButAWiderGapIs() {
    // 第 711 号: LibreOffice leaves 3.2 points between Chinese and digits; a typed space leaves 4.5.
    let autospace = TextLine(glyphs: [Self.glyph("第", 0), Self.glyph("7", 15.2, 7.6), Self.glyph("号", 26)])
    #expect(autospace.text == "第7号")
    let space = TextLine(glyphs: [Self.glyph(",", 0, 4.5), Self.glyph("坚", 9)])
    #expect(space.text == ", 坚")
  }
}
