import Testing

@testable import NianbaoReport

@Suite struct ReviewSchemaTests {
  @Test func reviewDocumentsValidate() throws {
    let validator = try SchemaValidator(schema: JSONValue.parse(ReportSchema.bundledText()))
    var report = try ImportFixtures.patterned(.v2021)
    try report.setCount(999, at: "appeals.administrativeReview.total")
    let review = ReportReview(entries: [
      ReviewEntry(file: "a.xlsx", outcome: .checked(report: report, findings: report.check())),
      ReviewEntry(file: "b.json", outcome: .unreadable(message: "not JSON")),
    ])
    #expect(try validator.validate(review.jsonValue, against: "#/$defs/reviewDocument").isEmpty)
    guard case .object(var members) = review.jsonValue else { return }
    members.append(JSONMember("extra", .null))
    #expect(try !validator.validate(.object(members), against: "#/$defs/reviewDocument").isEmpty)
  }
}
