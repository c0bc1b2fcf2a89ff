import NianbaoReport
import Testing

@testable import NianbaoServer

@Suite struct ReportServiceTests {
  @Test func anEmptyPreviousFieldIsNoPreviousReport() throws {
    let bytes = try Fixtures.sample("xiasizhen_2021.json")
    let withEmpty = try ReportService.importReport(
      [
        FormPart(name: "file", fileName: "a.json", contentType: nil, bytes: bytes),
        FormPart(name: "previous", fileName: "", contentType: nil, bytes: []),
      ], view: nil)
    let without = try ReportService.importReport(
      [FormPart(name: "file", fileName: "a.json", contentType: nil, bytes: bytes)], view: nil)
    #expect(withEmpty == without)
  }

  @Test func anUnreadablePreviousReportIsRefusedInWords() throws {
    #expect(throws: APIError.self) {
      try ReportService.importReport(
        [
          FormPart(
            name: "file", fileName: "a.json", contentType: nil, bytes: try Fixtures.sample("xiasizhen_2021.json")),
          FormPart(name: "previous", fileName: "b.xlsx", contentType: nil, bytes: [0x50, 0x4B, 3, 4]),
        ], view: nil)
    }
  }

  @Test func checkAndSumNeedFiles() {
    #expect(throws: APIError.badRequest("The form has no field named file holding a report.")) {
      try ReportService.check([], view: nil)
    }
    #expect(throws: APIError.badRequest("The form has no field named file holding a report.")) {
      try ReportService.sum([], organ: nil, year: nil, view: nil)
    }
  }

  @Test func aSumOfBrokenInputsNamesThem() throws {
    let bytes = try Fixtures.sample("clerk_imbalance_2022.xlsx")
    let sum = try ReportService.sum(
      [FormPart(name: "file", fileName: "clerk.xlsx", contentType: nil, bytes: bytes)], organ: nil, year: nil,
      view: .chinese)
    guard case .array(let broken)? = sum["brokenInputs"] else {
      Issue.record("no brokenInputs")
      return
    }
    #expect(broken.first?["file"] == .string("clerk.xlsx"))
    #expect(sum["lines"] != nil)
  }

  @Test func templatesAreRefusedForOtherVersions() throws {
    #expect(throws: APIError.self) { try ReportService.template("2020") }
    #expect(throws: APIError.self) { try ReportService.template(nil) }
    #expect(try ReportService.template("2019").version == .v2019)
  }
}
