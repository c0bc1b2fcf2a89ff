import Testing

@testable import NianbaoXLSX

@Suite struct SharedStringTableTests {
  @Test func manyStringsKeepTheirIndexesAsTheTableGrows() {
    var table = SharedStringTable()
    let texts = (0..<10_000).map { "行政许可\($0)" }
    for (index, text) in texts.enumerated() { #expect(table.index(of: text) == index) }
    for (index, text) in texts.enumerated().reversed() { #expect(table.index(of: text) == index) }
    #expect(table.strings == texts)
    #expect(table.referenceCount == 20_000)
  }

  @Test func stringsAreToldApartByTheirExactBytes() {
    var table = SharedStringTable()
    #expect(table.index(of: "") == 0)
    #expect(table.index(of: "\u{E9}") == 1)
    #expect(table.index(of: "e\u{301}") == 2)
    #expect(table.index(of: "") == 0)
    #expect(table.index(of: "e\u{301}") == 2)
  }
}
