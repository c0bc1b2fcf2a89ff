import Testing

@testable import NianbaoXLSX

@Suite struct SharedStringsPartTests {
  @Test func matchesGolden() throws {
    try Golden.verify(try part("xl/sharedStrings.xml", of: SampleDocuments.small), "sharedStrings.xml")
  }

  @Test func stringsAreNumberedByFirstUseAndCounted() throws {
    var table = SharedStringTable()
    #expect(table.index(of: "规章") == 0)
    #expect(table.index(of: "b") == 1)
    #expect(table.index(of: "规章") == 0)
    let xml = String(decoding: try SharedStringsPart.xml(table), as: UTF8.self)
    #expect(xml.contains("count=\"3\" uniqueCount=\"2\"><si><t>规章</t></si><si><t>b</t></si></sst>"))
  }

  @Test func canonicallyEquivalentStringsStayDistinct() {
    var table = SharedStringTable()
    #expect(table.index(of: "\u{E9}") == 0)
    #expect(table.index(of: "e\u{301}") == 1)
  }

  @Test func preservesSpaceOnlyWhereItWouldBeLost() throws {
    var table = SharedStringTable()
    for text in [" lead", "trail\t", "in side", "\nline", ""] { _ = table.index(of: text) }
    let xml = String(decoding: try SharedStringsPart.xml(table), as: UTF8.self)
    #expect(xml.contains("<t xml:space=\"preserve\"> lead</t>"))
    #expect(xml.contains("<t xml:space=\"preserve\">trail\t</t>"))
    #expect(xml.contains("<t>in side</t>"))
    #expect(xml.contains("<t xml:space=\"preserve\">\nline</t>"))
    #expect(xml.contains("<si><t/></si>"))
  }
}
