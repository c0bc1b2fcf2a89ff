import NianbaoXLSX
import Testing

@testable import NianbaoReport

/// Cell lists in check formulas.
@Suite struct FormulaReferencesTests {
  private func cells(_ texts: String...) -> [CellReference] { texts.map { CellReference($0)! } }

  @Test func consecutiveCellsOfARowOrColumnBecomeRanges() {
    #expect(FormulaReferences.list(cells("D6", "E6", "F6", "G6"), absolute: false) == "D6:G6")
    #expect(FormulaReferences.list(cells("D6", "D7"), absolute: false) == "D6:D7")
    #expect(FormulaReferences.list(cells("D8", "D9", "D10", "D12"), absolute: false) == "D8:D10,D12")
  }

  @Test func aRunDoesNotTurnACorner() {
    #expect(FormulaReferences.list(cells("D6", "E6", "E7"), absolute: false) == "D6:E6,E7")
    #expect(FormulaReferences.list(cells("D6", "D7", "E7"), absolute: false) == "D6:D7,E7")
    #expect(FormulaReferences.list(cells("E6", "D6"), absolute: false) == "E6,D6")
  }

  @Test func absoluteReferencesAreAnchored() {
    #expect(FormulaReferences.list(cells("D6", "D7", "AA9"), absolute: true) == "$D$6:$D$7,$AA$9")
  }

  @Test func sumsOfNothingAreZero() {
    #expect(FormulaReferences.sum([], absolute: false) == "0")
    #expect(FormulaReferences.sum(cells("J6"), absolute: true) == "SUM($J$6)")
  }
}
