import Testing

@testable import NianbaoXLSX

@Suite struct DocPropsPartTests {
  @Test func coreMatchesGolden() throws {
    try Golden.verify(try part("docProps/core.xml", of: SampleDocuments.small), "core.xml")
  }

  @Test func appMatchesGolden() throws {
    try Golden.verify(try part("docProps/app.xml", of: SampleDocuments.small), "app.xml")
  }

  @Test func datesAreFixedUnlessGiven() throws {
    let fixed = String(decoding: try DocPropsPart.coreXML(DocumentProperties()), as: UTF8.self)
    #expect(fixed.contains(">1980-01-01T00:00:00Z</dcterms:created>"))
    #expect(fixed.contains(">1980-01-01T00:00:00Z</dcterms:modified>"))
    #expect(!fixed.contains("dc:title"))
    let given = DocumentProperties(created: "2022-01-18T09:30:00Z", modified: "2023-02-01T00:00:00Z")
    let xml = String(decoding: try DocPropsPart.coreXML(given), as: UTF8.self)
    #expect(xml.contains(">2022-01-18T09:30:00Z</dcterms:created>"))
    #expect(xml.contains(">2023-02-01T00:00:00Z</dcterms:modified>"))
  }

  @Test func refusesBadDatesAndControlCharacters() {
    let badDate = WorkbookDocument(
      sheets: [SheetDocument(name: "S")], properties: DocumentProperties(created: "2022-13-01T00:00:00Z"))
    #expect(throws: XLSXError.self) { try WorkbookWriter.data(badDate) }
    let badTitle = WorkbookDocument(sheets: [SheetDocument(name: "S")], properties: DocumentProperties(title: "a\u{1}"))
    let error = #expect(throws: XLSXError.self) { try WorkbookWriter.data(badTitle) }
    #expect(error?.kind == .invalidWorkbook)
    #expect(error?.part == "docProps/core.xml")
  }
}
