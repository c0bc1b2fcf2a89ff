import Testing

@testable import NianbaoReport

@Suite struct TextCountCheckTests {
  private func report(overview: String, received: Int = 74, carried: Int = 1) throws -> Report {
    var report = try ImportFixtures.patterned(.v2021)
    report.text.overview = overview
    try report.set(.count(received), at: ReportKeyPath(parsing: "applications.newlyReceived.total"))
    try report.set(.count(carried), at: ReportKeyPath(parsing: "applications.carriedOver.total"))
    return report
  }

  @Test func aReceivedCountThatDisagreesWithTableThreeIsAWarningNamingTheSentenceAndTheCell() throws {
    // 平潭 2022: the text counts 75 applications, table 三 has 74 new and 1 carried over.
    let report = try report(overview: "2022年，共收到申请75件，均已按时答复。")
    let findings = TextCountCheck.findings(report, locations: [:])
    #expect(findings.count == 1)
    let finding = try #require(findings.first)
    #expect(finding.rule == .textCount)
    #expect(finding.severity == .warning)
    #expect(finding.keyPath == ReportKeyPath(parsing: "applications.newlyReceived.total"))
    #expect(finding.found == .count(75))
    #expect(finding.expected == .count(74))
    #expect(finding.cellText == "2022年，共收到申请75件，均已按时答复")
    #expect(finding.message.chinese.contains("收到申请75件"))
    #expect(finding.message.chinese.contains("'表三'!J4"))
  }

  @Test func aCountThatAgreesSaysNothing() throws {
    let report = try report(overview: "全年受理政府信息公开申请 74 件。")
    #expect(TextCountCheck.findings(report, locations: [:]).isEmpty)
  }

  @Test func fullWidthDigitsAndSpacesAreRead() throws {
    let report = try report(overview: "收到政府信息公开申请 ７５ 件。")
    #expect(TextCountCheck.findings(report, locations: [:]).map(\.found) == [.count(75)])
  }

  @Test func ambiguousSentencesAreSkipped() throws {
    // Carried-over applications in the same sentence; the same count stated twice.
    let carried = try report(overview: "收到申请75件（含上年结转1件）。")
    #expect(TextCountCheck.findings(carried, locations: [:]).isEmpty)
    let twice = try report(overview: "收到申请75件，其中网上收到申请40件。")
    #expect(TextCountCheck.findings(twice, locations: [:]).isEmpty)
  }

  @Test func litigationIsComparedWithBothLitigationTotals() throws {
    var report = try report(overview: "本年度发生行政诉讼3起。")
    try report.set(.count(1), at: ReportKeyPath(parsing: "appeals.litigationWithoutReview.total"))
    try report.set(.count(2), at: ReportKeyPath(parsing: "appeals.litigationAfterReview.total"))
    #expect(TextCountCheck.findings(report, locations: [:]).isEmpty)
    try report.set(.count(0), at: ReportKeyPath(parsing: "appeals.litigationAfterReview.total"))
    #expect(TextCountCheck.findings(report, locations: [:]).map(\.expected) == [.count(1)])
  }

  @Test func aBlankCellIsLeftToTheBlankCellCheck() throws {
    var report = try report(overview: "办结21件。")
    try report.set(nil, at: ReportKeyPath(parsing: "applications.outcomes.total.total"))
    #expect(TextCountCheck.findings(report, locations: [:]).isEmpty)
  }

  @Test func theCheckerRunsIt() throws {
    let report = try report(overview: "收到申请75件。")
    #expect(ReportChecker().check(report).contains { $0.rule == .textCount })
    #expect(!ReportChecker(rules: [.r1]).check(report).contains { $0.rule == .textCount })
  }

  @Test func sentencesEndAtTheirMarksInEitherWidthAndAtLineEndsOfAnyKind() {
    let text = "收到申请75件。办结74件；结转1件!\r\n行政复议0件\r行政诉讼0起？  \n"
    #expect(
      TextCountCheck.sentences(of: text).map(String.init) == ["收到申请75件", "办结74件", "结转1件", "行政复议0件", "行政诉讼0起"])
  }
}
