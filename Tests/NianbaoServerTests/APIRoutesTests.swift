import Foundation
import NianbaoGrid
import NianbaoReport
import Testing

@testable import NianbaoServer

/// Every endpoint against a server on a loopback port, with good input and bad.
@Suite struct APIRoutesTests {
  /// The findings of the clerk's sample as the command line writes them.
  static func expectedClerkFindings() throws -> JSONValue {
    try JSONParser().parse(Fixtures.sample("clerk_imbalance_2022.findings.json"))["findings"]!
  }

  @Test func importGivesTheReportAndTheFindingsOfTheCommandLine() async throws {
    let bytes = try Fixtures.sample("clerk_imbalance_2022.xlsx")
    let expected = try ReportImporter.importDocument(at: Fixtures.samplePath("clerk_imbalance_2022.xlsx"))
    let answer = try await TestServer.with { port in
      try await RawHTTP.upload(port: port, "/api/import", [("file", "clerk_imbalance_2022.xlsx", bytes)])
    }
    #expect(answer.status == 200)
    #expect(answer.header("Content-Type") == "application/json; charset=utf-8")
    let json = try #require(answer.json)
    #expect(json["report"] == expected.report.jsonValue)
    #expect(json["findings"]!.isSemanticallyEqual(to: try Self.expectedClerkFindings()))
    #expect(json["page"] == nil)
  }

  @Test func importWithAViewAddsThePageTheCanonicalJSONAndTheCSV() async throws {
    let bytes = try Fixtures.sample("clerk_imbalance_2022.xlsx")
    let expected = try ReportImporter.importDocument(at: Fixtures.samplePath("clerk_imbalance_2022.xlsx"))
    let answer = try await TestServer.with { port in
      try await RawHTTP.upload(port: port, "/api/import?view=en", [("file", "dir/clerk_imbalance_2022.xlsx", bytes)])
    }
    let json = try #require(answer.json)
    #expect(json["file"] == .string("clerk_imbalance_2022.xlsx"))
    #expect(json["name"] == .string("示例县示例镇_2022"))
    #expect(json["canonical"] == .string(expected.report.jsonText()))
    #expect(
      json["page"] == .string(ReportPage.html(for: expected.report, findings: expected.findings, language: .english)))
    let entry = ReviewEntry(
      file: "clerk_imbalance_2022.xlsx", outcome: .checked(report: expected.report, findings: expected.findings))
    #expect(json["csv"] == .string(ReviewCSV.text(for: [entry], language: .english)))
    #expect(json["lines"] == .array(expected.findings.map { .string(FindingText.line($0, language: .english)) }))
    guard case .array(let anchors)? = json["anchors"], case .string(let page)? = json["page"] else {
      Issue.record("no anchors or page")
      return
    }
    #expect(anchors.count == expected.findings.count)
    for case .string(let anchor) in anchors { #expect(page.contains("id=\"\(anchor)\"")) }
    #expect(anchors.contains(.string("cell-applications.outcomes.disclosed.total")))
  }

  @Test(arguments: [
    ("xiasizhen_2021.docx", "下司镇"), ("xiasizhen_2021.pdf", "下司镇"), ("xiasizhen_2021.txt", "下司镇"),
    ("xiasizhen_2021.json", "下司镇"), ("pingtan_2024.html", "平潭综合实验区"),
  ])
  func importReadsEveryCarrier(name: String, organ: String) async throws {
    let bytes = try Fixtures.sample(name)
    let expected = try ReportImporter.load(bytes: bytes, name: name)
    let answer = try await TestServer.with { port in
      try await RawHTTP.upload(port: port, "/api/import", [("file", name, bytes)])
    }
    #expect(answer.status == 200)
    #expect(answer.json?["report"] == expected.report.jsonValue)
    guard case .string(let found)? = answer.json?["report"]?["organ"] else {
      Issue.record("no organ")
      return
    }
    #expect(found.contains(organ))
  }

  @Test func lastYearsReportRunsR5() async throws {
    let bytes = try Fixtures.sample("clerk_imbalance_2022.xlsx")
    let last = try Fixtures.sample("xiasizhen_2021.json")
    let previous = try Report(jsonBytes: last)
    let expected = try ReportImporter.load(bytes: bytes, name: "clerk_imbalance_2022.xlsx", previous: previous)
    #expect(expected.findings.contains { $0.rule == .r5 })
    let answer = try await TestServer.with { port in
      try await RawHTTP.upload(
        port: port, "/api/import", [("file", "clerk_imbalance_2022.xlsx", bytes), ("previous", "last.json", last)])
    }
    #expect(answer.json?["findings"] == .array(expected.findings.map(\.jsonValue)))
  }

  @Test func aReportThatCannotBeReadGetsTheCommandLinesSentence() async throws {
    let bytes = Array("名称,数量\n甲,1\n".utf8)
    var sentence = ""
    do {
      _ = try ReportImporter.load(bytes: bytes, name: "table.xlsx")
    } catch {
      sentence = ReadFailure.message(for: error)
    }
    let answer = try await TestServer.with { port in
      try await RawHTTP.upload(port: port, "/api/import", [("file", "table.xlsx", bytes)])
    }
    #expect(answer.status == 422)
    #expect(answer.error?.message == sentence)
    #expect(!sentence.isEmpty)
  }

