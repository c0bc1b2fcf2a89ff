import Foundation
import Testing

@testable import NianbaoPDF

/// The deflate-bomb check that runs before poppler reads a file.
@Suite struct StreamScannerTests {
  static func bytes(_ path: String) throws -> [UInt8] {
    try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
  }

  @Test func refusesAStreamThatInflatesPastTheLimit() throws {
    // 64 MiB of spaces, deflated.
    let bomb = try Self.bytes(HostilePDFTests.path("huge-stream.pdf"))
    #expect(throws: PDFError.self) {
      try StreamScanner.check(bomb, name: "bomb.pdf", maxStreamBytes: 32 << 20)
    }
    try StreamScanner.check(bomb, name: "bomb.pdf", maxStreamBytes: 65 << 20)
  }

  @Test func acceptsTheStreamsOfARealReport() throws {
    let report = try Self.bytes(PDFReaderTests.shared.appendingPathComponent("reports/xiasizhen_2021.pdf").path)
    try StreamScanner.check(report, name: "xiasizhen_2021.pdf", maxStreamBytes: 1 << 20)
  }

  @Test func findsBytes() {
    #expect(StreamScanner.find(Array("stream".utf8), in: Array("endstream stream".utf8), from: 4) == 10)
  }
}
