import Foundation
import NianbaoPDF
import Testing

/// Hostile and broken PDFs (built by scripts/make_pdf_corpus.py): each a clear typed error, quickly.
@Suite struct HostilePDFTests {
  static func path(_ name: String) -> String {
    Bundle.module.resourceURL!.appendingPathComponent("Fixtures/hostile").appendingPathComponent(name).path
  }

  static func error(_ name: String, limits: PDFLimits = .default) -> PDFError? {
    do {
      _ = try PDFReader.read(path: path(name), limits: limits)
      return nil
    } catch {
      return error
    }
  }

  @Test(arguments: [
    ("scan.pdf", PDFError.Kind.imagesOnly),
    ("encrypted.pdf", .encrypted),
    ("truncated.pdf", .damaged),
    ("damaged.pdf", .damaged),
    ("many-pages.pdf", .tooManyPages),
    ("page-count-lie.pdf", .damaged),
    ("huge-stream.pdf", .tooLarge),
  ])
  func refusesWithAClearError(_ name: String, _ kind: PDFError.Kind) throws {
    let clock = ContinuousClock()
    let start = clock.now
    let error = try #require(Self.error(name), "\(name) was read")
    #expect(error.kind == kind, "\(name): \(error)")
    #expect(error.message.contains(Self.path(name)), "\(name): the message names the file")
    #expect(clock.now - start < .seconds(5), "\(name) took too long")
  }

  @Test func aScanNamesThePagesThatHoldImages() throws {
    let error = try #require(Self.error("scan.pdf"))
    #expect(error.message.contains("pages 1, 2 hold only images"))
    #expect(error.page == 1)
  }

  /// Deep nesting in a page's resources: poppler gives up on the object and reads the page's text, which holds no
  /// report table; what matters is that it ends, quickly, with a result or a typed error.
  @Test func deepNestingEndsQuickly() {
    let clock = ContinuousClock()
    let start = clock.now
    do {
      let grids = try PDFReader.read(path: Self.path("deep-nesting.pdf"))
      #expect(grids.first?.cells.first?.text == "Annual report")
    } catch {
      #expect(PDFError.Kind.allCases.contains(error.kind))
    }
    #expect(clock.now - start < .seconds(5))
  }

  @Test func refusesWhatIsNotAPDF() {
    #expect(throws: PDFError(.notPDF, "x.xlsx is not a PDF: it does not begin with “%PDF”.")) {
      try PDFReader.read(bytes: Array("PK\u{3}\u{4}rest".utf8), name: "x.xlsx")
    }
  }

  @Test func refusesMoreBytesOrPagesThanTheLimits() throws {
    var limits = PDFLimits.default
    limits.maxBytes = 100
    #expect(Self.error("deep-nesting.pdf", limits: limits)?.kind == .tooLarge)
    limits = .default
    limits.maxPages = 1
    #expect(Self.error("scan.pdf", limits: limits)?.kind == .tooManyPages)
  }

  @Test func aMissingFileIsUnreadable() {
    #expect(Self.error("no-such-file.pdf")?.kind == .unreadableFile)
  }
}
