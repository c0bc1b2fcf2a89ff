import NianbaoGrid
import Testing

@testable import NianbaoReport

/// A 2021 report with table 三 balanced in every rule: 10 new + 2 carried over, 9 handled
/// (5 disclosed, 1 partly, 3 not held), 3 carried forward, all from natural persons.
func balancedReport() throws -> Report {
  var report = Report(formatVersion: .v2021, organ: "某镇", year: 2022)
  let cells: [(ReportKeyPath, Int)] = [
    ("applications.newlyReceived", 10), ("applications.carriedOver", 2),
    ("applications.outcomes.disclosed", 5), ("applications.outcomes.partiallyDisclosed", 1),
    ("applications.outcomes.unavailable.notHeld", 3), ("applications.outcomes.total", 9),
    ("applications.carriedForward", 3),
  ]
  for (row, value) in cells {
    for column in ["naturalPerson", "total"] {
      try report.setCount(value, at: row.appending(column))
    }
  }
  for group in ["administrativeReview", "litigationWithoutReview", "litigationAfterReview"] {
    for column in ["upheld", "corrected", "other", "pending", "total"] {
      try report.setCount(
        group == "administrativeReview" && (column == "upheld" || column == "total") ? 1 : 0,
        at: ReportKeyPath(["appeals", group, column]))
    }
  }
  return report
}

@Suite("Checks")
struct CheckTests {
  static let balanceRules: Set<RuleID> = [.r1, .r2, .r3, .r4]

  @Test("the fixtures' findings exactly", arguments: Fixtures.reportNames)
  func fixtureFindings(name: String) throws {
    let report = try Fixtures.report(name)
    let found = ReportChecker(rules: Self.balanceRules).check(report).map(\.asExpected)
    let expected = try Fixtures.expectedFindings(name)
    #expect(found == expected)
  }

  @Test("fixture finding counts: none, two R4, 11 R2 totalMissing + 1 R3 partsMissing")
  func fixtureCounts() throws {
    let checker = ReportChecker(rules: Self.balanceRules)
    #expect(checker.check(try Fixtures.report("xiasizhen_2021")).isEmpty)
    let hongzequ = checker.check(try Fixtures.report("hongzequ_2023"))
    #expect(hongzequ.map(\.rule) == [.r4, .r4])
    #expect(hongzequ.allSatisfy { $0.severity == .error && $0.kind == .mismatch })
    #expect(hongzequ.first?.location?.description == "'表四'!E4")
    #expect(hongzequ.first?.row == "行政复议")
    #expect(hongzequ.first?.message(in: .chinese).contains("10+1+0+0") == true)
    let shanghai = checker.check(try Fixtures.report("shanghai_szfbgt_2019"))
    #expect(shanghai.filter { $0.rule == .r2 && $0.kind == .totalMissing }.count == 11)
    #expect(shanghai.filter { $0.rule == .r3 && $0.kind == .partsMissing }.count == 1)
    #expect(shanghai.count == 12)
    let partsMissing = try #require(shanghai.last)
    #expect(partsMissing.location?.description == "'表三'!J25")
    #expect(partsMissing.cells.count == 19 + 1)
  }

  @Test("a balanced report has no balance findings")
  func balanced() throws {
    #expect(ReportChecker(rules: Self.balanceRules.union([.r5])).check(try balancedReport()).isEmpty)
  }

