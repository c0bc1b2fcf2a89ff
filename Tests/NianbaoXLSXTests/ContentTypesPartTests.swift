import Testing

@testable import NianbaoXLSX

@Suite struct ContentTypesPartTests {
  @Test func matchesGolden() throws {
    try Golden.verify(try part("[Content_Types].xml", of: SampleDocuments.small), "content-types.xml")
  }

  @Test func listsEverySheet() throws {
    let xml = String(decoding: try ContentTypesPart.xml(sheetCount: 3), as: UTF8.self)
    for number in 1...3 {
      #expect(xml.contains("PartName=\"/xl/worksheets/sheet\(number).xml\""))
    }
    #expect(!xml.contains("sheet4.xml"))
  }
}
