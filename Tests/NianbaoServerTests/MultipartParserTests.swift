import Testing

@testable import NianbaoServer

@Suite struct MultipartParserTests {
  static let limits = ServerLimits(
    maxFileBytes: 1 << 20, maxRequestBytes: 4 << 20, maxParts: 10, maxPartHeaderBytes: 256)

  /// A body with a plain field and two files, one of them holding bytes that look like a delimiter's start.
  static let body = Array(
    ("preamble to ignore\r\n--XyZ\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nhello\r\n"
      + "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"报告 2022.xlsx\"\r\n"
      + "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n"
      + "PK\r\n--Xy\r\n--XyQ not yet\r\n"
      + "\r\n--XyZ  \r\ncontent-disposition: form-data; name=file; filename*=UTF-8''%E7%A4%BA%E4%BE%8B.json\r\n\r\n{}"
      + "\r\n--XyZ--\r\nepilogue").utf8)

  static let expected = [
    FormPart(name: "note", fileName: nil, contentType: nil, bytes: Array("hello".utf8)),
    FormPart(
      name: "file", fileName: "报告 2022.xlsx",
      contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      bytes: Array("PK\r\n--Xy\r\n--XyQ not yet\r\n".utf8)),
    FormPart(name: "file", fileName: "示例.json", contentType: nil, bytes: Array("{}".utf8)),
  ]

  @Test(arguments: [1, 2, 3, 7, 64, 100_000])
  func partsAreTheSameWhateverTheChunks(size: Int) throws {
    var parser = try MultipartParser(boundary: "XyZ", limits: Self.limits)
    var parts: [FormPart] = []
    var start = 0
    while start < Self.body.count {
      parts += try parser.feed(Self.body[start..<min(start + size, Self.body.count)])
      start += size
    }
    try parser.finish()
    #expect(parts == Self.expected)
  }

  @Test func theBoundaryComesFromTheContentType() throws {
    #expect(try MultipartParser.boundary(contentType: "multipart/form-data; boundary=abc") == "abc")
    #expect(try MultipartParser.boundary(contentType: "Multipart/Form-Data;charset=utf-8; boundary=\"a b\"") == "a b")
    #expect(throws: APIError.self) { try MultipartParser.boundary(contentType: nil) }
    #expect(throws: APIError.self) { try MultipartParser.boundary(contentType: "application/json") }
    #expect(throws: APIError.self) {
      try MultipartParser(boundary: String(repeating: "b", count: 71), limits: Self.limits)
    }
  }

  @Test func aPartOverTheFileLimitStopsTheParse() throws {
    let limits = ServerLimits(maxFileBytes: 10, maxRequestBytes: 100)
    var parser = try MultipartParser(boundary: "b", limits: limits)
    _ = try parser.feed(
      Array("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a/b.xlsx\"\r\n\r\n".utf8))
    #expect(throws: APIError.tooLarge("The file b.xlsx is larger than 10 bytes, the most one file may be.")) {
      _ = try parser.feed([UInt8](repeating: 0x41, count: 40))
    }
  }

  @Test func tooManyPartsOrTooLongHeadersAreRefused() throws {
    var parser = try MultipartParser(boundary: "b", limits: Self.limits)
    let part = Array("--b\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\n1\r\n".utf8)
    #expect(throws: APIError.tooLarge("The form has more than 10 parts.")) {
      _ = try parser.feed(Array(repeating: part, count: 11).flatMap { $0 })
    }
    var long = try MultipartParser(boundary: "b", limits: Self.limits)
    #expect(throws: APIError.badMultipart("A part of the form has more than 256 bytes of headers.")) {
      _ = try long.feed(Array(("--b\r\nX-Long: " + String(repeating: "a", count: 300)).utf8))
    }
  }

  @Test func aPartNeedsAFormDataNameAndTheBodyItsClosingDelimiter() throws {
    var unnamed = try MultipartParser(boundary: "b", limits: Self.limits)
    #expect(throws: APIError.badMultipart("A part of the form is not form-data with a name.")) {
      _ = try unnamed.feed(Array("--b\r\nContent-Disposition: attachment; name=\"x\"\r\n\r\n1\r\n--b--".utf8))
    }
    var open = try MultipartParser(boundary: "b", limits: Self.limits)
    _ = try open.feed(Array("--b\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\n1\r\n--b".utf8))
    #expect(throws: APIError.badMultipart("The form is cut short: it does not end with its closing boundary.")) {
      try open.finish()
    }
  }

  @Test func findLocatesTheFirstOccurrence() {
    #expect(MultipartParser.find([1, 2], in: [0, 1, 1, 2, 1, 2]) == 2)
    #expect(MultipartParser.find([1, 2], in: [0, 1]) == nil)
    #expect(MultipartParser.find([1, 2, 3], in: [1, 2]) == nil)
  }
}
