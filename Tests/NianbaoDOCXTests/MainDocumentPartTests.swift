import NianbaoDOCX
import NianbaoGrid
import Testing

@testable import NianbaoDOCX

/// Finding the main document part: the officeDocument relationship, the fallback, and what a foreign zip is.
@Suite struct MainDocumentPartTests {
  @Test func targetsResolveFromThePackageRoot() {
    #expect(PackageRelationships.resolve("word/document.xml") == "word/document.xml")
    #expect(PackageRelationships.resolve("/word/document2.xml") == "word/document2.xml")
    #expect(PackageRelationships.resolve("./word/../word/main.xml") == "word/main.xml")
    #expect(PackageRelationships.resolve("../secret.xml") == nil)
    #expect(PackageRelationships.resolve("/") == nil)
  }

  @Test func theRelationshipNamesTheMainPartAndTheFallbackIsWordDocumentXML() throws {
    let body = "<w:body><w:p><w:r><w:t>主</w:t></w:r></w:p></w:body></w:document>"
    let open = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
    let named = DOCXFixtures.package(parts: [("word/main.xml", open + body)], mainTarget: "/word/main.xml")
    #expect(DOCXFixtures.cells(try DOCXReader.read(bytes: named, name: "a.docx")[0]) == ["A1=主"])
    let unnamed = DOCXFixtures.package(parts: [("word/document.xml", open + body)], relationships: false)
    #expect(DOCXFixtures.cells(try DOCXReader.read(bytes: unnamed, name: "b.docx")[0]) == ["A1=主"])
    let dangling = DOCXFixtures.package(parts: [("word/document.xml", open + body)], mainTarget: "word/gone.xml")
    #expect(DOCXFixtures.cells(try DOCXReader.read(bytes: dangling, name: "c.docx")[0]) == ["A1=主"])
  }

  @Test func aForeignZipIsDescribed() {
    #expect(MainDocumentPart.describe(["xl/workbook.xml"]).contains("Excel"))
    #expect(MainDocumentPart.describe(["ppt/presentation.xml"]).contains("PowerPoint"))
    #expect(MainDocumentPart.describe(["mimetype", "content.xml"]).contains("OpenDocument"))
    #expect(MainDocumentPart.describe(["[Content_Types].xml"]).contains("Office package"))
    #expect(MainDocumentPart.describe(["a.txt"]) == "a plain zip archive")
  }
}
