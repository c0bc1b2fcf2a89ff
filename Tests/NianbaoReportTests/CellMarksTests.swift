import Testing

@testable import NianbaoReport

@Suite struct CellMarksTests {
  @Test func theWorstSeverityWinsAndFindingsAreListedWhereTheyBelong() throws {
    var report = Report(formatVersion: .v2021)
    try report.setCount(5, at: "appeals.litigationAfterReview.upheld")
    try report.setCount(1, at: "appeals.litigationAfterReview.total")
    report.text.problems = "无"
    let findings = report.check()
    let notAValue = Finding.notAValue(
      slot: report.layout.slot(at: "appeals.litigationAfterReview.total")!, cellText: "/")
    let marks = CellMarks(findings: findings + [notAValue], layout: report.layout, language: .chinese)
    #expect(marks.severity["appeals.litigationAfterReview.total"] == .error)
    #expect(marks.messages["appeals.litigationAfterReview.total"]?.count == 2)
    #expect(marks.involved.contains("appeals.litigationAfterReview.upheld"))
    #expect(!marks.involved.contains("appeals.litigationAfterReview.total"))
    #expect(marks.listed[.section(.problems)]?.map(\.rule) == [.problemsNotReported])
    #expect(marks.listed[.table(.appeals)]?.contains { $0.rule == .blankCells } == true)
    #expect(
      CellMarks.place(of: YearToYear.note(YearToYear.Member(name: "a", report: report), similar: [])) == .document)
    #expect(CellMarks.anchor(of: "proactive.fees.amount") == "cell-proactive.fees.amount")
  }
}
