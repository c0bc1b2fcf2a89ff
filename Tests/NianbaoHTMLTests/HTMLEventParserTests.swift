import Testing

@testable import NianbaoHTML

/// The libxml2 HTML push parser: chunked feeding, encodings handed to iconv, invalid bytes.
@Suite struct HTMLEventParserTests {
  static let limits = HTMLWalkLimits(maxTextBytes: 1 << 20, maxDepth: 64, maxCells: 100)

  static func parse(_ bytes: [UInt8], encoding: HTMLEncoding, chunk: Int) throws(HTMLError) -> [String] {
    let parser = try HTMLEventParser(page: "p.html", encoding: encoding, limits: limits)
    var start = 0
    while start < bytes.count {
      try parser.feed(bytes[start..<min(start + chunk, bytes.count)])
      start += chunk
    }
    return try parser.finish().flatMap { $0.cells.map(\.text) }
  }

  static let utf8 = HTMLEncoding(name: "UTF-8", source: "a test", byteOrderMarkLength: 0)
  static let gb18030 = HTMLEncoding(name: "GB18030", source: "a test", byteOrderMarkLength: 0)

  @Test(arguments: [1, 2, 3, 7, 1 << 16])
  func anyChunkingGivesTheSameText(_ chunk: Int) throws {
    let page = "<p>一、总体情况&nbsp;</p><table><tr><td>商业<br>企业</td></tr></table>"
    #expect(try Self.parse(Array(page.utf8), encoding: Self.utf8, chunk: chunk) == ["一、总体情况", "商业\n企业"])
  }

  @Test func gb18030IsConvertedByLibxml2() throws {
    let gb: [UInt8] = Array("<p>".utf8) + [0xD2, 0xBB, 0xA1, 0xA2, 0xD7, 0xDC, 0xCC, 0xE5] + Array("</p>".utf8)
    #expect(try Self.parse(gb, encoding: Self.gb18030, chunk: 5) == ["一、总体"])
    // A four-byte GB18030 sequence (U+20000) split across chunks.
    let four: [UInt8] = Array("<p>".utf8) + [0x95, 0x32, 0x82, 0x36] + Array("</p>".utf8)
    #expect(try Self.parse(four, encoding: Self.gb18030, chunk: 5) == ["\u{20000}"])
  }

  @Test func invalidBytesAreAnErrorNotLatin1() {
    for (bytes, encoding) in [
      (Array("<p>".utf8) + [0xE4, 0x20] + Array("</p>".utf8), Self.utf8),
      (Array("<p>".utf8) + [0x81, 0x20, 0xFF] + Array("</p>".utf8), Self.gb18030),
    ] {
      let error = HTMLFixtures.error { () throws(HTMLError) in
        _ = try Self.parse(bytes, encoding: encoding, chunk: 4)
        return []
      }
      #expect(error?.kind == .invalidEncoding, "\(encoding.name)")
    }
  }

  @Test func unknownEncodingNameIsRefused() {
    let encoding = HTMLEncoding(name: "NO-SUCH-CHARSET", source: "a test", byteOrderMarkLength: 0)
    #expect(throws: HTMLError.self) { _ = try HTMLEventParser(page: "p.html", encoding: encoding, limits: Self.limits) }
  }

  @Test func scriptTextAndCommentsAreNotText() throws {
    let page = "<p>a<script>if (x < 1) { b() }</script><!-- c -->d</p><style>td{}</style>"
    #expect(try Self.parse(Array(page.utf8), encoding: Self.utf8, chunk: 3) == ["ad"])
  }
}
