import NianbaoXLSX
import Testing

@testable import NianbaoReport

/// The formula of a live check cell.
@Suite struct BalanceCheckTests {
  private let equation = BalanceEquation(
    rule: .r2, parts: ["appeals.administrativeReview.upheld", "appeals.administrativeReview.corrected"],
    totals: ["appeals.administrativeReview.total"])

  private func check(parts: [String], totals: [String]) -> BalanceCheck {
    BalanceCheck(
      equation: equation, reference: CellReference("Q6")!, arrangement: .perRow,
      parts: parts.map { CellReference($0)! }, totals: totals.map { CellReference($0)! })
  }

  @Test func theFormulaComparesTheSumsAndNamesTheRule() {
    let check = check(parts: ["D6", "E6"], totals: ["J6"])
    #expect(check.formula == "IF(SUM(D6:E6)=SUM(J6),\"✓\",\"✗ R2\")")
    #expect(check.brokenText == "✗ R2")
    #expect(check.brokenCondition == "SUM($D$6:$E$6)<>SUM($J$6)")
  }

  @Test func severalTotalsAreAddedToo() {
    let check = check(parts: ["D6", "D7"], totals: ["D32", "D33"])
    #expect(check.formula == "IF(SUM(D6:D7)=SUM(D32:D33),\"✓\",\"✗ R2\")")
  }

  @Test func anEquationWithoutPartsComparesWithZero() {
    #expect(check(parts: [], totals: ["J6"]).formula == "IF(0=SUM(J6),\"✓\",\"✗ R2\")")
  }
}
