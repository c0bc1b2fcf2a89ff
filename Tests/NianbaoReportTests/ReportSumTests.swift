import Testing

@testable import NianbaoReport

@Suite struct ReportSumTests {
  @Test func contributionsAndTheNamesOfTheTotal() throws {
    var first = Report(formatVersion: .v2021, organ: "甲镇", year: 2022)
    var second = Report(formatVersion: .v2021, organ: "乙镇", year: 2023)
    try first.setCount(3, at: "applications.newlyReceived.total")
    try second.set(.amount(Amount("0.25")!), at: "proactive.fees.amount")
    let sum = try ReportSum(
      [ReportSum.Input(name: "a", report: first), ReportSum.Input(name: "b", report: second)], organ: "县", year: 2023)
    #expect(sum.total.organ == "县" && sum.total.year == 2023 && sum.inputYears == [2022, 2023])
    #expect(try sum.contributions(to: "applications.newlyReceived.total").map(\.name) == ["a"])
    #expect(try sum.contributions(to: "proactive.fees.amount").map(\.value) == [.amount(Amount("0.25")!)])
    #expect(try sum.contributions(to: "appeals.administrativeReview.total").isEmpty)
    #expect(throws: AggregationError.unknownCell("proactive.fees.nothing", version: .v2021)) {
      try sum.contributions(to: "proactive.fees.nothing")
    }
    let unnamed = try ReportSum([ReportSum.Input(name: "a", report: first)])
    #expect(unnamed.total.organ == nil && unnamed.total.year == 2022)
  }

  @Test func errorsNameTheFiles() throws {
    #expect(throws: AggregationError.noInputs) { try ReportSum([]) }
    let inputs = [
      ReportSum.Input(name: "new.xlsx", report: Report(formatVersion: .v2021)),
      ReportSum.Input(name: "old.json", report: Report(formatVersion: .v2019)),
      ReportSum.Input(name: "new2.json", report: Report(formatVersion: .v2021)),
    ]
    do {
      _ = try ReportSum(inputs)
      Issue.record("mixed versions were added")
    } catch {
      #expect(error == .mixedVersions([.v2019: ["old.json"], .v2021: ["new.xlsx", "new2.json"]]))
      #expect(error.description.contains("2019 format: old.json; 2021 format: new.xlsx, new2.json"))
    }
    var big = Report(formatVersion: .v2021)
    try big.setCount(ReportValue.maximumCount, at: "appeals.administrativeReview.total")
    let blank = Report(formatVersion: .v2021)
    #expect(throws: AggregationError.sumOutOfRange("appeals.administrativeReview.total", files: ["x", "z"])) {
      try ReportSum([.init(name: "x", report: big), .init(name: "y", report: blank), .init(name: "z", report: big)])
    }
  }
}
