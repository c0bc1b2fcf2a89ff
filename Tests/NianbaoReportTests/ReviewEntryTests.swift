import Testing

@testable import NianbaoReport

@Suite struct ReviewEntryTests {
  static func finding(_ rule: RuleID) -> Finding {
    Finding(
      rule: rule, kind: .mismatch, keyPath: nil, table: nil, row: nil, column: nil, location: nil, expected: nil,
      found: nil, cells: [],
      message: LocalizedMessage(chinese: "\(rule.rawValue)句", english: "\(rule.rawValue) sentence"))
  }

  static func entry(_ file: String, _ rules: [RuleID]) -> ReviewEntry {
    ReviewEntry(file: file, outcome: .checked(report: Report(formatVersion: .v2021), findings: rules.map(finding)))
  }

  @Test func countsAndFirstError() {
    let entry = Self.entry("a", [.blankCells, .r5, .r3, .r4, .feeNotReported])
    #expect(entry.count(.error) == 2 && entry.count(.warning) == 2 && entry.count(.info) == 1)
    #expect(entry.firstError?.rule == .r3)
    #expect(entry.readError == nil && entry.report != nil)
    let unreadable = ReviewEntry(file: "b", outcome: .unreadable(message: "damaged"))
    #expect(unreadable.readError == "damaged" && unreadable.findings.isEmpty && unreadable.report == nil)
    #expect(unreadable.adding([Self.finding(.r1)]).findings.isEmpty)
    #expect(entry.adding([Self.finding(.r1)]).count(.error) == 3)
  }

  @Test func worstFirstAndTheExitStatus() {
    let review = ReportReview(entries: [
      Self.entry("clean", []), Self.entry("warned", [.r5]), Self.entry("one", [.r4]),
      ReviewEntry(file: "gone", outcome: .unreadable(message: "missing")), Self.entry("two", [.r1, .r2]),
      Self.entry("one+warned", [.r4, .r5]), Self.entry("clean2", [.blankCells]),
    ])
    #expect(review.worstFirst.map(\.file) == ["gone", "two", "one+warned", "one", "warned", "clean", "clean2"])
    #expect(review.unreadableCount == 1 && review.brokenCount == 3 && review.warningOnlyCount == 1)
    #expect(review.cleanCount == 2)
    #expect(review.exitStatus == 2)
    #expect(ReportReview(entries: [Self.entry("one", [.r4]), Self.entry("w", [.r5])]).exitStatus == 1)
    #expect(ReportReview(entries: [Self.entry("w", [.r5])]).exitStatus == 0)
  }

  @Test func linkingAddsTheYearToYearFindingsToTheLaterFile() throws {
    var earlier = Report(formatVersion: .v2021, organ: "甲镇", year: 2022)
    try earlier.setCount(3, at: "applications.carriedForward.total")
    var later = Report(formatVersion: .v2021, organ: "甲镇", year: 2023)
    try later.setCount(1, at: "applications.carriedOver.total")
    let review = ReportReview(
      linking: [
        ReviewEntry(file: "2023", outcome: .checked(report: later, findings: [])),
        ReviewEntry(file: "bad", outcome: .unreadable(message: "x")),
        ReviewEntry(file: "2022", outcome: .checked(report: earlier, findings: [])),
      ], locations: [[:], [:], [:]])
    #expect(review.entries[0].findings.map(\.rule) == [.r5])
    #expect(review.entries[1].readError == "x")
    #expect(review.entries[2].findings.isEmpty)
  }
}
