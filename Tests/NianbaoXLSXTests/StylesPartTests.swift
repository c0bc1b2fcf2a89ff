import Testing

@testable import NianbaoXLSX

@Suite struct StylesPartTests {
  @Test func matchesGolden() throws {
    try Golden.verify(try part("xl/styles.xml", of: SampleDocuments.small), "styles.xml")
  }

  @Test func childrenAreInSchemaOrder() throws {
    let names = childElementNames(try part("xl/styles.xml", of: SampleDocuments.small))
    #expect(names == ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs"])
  }

  @Test func plainWorkbookHasOnlyTheDefaults() throws {
    let xml = String(decoding: try StylesPart.xml(StyleTable()), as: UTF8.self)
    #expect(!xml.contains("numFmts"))
    #expect(xml.contains("<fonts count=\"1\">"))
    #expect(xml.contains("<fills count=\"2\">"))
    #expect(
      xml.contains(
        "<cellXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/></cellXfs>"))
    #expect(xml.contains("<dxfs count=\"0\"/>"))
  }

  @Test func differentialStyleWritesBoldOffAndBackgroundFill() throws {
    var table = StyleTable()
    _ = table.index(of: DifferentialStyle(isBold: false, fillColor: .red))
    let xml = String(decoding: try StylesPart.xml(table), as: UTF8.self)
    #expect(
      xml.contains(
        "<dxf><font><b val=\"0\"/></font><fill><patternFill patternType=\"solid\"><bgColor rgb=\"FFFF0000\"/>"
          + "</patternFill></fill></dxf>"))
  }
}
