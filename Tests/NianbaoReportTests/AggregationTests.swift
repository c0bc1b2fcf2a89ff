import Testing

@testable import NianbaoReport

@Suite("Aggregation (逐级汇总)")
struct AggregationTests {
  @Test("blank + blank = blank, blank + n = n, amounts exact")
  func cellByCell() throws {
    var first = Report(formatVersion: .v2021, organ: "甲镇", year: 2022)
    var second = Report(formatVersion: .v2021, organ: "乙镇", year: 2022)
    try first.setCount(3, at: "applications.newlyReceived.total")
    try second.setCount(4, at: "applications.newlyReceived.total")
    try first.setCount(2, at: "applications.carriedOver.total")
    try first.set(.amount(Amount("24252.311082")!), at: "proactive.fees.amount")
    try second.set(.amount(Amount("7730.28")!), at: "proactive.fees.amount")
    let sum = try Report.sum([first, second])
    #expect(sum.count(at: "applications.newlyReceived.total") == 7)
    #expect(sum.count(at: "applications.carriedOver.total") == 2)
    #expect(sum["applications.carriedForward.total"] == nil)
    #expect(sum.amount(at: "proactive.fees.amount")?.text == "31982.591082")
    #expect(sum.organ == nil)
    #expect(sum.year == 2022)
    #expect(sum.values.count == 3)
    #expect(try first.adding(second) == sum)
  }

  @Test("signed changes add with their signs")
  func signed() throws {
    var first = Report(formatVersion: .v2019)
    var second = Report(formatVersion: .v2019)
    try first.setCount(-18, at: "proactive.licensing.change")
    try second.setCount(1036, at: "proactive.licensing.change")
    #expect(try Report.sum([first, second]).count(at: "proactive.licensing.change") == 1018)
  }

  @Test("the sum of the fixtures is re-checked on the sum")
  func sumOfFixtures() throws {
    let xiasizhen = try Fixtures.report("xiasizhen_2021")
    let hongzequ = try Fixtures.report("hongzequ_2023")
    let sum = try Report.sum([xiasizhen, hongzequ])
    #expect(sum.year == nil)
    #expect(sum.count(at: "proactive.penalties.decisions") == 2 + 4119)
    #expect(sum.amount(at: "proactive.fees.amount") == Amount("7730.28"))
    let findings = ReportChecker(rules: [.r4]).check(sum)
    #expect(findings.map(\.expected) == [.count(11), .count(5)])
    // Every cell of the sum is the cell-wise sum of the parts.
    for slot in sum.layout.slots where slot.kind == .count {
      let parts = [xiasizhen.count(at: slot.keyPath), hongzequ.count(at: slot.keyPath)].compactMap { $0 }
      #expect(sum.count(at: slot.keyPath) == (parts.isEmpty ? nil : parts.reduce(0, +)))
    }
  }

  @Test("versions must agree; there must be something to add; sums stay in range")
  func errors() throws {
    #expect(throws: ReportError.mixedFormatVersions([.v2019, .v2021])) {
      try Report.sum([Report(formatVersion: .v2019), Report(formatVersion: .v2021)])
    }
    #expect(throws: ReportError.nothingToSum) { try Report.sum([]) }
    var big = Report(formatVersion: .v2021)
    try big.setCount(ReportValue.maximumCount, at: "appeals.administrativeReview.total")
    #expect(throws: ReportError.sumOutOfRange("appeals.administrativeReview.total")) {
      try Report.sum([big, big])
    }
  }
}
