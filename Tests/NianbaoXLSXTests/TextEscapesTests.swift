import Testing

@testable import NianbaoXLSX

@Suite struct TextEscapesTests {
  @Test func decodesHexEscapes() {
    #expect(TextEscapes.decode("a_x000D_b") == "a\rb")
    #expect(TextEscapes.decode("_x005F_x0041_") == "_x0041_")
    #expect(TextEscapes.decode("_x4E2D_") == "中")
    #expect(TextEscapes.decode("_xZZZZ_ and _x12_") == "_xZZZZ_ and _x12_")
    #expect(TextEscapes.decode("no escapes") == "no escapes")
  }
}