  @Test func importWithoutAFileFieldIs400() async throws {
    let answer = try await TestServer.with { port in
      try await RawHTTP.upload(port: port, "/api/import", [("other", "a.xlsx", [1, 2, 3])])
    }
    #expect(answer.status == 400)
    #expect(answer.error?.kind == "badRequest")
  }

  @Test func exportWritesTheOfficialWorkbook() async throws {
    let json = try Fixtures.sample("xiasizhen_2021.json")
    let report = try Report(jsonBytes: json)
    let answer = try await TestServer.with { port in
      try await RawHTTP.request(
        port: port, "POST", "/api/export", headers: [("Content-Type", "application/json")], body: json)
    }
    #expect(answer.status == 200)
    #expect(answer.header("Content-Type") == Responses.xlsxType)
    #expect(answer.body == (try ReportExporter.data(for: report)))
    let disposition = try #require(answer.header("Content-Disposition"))
    #expect(disposition.hasPrefix("attachment; filename=\""))
    #expect(disposition.contains("filename*=UTF-8''"))
    #expect(try ReportImporter.importDocument(bytes: answer.body, name: "back.xlsx").report == report)
  }

  @Test func exportOfJSONThatIsNotAReportIs422() async throws {
    let answer = try await TestServer.with { port in
      try await RawHTTP.request(port: port, "POST", "/api/export", body: Array("{\"formatVersion\": 2021".utf8))
    }
    #expect(answer.status == 422)
    #expect(answer.error?.kind == "invalidJSON")
  }

  @Test func renderWritesThePageOfTheCommandLine() async throws {
    let json = try Fixtures.sample("xiasizhen_2021.json")
    let loaded = try ReportImporter.load(bytes: json, name: "x.json")
    let (marked, clean) = try await TestServer.with { port in
      (
        try await RawHTTP.request(port: port, "POST", "/api/render?lang=en", body: json),
        try await RawHTTP.request(port: port, "POST", "/api/render?findings=0", body: json)
      )
    }
    #expect(marked.status == 200)
    #expect(marked.text == ReportPage.html(for: loaded.report, findings: loaded.findings, language: .english))
    #expect(clean.text == ReportPage.html(for: loaded.report, findings: [], language: .chinese))
    #expect(marked.header("Content-Security-Policy") == Responses.renderedPagePolicy)
    #expect(marked.header("Content-Disposition")?.hasPrefix("attachment;") == true)
  }

  @Test func renderTakesADocumentAsAForm() async throws {
    let bytes = try Fixtures.sample("clerk_imbalance_2022.xlsx")
    let loaded = try ReportImporter.load(bytes: bytes, name: "clerk_imbalance_2022.xlsx")
    let answer = try await TestServer.with { port in
      try await RawHTTP.upload(port: port, "/api/render", [("file", "clerk_imbalance_2022.xlsx", bytes)])
    }
    #expect(answer.text == ReportPage.html(for: loaded.report, findings: loaded.findings, language: .chinese))
  }

  @Test func templatesOfBothVersions() async throws {
    let answers = try await TestServer.with { port in
      (
        try await RawHTTP.request(port: port, "GET", "/api/template?version=2019"),
        try await RawHTTP.request(port: port, "GET", "/api/template?version=2021"),
        try await RawHTTP.request(port: port, "GET", "/api/template?version=2020"),
        try await RawHTTP.request(port: port, "GET", "/api/template")
      )
    }
    #expect(answers.0.body == (try TemplateBuilder.data(for: .v2019)))
    #expect(answers.1.body == (try TemplateBuilder.data(for: .v2021)))
    #expect(answers.1.header("Content-Disposition")?.contains("filename=\"template_2021.xlsx\"") == true)
    #expect(answers.2.status == 400)
    #expect(answers.2.error?.message.contains("2019 or 2021") == true)
    #expect(answers.3.status == 400)
  }

  @Test func checkReviewsSeveralFilesWorstFirst() async throws {
    let files = [
      ("file", "xiasizhen_2021.json", try Fixtures.sample("xiasizhen_2021.json")),
      ("file", "clerk_imbalance_2022.xlsx", try Fixtures.sample("clerk_imbalance_2022.xlsx")),
      ("file", "notes.txt", Array("nothing here".utf8)),
    ]
    let answer = try await TestServer.with { port in try await RawHTTP.upload(port: port, "/api/check?view=zh", files) }
    #expect(answer.status == 200)
    let json = try #require(answer.json)
    let entries = files.map { file -> (ReviewEntry, [ReportKeyPath: NianbaoGrid.SourceLocation]) in
      do {
        let loaded = try ReportImporter.load(bytes: file.2, name: file.1)
        return (
          ReviewEntry(file: file.1, outcome: .checked(report: loaded.report, findings: loaded.findings)),
          loaded.locations
        )
      } catch {
        return (ReviewEntry(file: file.1, outcome: .unreadable(message: ReadFailure.message(for: error))), [:])
      }
    }
    let review = ReportReview(linking: entries.map(\.0), locations: entries.map(\.1))
    #expect(json["files"] == review.jsonValue["files"])
    #expect(json["summary"] == review.jsonValue["summary"])
    #expect(json["order"] == .array([.integer(2), .integer(1), .integer(0)]))
    guard case .array(let rows)? = json["rows"], case .array(let first)? = rows.first else {
      Issue.record("no rows")
      return
    }
    #expect(first.first == .string("notes.txt"))
    #expect(json["closing"] == .string(ReviewTable.closing(review, language: .chinese)))
  }

