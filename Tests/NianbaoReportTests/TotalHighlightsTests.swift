import NianbaoXLSX
import Testing

@testable import NianbaoReport

/// The red highlighting of broken totals in templates.
@Suite struct TotalHighlightsTests {
  @Test(arguments: FormatVersion.allCases)
  func everyEquationColoursItsTotalsAndItsCheckWhileBroken(_ version: FormatVersion) {
    let plan = ReportSheetPlan(version: version)
    let checks = CheckPlacement.checks(for: plan)
    let formats = TotalHighlights.formats(for: checks, plan: plan)
    #expect(formats.count == version.layout.equations.count)
    for (format, check) in zip(formats, checks) {
      #expect(format.ranges.dropLast() == check.equation.totals.map { plan.range(of: $0)! }[...])
      #expect(format.ranges.last == CellRange(start: check.reference, end: check.reference))
      #expect(format.rules == [ConditionalRule(formula: check.brokenCondition, style: .warning)])
      #expect(format.rules[0].style.fillColor == .lightRed)
    }
  }
}
