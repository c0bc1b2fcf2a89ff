import NianbaoGrid
import Testing

@testable import NianbaoReport

@Suite struct YearToYearTests {
  /// A report whose 上年结转 and 结转下年度 rows hold `over` and `forward` in the 自然人 and 总计 columns.
  func report(_ organ: String?, _ year: Int?, over: Int, forward: Int, version: FormatVersion = .v2021) throws
    -> Report
  {
    var report = Report(formatVersion: version, organ: organ, year: year)
    for column in ["naturalPerson", "total"] {
      try report.setCount(over, at: ReportKeyPath(["applications", "carriedOver", column]))
      try report.setCount(forward, at: ReportKeyPath(["applications", "carriedForward", column]))
    }
    return report
  }

  @Test func aBrokenLinkIsReportedOnTheLaterYearNamingBothFiles() throws {
    let members = [
      YearToYear.Member(name: "b/2023.xlsx", report: try report("平潭综合实验区", 2023, over: 4, forward: 1)),
      YearToYear.Member(name: "a/2022.json", report: try report("平潭综合实验区管委会", 2022, over: 0, forward: 3)),
    ]
    let findings = YearToYear.findings(members)
    #expect(findings[1].isEmpty)
    #expect(findings[0].map(\.keyPath) == ["applications.carriedOver.naturalPerson", "applications.carriedOver.total"])
    for finding in findings[0] {
      #expect(finding.rule == .r5 && finding.severity == .warning)
      #expect(finding.found == .count(4) && finding.expected == .count(3))
      #expect(finding.message.chinese.contains("b/2023.xlsx") && finding.message.chinese.contains("a/2022.json"))
      #expect(finding.message.chinese.contains("'表三'!") && finding.message.english.contains("last year's"))
    }
  }

  @Test func matchingLinksAreSilentAndYearsMustBeConsecutive() throws {
    let members = [
      YearToYear.Member(name: "2021", report: try report("某县", 2021, over: 0, forward: 2, version: .v2019)),
      YearToYear.Member(name: "2022", report: try report("某县人民政府", 2022, over: 2, forward: 5)),
      YearToYear.Member(name: "2024", report: try report("某县", 2024, over: 9, forward: 0)),
    ]
    #expect(
      YearToYear.findings(members).allSatisfy { $0.isEmpty }, "2022 links to a 2019-version 2021; 2024 has no 2023")
  }

  @Test func aSimilarNameIsNotLinkedButNoted() throws {
    let members = [
      YearToYear.Member(name: "gov.xlsx", report: try report("某县人民政府", 2021, over: 0, forward: 2)),
      YearToYear.Member(name: "office.xlsx", report: try report("某县人民政府办公室", 2022, over: 7, forward: 0)),
    ]
    let findings = YearToYear.findings(members)
    #expect(findings[0].isEmpty)
    let note = try #require(findings[1].first)
    #expect(findings[1].count == 1)
    #expect(note.severity == .info && note.kind == .incomparable && note.keyPath == nil)
    #expect(note.message.chinese.contains("gov.xlsx") && note.message.chinese.contains("未视为同一机关"))
  }

  @Test func aYearGivenTwiceIsLinkedToEach() throws {
    let members = [
      YearToYear.Member(name: "2022.xlsx", report: try report("甲镇", 2022, over: 0, forward: 3)),
      YearToYear.Member(name: "2022.json", report: try report("甲镇", 2022, over: 0, forward: 3)),
      YearToYear.Member(name: "2023.xlsx", report: try report("甲镇", 2023, over: 2, forward: 0)),
      YearToYear.Member(name: "unknown", report: try report(nil, 2023, over: 2, forward: 0)),
    ]
    let findings = YearToYear.findings(members)
    #expect(findings[2].count == 4)
    #expect(findings[2].filter { $0.message.chinese.contains("「2022.json」") }.count == 2)
    #expect(findings[3].isEmpty, "no organ, no link")
  }

  @Test func theCellsAreTheLaterFilesOwn() throws {
    let current = try report("甲镇", 2023, over: 2, forward: 0)
    let previous = try report("甲镇", 2022, over: 0, forward: 3)
    let here = SourceLocation(sheet: "填报", reference: "D9")
    let there = SourceLocation(sheet: "去年", reference: "D30")
    let findings = YearToYear.link(
      YearToYear.Member(name: "now", report: current, locations: ["applications.carriedOver.naturalPerson": here]),
      previous: YearToYear.Member(
        name: "then", report: previous, locations: ["applications.carriedForward.naturalPerson": there]))
    #expect(findings.first?.location == here)
    #expect(findings.first?.message.chinese.contains("'去年'!D30") == true)
  }
}
