import Foundation
import NianbaoDOCX
import NianbaoGrid
import NianbaoPackage
import Testing

/// Hostile and foreign files (scripts/make_docx_hostile.py and packages built here): each gets a typed error that
/// says what is wrong, or, for a large but honest document, reads.
@Suite struct DOCXReaderHostileTests {
  /// The limits with the ratio check relaxed, so that a highly compressible hostile part reaches the parser.
  static let relaxedRatio: ReadLimits = {
    var limits = ReadLimits.default
    limits.maxCompressionRatio = 100_000
    return limits
  }()

  static func failure(_ path: String, limits: ReadLimits = .default) -> DOCXError? {
    do {
      _ = try DOCXReader.read(path: path, limits: limits)
      return nil
    } catch {
      return error
    }
  }

  static let refusals: [(String, DOCXError.Kind)] = [
    ("zip-bomb.docx", .compressionRatioExceeded), ("lying-size-bomb.docx", .compressionRatioExceeded),
    ("xxe.docx", .doctypeRejected), ("billion-laughs.docx", .doctypeRejected),
    ("nested-tables.docx", .compressionRatioExceeded), ("deep-elements.docx", .compressionRatioExceeded),
    ("many-cells.docx", .compressionRatioExceeded), ("legacy.doc", .legacyWord), ("wps-like.wps", .legacyWord),
    ("other-ole2.bin", .otherFileType),
  ]

  @Test(arguments: refusals)
  func hostileFilesAreRefusedWithTheirKind(_ name: String, _ kind: DOCXError.Kind) throws {
    let path = try DOCXFixtures.fixture("hostile/\(name)")
    let error = try #require(Self.failure(path))
    #expect(error.kind == kind, "\(name): \(error)")
    #expect(!error.message.isEmpty)
  }

  @Test func legacyWordFilesAreToldToBeSavedAsDOCX() throws {
    for name in ["legacy.doc", "wps-like.wps"] {
      let error = try #require(Self.failure(try DOCXFixtures.fixture("hostile/\(name)")))
      #expect(error.message.contains(".docx") && error.message.contains(name), "\(error)")
    }
  }

  @Test func entitiesAreNeverExpanded() throws {
    for name in ["xxe.docx", "billion-laughs.docx"] {
      let error = try #require(Self.failure(try DOCXFixtures.fixture("hostile/\(name)")))
      #expect(error.part == "word/document.xml")
      #expect(!error.description.contains("root:"))
    }
  }

  static let pastTheRatio: [(String, String)] = [
    ("nested-tables.docx", "Tables nest more than"), ("deep-elements.docx", "Elements nest more than"),
    ("many-cells.docx", "more than 50000 table cells"),
  ]

  @Test(arguments: pastTheRatio)
  func structuralLimitsHoldPastTheRatioCheck(_ name: String, _ sentence: String) throws {
    let error = try #require(Self.failure(try DOCXFixtures.fixture("hostile/\(name)"), limits: Self.relaxedRatio))
    #expect(error.kind == .contentLimitExceeded, "\(error)")
    #expect(error.message.contains(sentence), "\(error)")
    #expect(error.part == "word/document.xml")
  }

  @Test func aHugeDocumentIsRefusedBeforeItsTextCostsMuchMemory() throws {
    let path = try DOCXFixtures.fixture("hostile/huge-document.docx")
    // 60,000 paragraphs of text, far past what a report holds (DOCXReader.maxDocumentTextBytes).
    let refused = Self.failure(path, limits: .default)
    #expect(refused?.kind == .contentLimitExceeded)
    #expect(refused?.message.contains("bytes of text") == true)
    var small = ReadLimits.default
    small.maxPartBytes = 8 << 20
    #expect(Self.failure(path, limits: small)?.kind == .partTooLarge)
    var text = ReadLimits.default
    text.maxTextBytes = 1 << 20
    #expect(Self.failure(path, limits: text)?.kind == .contentLimitExceeded)
  }

  static func failure(bytes: [UInt8]) -> DOCXError? {
    do {
      _ = try DOCXReader.read(bytes: bytes, name: "input.docx")
      return nil
    } catch {
      return error
    }
  }

  @Test func foreignFilesNameWhatTheyAre() throws {
    let workbook = StoredZip.archive([
      ("[Content_Types].xml", Array("<Types/>".utf8)), ("xl/workbook.xml", Array("<workbook/>".utf8)),
    ])
    let error = try #require(Self.failure(bytes: workbook))
    #expect(error.kind == .notWordDocument)
    #expect(error.message.contains("Excel workbook"))
    let plain = StoredZip.archive([("notes.txt", Array("hello".utf8))])
    #expect(Self.failure(bytes: plain)?.kind == .notWordDocument)
    #expect(Self.failure(bytes: Array("<html><body><table></table></body></html>".utf8))?.kind == .textFile)
    #expect(Self.failure(bytes: [])?.kind == .emptyFile)
    #expect(Self.failure(bytes: Array("%PDF-1.7\n".utf8))?.message.contains("PDF") == true)
    let document = DOCXFixtures.package(body: "<w:p><w:r><w:t>正文</w:t></w:r></w:p>")
    #expect(Self.failure(bytes: Array(document.prefix(document.count * 6 / 10)))?.kind == .truncatedZip)
  }

  @Test func aMainPartThatIsNoWordDocumentIsRefused() throws {
    // The officeDocument relationship names a part whose root is a workbook's.
    let bytes = DOCXFixtures.package(
      parts: [("word/main.xml", "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>")],
      mainTarget: "word/main.xml")
    let error = try #require(Self.failure(bytes: bytes))
    #expect(error.kind == .notWordDocument)
    #expect(error.part == "word/main.xml")
  }

  @Test func malformedXMLIsReportedWithItsPart() throws {
    let bytes = DOCXFixtures.package(parts: [("word/document.xml", "<w:document xmlns:w=\"x\"><w:body><w:p>")])
    let error = try #require(Self.failure(bytes: bytes))
    #expect(error.kind == .malformedXML)
    #expect(error.description.hasPrefix("part word/document.xml: "))
  }
}
