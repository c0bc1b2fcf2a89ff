import NianbaoPDF
import Testing

/// The reader's limits.
@Suite struct PDFLimitsTests {
  @Test func defaultsKeepToTheBudget() {
    let limits = PDFLimits.default
    #expect(limits.maxBytes == 32 << 20)
    #expect(limits.maxPages == 200)
    #expect(limits.maxStreamBytes <= limits.maxBytes)
    #expect(limits.maxSecondsPerPage <= limits.maxSeconds)
  }

  @Test func aTighterTimeLimitStopsTheRead() {
    let path = PDFReaderTests.shared.appendingPathComponent("reports/xiasizhen_2021.pdf").path
    var limits = PDFLimits.default
    limits.maxSeconds = 0
    #expect(throws: PDFError.self) { try PDFReader.read(path: path, limits: limits) }
  }
}