  @Test func sumAddsTheReportsAndChecksTheTotal() async throws {
    let json = try Fixtures.sample("xiasizhen_2021.json")
    let report = try Report(jsonBytes: json)
    let answer = try await TestServer.with { port in
      try await RawHTTP.upload(
        port: port, "/api/sum?organ=%E7%A4%BA%E4%BE%8B%E5%8E%BF&year=2021&view=zh",
        [("file", "a.json", json), ("file", "b.xlsx", try Fixtures.sample("xiasizhen_2021.xlsx"))])
    }
    #expect(answer.status == 200)
    let sum = try ReportSum(
      [ReportSum.Input(name: "a.json", report: report), ReportSum.Input(name: "b.xlsx", report: report)], organ: "示例县",
      year: 2021)
    let body = try #require(answer.json)
    #expect(body["report"] == sum.total.jsonValue)
    #expect(body["findings"] == .array(sum.findings.map(\.jsonValue)))
    #expect(body["inputs"] == .array([.string("a.json"), .string("b.xlsx")]))
    #expect(body["canonical"] == .string(sum.total.jsonText()))
  }

  @Test func sumOfDifferentVersionsOrOfAnUnreadableFileIs422() async throws {
    let v2019 = Array(
      try Data(
        contentsOf: Fixtures.repository.appendingPathComponent(
          "Tests/NianbaoReportTests/Fixtures/shanghai_szfbgt_2019.json")))
    let answers = try await TestServer.with { port in
      (
        try await RawHTTP.upload(
          port: port, "/api/sum",
          [("file", "a.json", try Fixtures.sample("xiasizhen_2021.json")), ("file", "old.json", v2019)]),
        try await RawHTTP.upload(
          port: port, "/api/sum",
          [("file", "a.json", try Fixtures.sample("xiasizhen_2021.json")), ("file", "x.xlsx", [1, 2])])
      )
    }
    #expect(answers.0.status == 422)
    #expect(answers.0.error?.kind == "mixedVersions")
    #expect(answers.0.error?.message.contains("old.json") == true)
    #expect(answers.1.status == 422)
    #expect(answers.1.error?.message.hasPrefix("x.xlsx: ") == true)
  }

  @Test func aReportsValuesAreEscapedInThePage() async throws {
    var report = try Report(jsonBytes: Fixtures.sample("xiasizhen_2021.json"))
    report.organ = "<script>alert(1)</script>"
    let hostile = report.jsonUTF8()
    let answer = try await TestServer.with { port in
      try await RawHTTP.upload(port: port, "/api/import?view=zh", [("file", "x.json", hostile)])
    }
    guard case .string(let page)? = answer.json?["page"] else {
      Issue.record("no page")
      return
    }
    #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    #expect(!page.contains("<script>"))
  }

  @Test func anUnknownPathOrLanguageIsAJSONError() async throws {
    let answers = try await TestServer.with { port in
      (
        try await RawHTTP.request(port: port, "GET", "/api/nothing"),
        try await RawHTTP.request(port: port, "GET", "/api/import"),
        try await RawHTTP.upload(port: port, "/api/import?view=fr", [("file", "a.json", [0x7B])])
      )
    }
    #expect(answers.0.status == 404)
    #expect(answers.0.error?.kind == "notFound")
    #expect(answers.1.status == 404)
    #expect(answers.2.status == 400)
    #expect(answers.2.error?.message == "view must be zh or en, not fr.")
  }

  @Test func everyHostileFileIsAClearErrorAndTheServerGoesOnAnswering() async throws {
    let files = try Fixtures.hostileFiles()
    #expect(files.count > 60)
    try await TestServer.with { port in
      for file in files {
        let bytes = Array(try Data(contentsOf: file))
        var sentence: String?
        do {
          _ = try ReportImporter.load(bytes: bytes, name: file.lastPathComponent)
        } catch {
          sentence = ReadFailure.message(for: error)
        }
        let answer = try await RawHTTP.upload(port: port, "/api/import", [("file", file.lastPathComponent, bytes)])
        #expect((400..<500).contains(answer.status), "\(file.lastPathComponent): \(answer.status)")
        #expect(answer.error?.message == sentence, "\(file.lastPathComponent)")
        #expect(answer.error.map { !$0.kind.isEmpty } == true)
        let page = try await RawHTTP.request(port: port, "GET", "/")
        #expect(page.status == 200)
      }
    }
  }
}
