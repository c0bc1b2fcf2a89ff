import Foundation
import Testing

@testable import NianbaoReport
@testable import NianbaoXLSX

/// XLSX → JSON → XLSX → JSON keeps every value, blank, text section and official merge.
@Suite struct RoundTripTests {
  @Test(arguments: ImportFixtures.workbooks.map(\.file))
  func fixtureWorkbooksRoundTrip(_ file: String) throws {
    let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: ImportFixtures.workbook(file))))
    let result = try RoundTrip.run(workbook: bytes, name: file)
    #expect(result.differences.isEmpty, "\(result.differences)")
    #expect(result.second.report == result.first.report)
  }

  @Test(arguments: FormatVersion.allCases)
  func everyValueKindRoundTrips(_ version: FormatVersion) throws {
    var report = try ImportFixtures.patterned(version)
    report.text = ReportText(overview: "总体情况\n第二段", problems: "无", other: " 前后空格 ")
    let result = try RoundTrip.run(workbook: ReportExporter.data(for: report), name: "patterned")
    #expect(result.differences.isEmpty, "\(result.differences)")
    #expect(result.first.report == report)
  }

  @Test func aChangedValueIsReported() {
    var before = Report(formatVersion: .v2021, organ: "某镇", year: 2022)
    var after = before
    try? before.set(.count(3), at: "appeals.administrativeReview.upheld")
    try? after.set(nil, at: "appeals.administrativeReview.upheld")
    after.text.other = "新增"
    let differences = RoundTrip.compare(before, after, passes: ("A", "B"))
    #expect(differences.map(\.place) == ["text.other (A → B)", "appeals.administrativeReview.upheld (A → B)"])
    #expect(differences.last?.before == "3")
    #expect(differences.last?.after == "blank")
  }

  @Test func aMissingMergeIsReported() throws {
    let report = try ImportFixtures.patterned(.v2021)
    var document = ReportExporter.document(for: report)
    let dropped = document.sheets[0].merges.removeFirst()
    let differences = try RoundTrip.mergeDifferences(WorkbookWriter.data(document), report: report)
    #expect(differences.map(\.place) == ["merge \(dropped.a1)"])
  }
}
