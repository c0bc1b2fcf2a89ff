import Foundation
import Testing

@testable import NianbaoPDF

/// The C edge: pages, characters with boxes, images and rendering through poppler.
@Suite struct PopplerDocumentTests {
  static func open(_ path: String) throws -> PopplerDocument {
    try PopplerDocument(bytes: [UInt8](Data(contentsOf: URL(fileURLWithPath: path))), name: path)
  }

  @Test func readsTheCharactersOfAPageWithTheirBoxes() throws {
    let document = try Self.open(PDFReaderTests.shared.appendingPathComponent("reports/xiasizhen_2021.pdf").path)
    #expect(document.pageCount == 4)
    let content = try #require(document.page(0, maxCharacters: 10_000).content)
    #expect(abs(content.width - 595.3) < 0.1)
    let title = String(content.glyphs.prefix(6).map(\.character))
    #expect(title == "凯里市下司镇")
    // 12-point characters, 12 points apart, no white space kept.
    #expect(abs(content.glyphs[1].x0 - content.glyphs[0].x1) < 0.01)
    #expect(!content.glyphs.contains { $0.character.isWhitespace })
    #expect(document.page(0, maxCharacters: 10).tooManyCharacters)
  }

  @Test func rendersAPageAsLuminance() throws {
    let document = try Self.open(PDFReaderTests.shared.appendingPathComponent("reports/xiasizhen_2021.pdf").path)
    let image = try #require(document.luminance(0, scale: 1))
    #expect(image.width == 595)
    #expect(image.pixels.count == image.width * image.height)
    #expect(image.pixels.contains { $0 < 100 })
    #expect(image.pixels.filter { $0 == 255 }.count > image.pixels.count / 2)
  }

  @Test func measuresTheImagesOfAScan() throws {
    let document = try Self.open(HostilePDFTests.path("scan.pdf"))
    let content = try #require(document.page(0, maxCharacters: 100).content)
    #expect(content.glyphs.isEmpty)
    #expect(content.imageArea > 595 * 841)
  }

  @Test func anEncryptedFileNeedsItsPassword() {
    #expect(throws: PDFError.self) { try Self.open(HostilePDFTests.path("encrypted.pdf")) }
  }
}
