import Testing

@testable import NianbaoHTML

/// The encoding settled before parsing: BOM, `<meta>` declarations, undeclared pages.
@Suite struct HTMLEncodingTests {
  static func detect(_ text: String) throws -> HTMLEncoding {
    try HTMLEncoding.detect(Array(text.utf8), complete: true)
  }

  @Test func metaDeclarationsAreFound() throws {
    #expect(try Self.detect("<meta charset=\"gb2312\">").name == "GB18030")
    #expect(try Self.detect("<META CHARSET=GBK>").name == "GB18030")
    #expect(try Self.detect("<meta charset='GB18030' name=x>").name == "GB18030")
    #expect(
      try Self.detect("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\" />").name == "GB18030")
    #expect(try Self.detect("<meta name=viewport content=x><meta charset=utf-8>").name == "UTF-8")
    #expect(try Self.detect("<meta charset=\"utf-16\">").name == "UTF-8")
    #expect(try Self.detect("<meta charset=big5>").name == "BIG5-HKSCS")
    #expect(try Self.detect("<meta charset=iso-8859-1>").name == "WINDOWS-1252")
  }

  @Test func byteOrderMarksWin() throws {
    let utf8 = try HTMLEncoding.detect([0xEF, 0xBB, 0xBF] + Array("<meta charset=gbk>".utf8), complete: true)
    #expect(utf8.name == "UTF-8")
    #expect(utf8.byteOrderMarkLength == 3)
    #expect(try HTMLEncoding.detect([0xFF, 0xFE, 0x3C, 0], complete: true).name == "UTF-16LE")
    #expect(try HTMLEncoding.detect([0xFE, 0xFF, 0, 0x3C], complete: true).name == "UTF-16BE")
  }

  @Test func undeclaredPagesAreUTF8WhenValidElseGB18030() throws {
    #expect(try Self.detect("<p>政府信息公开</p>").name == "UTF-8")
    let gb: [UInt8] = Array("<p>".utf8) + [0xD5, 0xFE, 0xB8, 0xAE] + Array("</p>".utf8)
    #expect(try HTMLEncoding.detect(gb, complete: true).name == "GB18030")
    // A UTF-8 sequence cut by the end of the first chunk is not evidence against UTF-8.
    #expect(try HTMLEncoding.detect(Array("<p>政".utf8).dropLast(), complete: false).name == "UTF-8")
  }

  @Test func unknownLabelIsAnError() {
    #expect(throws: HTMLError.self) { try Self.detect("<meta charset=\"klingon\">") }
    #expect(HTMLEncoding.canonicalName("klingon") == nil)
  }

  @Test func declarationPastThePrescanIsNotSeen() throws {
    let page = String(repeating: " ", count: HTMLEncoding.prescanBytes) + "<meta charset=gbk>"
    #expect(try Self.detect(page).name == "UTF-8")
  }
}
