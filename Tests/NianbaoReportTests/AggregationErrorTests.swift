import Testing

@testable import NianbaoReport

@Suite struct AggregationErrorTests {
  @Test func sentences() {
    #expect(AggregationError.noInputs.description == "There are no reports to add.")
    #expect(
      AggregationError.sumOutOfRange("appeals.administrativeReview.total", files: ["a", "b"]).description
        .hasSuffix("it adds a, b."))
    #expect(
      AggregationError.unknownCell("x.y", version: .v2019).description.hasPrefix("x.y is not a value cell of the 2019"))
  }
}
