import NianbaoPDF
import Testing

/// The error's parts and sentence.
@Suite struct PDFErrorTests {
  @Test func describesItselfWithItsSentence() {
    let error = PDFError(.tooSlow, page: 3, "Page 3 of a.pdf took longer than 2.0 seconds to read.")
    #expect(error.description == error.message)
    #expect(error.page == 3)
    #expect(error.kind.rawValue == "tooSlow")
  }

  @Test func kindsHaveStableNames() {
    #expect(
      PDFError.Kind.allCases.map(\.rawValue) == [
        "unreadableFile", "notPDF", "encrypted", "damaged", "tooLarge", "tooManyPages", "tooSlow", "imagesOnly",
        "unavailable",
      ])
  }
}