  @Test("R1: 一 + 二 against （七）总计 + 四, per column")
  func r1() throws {
    var report = try balancedReport()
    try report.setCount(4, at: "applications.carriedForward.naturalPerson")
    try report.setCount(4, at: "applications.carriedForward.total")
    let findings = ReportChecker(rules: [.r1]).check(report)
    #expect(
      findings.map(\.keyPath) == ["applications.outcomes.total.naturalPerson", "applications.outcomes.total.total"])
    #expect(findings.map(\.expected) == [.count(12), .count(12)])
    #expect(findings.map(\.found) == [.count(13), .count(13)])
    #expect(findings.allSatisfy { $0.kind == .mismatch && $0.location?.sheet == "表三" })
    #expect(findings.first?.location?.reference == "D27")
    #expect(findings.first?.message(in: .chinese).contains("第一项加第二项之和") == true)
    #expect(findings.first?.message(in: .english).contains("column 自然人") == true)
    #expect(
      findings.first?.cells == [
        "applications.newlyReceived.naturalPerson", "applications.carriedOver.naturalPerson",
        "applications.outcomes.total.naturalPerson", "applications.carriedForward.naturalPerson",
      ])
  }

  @Test("R1 kinds: totals blank, parts blank")
  func r1Kinds() throws {
    var report = Report(formatVersion: .v2021)
    try report.setCount(5, at: "applications.newlyReceived.commercialEnterprise")
    try report.setCount(7, at: "applications.carriedForward.researchInstitution")
    let findings = ReportChecker(rules: [.r1]).check(report)
    #expect(findings.map(\.kind) == [.totalMissing, .partsMissing])
    #expect(findings.map(\.expected) == [.count(5), .count(0)])
    #expect(findings.map(\.found) == [nil, .count(7)])
  }

  @Test("each kind on R2 and R3, with blanks counting as 0")
  func kinds() throws {
    var report = Report(formatVersion: .v2019)
    try report.setCount(3, at: "applications.outcomes.disclosed.naturalPerson")
    try report.setCount(0, at: "applications.outcomes.disclosed.commercialEnterprise")
    try report.setCount(4, at: "applications.outcomes.disclosed.total")
    try report.setCount(2, at: "applications.outcomes.otherHandling.legalServiceAgency")
    try report.setCount(6, at: "applications.newlyReceived.total")
    try report.setCount(0, at: "applications.carriedOver.total")
    let findings = ReportChecker(rules: [.r2, .r3]).check(report)
    let summary = findings.map {
      "\($0.rule.rawValue) \($0.kind.rawValue) \($0.keyPath!) \($0.expected!) \($0.found.map(\.description) ?? "nil")"
    }
    #expect(
      summary == [
        "R2 partsMissing applications.newlyReceived.total 0 6",
        "R2 mismatch applications.outcomes.disclosed.total 3 4",
        "R2 totalMissing applications.outcomes.otherHandling.total 2 nil",
        "R3 totalMissing applications.outcomes.total.naturalPerson 3 nil",
        "R3 totalMissing applications.outcomes.total.commercialEnterprise 0 nil",
        "R3 totalMissing applications.outcomes.total.legalServiceAgency 2 nil",
        "R3 totalMissing applications.outcomes.total.total 4 nil",
      ])
    // 0 with every part blank is not a finding (carriedOver.total = 0).
    #expect(!findings.contains { $0.keyPath == "applications.carriedOver.total" })
  }

  @Test("R5: carried over against last year's carried forward")
  func r5() throws {
    let previous = try balancedReport()
    var report = previous
    report.year = 2023
    try report.setCount(3, at: "applications.carriedOver.naturalPerson")
    try report.setCount(nil, at: "applications.carriedOver.total")
    let findings = ReportChecker(rules: [.r5]).check(report, previous: previous)
    #expect(findings.map(\.kind) == [.totalMissing])
    #expect(findings.first?.keyPath == "applications.carriedOver.total")
    #expect(findings.first?.expected == .count(3))
    #expect(findings.first?.severity == .warning)
    #expect(findings.first?.message(in: .chinese).contains("四、结转下年度继续办理") == true)
    try report.setCount(5, at: "applications.carriedOver.total")
    let mismatch = ReportChecker(rules: [.r5]).check(report, previous: previous)
    #expect(mismatch.map(\.kind) == [.mismatch])
    #expect(mismatch.first?.found == .count(5))
    // Works across versions: a 2021 report after a 2020 report in the 2019 format.
    var old = Report(formatVersion: .v2019, organ: "某镇", year: 2021)
    try old.setCount(2, at: "applications.carriedForward.total")
    let crossVersion = ReportChecker(rules: [.r5]).check(try balancedReport(), previous: old)
    #expect(crossVersion.map(\.keyPath) == ["applications.carriedOver.naturalPerson"])
    #expect(crossVersion.first?.kind == .partsMissing)
  }

  @Test("R5 refuses a report of another organ or year")
  func r5Incomparable() throws {
    let report = try balancedReport()
    var other = report
    other.organ = "另一镇"
    other.year = 2021
    let findings = ReportChecker(rules: [.r5]).check(report, previous: other)
    #expect(findings.map(\.kind) == [.incomparable])
    other.organ = report.organ
    other.year = 2020
    #expect(ReportChecker(rules: [.r5]).check(report, previous: other).map(\.kind) == [.incomparable])
    other.year = 2021
    // Now comparable: last year's 3 carried forward against this year's 2 carried over.
    let compared = ReportChecker(rules: [.r5]).check(report, previous: other)
    #expect(compared.map(\.kind) == [.mismatch, .mismatch])
    #expect(compared.map(\.expected) == [.count(3), .count(3)])
  }

  @Test("blank cells: one finding per table")
  func blankCells() throws {
    let findings = ReportChecker(rules: [.blankCells]).check(try Fixtures.report("xiasizhen_2021"))
    #expect(findings.count == 1)
    #expect(findings.first?.table == .applications)
    #expect(findings.first?.cells.count == 150)
    #expect(findings.first?.severity == .info)
    #expect(findings.first?.message(in: .chinese).hasPrefix("表三有 150 个空白单元格（'表三'!D4、'表三'!E4、'表三'!F4等）") == true)
    let empty = ReportChecker(rules: [.blankCells]).check(Report(formatVersion: .v2019))
    #expect(empty.map(\.table) == [.applications, .appeals])
    #expect(empty.map(\.cells.count) == [161, 15])
  }

  @Test("fee above zero while section 六 says nothing")
  func fee() throws {
    var report = try Fixtures.report("hongzequ_2023")
    let findings = ReportChecker(rules: [.feeNotReported]).check(report)
    #expect(findings.map(\.keyPath) == ["proactive.fees.amount"])
    #expect(findings.first?.found == .amount(Amount("7730.28")!))
    #expect(findings.first?.severity == .warning)
    #expect(findings.first?.message(in: .chinese).contains("六、其他需要报告的事项") == true)
    report.text.other = "无。"
    #expect(ReportChecker(rules: [.feeNotReported]).check(report).count == 1)
    report.text.other = "本年度收取信息处理费0元。"
    #expect(ReportChecker(rules: [.feeNotReported]).check(report).isEmpty)
    let xiasizhen = try Fixtures.report("xiasizhen_2021")
    #expect(ReportChecker(rules: [.feeNotReported]).check(xiasizhen).isEmpty)
  }

  @Test("empty problems section")
  func problems() throws {
    var report = Report(formatVersion: .v2021)
    #expect(ReportChecker(rules: [.problemsNotReported]).check(report).isEmpty)
    report.text.problems = " 无。 "
    #expect(ReportChecker(rules: [.problemsNotReported]).check(report).map(\.keyPath) == ["text.problems"])
    #expect(ReportChecker.saysNothing("——"))
    #expect(!ReportChecker.saysNothing("一是队伍建设有待加强。"))
    // Long texts: whitespace, format characters and final punctuation do not count towards the length.
    let padded = String(repeating: " \n\u{3000}", count: 50) + "无" + String(repeating: "。", count: 80)
    #expect(ReportChecker.saysNothing(padded))
    #expect(ReportChecker.saysNothing(String(repeating: "\u{200B}", count: 60) + "无其他需要报告的事项！"))
    #expect(!ReportChecker.saysNothing(String(repeating: "本机关无其他需要报告的事项", count: 3)))
  }

  @Test("all findings, ordered by rule then position; caller-supplied locations win")
  func orderingAndLocations() throws {
    let report = try Fixtures.report("shanghai_szfbgt_2019")
    let location = NianbaoGrid.SourceLocation(sheet: "Sheet1", reference: "K30")
    let findings = report.check(locations: ["applications.outcomes.disclosed.total": location])
    #expect(findings.map(\.rule) == findings.map(\.rule).sorted())
    #expect(findings.first?.location == location)
    #expect(findings.first?.message(in: .chinese).contains("'Sheet1'!K30") == true)
    #expect(findings.contains { $0.rule == .blankCells && $0.table == .appeals })
    #expect(report.check() == report.check())
    let r2 = findings.filter { $0.rule == .r2 }.compactMap(\.keyPath)
    #expect(r2.map { report.layout.documentOrder(of: $0)! } == r2.map { report.layout.documentOrder(of: $0)! }.sorted())
  }

  @Test("the importer's not-a-value finding names the cell and its text")
  func notAValue() throws {
    let slot = try #require(ReportLayout.v2021.slot(at: "applications.newlyReceived.naturalPerson"))
    let finding = Finding.notAValue(slot: slot, cellText: "/")
    #expect(finding.location?.description == "'表三'!D4")
    #expect(finding.cellText == "/")
    #expect(finding.message(in: .chinese).contains("“/”"))
    #expect(finding.severity == .warning)
  }

  @Test("findings documents validate against the schema's findings definition")
  func findingsDocument() throws {
    let report = try Fixtures.report("shanghai_szfbgt_2019")
    let findings = report.check()
    let document = FindingsDocument.json(for: report, findings: findings)
    #expect(try ReportSchema.validator().validate(document, against: "#/$defs/findingsDocument").isEmpty)
    #expect(document["summary"]?["error"] == .integer(12))
    let first = try #require(findings.first?.jsonValue)
    #expect(first["cell"] == .string("applications.outcomes.disclosed.total"))
    #expect(first["reference"] == .string("'表三'!J6"))
    #expect(first["expected"] == .integer(272))
    #expect(first["found"] == .null)
    let text = FindingsDocument.text(for: report, findings: findings)
    #expect(try JSONValue.parse(text) == document)
  }
}
