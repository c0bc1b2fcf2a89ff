import Foundation
import NianbaoReport
import Testing

@testable import NianbaoServer

/// The page and its files come from the binary, under the strict policy, with nothing from the network.
@Suite struct PageRoutesTests {
  @Test func thePageAndItsFilesAreServed() async throws {
    let answers = try await TestServer.with { port in
      [
        try await RawHTTP.request(port: port, "GET", "/"),
        try await RawHTTP.request(port: port, "GET", "/app.js"),
        try await RawHTTP.request(port: port, "GET", "/app.css"),
        try await RawHTTP.request(port: port, "GET", "/report.css"),
      ]
    }
    #expect(answers.map(\.status) == [200, 200, 200, 200])
    #expect(answers[0].header("Content-Type") == "text/html; charset=utf-8")
    #expect(answers[1].header("Content-Type") == "text/javascript; charset=utf-8")
    #expect(answers[2].header("Content-Type") == "text/css; charset=utf-8")
    #expect(answers[0].text == PageHTML.text)
    #expect(answers[1].text == PageScript.text)
    #expect(answers[3].text.hasPrefix(ReportPage.styleSheet))
    for answer in answers {
      #expect(answer.header("Content-Security-Policy") == Responses.contentSecurityPolicy)
      #expect(answer.header("X-Content-Type-Options") == "nosniff")
    }
  }

  @Test func nothingIsFetchedFromElsewhere() throws {
    for text in [PageHTML.text, PageScript.text, PageStyleSheet.app, PageStyleSheet.reportAdditions] {
      #expect(!text.contains("http://"))
      #expect(!text.contains("https://"))
      #expect(!text.contains("//cdn"))
      #expect(!text.contains("@import"))
    }
    // Every reference of the page is to the server itself, and no inline script or style needs an exception.
    let references = try Regex(#"(?:src|href)="([^"]*)""#)
    for match in PageHTML.text.matches(of: references) {
      #expect(match.output[1].substring?.hasPrefix("/") == true)
    }
    #expect(!PageHTML.text.contains("<style"))
    #expect(!PageHTML.text.contains("style=\""))
    #expect(!PageHTML.text.contains("<script>"))
    #expect(!PageHTML.text.contains(" on"))
  }

  @Test func theScriptInsertsReportValuesAsTextOnly() {
    #expect(!PageScript.text.contains("innerHTML"))
    #expect(!PageScript.text.contains("outerHTML"))
    #expect(!PageScript.text.contains("insertAdjacentHTML"))
    #expect(!PageScript.text.contains("document.write"))
    #expect(!PageScript.text.contains("eval("))
  }
}
