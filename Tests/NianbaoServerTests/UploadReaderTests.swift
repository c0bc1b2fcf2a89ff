import Foundation
import NianbaoReport
import Testing

@testable import NianbaoServer

/// Uploads over their limits are answered 413 before their body is read to the end; malformed forms 400; and the
/// server goes on answering.
@Suite struct UploadReaderTests {
  static let small = ServerConfiguration(
    port: 0, limits: ServerLimits(maxFileBytes: 64 << 10, maxRequestBytes: 1 << 20))

  @Test func aDeclaredLengthOverTheLimitIs413BeforeAnyBodyIsSent() async throws {
    let answer = try await TestServer.with(Self.small) { port in
      let head =
        "POST /api/import HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=b\r\n"
        + "Content-Length: \(300 << 20)\r\n\r\n"
      // Only the head and a first few bytes: the answer must not wait for the 300 MiB announced.
      return try await RawHTTP.exchange(port: port, [Array(head.utf8), Array("--b\r\n".utf8)])
    }
    #expect(answer.status == 413)
    #expect(answer.error?.kind == "tooLarge")
    #expect(answer.error?.message == "The request is \(300 << 20) bytes long; the most it may be is 1 MiB.")
    #expect(answer.header("X-Content-Type-Options") == "nosniff")
  }

  @Test func aFileOverItsLimitIs413BeforeTheRestOfTheBodyArrives() async throws {
    let form = RawHTTP.form([("file", "big.xlsx", [UInt8](repeating: 0x41, count: 512 << 10))])
    let head =
      "POST /api/import HTTP/1.1\r\nHost: x\r\nContent-Type: \(form.contentType)\r\nContent-Length: \(form.body.count)"
      + "\r\n\r\n"
    let answer = try await TestServer.with(Self.small) { port in
      // 100 KiB of the 512 KiB file: over the 64 KiB limit, far from the body's end.
      try await RawHTTP.exchange(port: port, [Array(head.utf8), Array(form.body.prefix(100 << 10))])
    }
    #expect(answer.status == 413)
    #expect(answer.error?.message == "The file big.xlsx is larger than 64 KiB, the most one file may be.")
  }

  @Test func aChunkedBodyIsCountedAsItArrives() async throws {
    let head =
      "POST /api/import HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=b\r\n"
      + "Transfer-Encoding: chunked\r\n\r\n"
    var pieces = [Array(head.utf8)]
    let chunk = [UInt8](repeating: 0x41, count: 32 << 10)
    for _ in 0..<40 { pieces.append(Array("\(String(chunk.count, radix: 16))\r\n".utf8) + chunk + [0x0D, 0x0A]) }
    let sent = pieces
    let answer = try await TestServer.with(
      ServerConfiguration(port: 0, limits: ServerLimits(maxFileBytes: 4 << 20, maxRequestBytes: 1 << 20))
    ) { port in
      try await RawHTTP.exchange(port: port, sent)
    }
    #expect(answer.status == 413)
    #expect(answer.error?.message == "The request is longer than 1 MiB, the most it may be.")
  }

  @Test(arguments: [
    ("text/plain", "a", "The request is text/plain; send the files as multipart/form-data."),
    ("multipart/form-data", "a", "The multipart/form-data Content-Type names no boundary."),
    (
      "multipart/form-data; boundary=b", "no boundary here",
      "The form holds no part: its boundary never appears in the body."
    ),
    (
      "multipart/form-data; boundary=b", "--b\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nabc",
      "The form is cut short: it does not end with its closing boundary."
    ),
    (
      "multipart/form-data; boundary=b", "--b\r\nContent-Type: text/plain\r\n\r\nabc\r\n--b--",
      "A part of the form has no Content-Disposition header."
    ),
    (
      "multipart/form-data; boundary=b", "--b\r\nContent-Disposition: form-data; name=\"file\r\n\r\nabc\r\n--b--",
      "A quoted value in a part's Content-Disposition is not closed."
    ),
    ("multipart/form-data; boundary=b", "--bXY\r\n", "A boundary line of the form is not followed by a line break."),
  ])
  func aMalformedFormIs400(contentType: String, body: String, message: String) async throws {
    let (answer, page) = try await TestServer.with { port in
      (
        try await RawHTTP.request(
          port: port, "POST", "/api/import", headers: [("Content-Type", contentType)], body: Array(body.utf8)),
        try await RawHTTP.request(port: port, "GET", "/")
      )
    }
    #expect(answer.status == 400)
    #expect(answer.error?.kind == "badMultipart")
    #expect(answer.error?.message == message)
    #expect(page.status == 200)
  }

  @Test func aJSONBodyOverTheFileLimitIs413() async throws {
    let answer = try await TestServer.with(Self.small) { port in
      try await RawHTTP.request(port: port, "POST", "/api/export", body: [UInt8](repeating: 0x20, count: 100 << 10))
    }
    #expect(answer.status == 413)
  }
}
