import NianbaoXLSX
import Testing

@testable import NianbaoReport

/// Where a template's check cells go.
@Suite struct CheckPlacementTests {
  @Test(arguments: FormatVersion.allCases)
  func oneCheckPerEquationOutsideThePrintAreaAndNoTwoInOneCell(_ version: FormatVersion) {
    let plan = ReportSheetPlan(version: version)
    let checks = CheckPlacement.checks(for: plan)
    #expect(checks.map(\.equation) == version.layout.equations)
    #expect(Set(checks.map(\.reference)).count == checks.count)
    for check in checks {
      #expect(!plan.printArea.contains(check.reference))
      #expect(check.parts == check.equation.parts.map { plan.reference(of: $0)! })
      #expect(check.totals == check.equation.totals.map { plan.reference(of: $0)! })
    }
  }

  @Test(arguments: FormatVersion.allCases)
  func checksSitBesideTheRowOfTheirCellsOrOfTheirLastTotal(_ version: FormatVersion) {
    let plan = ReportSheetPlan(version: version)
    for check in CheckPlacement.checks(for: plan) {
      let cells = check.parts + check.totals
      #expect(check.reference.column >= CheckPlacement.firstCheckColumn(plan))
      switch check.equation.rule {
      case .r2, .r4:
        #expect(check.arrangement == .perRow)
        #expect(cells.allSatisfy { $0.row == check.reference.row })
      case .r1, .r3:
        #expect(check.arrangement == .perColumn)
        #expect(Set(cells.map(\.column)).count == 1)
        #expect(check.reference.row == check.totals.last!.row)
      default:
        Issue.record("unexpected rule \(check.equation.rule)")
      }
    }
  }

  @Test(arguments: FormatVersion.allCases)
  func checksNeverFallInsideATablesRowsAndColumns(_ version: FormatVersion) {
    let plan = ReportSheetPlan(version: version)
    for check in CheckPlacement.checks(for: plan) {
      #expect(check.reference.column > plan.width + 1)
      #expect(plan.tables.contains { $0.rows.contains(check.reference.row) })
    }
  }

  @Test func tableThreeHasAnR2ColumnThenOneColumnPerTableColumnForR1AndR3() throws {
    let plan = ReportSheetPlan(version: .v2021)
    let checks = CheckPlacement.checks(for: plan)
    let first = CheckPlacement.firstCheckColumn(plan)
    let r2 = checks.filter { $0.equation.rule == .r2 }
    #expect(Set(r2.map(\.reference.column)) == [first])
    #expect(r2.count == plan.table(.applications).table.grid.rowCount - 3)
    let totalRow = try #require(plan.reference(of: "applications.outcomes.total.total")).row
    let forwardRow = try #require(plan.reference(of: "applications.carriedForward.total")).row
    let r1 = checks.filter { $0.equation.rule == .r1 }
    let r3 = checks.filter { $0.equation.rule == .r3 }
    #expect(r1.map(\.reference.row) == Array(repeating: forwardRow, count: 7))
    #expect(r3.map(\.reference.row) == Array(repeating: totalRow, count: 7))
    #expect(r1.map(\.reference.column) == Array(first + 1...first + 7))
    #expect(r3.map(\.reference.column) == r1.map(\.reference.column))
    for (check1, check3) in zip(r1, r3) {
      #expect(check1.totals[0].column == check3.totals[0].column)
    }
    let r4 = checks.filter { $0.equation.rule == .r4 }
    #expect(Set(r4.map(\.reference.row)) == [plan.table(.appeals).lastRow])
    #expect(r4.map(\.reference.column) == Array(first..<first + 3))
  }

  @Test func captionsNameTheRulesAndWhatTellsTheChecksApart() {
    let plan = ReportSheetPlan(version: .v2021)
    let captions = CheckPlacement.captions(for: CheckPlacement.checks(for: plan), plan: plan)
    let first = CheckPlacement.firstCheckColumn(plan)
    let applicationsTitle = plan.table(.applications).titleRow
    let appealsTitle = plan.table(.appeals).titleRow
    let column = { (offset: Int) in CellReference.columnName(first + offset) }
    let applicants = plan.layout.table(.applications).slots.prefix(7).map(\.columnLabel)
    #expect(applicants.last == "总计")
    let expected =
      ["\(column(0))\(applicationsTitle) R2 校验"]
      + applicants.enumerated().map { "\(column($0.offset + 1))\(applicationsTitle) R1/R3 校验\n（\($0.element)）" }
      + [
        "\(column(0))\(appealsTitle) R4 校验\n（行政复议）",
        "\(column(1))\(appealsTitle) R4 校验\n（未经复议直接起诉）",
        "\(column(2))\(appealsTitle) R4 校验\n（复议后起诉）",
      ]
    #expect(captions.map { "\($0.reference.a1) \($0.text)" } == expected)
    // No caption shares a cell with a check or lies in the print area.
    let checks = Set(CheckPlacement.checks(for: plan).map(\.reference))
    #expect(captions.allSatisfy { !checks.contains($0.reference) && !plan.printArea.contains($0.reference) })
  }
}
