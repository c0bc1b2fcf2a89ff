import Testing

@testable import NianbaoServer

/// Every answer, errors included, carries the headers.
@Suite struct SecurityHeadersTests {
  @Test func errorsAndDownloadsCarryTheHeaders() async throws {
    let answers = try await TestServer.with { port in
      [
        try await RawHTTP.request(port: port, "GET", "/nothing"),
        try await RawHTTP.request(port: port, "POST", "/api/export", body: Array("[]".utf8)),
        try await RawHTTP.request(port: port, "GET", "/api/template?version=2021"),
      ]
    }
    #expect(answers.map(\.status) == [404, 422, 200])
    for answer in answers {
      #expect(answer.header("Content-Security-Policy") == Responses.contentSecurityPolicy)
      #expect(answer.header("X-Content-Type-Options") == "nosniff")
      #expect(answer.header("Referrer-Policy") == "no-referrer")
      #expect(answer.header("X-Frame-Options") == "DENY")
      #expect(answer.header("Cache-Control") == "no-store")
    }
    #expect(answers[0].header("Content-Type") == "application/json; charset=utf-8")
    #expect(answers[1].error?.kind == "wrongType")
  }

  @Test func thePolicyAllowsNothingInline() {
    let policy = Responses.contentSecurityPolicy
    #expect(!policy.contains("unsafe"))
    #expect(policy.hasPrefix("default-src 'none';"))
    #expect(policy.contains("frame-ancestors 'none'"))
    #expect(!Responses.renderedPagePolicy.contains("script"))
  }
}
