import Testing

@testable import NianbaoPDF

/// A glyph's measures and a box's hit test.
@Suite struct GlyphTests {
  @Test func measuresItsBox() {
    let glyph = Glyph(character: "年", x0: 10, y0: 20, x1: 22, y1: 35.6)
    #expect(glyph.midX == 16)
    #expect(abs(glyph.midY - 27.8) < 1e-9)
    #expect(abs(glyph.height - 15.6) < 1e-9)
  }

  @Test func aBoxContainsPointsWithinItsSlack() {
    let box = Box(x0: 0, y0: 0, x1: 10, y1: 10)
    #expect(box.contains(x: 5, y: 5))
    #expect(!box.contains(x: 11, y: 5))
    #expect(box.contains(x: 11, y: 5, slack: 1))
  }
}
