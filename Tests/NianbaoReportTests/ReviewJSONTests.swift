import Testing

@testable import NianbaoReport

@Suite struct ReviewJSONTests {
  @Test func oneEntryPerFileInOrderWithTheFileFirst() throws {
    let review = ReportReview(entries: [
      ReviewEntryTests.entry("b.xlsx", [.r4, .blankCells]),
      ReviewEntry(file: "a.json", outcome: .unreadable(message: "not JSON")),
    ])
    let document = review.jsonValue
    guard case .array(let files) = document["files"] else {
      Issue.record("no files")
      return
    }
    #expect(files.count == 2)
    #expect(files[0].members?.map(\.key) == ["file", "organ", "year", "formatVersion", "error", "summary", "findings"])
    #expect(files[0]["file"] == .string("b.xlsx"))
    #expect(files[0]["formatVersion"] == .integer(2021))
    #expect(files[0]["summary"]?["error"] == .integer(1) && files[0]["summary"]?["info"] == .integer(1))
    #expect(files[1]["error"] == .string("not JSON") && files[1]["organ"] == .null)
    #expect(files[1]["findings"] == .array([]))
    #expect(document["summary"]?["unreadable"] == .integer(1) && document["summary"]?["withErrors"] == .integer(1))
    #expect(try JSONValue.parse(document.prettyPrinted()) == document)
  }
}
