import Testing

@testable import NianbaoXLSX

@Suite struct RelationshipsPartTests {
  @Test func packageRelationshipsMatchGolden() throws {
    try Golden.verify(try part("_rels/.rels", of: SampleDocuments.small), "rels.xml")
  }

  @Test func workbookRelationshipsMatchGolden() throws {
    try Golden.verify(try part("xl/_rels/workbook.xml.rels", of: SampleDocuments.small), "workbook.xml.rels")
  }

  @Test func sheetsComeFirstThenStylesAndStrings() {
    let relationships = RelationshipsPart.workbookRelationships(sheetCount: 2)
    #expect(relationships.map(\.id) == ["rId1", "rId2", "rId3", "rId4"])
    #expect(
      relationships.map(\.target) == [
        "worksheets/sheet1.xml", "worksheets/sheet2.xml", "styles.xml", "sharedStrings.xml",
      ])
  }
}
